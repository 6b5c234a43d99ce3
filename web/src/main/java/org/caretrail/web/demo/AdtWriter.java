package org.caretrail.web.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Writes the HL7 v2.5.1 ADT messages of one demo episode as an Epic-style feed sends them: times with the
 * facility's offset, the visit number in PV1-19, the medical record number in PID-3.
 */
final class AdtWriter {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmssxx");

    private final DemoFacility facility;
    private final String episodeId;
    private final String patientSegment;
    private int sequence;

    AdtWriter(DemoFacility facility, String episodeId, String patientId, String name, LocalDate birthDate, String sex) {
        this.facility = facility;
        this.episodeId = episodeId;
        this.patientSegment = "PID|1||" + patientId + "^^^" + facility.id() + "^MR||" + name + "||"
                + birthDate.toString().replace("-", "") + "|" + sex;
    }

    String admit(Instant at, String patientClass, String unit, boolean planned, String diagnosis, String payer) {
        return message("A01^ADT_A01", at, pv1(patientClass, unit, planned ? "C" : "E")
                        + "|".repeat(25) + time(at),
                "DG1|1||" + diagnosis + "^^I10||" + time(at).substring(0, 8) + "|A|||||||||1",
                "IN1|1|" + payer + "|" + payer);
    }

    /** A06 (to inpatient) or A07 (to observation). */
    String classChange(String trigger, Instant at) {
        return message(trigger + "^ADT_A06", at, pv1(trigger.equals("A06") ? "I" : "O", null, "E"));
    }

    String transfer(Instant at, String unit) {
        return message("A02^ADT_A02", at, pv1("I", unit, "E"));
    }

    String discharge(Instant at, String disposition, String destination) {
        return message("A03^ADT_A03", at, pv1("I", null, "E") + "|||||||||||||||||" + disposition + "|"
                + (destination == null ? "" : destination) + "||||||||" + time(at));
    }

    String cancelDischarge(Instant at) {
        return message("A13^ADT_A01", at, pv1("I", null, "E"));
    }

    String cancelAdmission(Instant at) {
        return message("A11^ADT_A09", at, pv1("I", null, "E"));
    }

    private String message(String type, Instant at, String pv1, String... more) {
        sequence++;
        String trigger = type.substring(0, 3);
        StringBuilder text = new StringBuilder()
                .append("MSH|^~\\&|DEMOADT|").append(facility.id()).append("|CARETRAIL|CARETRAIL|").append(time(at))
                .append("||ADT^").append(type).append('|').append(episodeId).append('-').append(sequence)
                .append("|P|2.5.1\r")
                .append("EVN|").append(trigger).append('|').append(time(at)).append("||||").append(time(at)).append('\r')
                .append(patientSegment).append('\r')
                .append(pv1).append('\r');
        for (String segment : more) {
            text.append(segment).append('\r');
        }
        return text.toString();
    }

    private String pv1(String patientClass, String unit, String admissionType) {
        String location = unit == null ? "" : unit + "^^^" + facility.id();
        String patientType = "O".equals(patientClass) ? "OBS" : "E".equals(patientClass) ? "ER" : "IP";
        return "PV1|1|" + patientClass + "|" + location + "|" + admissionType + "|||DR1^DEMO^ATTENDING|||MED||||7|||"
                + "DR1^DEMO^ATTENDING|" + patientType + "|" + episodeId;
    }

    private String time(Instant at) {
        return TIME.format(at.atZone(facility.zone()));
    }
}
