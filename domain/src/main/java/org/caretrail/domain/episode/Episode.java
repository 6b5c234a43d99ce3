package org.caretrail.domain.episode;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.caretrail.domain.episode.Guards.optionalTexts;
import static org.caretrail.domain.episode.Guards.requireText;
import static org.caretrail.domain.episode.Guards.requireTextIfPresent;
import static org.caretrail.domain.episode.Guards.requireTexts;
import static org.caretrail.domain.episode.Guards.requireValue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.caretrail.domain.episode.api.*;

/** One patient encounter at one facility, from admission to discharge and follow-up. */
class Episode {

    @AggregateIdentifier
    private String episodeId;
    private String patientId;
    private String facilityId;
    private PatientAdmittedEvent admission;
    private EpisodeStatus status;
    private final ClassHistory classHistory = new ClassHistory();
    private String unit;
    /** The unit each live transfer left, so that a cancelled transfer can restore it. */
    private final List<String> unitsBeforeTransfers = new ArrayList<>();
    private final Referrals referrals = new Referrals();
    private Instant dischargedAt;
    /** The UB-04 code of the live discharge; null while active, or when the discharge did not say. */
    private String disposition;
    private String principalDiagnosis;
    private Payer payer;
    private boolean planned;
    private EpisodeCodedEvent coding;

    Episode() {
        // required by Axon to create the aggregate before admission and to source it
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(AdmitPatientCommand command) {
        requireText(command.episodeId(), "episodeId");
        requireText(command.patientId(), "patientId");
        requireText(command.facilityId(), "facilityId");
        requireValue(command.patientClass(), "patientClass");
        requireValue(command.admittedAt(), "admittedAt");
        requireTextIfPresent(command.admitSource(), "admitSource");
        requireTextIfPresent(command.unit(), "unit");
        requireTextIfPresent(command.principalDiagnosis(), "principalDiagnosis");
        requireBornBy(command.birthDate(), command.admittedAt());
        PatientAdmittedEvent admitted = new PatientAdmittedEvent(command.episodeId(),
                command.patientId(), command.facilityId(), command.admittedAt(),
                command.patientClass(), command.payer(), command.admitSource(), command.unit(),
                command.principalDiagnosis(), command.planned(), command.birthDate());
        if (isAdmitted()) {
            requireNotCancelled();
            if (admission.equals(admitted)) {
                return;
            }
            throw new EpisodeStateException(
                    "Episode " + episodeId + " was already admitted with different content");
        }
        apply(admitted);
    }

    @CommandHandler
    void handle(ChangePatientClassCommand command) {
        requireValue(command.patientClass(), "patientClass");
        requireValue(command.effectiveAt(), "effectiveAt");
        requireActive("change the patient class of");
        requireNotBeforeAdmission(command.effectiveAt(), "effectiveAt");
        PatientClass fromClass = classHistory.classAt(command.effectiveAt());
        if (fromClass == command.patientClass()) {
            return;
        }
        apply(new PatientClassChangedEvent(episodeId, patientId, facilityId,
                command.effectiveAt(), fromClass, command.patientClass()));
    }

    @CommandHandler
    void handle(TransferPatientCommand command) {
        requireText(command.toUnit(), "toUnit");
        requireValue(command.effectiveAt(), "effectiveAt");
        requireActive("transfer");
        requireNotBeforeAdmission(command.effectiveAt(), "effectiveAt");
        if (command.toUnit().equals(unit)) {
            return;
        }
        apply(new PatientTransferredEvent(episodeId, patientId, facilityId,
                command.effectiveAt(), unit, command.toUnit()));
    }

    @CommandHandler
    void handle(CancelTransferCommand command) {
        requireTextIfPresent(command.reason(), "reason");
        requireValue(command.effectiveAt(), "effectiveAt");
        requireActive("cancel a transfer of");
        requireNotBeforeAdmission(command.effectiveAt(), "effectiveAt");
        if (unitsBeforeTransfers.isEmpty()) {
            throw new EpisodeStateException("Episode " + episodeId + " has no transfer to cancel");
        }
        String restoredUnit = unitsBeforeTransfers.get(unitsBeforeTransfers.size() - 1);
        apply(new TransferCancelledEvent(episodeId, patientId, facilityId,
                command.effectiveAt(), unit, restoredUnit, command.reason()));
    }

    @CommandHandler
    void handle(AssignCaseManagerCommand command) {
        requireText(command.caseManagerId(), "caseManagerId");
        requireValue(command.effectiveAt(), "effectiveAt");
        requireNotCancelled();
        requireNotBeforeAdmission(command.effectiveAt(), "effectiveAt");
        apply(new CaseManagerAssignedEvent(episodeId, patientId, facilityId,
                command.effectiveAt(), command.caseManagerId()));
    }

    @CommandHandler
    void handle(RecordNeedsAssessmentCommand command) {
        List<String> barriers = requireTexts(command.barriers(), "barriers");
        List<String> supportSystems = optionalTexts(command.supportSystems(), "supportSystems");
        requireValue(command.effectiveAt(), "effectiveAt");
        requireNotCancelled();
        requireNotBeforeAdmission(command.effectiveAt(), "effectiveAt");
        apply(new NeedsAssessmentRecordedEvent(episodeId, patientId, facilityId,
                command.effectiveAt(), barriers, supportSystems));
    }

    @CommandHandler
    void handle(DocumentPostAcuteChoiceCommand command) {
        List<String> offered = requireTexts(command.offeredProviderIds(), "offeredProviderIds");
        if (offered.isEmpty()) {
            throw new InvalidCommandException("offeredProviderIds",
                    "offeredProviderIds must name at least one provider");
        }
        requireTextIfPresent(command.selectedProviderId(), "selectedProviderId");
        requireValue(command.effectiveAt(), "effectiveAt");
        requireNotCancelled();
        requireNotBeforeAdmission(command.effectiveAt(), "effectiveAt");
        apply(new PostAcuteChoiceDocumentedEvent(episodeId, patientId, facilityId,
                command.effectiveAt(), offered, command.selectedProviderId()));
    }

    @CommandHandler
    void handle(PlaceReferralCommand command) {
        requireText(command.referralId(), "referralId");
        requireValue(command.serviceType(), "serviceType");
        requireText(command.providerId(), "providerId");
        requireValue(command.effectiveAt(), "effectiveAt");
        requireNotCancelled();
        requireNotBeforeAdmission(command.effectiveAt(), "effectiveAt");
        if (referrals.isRepeatedPlacement(command.referralId(), command.serviceType(),
                command.providerId(), command.effectiveAt())) {
            return;
        }
        apply(new ReferralPlacedEvent(episodeId, patientId, facilityId, command.effectiveAt(),
                command.referralId(), command.serviceType(), command.providerId()));
    }

    @CommandHandler
    void handle(AcceptReferralCommand command) {
        Referral referral = placedReferral(command.referralId(), command.effectiveAt());
        apply(new ReferralAcceptedEvent(episodeId, patientId, facilityId, command.effectiveAt(),
                referral.referralId(), referral.serviceType(), referral.providerId()));
    }

    @CommandHandler
    void handle(DeclineReferralCommand command) {
        requireText(command.reason(), "reason");
        Referral referral = placedReferral(command.referralId(), command.effectiveAt());
        apply(new ReferralDeclinedEvent(episodeId, patientId, facilityId, command.effectiveAt(),
                referral.referralId(), referral.serviceType(), referral.providerId(),
                command.reason()));
    }

    @CommandHandler
    void handle(CancelReferralCommand command) {
        requireTextIfPresent(command.reason(), "reason");
        Referral referral = placedReferral(command.referralId(), command.effectiveAt());
        apply(new ReferralCancelledEvent(episodeId, patientId, facilityId, command.effectiveAt(),
                referral.referralId(), referral.serviceType(), referral.providerId(),
                command.reason()));
    }

    @CommandHandler
    void handle(RecordEducationCommand command) {
        requireText(command.topic(), "topic");
        requireValue(command.effectiveAt(), "effectiveAt");
        requireNotCancelled();
        requireNotBeforeAdmission(command.effectiveAt(), "effectiveAt");
        apply(new EducationRecordedEvent(episodeId, patientId, facilityId,
                command.effectiveAt(), command.topic(), command.teachBackConfirmed()));
    }

    @CommandHandler
    void handle(DeliverNoticeCommand command) {
        requireValue(command.notice(), "notice");
        requireValue(command.outcome(), "outcome");
        requireValue(command.deliveredAt(), "deliveredAt");
        requireNotCancelled();
        requireNotBeforeAdmission(command.deliveredAt(), "deliveredAt");
        apply(new NoticeDeliveredEvent(episodeId, patientId, facilityId,
                command.deliveredAt(), command.notice(), command.outcome()));
    }

    @CommandHandler
    void handle(DischargePatientCommand command) {
        requireValidIfPresent(command.disposition());
        requireValue(command.dischargedAt(), "dischargedAt");
        requireTextIfPresent(command.destinationProviderId(), "destinationProviderId");
        requireActive("discharge");
        requireNotBeforeAdmission(command.dischargedAt(), "dischargedAt");
        apply(new PatientDischargedEvent(episodeId, patientId, facilityId,
                command.dischargedAt(), command.disposition() == null ? null : command.disposition().code(),
                command.destinationProviderId(), classHistory.classAt(command.dischargedAt())));
    }

    /** Completes (or corrects) the disposition of a discharge; before a discharge there is nothing to complete. */
    @CommandHandler
    void handle(RecordDispositionCommand command) {
        requireValue(command.disposition(), "disposition");
        requireValidIfPresent(command.disposition());
        requireValue(command.effectiveAt(), "effectiveAt");
        requireNotCancelled();
        if (status != EpisodeStatus.DISCHARGED && command.requireDischarged()) {
            throw new EpisodeStateException("Episode " + episodeId + " is not discharged: there is no discharge "
                    + "whose disposition could be recorded");
        }
        if (status != EpisodeStatus.DISCHARGED || command.disposition().code().equals(disposition)) {
            return;
        }
        requireNotBeforeAdmission(command.effectiveAt(), "effectiveAt");
        apply(new DispositionRecordedEvent(episodeId, patientId, facilityId, command.effectiveAt(),
                command.disposition().code(), disposition));
    }

    @CommandHandler
    void handle(CancelDischargeCommand command) {
        requireText(command.reason(), "reason");
        requireValue(command.effectiveAt(), "effectiveAt");
        requireNotCancelled();
        if (status != EpisodeStatus.DISCHARGED) {
            throw new EpisodeStateException("Episode " + episodeId + " is not discharged");
        }
        requireNotBeforeAdmission(command.effectiveAt(), "effectiveAt");
        apply(new DischargeCancelledEvent(episodeId, patientId, facilityId,
                command.effectiveAt(), command.reason()));
    }

    @CommandHandler
    void handle(CancelEpisodeCommand command) {
        requireText(command.reason(), "reason");
        requireValue(command.effectiveAt(), "effectiveAt");
        requireNotCancelled();
        // no check against the admission time: the edge stamps this from its clock, and a
        // pre-registered admission may still lie in the future when it is entered in error
        apply(new EpisodeCancelledEvent(episodeId, patientId, facilityId,
                command.effectiveAt(), command.reason()));
    }

    @CommandHandler
    void handle(RecordFollowUpContactCommand command) {
        requireValue(command.contactedAt(), "contactedAt");
        requireTextIfPresent(command.method(), "method");
        requireNotCancelled();
        if (status != EpisodeStatus.DISCHARGED) {
            throw new EpisodeStateException(
                    "Follow-up contacts need a discharged episode; " + episodeId + " is " + status);
        }
        if (command.contactedAt().isBefore(dischargedAt)) {
            throw new InvalidCommandException("contactedAt",
                    "contactedAt must not be before the discharge at " + dischargedAt);
        }
        apply(new FollowUpContactRecordedEvent(episodeId, patientId, facilityId,
                command.contactedAt(), command.successful(), command.method()));
    }

    @CommandHandler
    void handle(RecordCodingCommand command) {
        List<CodedDiagnosis> diagnoses = Coding.diagnoses(command.diagnoses());
        List<CodedProcedure> procedures = Coding.procedures(command.procedures());
        requireValue(command.codedAt(), "codedAt");
        requireNotCancelled();
        requireNotBeforeAdmission(command.codedAt(), "codedAt");
        if (coding != null && coding.diagnoses().equals(diagnoses) && coding.procedures().equals(procedures)) {
            return;
        }
        apply(new EpisodeCodedEvent(episodeId, patientId, facilityId, command.codedAt(), diagnoses, procedures));
    }

    @CommandHandler
    void handle(CorrectEpisodeDetailsCommand command) {
        requireTextIfPresent(command.principalDiagnosis(), "principalDiagnosis");
        requireTextIfPresent(command.unit(), "unit");
        requireValue(command.effectiveAt(), "effectiveAt");
        requireNotCancelled();
        requireNotBeforeAdmission(command.effectiveAt(), "effectiveAt");
        String newDiagnosis = changedOrNull(command.principalDiagnosis(), principalDiagnosis);
        Payer newPayer = changedOrNull(command.payer(), payer);
        Boolean newPlanned = changedOrNull(command.planned(), planned);
        String newUnit = changedOrNull(command.unit(), unit);
        if (newDiagnosis == null && newPayer == null && newPlanned == null && newUnit == null) {
            return;
        }
        apply(new EpisodeDetailsCorrectedEvent(episodeId, patientId, facilityId,
                command.effectiveAt(), newDiagnosis, newPayer, newPlanned, newUnit));
    }

    @EventSourcingHandler
    void on(PatientAdmittedEvent event) {
        episodeId = event.episodeId();
        patientId = event.patientId();
        facilityId = event.facilityId();
        admission = event;
        status = EpisodeStatus.ACTIVE;
        classHistory.add(event.patientClass(), event.occurredAt());
        unit = event.unit();
        principalDiagnosis = event.principalDiagnosis();
        payer = event.payer();
        planned = event.planned();
    }

    @EventSourcingHandler
    void on(PatientClassChangedEvent event) {
        classHistory.add(event.toClass(), event.occurredAt());
    }

    @EventSourcingHandler
    void on(PatientTransferredEvent event) {
        unitsBeforeTransfers.add(event.fromUnit());
        unit = event.toUnit();
    }

    @EventSourcingHandler
    void on(TransferCancelledEvent event) {
        unitsBeforeTransfers.remove(unitsBeforeTransfers.size() - 1);
        unit = event.restoredUnit();
    }

    @EventSourcingHandler
    void on(ReferralPlacedEvent event) {
        referrals.placed(event.referralId(), event.serviceType(), event.providerId(),
                event.occurredAt());
    }

    @EventSourcingHandler
    void on(ReferralAcceptedEvent event) {
        referrals.changed(event.referralId(), ReferralStatus.ACCEPTED);
    }

    @EventSourcingHandler
    void on(ReferralDeclinedEvent event) {
        referrals.changed(event.referralId(), ReferralStatus.DECLINED);
    }

    @EventSourcingHandler
    void on(ReferralCancelledEvent event) {
        referrals.changed(event.referralId(), ReferralStatus.CANCELLED);
    }

    @EventSourcingHandler
    void on(PatientDischargedEvent event) {
        status = EpisodeStatus.DISCHARGED;
        dischargedAt = event.occurredAt();
        disposition = event.disposition();
    }

    @EventSourcingHandler
    void on(DispositionRecordedEvent event) {
        disposition = event.disposition();
    }

    @EventSourcingHandler
    void on(DischargeCancelledEvent event) {
        status = EpisodeStatus.ACTIVE;
        dischargedAt = null;
        disposition = null;
    }

    @EventSourcingHandler
    void on(EpisodeCancelledEvent event) {
        status = EpisodeStatus.CANCELLED;
    }

    @EventSourcingHandler
    void on(EpisodeCodedEvent event) {
        coding = event;
    }

    @EventSourcingHandler
    void on(EpisodeDetailsCorrectedEvent event) {
        principalDiagnosis = valueOrKept(event.principalDiagnosis(), principalDiagnosis);
        payer = valueOrKept(event.payer(), payer);
        planned = valueOrKept(event.planned(), planned);
        unit = valueOrKept(event.unit(), unit);
    }

    private Referral placedReferral(String referralId, Instant effectiveAt) {
        requireText(referralId, "referralId");
        requireValue(effectiveAt, "effectiveAt");
        requireNotCancelled();
        requireNotBeforeAdmission(effectiveAt, "effectiveAt");
        return referrals.answerable(episodeId, referralId, effectiveAt);
    }

    private static <T> T changedOrNull(T requested, T current) {
        return requested == null || requested.equals(current) ? null : requested;
    }

    private static <T> T valueOrKept(T corrected, T current) {
        return corrected == null ? current : corrected;
    }

    private static void requireValidIfPresent(Disposition disposition) {
        if (disposition != null && !Disposition.isValid(disposition.code())) {
            throw new InvalidCommandException("disposition", "disposition must be a UB-04 "
                    + "discharge status code, was " + disposition.code());
        }
    }

    private boolean isAdmitted() {
        return admission != null;
    }

    private void requireNotCancelled() {
        if (status == EpisodeStatus.CANCELLED) {
            throw new EpisodeStateException("Episode " + episodeId + " is cancelled");
        }
    }

    private void requireActive(String action) {
        requireNotCancelled();
        if (status != EpisodeStatus.ACTIVE) {
            throw new EpisodeStateException(
                    "Cannot " + action + " episode " + episodeId + ": it is " + status);
        }
    }

    /** UTC+14 is the earliest calendar anywhere: a birth date later than that date there is in the future. */
    private static void requireBornBy(LocalDate birthDate, Instant admittedAt) {
        if (birthDate != null && admittedAt != null
                && birthDate.isAfter(LocalDate.ofInstant(admittedAt, ZoneOffset.ofHours(14)))) {
            throw new InvalidCommandException("birthDate", "birthDate must not be after the admission date");
        }
    }

    private void requireNotBeforeAdmission(Instant instant, String field) {
        if (instant.isBefore(admission.occurredAt())) {
            throw new InvalidCommandException(field,
                    field + " must not be before the admission at " + admission.occurredAt());
        }
    }
}
