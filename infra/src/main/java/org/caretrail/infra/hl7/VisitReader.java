package org.caretrail.infra.hl7;

import ca.uhn.hl7v2.model.Segment;
import java.util.Optional;

/** Reads a message's visit number, episode id, facility and patient id the way its sender's profile says. */
final class VisitReader {

    private final AdtFields fields;
    private final SenderProfile profile;

    VisitReader(AdtFields fields, SenderProfile profile) {
        this.fields = fields;
        this.profile = profile;
    }

    /** The episode id: the first visit number the profile's sources carry, scoped as the profile says. */
    String episodeId() {
        for (VisitNumberSource source : profile.visitNumberSources()) {
            String number = fields.value(source.segment(), source.field(), 1);
            if (number != null) {
                return scoped(number, source);
            }
        }
        throw Hl7Problem.refused(ErrorCode.REQUIRED_FIELD_MISSING, profile.visitNumberSources().get(0).location(),
                "the visit number is missing (looked in " + String.join(", ", profile.visitNumberSources().stream()
                        .map(VisitNumberSource::location).toList()) + ")");
    }

    String episodeIdOrNull() {
        try {
            return episodeId();
        } catch (Hl7Problem missing) {
            return null;
        }
    }

    String facility() {
        String facility = facilityOrNull();
        if (facility == null) {
            throw Hl7Problem.refused(ErrorCode.REQUIRED_FIELD_MISSING, profile.facilitySources().get(0).location(),
                    "the facility is missing (looked in " + String.join(", ", profile.facilitySources().stream()
                            .map(FacilitySource::location).toList()) + ")");
        }
        return facility;
    }

    String facilityOrNull() {
        for (FacilitySource source : profile.facilitySources()) {
            String facility = source.read(fields.message());
            if (facility != null) {
                return facility;
            }
        }
        return null;
    }

    String patientId() {
        String patient = patientIdOrNull();
        if (patient == null) {
            throw Hl7Problem.refused(ErrorCode.REQUIRED_FIELD_MISSING, "PID-3", "the patient identifier is missing"
                    + (profile.patientIdAuthority() == null ? "" : " (of authority " + profile.patientIdAuthority() + ")"));
        }
        return patient;
    }

    /**
     * PID-3: the repetition of the profile's assigning authority (PID-3.4) when it names one, else the one
     * typed MR (medical record number), else the first.
     */
    String patientIdOrNull() {
        Optional<Segment> pid = fields.message().first("PID");
        if (pid.isEmpty()) {
            return null;
        }
        String first = null;
        String typedMr = null;
        for (int rep = 0; rep < ParsedMessage.repetitions(pid.get(), 3); rep++) {
            String id = ParsedMessage.value(pid.get(), 3, rep, 1);
            if (id == null) {
                continue;
            }
            if (profile.patientIdAuthority() != null) {
                if (profile.patientIdAuthority().equalsIgnoreCase(ParsedMessage.value(pid.get(), 3, rep, 4))) {
                    return id;
                }
                continue;
            }
            if (typedMr == null && "MR".equalsIgnoreCase(ParsedMessage.value(pid.get(), 3, rep, 5))) {
                typedMr = id;
            }
            first = first == null ? id : first;
        }
        return typedMr != null ? typedMr : first;
    }

    private String scoped(String number, VisitNumberSource source) {
        return switch (profile.episodeIdScope()) {
            case VISIT_NUMBER -> number;
            case FACILITY -> facility() + ":" + number;
            case ASSIGNING_AUTHORITY -> {
                String authority = fields.value(source.segment(), source.field(), 4);
                yield (authority == null ? facility() : authority) + ":" + number;
            }
        };
    }
}
