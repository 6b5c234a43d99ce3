package org.caretrail.web.hl7;

import java.util.UUID;

/** ADT messages of one visit for end-to-end tests, as an Epic-style 2.5.1 feed sends them. */
final class AdtMessages {

    final String visit = "V-" + UUID.randomUUID().toString().substring(0, 8);
    private final String prefix = visit + "-";

    String admit() {
        return String.join("\r",
                msh("A01^ADT_A01", "1"),
                "EVN|A01|20260601140610||||20260601140500",
                "PID|1||123-45-6789^^^SSA^SS~MRN-" + visit + "^^^GHH^MR||DOE^JOHN||19480312|M",
                pv1("I", "4W^401^B^GHH", ""),
                "DG1|1||I50.9^Heart failure^I10||20260601|A|||||||||1",
                "IN1|1|MCR^Medicare Part A|CMS|MEDICARE") + "\r";
    }

    String transfer() {
        return String.join("\r",
                msh("A02^ADT_A02", "2"),
                "EVN|A02|20260602090010||||20260602090000",
                "PID|1||MRN-" + visit + "^^^GHH^MR||DOE^JOHN||19480312|M",
                pv1("I", "5E^502^A^GHH", "")) + "\r";
    }

    String discharge() {
        return String.join("\r",
                msh("A03^ADT_A03", "3"),
                "EVN|A03|20260605113510",
                "PID|1||MRN-" + visit + "^^^GHH^MR||DOE^JOHN||19480312|M",
                pv1("I", "5E^502^A^GHH", "|||||||||||||||||06|HHA0042||||||||20260605113000")) + "\r";
    }

    /** A03 as some senders send it: PV1-36 (discharge disposition) left empty. */
    String dischargeWithoutDisposition() {
        return String.join("\r",
                msh("A03^ADT_A03", "3"),
                "EVN|A03|20260605113510",
                "PID|1||MRN-" + visit + "^^^GHH^MR||DOE^JOHN||19480312|M",
                pv1("I", "5E^502^A^GHH", "||||||||||||||||||||||||||20260605113000")) + "\r";
    }

    String controlId(String suffix) {
        return prefix + suffix;
    }

    private String msh(String type, String suffix) {
        return "MSH|^~\\&|EPICADT|GHH|CARETRAIL|CARETRAIL|20260601140612||ADT^" + type + "|" + controlId(suffix)
                + "|P|2.5.1";
    }

    /** PV1 with class, location and visit number; {@code tail} continues after PV1-19. */
    private String pv1(String patientClass, String location, String tail) {
        return "PV1|1|" + patientClass + "|" + location + "||||1234^WELBY^MARCUS|||MED||||7|||1234^WELBY^MARCUS|IP|"
                + visit + tail;
    }
}
