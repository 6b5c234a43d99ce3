package org.caretrail.infra.hl7;

/** The MSH fields that identify a message and address its ACK. */
record MessageHeader(
        String sendingApplication,
        String sendingFacility,
        String receivingApplication,
        String receivingFacility,
        String dateTime,
        String messageType,
        String triggerEvent,
        String controlId,
        String processingId,
        String version) {

    static MessageHeader read(ParsedMessage message) {
        return new MessageHeader(
                message.value("MSH", 3, 1),
                message.value("MSH", 4, 1),
                message.value("MSH", 5, 1),
                message.value("MSH", 6, 1),
                message.value("MSH", 7, 1),
                message.value("MSH", 9, 1),
                message.value("MSH", 9, 2) != null ? message.value("MSH", 9, 2) : message.value("EVN", 1, 1),
                message.value("MSH", 10, 1),
                message.value("MSH", 11, 1),
                message.value("MSH", 12, 1));
    }

    /**
     * What can be read of MSH from text HAPI could not parse, to address the AR: each field's first
     * component only, without escapes, since the text's encoding characters are not to be trusted.
     */
    static MessageHeader guess(String text) {
        String first = AdtParser.normalize(text).split("\\r", 2)[0];
        if (!first.startsWith("MSH") || first.length() < 4) {
            return new MessageHeader(null, null, null, null, null, null, null, null, null, null);
        }
        String[] f = first.split(java.util.regex.Pattern.quote(first.substring(3, 4)), -1);
        return new MessageHeader(at(f, 2), at(f, 3), at(f, 4), at(f, 5), at(f, 6), at(f, 8),
                component(f, 8, 1), at(f, 9), at(f, 10), at(f, 11));
    }

    private static String at(String[] fields, int index) {
        return component(fields, index, 0);
    }

    private static String component(String[] fields, int index, int component) {
        if (index >= fields.length) {
            return null;
        }
        String[] parts = fields[index].split("[\\\\^&~]", -1);
        String value = component < parts.length ? parts[component].strip() : "";
        return value.isEmpty() || value.length() > 60 ? null : value;
    }

    /** What makes a message unique: control ids are only unique per sending application and facility. */
    String controlKey() {
        return nullToEmpty(sendingApplication) + "|" + nullToEmpty(sendingFacility) + "|" + controlId;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
