package org.caretrail.infra.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AdtMessageTest {

    private static final Instant OCCURRED = Instant.parse("2026-03-04T11:00:00Z");
    private static final Instant RECORDED = Instant.parse("2026-03-04T11:00:05Z");

    @Test
    void aDischargeIsAnA03WithItsDispositionAndDischargeTime() {
        String message = AdtMessage.of(notice("DISCHARGE", false, "06", "I50.9"), RECORDED);

        assertThat(message.split("\r")).containsExactly(
                "MSH|^~\\&|CARETRAIL|F-1|pcp-1|pcp-1|20260304110005+0000||ADT^A03^ADT_A03|0123456789abcdef0123|P|2.5.1",
                "EVN|A03|20260304110005+0000||||20260304110000+0000|F-1",
                "PID|1||P-1^^^CARETRAIL^MR",
                "PV1|1|I|^^^F-1||||||||||||||||E-1|||||||||||||||||06|||||||||20260304110000+0000",
                "DG1|1||I50.9^^I10");
    }

    @Test
    void eachTriggerAndItsCancellationHasItsEvent() {
        assertThat(AdtMessage.eventCode(notice("ED_REGISTRATION", false, null, null))).isEqualTo("A04");
        assertThat(AdtMessage.eventCode(notice("ADMISSION", false, null, null))).isEqualTo("A01");
        assertThat(AdtMessage.eventCode(notice("TRANSFER", false, null, null))).isEqualTo("A02");
        assertThat(AdtMessage.eventCode(notice("ADMISSION", true, null, null))).isEqualTo("A11");
        assertThat(AdtMessage.eventCode(notice("DISCHARGE", true, null, null))).isEqualTo("A13");
        assertThat(AdtMessage.eventCode(notice("TRANSFER", true, null, null))).isEqualTo("A12");
    }

    @Test
    void delimitersInIdsAreEscapedSoFieldsCannotShift() {
        assertThat(AdtMessage.esc("P|1^x&y~z\\")).isEqualTo("P\\F\\1\\S\\x\\T\\y\\R\\z\\E\\");
    }

    @Test
    void anAckIsADeliveryOnlyWhenItAcceptsThisMessage() {
        assertThat(MllpSender.judge("MSH|^~\\&|X\rMSA|AA|abc\r", "abc").delivered()).isTrue();
        assertThat(MllpSender.judge("MSH|^~\\&|X\rMSA|CA|abc\r", "abc").delivered()).isTrue();
        assertThat(MllpSender.judge("MSH|^~\\&|X\rMSA|AE|abc|unknown patient\r", "abc").error())
                .isEqualTo("the receiver answered AE: unknown patient");
        assertThat(MllpSender.judge("MSH|^~\\&|X\rMSA|AA|other\r", "abc").delivered()).isFalse();
        assertThat(MllpSender.judge("garbage", "abc").error()).isEqualTo("the answer holds no MSA segment");
    }

    static Notice notice(String trigger, boolean cancellation, String disposition, String diagnosis) {
        return new Notice("0123456789abcdef0123", "pcp-1", "MLLP", "127.0.0.1:1", trigger, cancellation,
                cancellation ? "0000" : null, "P-1", "E-1", "F-1", OCCURRED, RECORDED, "INPATIENT", disposition,
                diagnosis, 0, null);
    }
}
