package org.caretrail.web.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.caretrail.domain.audit.api.AuditEntry;
import org.caretrail.domain.audit.api.AuditPage;
import org.caretrail.web.query.CsvConverter;
import org.caretrail.web.query.CsvTable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The audit search as CSV: one entry a line, the event's data as one JSON field. */
@Configuration(proxyBeanMethods = false)
public class AuditCsvConfiguration {

    @Bean
    CsvConverter<AuditPage> auditSearchCsv(ObjectMapper json) {
        CsvTable<AuditEntry> table = CsvTable.of(
                "recordedAt,occurredAt,episodeId,patientId,facilityId,sequence,type,actor,role,source,"
                        + "sourceMessageId,correlationId,data",
                AuditEntry::recordedAt, AuditEntry::occurredAt, AuditEntry::episodeId, AuditEntry::patientId,
                AuditEntry::facilityId, AuditEntry::sequence, AuditEntry::type, AuditEntry::actor, AuditEntry::role,
                AuditEntry::source, AuditEntry::sourceMessageId, AuditEntry::correlationId,
                entry -> asJson(json, entry));
        return new CsvConverter<>(AuditPage.class, page -> table.format(page.items()));
    }

    private static String asJson(ObjectMapper json, AuditEntry entry) {
        try {
            return entry.data() == null ? null : json.writeValueAsString(entry.data());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the data of event " + entry.episodeId() + "#" + entry.sequence()
                    + " cannot be written as JSON", e);
        }
    }
}
