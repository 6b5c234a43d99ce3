package org.caretrail.web;

import org.caretrail.web.demo.DemoCommand;
import org.caretrail.web.hl7.Hl7ImportCommand;
import org.caretrail.web.integrity.VerifyCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The CareTrail Spring Boot application. */
@SpringBootApplication(scanBasePackages = "org.caretrail")
public class CareTrailApplication {

    public static void main(String[] args) {
        if (VerifyCommand.requested(args)) {
            System.exit(VerifyCommand.run(args, System.out));
        }
        if (Hl7ImportCommand.requested(args)) {
            System.exit(Hl7ImportCommand.run(args, System.out));
        }
        if (DemoCommand.requested(args)) {
            int exit = DemoCommand.run(CareTrailApplication.class, args, System.out);
            if (exit >= 0) {
                System.exit(exit);
            }
            return;
        }
        SpringApplication.run(CareTrailApplication.class, args);
    }
}
