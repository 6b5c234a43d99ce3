package org.caretrail.projections.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.caretrail.domain.compliance.api.ClockStatus.OPEN;
import static org.caretrail.domain.compliance.api.ClockStatus.OVERDUE;
import static org.caretrail.domain.compliance.api.ComplianceClock.IMM_FOLLOW_UP;
import static org.caretrail.domain.compliance.api.ComplianceClock.IMM_INITIAL;
import static org.caretrail.domain.compliance.api.ComplianceClock.REFERRAL_RESPONSE;
import static org.caretrail.domain.compliance.api.ComplianceClock.TCM_CONTACT;
import static org.caretrail.projections.support.EpisodeFeed.at;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.caretrail.domain.compliance.api.ComplianceClock;
import org.caretrail.domain.compliance.api.ComplianceSettings;
import org.caretrail.domain.compliance.api.FindWorklistQuery;
import org.caretrail.domain.compliance.api.WorklistEntry;
import org.caretrail.domain.compliance.api.WorklistResponse;
import org.caretrail.domain.episode.api.CaseManagerAssignedEvent;
import org.caretrail.domain.episode.api.EpisodeEvent;
import org.caretrail.domain.episode.api.PatientClass;
import org.caretrail.domain.episode.api.Payer;
import org.caretrail.domain.episode.api.ServiceType;
import org.caretrail.projections.facility.Facilities;
import org.caretrail.projections.support.EmbeddedMongo;
import org.caretrail.projections.support.EpisodeFeed;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The worklist narrowed by clock and by case manager in the read model: a page, its total and its order are those of
 * the clocks kept, so the dashboard asks for exactly the page it shows.
 */
class ComplianceWorklistFilterTest {

    private static final String FACILITY = "F-1";
    private static final Instant MONDAY_10 = at("2026-03-02T10:00:00Z");
    /** Thursday noon: Monday's IMM_INITIAL is overdue (due by the end of Wednesday), Tuesday's not yet. */
    private static final Instant AS_OF = at("2026-03-05T12:00:00Z");

    @RegisterExtension
    static final EmbeddedMongo mongo = new EmbeddedMongo();

    private ComplianceProjection projection;

    @BeforeEach
    void freshReadModel() {
        projection = new ComplianceProjection(mongo.newDatabase(), Facilities.allUtc(), ComplianceSettings.defaults());
    }

    @Test
    void oneClocksWorklistPagesAndCountsThatClockAlone() {
        episode("monday").feed.admitted(PatientClass.INPATIENT, Payer.MEDICARE, MONDAY_10);
        episode("tuesday").feed.admitted(PatientClass.INPATIENT, Payer.MEDICARE, at("2026-03-03T10:00:00Z"));
        episode("referred").feed.admitted(PatientClass.INPATIENT, Payer.COMMERCIAL, MONDAY_10)
                .referral("R-1", ServiceType.DME, at("2026-03-03T09:00:00Z"));
        deliverAll();

        WorklistResponse first = worklist(IMM_INITIAL, null, 0, 1);
        WorklistResponse second = worklist(IMM_INITIAL, null, 1, 1);
        WorklistResponse beyond = worklist(IMM_INITIAL, null, 2, 1);

        assertThat(first.items()).extracting(WorklistEntry::episodeId, WorklistEntry::status)
                .containsExactly(tuple("monday", OVERDUE));
        assertThat(second.items()).extracting(WorklistEntry::episodeId, WorklistEntry::status)
                .containsExactly(tuple("tuesday", OPEN));
        assertThat(List.of(first.total(), second.total(), beyond.total())).containsOnly(2L);
        assertThat(beyond.items()).isEmpty();
        assertThat(List.of(second.page(), second.size())).containsExactly(1, 1);
        assertThat(worklist(REFERRAL_RESPONSE, null, 0, 50).items()).extracting(WorklistEntry::referralId)
                .containsExactly("R-1");
        assertThat(worklist(TCM_CONTACT, null, 0, 50).total()).isZero();
        assertThat(worklist(null, null, 0, 50).total()).isEqualTo(5);
    }

    @Test
    void aCaseManagersWorklistHoldsTheEpisodesLastAssignedToThem() {
        episode("ann").feed.admitted(PatientClass.INPATIENT, Payer.MEDICARE, MONDAY_10);
        episode("ann").assigned("CM-ANN", at("2026-03-02T11:00:00Z"));
        episode("bob").feed.admitted(PatientClass.INPATIENT, Payer.MEDICARE, MONDAY_10);
        episode("bob").assigned("CM-BOB", at("2026-03-02T11:00:00Z"));
        // handed from Ann to Bob: Bob's now
        episode("moved").feed.admitted(PatientClass.INPATIENT, Payer.MEDICARE, at("2026-03-03T10:00:00Z"));
        episode("moved").assigned("CM-ANN", at("2026-03-03T11:00:00Z")).assigned("CM-BOB", at("2026-03-03T12:00:00Z"));
        episode("nobody").feed.admitted(PatientClass.INPATIENT, Payer.MEDICARE, MONDAY_10);
        episode("elsewhere", "F-2").feed.admitted(PatientClass.INPATIENT, Payer.MEDICARE, MONDAY_10);
        episode("elsewhere").assigned("CM-BOB", at("2026-03-02T11:00:00Z"));
        deliverAll();

        assertThat(worklist(null, "CM-ANN", 0, 50).items()).extracting(WorklistEntry::episodeId)
                .containsOnly("ann").hasSize(2);
        WorklistResponse bob = worklist(null, "CM-BOB", 0, 50);
        assertThat(bob.items()).extracting(entry -> entry.episodeId() + " " + entry.clock() + " " + entry.status())
                .containsExactly("bob IMM_INITIAL OVERDUE", "moved IMM_INITIAL OPEN", "bob IMM_FOLLOW_UP OPEN",
                        "moved IMM_FOLLOW_UP OPEN");
        assertThat(bob.total()).isEqualTo(4);
        assertThat(worklist(IMM_FOLLOW_UP, "CM-BOB", 1, 1).items()).extracting(WorklistEntry::episodeId)
                .containsExactly("moved");
        assertThat(worklist(IMM_FOLLOW_UP, "CM-BOB", 1, 1).total()).isEqualTo(2);
        assertThat(worklist(null, "CM-NOBODY", 0, 50).total()).isZero();
        assertThat(worklist(null, " ", 0, 50).total()).as("a blank case manager is every one").isEqualTo(8);
    }

    @Test
    void theCaseManagerStaysWithTheEpisodeThroughLaterClockEvents() {
        episode("e1").feed.admitted(PatientClass.INPATIENT, Payer.COMMERCIAL, MONDAY_10);
        episode("e1").assigned("CM-ANN", at("2026-03-02T11:00:00Z")).feed
                .discharged("01", at("2026-03-03T10:00:00Z"))
                .referral("R-1", ServiceType.HOME_HEALTH, at("2026-03-03T11:00:00Z"));
        deliverAll();

        // the referral's answer was due Thursday 11:00, the contact by the end of Thursday
        assertThat(worklist(null, "CM-ANN", 0, 50).items()).extracting(WorklistEntry::clock, WorklistEntry::status)
                .containsExactly(tuple(REFERRAL_RESPONSE, OVERDUE), tuple(TCM_CONTACT, OPEN));
    }

    @Test
    void everyNarrowedPageIsTheWholeWorklistsOrderWithTheOthersLeftOut() {
        String[] managers = {"CM-ANN", "CM-BOB", null};
        for (int i = 0; i < 9; i++) {
            Episode episode = episode("e" + i);
            episode.feed.admitted(i % 2 == 0 ? PatientClass.INPATIENT : PatientClass.OBSERVATION,
                    i % 3 == 0 ? Payer.COMMERCIAL : Payer.MEDICARE, MONDAY_10.plusSeconds(9_000L * i));
            if (i % 3 == 0) {
                episode.feed.discharged("01", at("2026-03-03T08:00:00Z"));
            }
            if (i % 4 == 1) {
                episode.feed.referral("R-" + i, ServiceType.SNF, MONDAY_10.plusSeconds(3_600L * i));
            }
            if (managers[i % 3] != null) {
                episode.assigned(managers[i % 3], MONDAY_10.plusSeconds(9_000L * i + 60));
            }
        }
        deliverAll();
        List<WorklistEntry> whole = worklist(null, null, 0, 1_000).items();
        assertThat(whole).extracting(WorklistEntry::status).contains(OPEN, OVERDUE);
        assertThat(whole).extracting(WorklistEntry::due).containsNull();

        List<ComplianceClock> clocks = new ArrayList<>(Arrays.asList(ComplianceClock.values()));
        clocks.add(null);
        for (ComplianceClock clock : clocks) {
            for (String manager : managers) {
                List<WorklistEntry> kept = whole.stream()
                        .filter(entry -> clock == null || entry.clock() == clock)
                        .filter(entry -> manager == null || managerOf(entry.episodeId(), managers).equals(manager))
                        .toList();
                List<WorklistEntry> paged = new ArrayList<>();
                for (int page = 0; page * 2 < kept.size() + 2; page++) {
                    WorklistResponse answer = worklist(clock, manager, page, 2);
                    assertThat(answer.total()).as("%s %s", clock, manager).isEqualTo(kept.size());
                    paged.addAll(answer.items());
                }
                assertThat(paged).as("%s %s", clock, manager).isEqualTo(kept);
            }
        }
    }

    private static String managerOf(String episodeId, String[] managers) {
        String manager = managers[Integer.parseInt(episodeId.substring(1)) % 3];
        return manager == null ? "" : manager;
    }

    private WorklistResponse worklist(ComplianceClock clock, String caseManagerId, int page, int size) {
        return projection.handle(new FindWorklistQuery(FACILITY, clock, caseManagerId, AS_OF, page, size));
    }

    private final Map<String, Episode> episodes = new LinkedHashMap<>();

    private Episode episode(String episodeId) {
        return episode(episodeId, FACILITY);
    }

    private Episode episode(String episodeId, String facilityId) {
        return episodes.computeIfAbsent(episodeId, id -> new Episode(id, facilityId));
    }

    private void deliverAll() {
        episodes.values().forEach(Episode::deliver);
    }

    /** An assignment added when the feed held this many events. */
    private record Assignment(int afterFeedEvents, CaseManagerAssignedEvent event) {
    }

    /**
     * One episode's events in the order they are added, the feed's and the case manager's assignments (which the
     * feed does not make), numbered in that order and handed to the projection by {@link #deliver}.
     */
    private final class Episode {

        final EpisodeFeed feed;
        private final String facilityId;
        private final List<Assignment> assignments = new ArrayList<>();

        Episode(String episodeId, String facilityId) {
            this.feed = EpisodeFeed.recorded(episodeId, "patient-of-" + episodeId, facilityId);
            this.facilityId = facilityId;
        }

        Episode assigned(String caseManagerId, Instant at) {
            assignments.add(new Assignment(feed.deliveries().size(), new CaseManagerAssignedEvent(feed.episodeId(),
                    "patient-of-" + feed.episodeId(), facilityId, at, caseManagerId)));
            return this;
        }

        void deliver() {
            List<EpisodeEvent> events = new ArrayList<>();
            feed.deliveries().forEach(delivery -> events.add(delivery.event()));
            // from the last, so that each goes in after the feed's events it followed and after earlier assignments
            for (int i = assignments.size() - 1; i >= 0; i--) {
                events.add(assignments.get(i).afterFeedEvents(), assignments.get(i).event());
            }
            for (int sequence = 0; sequence < events.size(); sequence++) {
                projection.on(events.get(sequence), sequence);
            }
        }
    }
}
