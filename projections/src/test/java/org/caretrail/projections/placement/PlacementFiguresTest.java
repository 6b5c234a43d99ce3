package org.caretrail.projections.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.caretrail.domain.episode.api.ServiceType;
import org.caretrail.domain.placement.api.ReferralFigures;
import org.junit.jupiter.api.Test;

class PlacementFiguresTest {

    private static final Instant PLACED = Instant.parse("2026-03-02T08:00:00Z");
    private static final Instant AS_OF = Instant.parse("2026-03-20T00:00:00Z");

    private static ReferralCourse answered(String provider, long hours, boolean accepted) {
        return new ReferralCourse("F1", ServiceType.SNF, provider, PLACED, PLACED.plusSeconds(hours * 3600), accepted,
                null);
    }

    private static ReferralCourse waiting(String provider) {
        return new ReferralCourse("F1", ServiceType.SNF, provider, PLACED, null, false, null);
    }

    @Test
    void theMedianAndNinetiethPercentileCountAnsweredReferralsOnly() {
        List<ReferralFigures> figures = PlacementFigures.of(List.of(answered("SNF-1", 2, true),
                answered("SNF-1", 4, true), answered("SNF-1", 30, false), waiting("SNF-1"), waiting("SNF-1")), AS_OF);

        ReferralFigures snf = figures.get(0);
        assertThat(snf.placed()).isEqualTo(5);
        assertThat(snf.accepted()).isEqualTo(2);
        assertThat(snf.declined()).isEqualTo(1);
        assertThat(snf.waiting()).isEqualTo(2);
        assertThat(snf.acceptanceRate()).isEqualTo(2.0 / 3);
        assertThat(snf.medianHoursToAnswer()).isEqualTo(4.0);
        assertThat(snf.p90HoursToAnswer()).isEqualTo(30.0);
    }

    @Test
    void aProviderWithOnlyWaitingReferralsHasNoRateNorHours() {
        ReferralFigures figures = PlacementFigures.of(List.of(waiting("SNF-2")), AS_OF).get(0);

        assertThat(figures.waiting()).isEqualTo(1);
        assertThat(figures.acceptanceRate()).isNull();
        assertThat(figures.medianHoursToAnswer()).isNull();
        assertThat(figures.p90HoursToAnswer()).isNull();
    }

    @Test
    void anAnswerAfterAsOfHasNotHappenedAndACancelledReferralIsNotWaiting() {
        ReferralCourse lateAnswer = answered("SNF-3", 24, true);
        ReferralCourse cancelled = new ReferralCourse("F1", ServiceType.SNF, "SNF-3", PLACED, null, false,
                PLACED.plusSeconds(3600));

        ReferralFigures figures = PlacementFigures.of(List.of(lateAnswer, cancelled), PLACED.plusSeconds(7200)).get(0);

        assertThat(figures.accepted()).isZero();
        assertThat(figures.waiting()).isEqualTo(1);
        assertThat(figures.cancelled()).isEqualTo(1);
    }

    @Test
    void figuresArePerServiceTypeAndProvider() {
        ReferralCourse homeHealth = new ReferralCourse("F1", ServiceType.HOME_HEALTH, "SNF-1", PLACED, null, false,
                null);

        assertThat(PlacementFigures.of(List.of(answered("SNF-1", 1, true), waiting("SNF-2"), homeHealth), AS_OF))
                .extracting(ReferralFigures::serviceType, ReferralFigures::providerId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ServiceType.HOME_HEALTH, "SNF-1"),
                        org.assertj.core.groups.Tuple.tuple(ServiceType.SNF, "SNF-1"),
                        org.assertj.core.groups.Tuple.tuple(ServiceType.SNF, "SNF-2"));
    }
}
