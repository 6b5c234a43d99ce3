package org.caretrail.projections.compliance;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.caretrail.domain.episode.api.PatientClass;
import org.caretrail.domain.episode.api.Payer;

/**
 * Everything the compliance clocks read about one episode, in any arrival order: the rules sort by time.
 *
 * <p>The class history starts with the class at admission. {@code discharge} is the current discharge
 * only (null while active; a cancelled discharge is removed with {@link #withoutDischarge()}).
 * {@code payer} may be null (unknown): no payer-bound clock applies then. {@code caseManagerId} is the case manager
 * last assigned (null: none yet); no clock reads it, the worklist is narrowed by it.
 */
public record ClockFacts(String episodeId, String patientId, String facilityId, Payer payer, Instant admittedAt,
                           List<ClassSlice> classHistory, Discharge discharge, List<Notice> notices,
                           List<FollowUpContact> contacts, List<Instant> choiceListsDocumentedAt,
                           List<Referral> referrals, boolean cancelled, String caseManagerId) {

    public ClockFacts {
        Objects.requireNonNull(episodeId, "episodeId");
        Objects.requireNonNull(patientId, "patientId");
        Objects.requireNonNull(facilityId, "facilityId");
        Objects.requireNonNull(admittedAt, "admittedAt");
        classHistory = copy(classHistory);
        notices = copy(notices);
        contacts = copy(contacts);
        choiceListsDocumentedAt = copy(choiceListsDocumentedAt);
        referrals = copy(referrals);
        if (referrals.stream().map(Referral::referralId).distinct().count() != referrals.size()) {
            throw new IllegalArgumentException("referral ids must be unique within an episode: " + referrals);
        }
    }

    /** A freshly admitted episode: one class slice from the admission on, nothing else yet. */
    public static ClockFacts admitted(String episodeId, String patientId, String facilityId, Payer payer,
                                        PatientClass patientClass, Instant admittedAt) {
        return new ClockFacts(episodeId, patientId, facilityId, payer, admittedAt,
                List.of(new ClassSlice(patientClass, admittedAt)), null, List.of(), List.of(), List.of(),
                List.of(), false, null);
    }

    /** The case manager assigned last (a later assignment replaces an earlier one). */
    public ClockFacts withCaseManager(String newCaseManagerId) {
        return new ClockFacts(episodeId, patientId, facilityId, payer, admittedAt, classHistory, discharge,
                notices, contacts, choiceListsDocumentedAt, referrals, cancelled, newCaseManagerId);
    }

    public ClockFacts withPayer(Payer newPayer) {
        return new ClockFacts(episodeId, patientId, facilityId, newPayer, admittedAt, classHistory, discharge,
                notices, contacts, choiceListsDocumentedAt, referrals, cancelled, caseManagerId);
    }

    public ClockFacts withClassChange(PatientClass patientClass, Instant from) {
        return new ClockFacts(episodeId, patientId, facilityId, payer, admittedAt,
                plus(classHistory, new ClassSlice(patientClass, from)), discharge, notices, contacts,
                choiceListsDocumentedAt, referrals, cancelled, caseManagerId);
    }

    public ClockFacts withDischarge(Discharge newDischarge) {
        Objects.requireNonNull(newDischarge, "newDischarge");
        return new ClockFacts(episodeId, patientId, facilityId, payer, admittedAt, classHistory, newDischarge,
                notices, contacts, choiceListsDocumentedAt, referrals, cancelled, caseManagerId);
    }

    /** The discharge was cancelled: it counts for nothing, and the episode is active again. */
    public ClockFacts withoutDischarge() {
        return new ClockFacts(episodeId, patientId, facilityId, payer, admittedAt, classHistory, null, notices,
                contacts, choiceListsDocumentedAt, referrals, cancelled, caseManagerId);
    }

    public ClockFacts withNotice(Notice notice) {
        return new ClockFacts(episodeId, patientId, facilityId, payer, admittedAt, classHistory, discharge,
                plus(notices, notice), contacts, choiceListsDocumentedAt, referrals, cancelled, caseManagerId);
    }

    public ClockFacts withContact(FollowUpContact contact) {
        return new ClockFacts(episodeId, patientId, facilityId, payer, admittedAt, classHistory, discharge,
                notices, plus(contacts, contact), choiceListsDocumentedAt, referrals, cancelled, caseManagerId);
    }

    public ClockFacts withChoiceList(Instant documentedAt) {
        return new ClockFacts(episodeId, patientId, facilityId, payer, admittedAt, classHistory, discharge,
                notices, contacts, plus(choiceListsDocumentedAt, documentedAt), referrals, cancelled, caseManagerId);
    }

    /** A newly placed referral; placing the same referral id again replaces the earlier one. */
    public ClockFacts withReferral(Referral referral) {
        Objects.requireNonNull(referral, "referral");
        List<Referral> others = referrals.stream()
                .filter(existing -> !existing.referralId().equals(referral.referralId()))
                .toList();
        return withReferrals(plus(others, referral));
    }

    public ClockFacts withReferralAnswered(String referralId, ReferralAnswer answer) {
        return withReferralChanged(referralId, referral -> referral.withAnswer(answer));
    }

    public ClockFacts withReferralCancelled(String referralId, Instant cancelledAt) {
        return withReferralChanged(referralId, referral -> referral.withCancellation(cancelledAt));
    }

    /** The admission was cancelled or entered in error: every clock stops applying. */
    public ClockFacts asCancelled() {
        return new ClockFacts(episodeId, patientId, facilityId, payer, admittedAt, classHistory, discharge,
                notices, contacts, choiceListsDocumentedAt, referrals, true, caseManagerId);
    }

    private ClockFacts withReferralChanged(String referralId, UnaryOperator<Referral> change) {
        if (referrals.stream().noneMatch(referral -> referral.referralId().equals(referralId))) {
            throw new IllegalArgumentException("unknown referral " + referralId + " in episode " + episodeId);
        }
        return withReferrals(referrals.stream()
                .map(referral -> referral.referralId().equals(referralId) ? change.apply(referral) : referral)
                .toList());
    }

    private ClockFacts withReferrals(List<Referral> newReferrals) {
        return new ClockFacts(episodeId, patientId, facilityId, payer, admittedAt, classHistory, discharge,
                notices, contacts, choiceListsDocumentedAt, newReferrals, cancelled, caseManagerId);
    }

    private static <T> List<T> copy(List<T> items) {
        return items == null ? List.of() : List.copyOf(items);
    }

    private static <T> List<T> plus(List<T> items, T item) {
        Objects.requireNonNull(item, "item");
        List<T> all = new ArrayList<>(items);
        all.add(item);
        return List.copyOf(all);
    }
}
