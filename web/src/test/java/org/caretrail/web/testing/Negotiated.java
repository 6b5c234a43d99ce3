package org.caretrail.web.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.caretrail.web.testing.Api.Response;

/** Checks an answer to one of the {@link JsonOrCsvAccepts} cases. */
public final class Negotiated {

    private Negotiated() {
    }

    /** The Accept header to send for a case: none, or the one named. */
    public static Map<String, String> accept(String accept) {
        return accept == null ? Map.of() : Map.of("Accept", accept);
    }

    /** The status and content type are the case's; a refusal names the types that would do. */
    public static void assertAnswered(Response response, int status, String contentType) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.header("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith(contentType));
        if (status == 406) {
            assertThat(response.json().get("status").asInt()).isEqualTo(406);
            assertThat(response.json().get("detail").asText()).contains("application/json", "text/csv");
        }
    }
}
