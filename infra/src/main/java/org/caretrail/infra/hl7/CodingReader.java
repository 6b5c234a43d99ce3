package org.caretrail.infra.hl7;

import ca.uhn.hl7v2.model.Segment;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.caretrail.domain.episode.api.CodedDiagnosis;
import org.caretrail.domain.episode.api.CodedProcedure;
import org.caretrail.domain.episode.api.DiagnosisCodeSystem;
import org.caretrail.domain.episode.api.ProcedureCodeSystem;

/**
 * Reads the coding a message carries: every DG1 with its code system (DG1-3.3, else the coding method DG1-2 of
 * older versions, else told by the code's shape), ICD-9 and SNOMED kept as such, never as ICD-10; the principal
 * is the diagnosis of priority 1 (DG1-15), of the final type before working before admitting (DG1-6); PR1-3
 * procedures of ICD-10-PCS with their time (PR1-5); and PID-7, the birth date. Codes of systems the episode
 * cannot keep are left aside and noted, never guessed into another system.
 */
final class CodingReader {

    private static final Pattern ICD10_SHAPE = Pattern.compile("[A-Z][0-9][0-9A-Z](\\.?[0-9A-Z]{1,4})?");
    private static final Pattern ICD9_SHAPE = Pattern.compile("(\\d{3}|V\\d{2}|E\\d{3})(\\.?\\d{1,2})?");
    private static final Pattern SNOMED_SHAPE = Pattern.compile("[1-9]\\d{5,17}");
    private static final Pattern BIRTH_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2}).*");

    private final ParsedMessage message;
    private final ZoneId zone;
    private final List<String> notes = new ArrayList<>();
    private boolean finalType;

    CodingReader(ParsedMessage message, ZoneId zone) {
        this.message = message;
        this.zone = zone;
    }

    /** The diagnoses, exactly one principal; empty when the message carries none the episode can keep. */
    List<CodedDiagnosis> diagnoses() {
        List<Segment> dg1s = message.all("DG1");
        Map<String, Candidate> kept = new LinkedHashMap<>();
        for (int i = 0; i < dg1s.size(); i++) {
            Segment dg1 = dg1s.get(i);
            String code = ParsedMessage.value(dg1, 3, 0, 1);
            if (code == null) {
                continue;
            }
            DiagnosisCodeSystem system = diagnosisSystem(dg1, code);
            if (system == null) {
                notes.add("DG1-3 " + code + " of coding system '" + describeSystem(dg1)
                        + "' is not ICD-10-CM, ICD-9-CM or SNOMED CT and was left aside");
                continue;
            }
            finalType |= "F".equalsIgnoreCase(ParsedMessage.value(dg1, 6, 0, 1));
            Candidate candidate = new Candidate(code, system, rank(dg1, i), presentOnAdmission(dg1));
            kept.merge(system + " " + code, candidate, (a, b) -> a.rank() <= b.rank() ? a : b);
        }
        if (kept.isEmpty()) {
            return List.of();
        }
        Candidate principal = kept.values().stream().min(Comparator.comparingInt(Candidate::rank)).orElseThrow();
        return kept.values().stream().map(c -> new CodedDiagnosis(c.code(), c.system(), c == principal,
                c.presentOnAdmission())).toList();
    }

    /**
     * Whether the message says more than a working diagnosis: a final-type DG1, several diagnoses, one of
     * another system than ICD-10-CM, or procedures. Then it is recorded as the stay's coding; a lone admitting
     * or working ICD-10 diagnosis is the working diagnosis only.
     */
    boolean isCoding(List<CodedDiagnosis> diagnoses, List<CodedProcedure> procedures) {
        return !diagnoses.isEmpty() && (finalType || diagnoses.size() > 1 || !procedures.isEmpty()
                || diagnoses.get(0).system() != DiagnosisCodeSystem.ICD10CM);
    }

    /** The principal diagnosis when it is ICD-10-CM, as the working diagnosis of the stay; else null. */
    String workingPrincipal(List<CodedDiagnosis> diagnoses) {
        return diagnoses.stream().filter(CodedDiagnosis::principal)
                .filter(d -> d.system() == DiagnosisCodeSystem.ICD10CM).map(CodedDiagnosis::code)
                .findFirst().orElse(null);
    }

    List<CodedProcedure> procedures() {
        List<CodedProcedure> procedures = new ArrayList<>();
        for (Segment pr1 : message.all("PR1")) {
            String code = ParsedMessage.value(pr1, 3, 0, 1);
            if (code == null) {
                continue;
            }
            String system = upper(ParsedMessage.value(pr1, 3, 0, 3), ParsedMessage.value(pr1, 2, 0, 1));
            if (!(system.contains("10P") || system.contains("PCS") || system.isEmpty() && code.length() == 7)) {
                notes.add("PR1-3 " + code + " of coding system '" + system + "' is not ICD-10-PCS and was left aside");
                continue;
            }
            String time = ParsedMessage.value(pr1, 5, 0, 1);
            Instant performedAt = time == null ? null : Hl7Time.parse(time, zone, "PR1-5");
            procedures.add(new CodedProcedure(code, ProcedureCodeSystem.ICD10PCS, performedAt));
        }
        return procedures.stream().distinct().toList();
    }

    /** PID-7 as a date; a birth date that is not a date is noted and left out rather than refusing the stay. */
    LocalDate birthDate() {
        String text = message.value("PID", 7, 1);
        if (text == null) {
            return null;
        }
        var m = BIRTH_DATE.matcher(text);
        try {
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
            }
        } catch (java.time.DateTimeException e) {
            // falls through to the note: a date that does not exist
        }
        notes.add("PID-7 '" + text + "' is not a birth date (YYYYMMDD) and was left out");
        return null;
    }

    List<String> notes() {
        return List.copyOf(notes);
    }

    private static DiagnosisCodeSystem diagnosisSystem(Segment dg1, String code) {
        String system = upper(ParsedMessage.value(dg1, 3, 0, 3), ParsedMessage.value(dg1, 2, 0, 1));
        if (system.isEmpty()) {
            return ICD10_SHAPE.matcher(code).matches() ? DiagnosisCodeSystem.ICD10CM
                    : ICD9_SHAPE.matcher(code).matches() ? DiagnosisCodeSystem.ICD9CM
                    : SNOMED_SHAPE.matcher(code).matches() ? DiagnosisCodeSystem.SNOMEDCT : null;
        }
        if (system.startsWith("SCT") || system.startsWith("SNM") || system.contains("SNOMED")) {
            return DiagnosisCodeSystem.SNOMEDCT;
        }
        if (system.matches("I10.*|ICD-?10.*")) {
            return DiagnosisCodeSystem.ICD10CM;
        }
        if (system.matches("I9.*|ICD-?9.*")) {
            return DiagnosisCodeSystem.ICD9CM;
        }
        return null;
    }

    /** Lower ranks first: priority 1 (DG1-15), then final, working, admitting (DG1-6), then message order. */
    private static int rank(Segment dg1, int order) {
        boolean first = "1".equals(ParsedMessage.value(dg1, 15, 0, 1));
        String type = upper(ParsedMessage.value(dg1, 6, 0, 1), null);
        int typeRank = switch (type) {
            case "F" -> 0;
            case "W" -> 1;
            case "A" -> 2;
            default -> 3;
        };
        return (first ? 0 : 10_000) + typeRank * 1_000 + order;
    }

    /** DG1-26, present on admission: Y or N, anything else (U, W, exempt) not reported. */
    private static Boolean presentOnAdmission(Segment dg1) {
        String poa = upper(ParsedMessage.value(dg1, 26, 0, 1), null);
        return switch (poa) {
            case "Y" -> true;
            case "N" -> false;
            default -> null;
        };
    }

    private static String describeSystem(Segment dg1) {
        return upper(ParsedMessage.value(dg1, 3, 0, 3), ParsedMessage.value(dg1, 2, 0, 1));
    }

    private static String upper(String value, String fallback) {
        String chosen = value != null ? value : fallback;
        return chosen == null ? "" : chosen.trim().toUpperCase(Locale.ROOT);
    }

    private record Candidate(String code, DiagnosisCodeSystem system, int rank, Boolean presentOnAdmission) {
    }
}
