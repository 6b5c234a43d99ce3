package org.caretrail.projections.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.caretrail.domain.episode.api.PatientClass;
import org.caretrail.domain.notification.api.DeliveryChannel;
import org.caretrail.domain.notification.api.NotificationTrigger;
import org.caretrail.domain.patient.api.CareRelationship;
import org.junit.jupiter.api.Test;

class NotificationRoutingTest {

    private static final Instant JAN = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant MARCH = Instant.parse("2026-03-01T10:00:00Z");
    private static final Instant JUNE = Instant.parse("2026-06-01T00:00:00Z");
    private static final List<NotificationTrigger> ALL = List.of(NotificationTrigger.values());

    private final Map<String, RecipientRecord> registry = new HashMap<>();
    private final BiFunction<String, Long, Optional<RecipientEntry>> registered =
            (id, position) -> Optional.ofNullable(registry.get(id)).flatMap(r -> r.before(position));
    private PatientRecord patient = PatientRecord.empty("P-1");
    private EpisodeRecord episode = EpisodeRecord.of("E-1", "P-1", "F-1");

    @Test
    void anAdmissionGoesToEveryRegisteredMemberWhosePeriodCoversItsClinicalTime() {
        register(1, "pcp", ALL);
        register(2, "practice", ALL);
        register(3, "old-pcp", ALL);
        member(4, "pcp", CareRelationship.PRIMARY_CARE, JAN, null);
        member(5, "practice", CareRelationship.PRACTICE, JAN, null);
        member(6, "old-pcp", CareRelationship.PRIMARY_CARE, JAN, Instant.parse("2026-02-01T00:00:00Z"));
        member(7, "not-registered", CareRelationship.PAYER, JAN, null);

        assertThat(recipientsOf(route(admission(10)))).containsExactly("pcp", "practice");
    }

    @Test
    void aMemberRecordedAfterTheEventIsNotToldOfIt() {
        register(1, "pcp", ALL);
        member(20, "pcp", CareRelationship.PRIMARY_CARE, JAN, null);

        assertThat(route(admission(10))).isEmpty();
    }

    @Test
    void aRecipientThatDoesNotTakeTheTriggerIsNotTold() {
        register(1, "payer", List.of(NotificationTrigger.DISCHARGE));
        member(2, "payer", CareRelationship.PAYER, JAN, null);

        assertThat(route(admission(10))).isEmpty();
    }

    @Test
    void anOptOutInForceAtTheClinicalTimeWithholdsEveryNotice() {
        register(1, "pcp", ALL);
        member(2, "pcp", CareRelationship.PRIMARY_CARE, JAN, null);
        preference(3, true, JAN);

        assertThat(route(admission(10))).singleElement().satisfies(routed -> assertThat(routed.suppressed()).isTrue());
    }

    @Test
    void anOptOutEffectiveOnlyAfterTheClinicalTimeDoesNotWithhold() {
        register(1, "pcp", ALL);
        member(2, "pcp", CareRelationship.PRIMARY_CARE, JAN, null);
        preference(3, true, JUNE);

        assertThat(route(admission(10))).singleElement().satisfies(routed -> assertThat(routed.suppressed()).isFalse());
    }

    @Test
    void theLatestPreferenceByClinicalTimeIsTheOneInForce() {
        register(1, "pcp", ALL);
        member(2, "pcp", CareRelationship.PRIMARY_CARE, JAN, null);
        preference(3, false, Instant.parse("2026-02-01T00:00:00Z"));
        preference(4, true, JAN);

        assertThat(route(admission(10))).singleElement().satisfies(routed -> assertThat(routed.suppressed()).isFalse());
    }

    @Test
    void aDischargeAlsoGoesToItsDestinationAndReferralProvidersAsPostAcute() {
        register(1, "pcp", ALL);
        register(2, "snf", ALL);
        register(3, "hh", ALL);
        register(4, "declined", ALL);
        member(5, "pcp", CareRelationship.PRIMARY_CARE, JAN, null);
        episode = episode.with(EpisodeEntry.referral(6, true, "R-1", "hh"))
                .with(EpisodeEntry.referral(7, true, "R-2", "declined"))
                .with(EpisodeEntry.referral(8, false, "R-2", "declined"));

        List<Routed> routed = route(discharge(10, "03", "snf"));

        assertThat(recipientsOf(routed)).containsExactly("pcp", "snf", "hh");
        assertThat(routed).extracting(Routed::relationship)
                .containsExactly(CareRelationship.PRIMARY_CARE, CareRelationship.POST_ACUTE, CareRelationship.POST_ACUTE);
        assertThat(routed).extracting(Routed::trigger).containsOnly(NotificationTrigger.DISCHARGE);
    }

    @Test
    void anUnregisteredDestinationIsNotNotified() {
        assertThat(route(discharge(10, "03", "snf-unknown"))).isEmpty();
    }

    @Test
    void aCancelledDischargeIsSentToThoseToldOfTheDischargeOnly() {
        register(1, "pcp", ALL);
        register(2, "snf", ALL);
        Routed pcpAdmission = new Routed(registry.get("pcp").latest().orElseThrow(), CareRelationship.PRIMARY_CARE,
                NotificationTrigger.ADMISSION, false, null);
        Routed snfDischarge = new Routed(registry.get("snf").latest().orElseThrow(), CareRelationship.POST_ACUTE,
                NotificationTrigger.DISCHARGE, false, null);
        episode = episode.with(EpisodeEntry.notified(5, pcpAdmission, "n-admit"))
                .with(EpisodeEntry.notified(9, snfDischarge, "n-discharge"));

        List<Routed> cancellations = NotificationRouting.cancel(cancellation(12, NotificationTrigger.DISCHARGE), episode,
                registered);

        assertThat(cancellations).singleElement().satisfies(routed -> {
            assertThat(routed.recipient().recipientId()).isEqualTo("snf");
            assertThat(routed.cancelsNotificationId()).isEqualTo("n-discharge");
            assertThat(routed.trigger()).isEqualTo(NotificationTrigger.DISCHARGE);
        });
    }

    @Test
    void aCancelledEpisodeIsSentToEveryoneToldAndNotYetToldOfACancellation() {
        register(1, "pcp", ALL);
        Routed admission = new Routed(registry.get("pcp").latest().orElseThrow(), CareRelationship.PRIMARY_CARE,
                NotificationTrigger.ADMISSION, false, null);
        Routed discharge = new Routed(registry.get("pcp").latest().orElseThrow(), CareRelationship.PRIMARY_CARE,
                NotificationTrigger.DISCHARGE, false, null);
        episode = episode.with(EpisodeEntry.notified(5, admission, "n-admit"))
                .with(EpisodeEntry.notified(9, discharge, "n-discharge"))
                .with(EpisodeEntry.cancellationSent(11, "n-discharge"));

        assertThat(NotificationRouting.cancel(cancellation(14, null), episode, registered))
                .extracting(Routed::cancelsNotificationId).containsExactly("n-admit");
    }

    @Test
    void theRegistrationInForceWhenTheEventWasRecordedIsUsed() {
        register(1, "pcp", List.of(NotificationTrigger.DISCHARGE));
        member(2, "pcp", CareRelationship.PRIMARY_CARE, JAN, null);
        register(20, "pcp", ALL);

        assertThat(route(admission(10))).isEmpty();
        assertThat(route(admission(30))).hasSize(1);
    }

    private List<Routed> route(TriggeringEvent event) {
        return NotificationRouting.route(event, episode, patient, registered);
    }

    private static List<String> recipientsOf(List<Routed> routed) {
        return routed.stream().map(r -> r.recipient().recipientId()).toList();
    }

    private void register(long position, String id, List<NotificationTrigger> triggers) {
        registry.merge(id, new RecipientRecord(id, List.of(entry(position, id, triggers))),
                (known, added) -> known.with(added.versions().get(0)));
    }

    private static RecipientEntry entry(long position, String id, List<NotificationTrigger> triggers) {
        return new RecipientEntry(position, id, id, DeliveryChannel.WEBHOOK, "http://127.0.0.1/" + id, triggers, false);
    }

    private void member(long position, String id, CareRelationship relationship, Instant from, Instant to) {
        patient = patient.with(new MemberEntry(position, id, relationship, from, to));
    }

    private void preference(long position, boolean optOut, Instant effectiveAt) {
        patient = patient.with(new PreferenceEntry(position, optOut, effectiveAt, null, MARCH));
    }

    private static TriggeringEvent admission(long position) {
        return new TriggeringEvent("ev-" + position, position, MARCH, "E-1", "P-1", "F-1", MARCH,
                NotificationTrigger.ADMISSION, false, PatientClass.INPATIENT, null, null);
    }

    private static TriggeringEvent discharge(long position, String disposition, String destination) {
        return new TriggeringEvent("ev-" + position, position, MARCH, "E-1", "P-1", "F-1", MARCH,
                TriggerRules.discharge(disposition), false, PatientClass.INPATIENT, disposition, destination);
    }

    private static TriggeringEvent cancellation(long position, NotificationTrigger trigger) {
        return new TriggeringEvent("ev-" + position, position, MARCH, "E-1", "P-1", "F-1", MARCH, trigger, true,
                PatientClass.INPATIENT, null, null);
    }
}
