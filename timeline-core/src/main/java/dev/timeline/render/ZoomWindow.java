package dev.timeline.render;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;

/**
 * Finds the period a chart should magnify: the densest cluster of short events, which a scale wide enough for the
 * whole chronology would pile onto a few pixels (the seeds' late August and early September 2025, on an axis from 1945
 * to 2026).
 *
 * <p>The cluster is the window of {@link #CROWDED_WIDTH} overview units holding the most events that fit inside it;
 * at least {@link #MIN_EVENTS} must, and the window must be {@link #MIN_DENSITY_RATIO} times as dense as the axis on
 * average (evenly spread events have no cluster). The returned period is that cluster widened by a quarter of its length on each side, and
 * to whole months when it spans three weeks or more. No period is returned when it would magnify less than
 * {@link #MIN_MAGNIFICATION} times.
 */
final class ZoomWindow {
    static final double CROWDED_WIDTH = 40;
    static final int MIN_EVENTS = 4;
    static final double MIN_MAGNIFICATION = 6;
    static final double MIN_DENSITY_RATIO = 4;

    private ZoomWindow() {
    }

    /**
     * The first and last day to magnify, if a cluster is crowded on {@code overview}. When the cluster found is itself
     * crowded at its own scale (years around 2025 holding a dense fortnight), the innermost crowded cluster is taken:
     * the events around it still fit the overview, in lanes.
     */
    static Optional<LocalDate[]> find(List<CalendarSpan> spans, TimeAxis overview) {
        Optional<LocalDate[]> found = findOnce(spans, overview);
        for (int depth = 0; depth < 8 && found.isPresent(); depth++) {
            TimeAxis zoomed = new TimeAxis(found.get()[0], found.get()[1], overview.left(), overview.right());
            List<CalendarSpan> inside = spans.stream()
                    .filter(s -> !s.isOpen() && zoomed.contains(s.first(), s.last())).toList();
            Optional<LocalDate[]> inner = findOnce(inside, zoomed);
            if (inner.isEmpty()) {
                break;
            }
            found = inner;
        }
        return found;
    }

    private static Optional<LocalDate[]> findOnce(List<CalendarSpan> spans, TimeAxis overview) {
        long axisDays = overview.last().toEpochDay() - overview.first().toEpochDay() + 1;
        long window = Math.max(1, (long) (axisDays * CROWDED_WIDTH / (overview.right() - overview.left())));
        long[][] days = spans.stream().filter(s -> !s.isOpen())
                .map(s -> new long[] {s.first().toEpochDay(), s.last().toEpochDay()})
                .filter(d -> d[1] - d[0] < window)
                .sorted((a, b) -> Long.compare(a[0], b[0])).toArray(long[][]::new);
        int best = 0;
        long bestFirst = 0;
        long bestLast = 0;
        int j = 0;
        for (int i = 0; i < days.length; i++) {
            long end = days[i][0] + window;
            j = Math.max(j, i);
            while (j < days.length && days[j][0] < end) {
                j++;
            }
            int count = 0;
            long first = Long.MAX_VALUE;
            long last = Long.MIN_VALUE;
            for (int k = i; k < j; k++) {
                if (days[k][1] < end) {
                    count++;
                    first = Math.min(first, days[k][0]);
                    last = Math.max(last, days[k][1]);
                }
            }
            if (count > best) {
                best = count;
                bestFirst = first;
                bestLast = last;
            }
        }
        double density = (double) best / window;
        double average = (double) spans.size() / axisDays;
        if (best < MIN_EVENTS || density < MIN_DENSITY_RATIO * average) {
            return Optional.empty();
        }
        long pad = Math.max(3, (bestLast - bestFirst + 1) / 4);
        LocalDate first = LocalDate.ofEpochDay(bestFirst - pad);
        LocalDate last = LocalDate.ofEpochDay(bestLast + pad);
        if (bestLast - bestFirst + 1 + 2 * pad >= 21) {
            first = first.withDayOfMonth(1);
            last = last.with(TemporalAdjusters.lastDayOfMonth());
        }
        double magnification = (double) axisDays / (last.toEpochDay() - first.toEpochDay() + 1);
        return magnification < MIN_MAGNIFICATION ? Optional.empty() : Optional.of(new LocalDate[] {first, last});
    }
}
