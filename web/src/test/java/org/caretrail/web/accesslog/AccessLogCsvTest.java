package org.caretrail.web.accesslog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccessLogCsvTest {

    @Test
    void oneLinePerEntryUnderAHeaderWithPatientsSeparatedBySpaces() {
        AccessRecord entry = new AccessRecord(Instant.parse("2026-03-01T10:00:00Z"), "kim", "COMPLIANCE,ADMIN",
                "10.0.0.7", "GET",
                "/api/v1/audit?facilityId=F-1", null, List.of("P-1", "P-2"), 200);

        String csv = AccessLogCsv.format(new AccessLogListing(List.of(entry), 0, 50, 1));

        assertThat(csv).isEqualTo(AccessLogCsv.HEADER + "\r\n"
                + "2026-03-01T10:00:00Z,kim,\"COMPLIANCE,ADMIN\",10.0.0.7,GET,/api/v1/audit?facilityId=F-1,,P-1 P-2,200\r\n");
    }

    @Test
    void quotesAreDoubledInsideQuotedFields() {
        assertThat(AccessLogCsv.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    }

    @Test
    void aValueThatLooksLikeASpreadsheetFormulaIsDefused() {
        assertThat(AccessLogCsv.field("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(AccessLogCsv.field("-1")).isEqualTo("\"'-1\"");
    }
}
