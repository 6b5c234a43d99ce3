package org.caretrail.web.hl7;

import org.caretrail.web.query.CsvConverter;
import org.caretrail.web.query.CsvTable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A page of kept HL7 messages as CSV, one message a line. The raw text is left out: it spans lines (segments end in
 * CR) and is read one message at a time in the JSON answer; the columns say what became of each message and why.
 */
@Configuration(proxyBeanMethods = false)
public class Hl7MessageCsvConfiguration {

    static final CsvTable<Hl7MessageView> TABLE = CsvTable.of(
            "id,controlId,sendingApplication,messageType,episodeId,patientId,outcome,ackCode,error,receivedAt,"
                    + "processedAt,attempts,duplicateOf,receivedBy,payerCode,contentHash,notes",
            Hl7MessageView::id, Hl7MessageView::controlId, Hl7MessageView::sendingApplication,
            Hl7MessageView::messageType, Hl7MessageView::episodeId, Hl7MessageView::patientId,
            Hl7MessageView::outcome, Hl7MessageView::ackCode, Hl7MessageView::error, Hl7MessageView::receivedAt,
            Hl7MessageView::processedAt, Hl7MessageView::attempts, Hl7MessageView::duplicateOf,
            Hl7MessageView::receivedBy, Hl7MessageView::payerCode, Hl7MessageView::contentHash,
            Hl7MessageView::notes);

    @Bean
    CsvConverter<Hl7MessageList> hl7MessagesCsv() {
        return new CsvConverter<>(Hl7MessageList.class, list -> TABLE.format(list.items()));
    }
}
