package org.caretrail.projections.support;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.caretrail.domain.episode.api.DischargeCancelledEvent;
import org.caretrail.domain.episode.api.DispositionRecordedEvent;
import org.caretrail.domain.episode.api.EpisodeCancelledEvent;
import org.caretrail.domain.episode.api.EpisodeDetailsCorrectedEvent;
import org.caretrail.domain.episode.api.EpisodeEvent;
import org.caretrail.domain.episode.api.FollowUpContactRecordedEvent;
import org.caretrail.domain.episode.api.NoticeDeliveredEvent;
import org.caretrail.domain.episode.api.NoticeOutcome;
import org.caretrail.domain.episode.api.NoticeType;
import org.caretrail.domain.episode.api.PatientAdmittedEvent;
import org.caretrail.domain.episode.api.PatientClass;
import org.caretrail.domain.episode.api.PatientClassChangedEvent;
import org.caretrail.domain.episode.api.PatientDischargedEvent;
import org.caretrail.domain.episode.api.Payer;
import org.caretrail.domain.episode.api.PostAcuteChoiceDocumentedEvent;
import org.caretrail.domain.episode.api.ReferralAcceptedEvent;
import org.caretrail.domain.episode.api.ReferralCancelledEvent;
import org.caretrail.domain.episode.api.ReferralPlacedEvent;
import org.caretrail.domain.episode.api.ServiceType;

/**
 * One episode's events for projection tests, numbered 0, 1, 2, … as the event store numbers an episode's events.
 * Every event names its time last. How the events reach a projection is chosen where the feed is made:
 * {@link #recorded} keeps them for a harness to deliver later (in order, reordered, again, in batches);
 * {@link #deliveredTo} also hands each one to a handler as soon as it is added, as a processor would.
 */
public final class EpisodeFeed {

    /** One event with its sequence number, as a processor delivers it. */
    public record Delivery(EpisodeEvent event, long sequence) {
    }

    /** Where a feed made with {@link #deliveredTo} hands each event: a projection's event handler. */
    @FunctionalInterface
    public interface Handler {
        void on(EpisodeEvent event, long sequence);
    }

    private static final Handler KEEP_ONLY = (event, sequence) -> { };

    private final Handler handler;
    private final String episodeId;
    private final String patientId;
    private final String facilityId;
    private final List<Delivery> deliveries = new ArrayList<>();
    private long nextSequence;
    private PatientClass currentClass;

    private EpisodeFeed(Handler handler, String episodeId, String patientId, String facilityId) {
        this.handler = handler;
        this.episodeId = episodeId;
        this.patientId = patientId;
        this.facilityId = facilityId;
    }

    /** A feed that only records its events; {@link #deliveries()} hands them over. */
    public static EpisodeFeed recorded(String episodeId, String patientId, String facilityId) {
        return new EpisodeFeed(KEEP_ONLY, episodeId, patientId, facilityId);
    }

    /** A feed that hands each event to {@code handler} as it is added (and records it too). */
    public static EpisodeFeed deliveredTo(Handler handler, String episodeId, String patientId, String facilityId) {
        return new EpisodeFeed(handler, episodeId, patientId, facilityId);
    }

    /** The instant an ISO-8601 text such as {@code 2026-03-01T10:00:00Z} names. */
    public static Instant at(String iso) {
        return Instant.parse(iso);
    }

    /** Admitted on unit 4W with principal diagnosis I50.9, not planned. */
    public EpisodeFeed admitted(PatientClass patientClass, Payer payer, Instant at) {
        return admitted(patientClass, payer, "I50.9", at);
    }

    /** Admitted on unit 4W with the given principal diagnosis, not planned. */
    public EpisodeFeed admitted(PatientClass patientClass, Payer payer, String diagnosis, Instant at) {
        currentClass = patientClass;
        return add(new PatientAdmittedEvent(episodeId, patientId, facilityId, at, patientClass, payer, null, "4W",
                diagnosis, false));
    }

    /** A Medicare inpatient admission with principal diagnosis I50.9. */
    public EpisodeFeed inpatient(Instant at) {
        return admitted(PatientClass.INPATIENT, Payer.MEDICARE, at);
    }

    /** From the class the episode is in now, the last admission or class change added. */
    public EpisodeFeed classChanged(PatientClass toClass, Instant at) {
        PatientClass from = currentClass;
        currentClass = toClass;
        return add(new PatientClassChangedEvent(episodeId, patientId, facilityId, at, from, toClass));
    }

    /** A signed notice. */
    public EpisodeFeed notice(NoticeType type, Instant at) {
        return add(new NoticeDeliveredEvent(episodeId, patientId, facilityId, at, type, NoticeOutcome.SIGNED));
    }

    /** Discharged in the class the episode is in now. */
    public EpisodeFeed discharged(String disposition, Instant at) {
        return add(new PatientDischargedEvent(episodeId, patientId, facilityId, at, disposition, null, currentClass));
    }

    /** The disposition of a discharge that was recorded without one (an HL7 A03 without PV1-36). */
    public EpisodeFeed dispositionRecorded(String disposition, Instant at) {
        return add(new DispositionRecordedEvent(episodeId, patientId, facilityId, at, disposition, null));
    }

    public EpisodeFeed dischargeCancelled(Instant at) {
        return add(new DischargeCancelledEvent(episodeId, patientId, facilityId, at, "wrong patient"));
    }

    public EpisodeFeed cancelled(Instant at) {
        return add(new EpisodeCancelledEvent(episodeId, patientId, facilityId, at, "entered in error"));
    }

    /** A correction of the principal diagnosis alone. */
    public EpisodeFeed diagnosisCorrected(String diagnosis, Instant at) {
        return add(new EpisodeDetailsCorrectedEvent(episodeId, patientId, facilityId, at, diagnosis, null, null, null));
    }

    /** A correction of whether the admission was planned, alone. */
    public EpisodeFeed plannedCorrected(boolean planned, Instant at) {
        return add(new EpisodeDetailsCorrectedEvent(episodeId, patientId, facilityId, at, null, null, planned, null));
    }

    /** A correction of the payer alone. */
    public EpisodeFeed payerCorrected(Payer payer, Instant at) {
        return add(new EpisodeDetailsCorrectedEvent(episodeId, patientId, facilityId, at, null, payer, null, null));
    }

    /** A follow-up call. */
    public EpisodeFeed contact(boolean successful, Instant at) {
        return add(new FollowUpContactRecordedEvent(episodeId, patientId, facilityId, at, successful, "phone"));
    }

    /** A post-acute choice list offering HH-1 and HH-2, HH-1 chosen. */
    public EpisodeFeed choiceList(Instant at) {
        return add(new PostAcuteChoiceDocumentedEvent(episodeId, patientId, facilityId, at, List.of("HH-1", "HH-2"),
                "HH-1"));
    }

    /** A referral to provider-1. */
    public EpisodeFeed referral(String referralId, ServiceType type, Instant at) {
        return add(new ReferralPlacedEvent(episodeId, patientId, facilityId, at, referralId, type, "provider-1"));
    }

    public EpisodeFeed referralAccepted(String referralId, ServiceType type, Instant at) {
        return add(new ReferralAcceptedEvent(episodeId, patientId, facilityId, at, referralId, type, "provider-1"));
    }

    public EpisodeFeed referralCancelled(String referralId, ServiceType type, Instant at) {
        return add(new ReferralCancelledEvent(episodeId, patientId, facilityId, at, referralId, type, "provider-1",
                "not needed"));
    }

    /** The last event once more with its original sequence number, as after a crash before the token was stored. */
    public EpisodeFeed again() {
        return deliver(deliveries.get(deliveries.size() - 1));
    }

    public String episodeId() {
        return episodeId;
    }

    /** Every delivery so far, in the order they were added. */
    public List<Delivery> deliveries() {
        return List.copyOf(deliveries);
    }

    /** The delivery added {@code index}th, counting from 0. */
    public Delivery delivery(int index) {
        return deliveries.get(index);
    }

    private EpisodeFeed add(EpisodeEvent event) {
        return deliver(new Delivery(event, nextSequence++));
    }

    private EpisodeFeed deliver(Delivery delivery) {
        deliveries.add(delivery);
        handler.on(delivery.event(), delivery.sequence());
        return this;
    }
}
