package org.caretrail.web.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.caretrail.domain.episode.api.AcceptReferralCommand;
import org.caretrail.domain.episode.api.CancelReferralCommand;
import org.caretrail.domain.episode.api.AssignCaseManagerCommand;
import org.caretrail.domain.episode.api.DeclineReferralCommand;
import org.caretrail.domain.episode.api.DeliverNoticeCommand;
import org.caretrail.domain.episode.api.DocumentPostAcuteChoiceCommand;
import org.caretrail.domain.episode.api.NoticeOutcome;
import org.caretrail.domain.episode.api.NoticeType;
import org.caretrail.domain.episode.api.PlaceReferralCommand;
import org.caretrail.domain.episode.api.RecordEducationCommand;
import org.caretrail.domain.episode.api.RecordFollowUpContactCommand;
import org.caretrail.domain.episode.api.RecordNeedsAssessmentCommand;
import org.caretrail.domain.episode.api.ServiceType;

/**
 * Writes what case managers record around one demo stay, through the command API: assignment, assessment,
 * education, notices on time, late or missing, choice lists, referrals accepted, declined or left waiting (and
 * mostly cancelled after the discharge),
 * and follow-up calls after discharge.
 */
final class CareWriter {

    private static final List<String> BARRIERS = List.of("lives alone", "no transportation", "polypharmacy",
            "limited health literacy", "stairs at home", "cognitive impairment", "uninsured medications");
    private static final List<String> SUPPORTS = List.of("spouse", "daughter", "son", "neighbour", "church group");
    private static final List<String> TOPICS = List.of("heart failure self-care", "inhaler technique",
            "medication schedule", "wound care", "fall prevention", "diet and fluids");
    private static final Set<String> FOLLOW_UP_DISPOSITIONS = Set.of("01", "06", "81", "86");

    private final Random random;
    private final DemoPatient patient;
    private final String episodeId;
    private final List<Step> steps;
    private int referrals;

    CareWriter(Random random, DemoPatient patient, String episodeId, List<Step> steps) {
        this.random = random;
        this.patient = patient;
        this.episodeId = episodeId;
        this.steps = steps;
    }

    /** Writes the stay's case management and returns the provider the patient is discharged to, if any. */
    String during(Instant start, Instant end, Instant observationStart, Instant observationEnd,
                  Instant inpatientStart, boolean edOnly, String disposition) {
        if (edOnly) {
            return null;
        }
        Duration length = Duration.between(start, end);
        if (random.nextDouble() < 0.85) {
            add(within(start, end, 1, 20), at -> new AssignCaseManagerCommand(episodeId,
                    "CM-" + patient.home().id().substring(2) + "-" + (1 + random.nextInt(6)), at));
        }
        if (random.nextDouble() < 0.75) {
            add(within(start, end, 3, 30), at -> new RecordNeedsAssessmentCommand(episodeId,
                    List.of(pick(BARRIERS)), List.of(pick(SUPPORTS)), at));
        }
        if (random.nextDouble() < 0.5) {
            add(within(start, end, 6, 60), at -> new RecordEducationCommand(episodeId, pick(TOPICS),
                    random.nextDouble() < 0.8, at));
        }
        if (patient.medicare() && inpatientStart != null) {
            notices(inpatientStart, end);
        }
        if (patient.medicare() && observationStart != null
                && Duration.between(observationStart, observationEnd).toHours() > 24) {
            double p = random.nextDouble();
            Instant moon = p < 0.75 ? observationStart.plus(hours(6, 30))
                    : p < 0.9 ? observationStart.plus(hours(37, 50)) : null; // on time, late, or never
            if (moon != null && moon.isBefore(observationEnd.minusSeconds(600))) {
                notice(NoticeType.MOON, moon);
            }
        }
        ServiceType service = switch (disposition) {
            case "06", "86" -> ServiceType.HOME_HEALTH;
            case "03" -> ServiceType.SNF;
            case "62" -> ServiceType.IRF;
            case "50", "51" -> ServiceType.HOSPICE;
            default -> null;
        };
        return service == null || length.toHours() < 12 ? null : referral(service, start, end);
    }

    /** Follow-up calls after a discharge home; some on time, some late, some unanswered, some never made. */
    void after(Instant discharged, String disposition) {
        if (!FOLLOW_UP_DISPOSITIONS.contains(disposition)) {
            return;
        }
        double p = random.nextDouble();
        if (p < 0.65) {
            followUp(discharged.plus(hours(4, 40)), true);
        } else if (p < 0.8) {
            followUp(discharged.plus(hours(72, 144)), true);
        } else if (p < 0.88) {
            followUp(discharged.plus(hours(5, 20)), false);
            followUp(discharged.plus(hours(24, 44)), false);
        }
    }

    private void notices(Instant inpatientStart, Instant end) {
        double p = random.nextDouble();
        Instant initial = null;
        if (p < 0.8) {
            initial = inpatientStart.plus(hours(1, 40));
        } else if (p < 0.92) {
            initial = inpatientStart.plus(hours(50, 90));
        }
        if (initial != null && initial.isBefore(end)) {
            Step notice = notice(NoticeType.IMM, initial);
            if (random.nextDouble() < 0.05) {
                // entered after the discharge, with the time it was really delivered
                steps.set(steps.indexOf(notice), notice.arrivingAt(end.plus(hours(2, 30))));
            }
        }
        if (Duration.between(inpatientStart, end).toDays() > 3 && random.nextDouble() < 0.75) {
            notice(NoticeType.IMM, end.minus(hours(5, 20)));
        }
    }

    private String referral(ServiceType service, Instant start, Instant end) {
        String prefix = switch (service) {
            case HOME_HEALTH -> "HH-";
            case SNF -> "SNF-";
            case IRF -> "IRF-";
            default -> "HSP-";
        };
        List<String> offered = List.of(prefix + (101 + random.nextInt(5)), prefix + (106 + random.nextInt(5)),
                prefix + (111 + random.nextInt(5)));
        String chosen = offered.get(random.nextInt(offered.size()));
        Instant placed = max(start.plus(Duration.ofHours(2)), end.minus(hours(8, 30)));
        if (random.nextDouble() < 0.85) {
            Instant listed = placed.minus(hours(1, 3));
            add(max(listed, start.plusSeconds(600)), at ->
                    new DocumentPostAcuteChoiceCommand(episodeId, offered, chosen, at));
            placed = max(placed, listed.plusSeconds(600));
        }
        String first = place(service, chosen, placed);
        double p = random.nextDouble();
        if (p < 0.75) {
            return accepted(first, chosen, placed.plus(hours(2, 40)), end);
        }
        if (p < 0.83) {
            return accepted(first, chosen, placed.plus(hours(50, 80)), end);
        }
        if (p < 0.93) {
            Instant declined = placed.plus(hours(3, 30));
            if (!answer(first, declined, end, false)) {
                closedAfterDischarge(first, end);
                return null;
            }
            String other = offered.get((offered.indexOf(chosen) + 1) % offered.size());
            Instant again = declined.plus(Duration.ofHours(1));
            if (again.isBefore(end)) {
                return accepted(place(service, other, again), other, again.plus(hours(2, 20)), end);
            }
            return null;
        }
        closedAfterDischarge(first, end); // left waiting
        return null;
    }

    // The referral accepted, or left waiting when the answer would come after the discharge.
    private String accepted(String referralId, String provider, Instant at, Instant end) {
        if (answer(referralId, at, end, true)) {
            return provider;
        }
        closedAfterDischarge(referralId, end);
        return null;
    }

    // A referral nobody answered is mostly cancelled a few days after the discharge, as case managers tidy their
    // worklist (its response clock stays missed); a few stay open, and so do those of the last days' discharges.
    private void closedAfterDischarge(String referralId, Instant end) {
        if (random.nextDouble() < 0.9) {
            add(end.plus(hours(20, 96)), at -> new CancelReferralCommand(episodeId, referralId,
                    "No longer needed after discharge", at));
        }
    }

    private String place(ServiceType service, String provider, Instant at) {
        String referralId = "R-" + episodeId.substring(2) + "-" + (++referrals);
        add(at, t -> new PlaceReferralCommand(episodeId, referralId, service, provider, t));
        return referralId;
    }

    private boolean answer(String referralId, Instant at, Instant end, boolean accepted) {
        if (!at.isBefore(end)) {
            return false;
        }
        add(at, t -> accepted ? new AcceptReferralCommand(episodeId, referralId, t)
                : new DeclineReferralCommand(episodeId, referralId, "No capacity", t));
        return true;
    }

    private Step notice(NoticeType type, Instant at) {
        return add(at, t -> new DeliverNoticeCommand(episodeId, type,
                random.nextDouble() < 0.95 ? NoticeOutcome.SIGNED : NoticeOutcome.REFUSED, t));
    }

    private void followUp(Instant at, boolean successful) {
        add(at, t -> new RecordFollowUpContactCommand(episodeId, t, successful, "phone"));
    }

    private Step add(Instant at, java.util.function.Function<Instant, Object> command) {
        Step step = Step.command(at, episodeId, command.apply(at));
        steps.add(step);
        return step;
    }

    /** A time inside the stay, {@code from} to {@code to} hours after its start, and before its end. */
    private Instant within(Instant start, Instant end, int from, int to) {
        Instant at = start.plus(hours(from, to));
        Instant latest = end.minus(Duration.ofMinutes(10));
        return at.isBefore(latest) ? at : max(start.plusSeconds(300), latest);
    }

    private Duration hours(int from, int to) {
        return Duration.ofMinutes(from * 60L + random.nextInt((to - from) * 60 + 1));
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
