package org.caretrail.web.hl7;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.axonframework.messaging.MetaData;
import org.caretrail.domain.episode.api.EventMetadata;
import org.caretrail.infra.hl7.Hl7Caller;
import org.caretrail.infra.hl7.Hl7Inbox;
import org.caretrail.infra.hl7.Hl7Transport;
import org.caretrail.web.accesslog.NoPatientData;
import org.caretrail.web.command.AppendedPositions;
import org.caretrail.web.command.CallerMetadata;
import org.caretrail.web.command.PositionHeader;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Takes one HL7 v2 message, or a batch (FHS/BHS, or several messages), over HTTP and answers its ACK, or the
 * batch of ACKs, as text: 200 whenever an ACK was made.
 */
@RestController
@RequestMapping("/api/v1/hl7")
@Tag(name = "HL7")
public class Hl7Controller {

    static final String HL7_V2 = "application/hl7-v2";

    private final Hl7Inbox inbox;
    private final AppendedPositions positions;
    private final CallerMetadata callerMetadata;

    public Hl7Controller(Hl7Inbox inbox, AppendedPositions positions, CallerMetadata callerMetadata) {
        this.inbox = inbox;
        this.positions = positions;
        this.callerMetadata = callerMetadata;
    }

    @NoPatientData // the answer is an ACK: the header and the outcome, no patient segment
    @PostMapping(consumes = {HL7_V2, MediaType.TEXT_PLAIN_VALUE})
    @Operation(summary = "Receive one HL7 v2 ADT message, or an FHS/BHS batch; the answer is its ACK (AA, AE or AR), "
            + "or a batch of ACKs in an envelope answering the one received")
    public ResponseEntity<String> receive(@RequestBody(required = false) byte[] body,
                                          @RequestHeader(HttpHeaders.CONTENT_TYPE) String contentTypeHeader) {
        MediaType contentType = MediaType.parseMediaType(contentTypeHeader);
        // HTTP's default for text is Latin-1; HL7 senders that name no charset mean UTF-8 or ASCII
        Charset charset = contentType.getCharset() == null ? StandardCharsets.UTF_8 : contentType.getCharset();
        positions.forgetCurrentThread();
        MetaData caller = callerMetadata.current();
        String text = body == null ? "" : new String(body, charset);
        Hl7Caller by = new Hl7Caller((String) caller.get(EventMetadata.ACTOR), (String) caller.get(EventMetadata.ROLE));
        String ack = Hl7Inbox.isBatch(text) ? inbox.receiveBatch(text, by, Hl7Transport.HTTP).text()
                : inbox.receive(text, by, Hl7Transport.HTTP);
        long position = positions.lastAppendedOrHead();
        MediaType answerType = new MediaType(contentType.getType(), contentType.getSubtype(), charset);
        return ResponseEntity.ok().contentType(answerType)
                .header(PositionHeader.NAME, Long.toString(position))
                .body(ack);
    }
}
