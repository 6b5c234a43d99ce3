package org.caretrail.infra.hl7;

import ca.uhn.hl7v2.model.Segment;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.caretrail.domain.episode.api.Payer;

/**
 * The primary payer of a message: the first IN1 by set id, its plan id (IN1-2), company id (IN1-3), plan
 * type (IN1-15) and company name (IN1-4) looked up in the site's mapping first, then in the shipped table of
 * common plan names and types; unknown plans are {@link Payer#OTHER}. The raw plan code is always kept.
 */
final class Payers {

    private static final int[] FIELDS = {2, 3, 15, 4};

    /** Codes ambiguous between vendors (such as "MC", Medicare to some, Medicaid in X12) are left out on purpose. */
    private static final Map<String, Payer> SHIPPED = Map.ofEntries(
            Map.entry("MEDICARE", Payer.MEDICARE), Map.entry("MCR", Payer.MEDICARE), Map.entry("MCARE", Payer.MEDICARE),
            Map.entry("MEDICARE PART A", Payer.MEDICARE), Map.entry("MEDICARE PART B", Payer.MEDICARE),
            Map.entry("MEDICARE A", Payer.MEDICARE), Map.entry("MEDICARE B", Payer.MEDICARE),
            Map.entry("MB", Payer.MEDICARE),
            Map.entry("MEDICARE ADVANTAGE", Payer.MEDICARE_ADVANTAGE), Map.entry("MCA", Payer.MEDICARE_ADVANTAGE),
            Map.entry("MAPD", Payer.MEDICARE_ADVANTAGE), Map.entry("MEDICARE HMO", Payer.MEDICARE_ADVANTAGE),
            Map.entry("MEDICARE REPLACEMENT", Payer.MEDICARE_ADVANTAGE), Map.entry("16", Payer.MEDICARE_ADVANTAGE),
            Map.entry("MEDICAID", Payer.MEDICAID), Map.entry("MCD", Payer.MEDICAID), Map.entry("MCAID", Payer.MEDICAID),
            Map.entry("SELF", Payer.SELF_PAY), Map.entry("SELF PAY", Payer.SELF_PAY), Map.entry("SELF-PAY", Payer.SELF_PAY),
            Map.entry("SELFPAY", Payer.SELF_PAY), Map.entry("SP", Payer.SELF_PAY), Map.entry("09", Payer.SELF_PAY),
            Map.entry("UNINSURED", Payer.SELF_PAY), Map.entry("CASH", Payer.SELF_PAY),
            Map.entry("COMMERCIAL", Payer.COMMERCIAL), Map.entry("COM", Payer.COMMERCIAL),
            Map.entry("COMM", Payer.COMMERCIAL), Map.entry("CI", Payer.COMMERCIAL), Map.entry("BL", Payer.COMMERCIAL),
            Map.entry("BCBS", Payer.COMMERCIAL), Map.entry("HMO", Payer.COMMERCIAL), Map.entry("PPO", Payer.COMMERCIAL),
            Map.entry("POS", Payer.COMMERCIAL), Map.entry("EPO", Payer.COMMERCIAL), Map.entry("PRIVATE", Payer.COMMERCIAL));

    private Payers() {
    }

    /** The payer and the plan code it was read from; none when the message has no IN1. */
    static PayerReading read(ParsedMessage message, SenderProfile profile) {
        List<Segment> insurances = message.all("IN1");
        if (insurances.isEmpty()) {
            return PayerReading.NONE;
        }
        Segment first = insurances.stream().min(Comparator.comparingInt(Payers::setId)).orElseThrow();
        String rawCode = null;
        for (int field : FIELDS) {
            String code = ParsedMessage.value(first, field, 0, 1);
            rawCode = rawCode == null ? code : rawCode;
            Payer configured = profile.configuredPayer(code);
            if (configured != null) {
                return new PayerReading(configured, code);
            }
        }
        for (int field : FIELDS) {
            String code = ParsedMessage.value(first, field, 0, 1);
            Payer shipped = code == null ? null : SHIPPED.get(SenderProfile.normalize(code));
            if (shipped != null) {
                return new PayerReading(shipped, code);
            }
        }
        return new PayerReading(Payer.OTHER, rawCode);
    }

    private static int setId(Segment segment) {
        String id = ParsedMessage.value(segment, 1, 0, 1);
        return id != null && id.matches("\\d{1,6}") ? Integer.parseInt(id) : Integer.MAX_VALUE;
    }
}
