package org.caretrail.web;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The CareTrail Spring Boot application. */
@SpringBootApplication(scanBasePackages = "org.caretrail")
public class CareTrailApplication {

    public static void main(String[] args) {
        SpringApplication.run(CareTrailApplication.class, args);
    }
}
