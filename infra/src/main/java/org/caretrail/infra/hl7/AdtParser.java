package org.caretrail.infra.hl7;

import ca.uhn.hl7v2.DefaultHapiContext;
import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.HapiContext;
import ca.uhn.hl7v2.parser.GenericModelClassFactory;
import ca.uhn.hl7v2.parser.PipeParser;
import ca.uhn.hl7v2.validation.impl.ValidationContextFactory;
import java.util.Set;

/**
 * Parses ER7 (pipe) text of versions 2.1 to 2.8 by the version it declares, into HAPI's generic model:
 * segments and fields without data types, so that a segment CareTrail does not read (an OBX of an older
 * version's type, a Z-segment) cannot refuse a message. Only the fields the mapping reads are checked,
 * by the mapping.
 */
final class AdtParser {

    static final Set<String> VERSIONS = Set.of(
            "2.1", "2.2", "2.3", "2.3.1", "2.4", "2.5", "2.5.1", "2.6", "2.7", "2.7.1", "2.8", "2.8.1", "2.8.2");

    // HAPI does not promise that a parser may be shared between threads, so each thread has its own
    private final ThreadLocal<PipeParser> parsers = ThreadLocal.withInitial(AdtParser::newParser);

    private static PipeParser newParser() {
        HapiContext context = new DefaultHapiContext();
        context.setModelClassFactory(new GenericModelClassFactory());
        context.setValidationContext(ValidationContextFactory.noValidation());
        return context.getPipeParser();
    }

    ParsedMessage parse(String text) {
        String message = normalize(text);
        if (!message.startsWith("MSH")) {
            throw Hl7Problem.rejected(ErrorCode.SEGMENT_SEQUENCE_ERROR, "MSH",
                    "the message does not start with an MSH segment");
        }
        String version = declaredVersion(message);
        if (!VERSIONS.contains(version)) {
            throw Hl7Problem.rejected(ErrorCode.UNSUPPORTED_VERSION_ID, "MSH-12",
                    "HL7 version '" + version + "' is not supported; CareTrail reads 2.1 to 2.8");
        }
        ParsedMessage parsed;
        try {
            parsed = ParsedMessage.of(parsers.get().parse(message));
        } catch (HL7Exception | RuntimeException e) {
            throw Hl7Problem.rejected(ErrorCode.DATA_TYPE_ERROR, null,
                    "the message cannot be parsed: " + e.getMessage());
        }
        if (parsed.header().controlId() == null) {
            throw Hl7Problem.rejected(ErrorCode.REQUIRED_FIELD_MISSING, "MSH-10",
                    "the message control id is missing");
        }
        return parsed;
    }

    /** Segments end with CR on the wire; files and HTTP clients often send LF or CRLF. */
    static String normalize(String text) {
        String trimmed = text.strip();
        if (trimmed.startsWith("\uFEFF")) {
            trimmed = trimmed.substring(1);
        }
        return trimmed.replace("\r\n", "\r").replace('\n', '\r');
    }

    private static String declaredVersion(String message) {
        String firstSegment = message.split("\r", 2)[0];
        if (firstSegment.length() < 4) {
            return "";
        }
        String separator = Character.toString(firstSegment.charAt(3));
        String[] fields = firstSegment.split(java.util.regex.Pattern.quote(separator), -1);
        if (fields.length < 12) {
            return "";
        }
        // MSH-12 counts the field separator itself as MSH-1, so it sits at index 11
        String version = fields[11];
        char componentSeparator = fields[1].isEmpty() ? '^' : fields[1].charAt(0);
        int component = version.indexOf(componentSeparator);
        return (component < 0 ? version : version.substring(0, component)).trim();
    }
}
