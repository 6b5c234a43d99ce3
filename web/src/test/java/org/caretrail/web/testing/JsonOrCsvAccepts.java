package org.caretrail.web.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Accept headers that every endpoint answering JSON or CSV negotiates alike, each with the
 * status and content type it gets: (accept, status, contentType); "none" sends no Accept.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ParameterizedTest(name = "Accept: {0}")
@CsvSource(delimiter = '|', nullValues = "none", value = {
        "none                                | 200 | application/json",
        "*/*                                 | 200 | application/json",
        "application/json                    | 200 | application/json",
        "application/*                       | 200 | application/json",
        "text/csv                            | 200 | text/csv",
        "text/*                              | 200 | text/csv",
        "text/csv, application/json;q=0.5    | 200 | text/csv",
        "text/csv;q=0.5, application/json    | 200 | application/json",
        "application/xml                     | 406 | application/problem+json",
        "text/html, image/png                | 406 | application/problem+json",
        "csv                                 | 406 | application/problem+json",
        "text/csv;q=high                     | 406 | application/problem+json",
})
public @interface JsonOrCsvAccepts {
}
