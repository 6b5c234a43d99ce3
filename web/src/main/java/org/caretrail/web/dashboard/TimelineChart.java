package org.caretrail.web.dashboard;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.caretrail.domain.episode.api.EpisodeSummary;
import org.caretrail.domain.readmission.api.TimelineStayView;

/**
 * A patient's stays laid out on a time axis for an SVG drawn by the page: one lane per facility, a bar per stay,
 * an arrow from each index stay to its readmission. Coordinates are in the SVG's own units ({@value #WIDTH} wide).
 */
public final class TimelineChart {

    static final int WIDTH = 1000;
    static final int LEFT = 110;
    static final int LANE = 46;
    static final int TOP = 34;
    private static final Duration MIN_SPAN = Duration.ofDays(30);

    /** One stay's bar. */
    public record Bar(String episodeId, String facilityId, String patientClass, double x, double width, int y,
               boolean index, boolean cancelled, boolean edReturn, String exclusion, String outcome, String label) {
    }

    /** From an index stay's discharge to its readmission's admission. */
    public record Arrow(double x1, double x2, int y1, int y2, int days) {

        /** An arc above the lanes, so arrows do not hide bars. */
        public String path() {
            double lift = Math.max(y1, y2) - Math.min(y1, y2) + 26;
            return "M" + round(x1) + " " + y1 + " C " + round(x1) + " " + (Math.min(y1, y2) - lift / 2) + ", "
                    + round(x2) + " " + (Math.min(y1, y2) - lift / 2) + ", " + round(x2) + " " + y2;
        }

        public double labelX() {
            return round((x1 + x2) / 2);
        }

        public double labelY() {
            return Math.min(y1, y2) - 14;
        }
    }

    /** A month boundary on the axis. */
    public record Tick(double x, String label) {
    }

    private final List<String> lanes;
    private final List<Bar> bars;
    private final List<Arrow> arrows;
    private final List<Tick> ticks;

    private TimelineChart(List<String> lanes, List<Bar> bars, List<Arrow> arrows, List<Tick> ticks) {
        this.lanes = lanes;
        this.bars = bars;
        this.arrows = arrows;
        this.ticks = ticks;
    }

    static TimelineChart of(List<TimelineStayView> stays, List<EpisodeSummary> cancelled, Instant asOf) {
        Instant start = null;
        Instant end = null;
        for (TimelineStayView stay : stays) {
            start = earliest(start, stay.admittedAt());
            end = latest(end, stay.dischargedAt() == null ? asOf : stay.dischargedAt());
        }
        for (EpisodeSummary episode : cancelled) {
            start = earliest(start, episode.admittedAt());
            end = latest(end, episode.dischargedAt() == null ? episode.admittedAt().plus(Duration.ofDays(1))
                    : episode.dischargedAt());
        }
        if (start == null) {
            return new TimelineChart(List.of(), List.of(), List.of(), List.of());
        }
        if (Duration.between(start, end).compareTo(MIN_SPAN) < 0) {
            end = start.plus(MIN_SPAN);
        }
        Duration pad = Duration.between(start, end).dividedBy(20);
        Axis axis = new Axis(start.minus(pad), end.plus(pad));
        List<String> lanes = new ArrayList<>();
        stays.forEach(stay -> addLane(lanes, stay.facilityId()));
        cancelled.forEach(episode -> addLane(lanes, episode.facilityId()));
        Set<String> edReturns = new HashSet<>();
        stays.forEach(stay -> edReturns.addAll(stay.edReturns()));
        List<Bar> bars = new ArrayList<>();
        Map<String, Bar> byEpisode = new HashMap<>();
        for (TimelineStayView stay : stays) {
            Bar bar = bar(axis, lanes, stay.episodeId(), stay.facilityId(), stay.finalClass().name(),
                    stay.admittedAt(), stay.dischargedAt() == null ? asOf : stay.dischargedAt(), stay.indexStay(),
                    false, edReturns.contains(stay.episodeId()),
                    stay.exclusionReason() == null ? null : stay.exclusionReason().name(),
                    stay.outcome() == null ? null : stay.outcome().name());
            bars.add(bar);
            byEpisode.put(stay.episodeId(), bar);
        }
        for (EpisodeSummary episode : cancelled) {
            bars.add(bar(axis, lanes, episode.episodeId(), episode.facilityId(), episode.patientClass().name(),
                    episode.admittedAt(), episode.dischargedAt() == null ? episode.admittedAt().plus(Duration.ofDays(1))
                            : episode.dischargedAt(), false, true, false, null, null));
        }
        List<Arrow> arrows = new ArrayList<>();
        for (TimelineStayView stay : stays) {
            Bar index = byEpisode.get(stay.episodeId());
            Bar readmission = stay.readmissionEpisodeId() == null ? null : byEpisode.get(stay.readmissionEpisodeId());
            if (readmission != null && stay.daysToReadmission() != null) {
                arrows.add(new Arrow(round(index.x() + index.width()), round(readmission.x()), index.y(),
                        readmission.y(), stay.daysToReadmission()));
            }
        }
        return new TimelineChart(lanes, bars, arrows, ticks(axis));
    }

    public int height() {
        return TOP + Math.max(1, lanes.size()) * LANE + 30;
    }

    public List<String> lanes() {
        return lanes;
    }

    public int laneY(int lane) {
        return TOP + lane * LANE;
    }

    public List<Bar> bars() {
        return bars;
    }

    public List<Arrow> arrows() {
        return arrows;
    }

    public List<Tick> ticks() {
        return ticks;
    }

    private static Bar bar(Axis axis, List<String> lanes, String episodeId, String facilityId, String patientClass,
                           Instant from, Instant to, boolean index, boolean cancelled, boolean edReturn,
                           String exclusion, String outcome) {
        double x = axis.x(from);
        double width = Math.max(4, axis.x(to) - x);
        int y = TOP + lanes.indexOf(facilityId) * LANE + 8;
        String label = patientClass.charAt(0) + patientClass.substring(1).toLowerCase(java.util.Locale.ROOT)
                + " at " + facilityId + (cancelled ? ", cancelled" : "") + (index ? ", index stay" : "")
                + (outcome == null ? "" : ", " + outcome.toLowerCase(java.util.Locale.ROOT).replace('_', ' '))
                + (exclusion == null ? "" : ", excluded: " + exclusion.toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
        return new Bar(episodeId, facilityId, patientClass, round(x), round(width), y, index, cancelled, edReturn,
                exclusion, outcome, label);
    }

    private static List<Tick> ticks(Axis axis) {
        List<Tick> ticks = new ArrayList<>();
        YearMonth first = YearMonth.from(axis.start.atZone(ZoneOffset.UTC)).plusMonths(1);
        YearMonth last = YearMonth.from(axis.end.atZone(ZoneOffset.UTC));
        long months = java.time.temporal.ChronoUnit.MONTHS.between(first, last) + 1;
        int step = (int) Math.max(1, months / 10);
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(step)) {
            ticks.add(new Tick(round(axis.x(month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant())),
                    month.toString()));
        }
        return ticks;
    }

    private static void addLane(List<String> lanes, String facilityId) {
        if (!lanes.contains(facilityId)) {
            lanes.add(facilityId);
        }
    }

    private static Instant earliest(Instant a, Instant b) {
        return a == null || b.isBefore(a) ? b : a;
    }

    private static Instant latest(Instant a, Instant b) {
        return a == null || b.isAfter(a) ? b : a;
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private record Axis(Instant start, Instant end) {

        double x(Instant at) {
            double share = (double) Duration.between(start, at).toMillis() / Duration.between(start, end).toMillis();
            return LEFT + share * (WIDTH - LEFT - 10);
        }
    }
}
