package dev.timeline.render;

import dev.timeline.time.Precision;
import dev.timeline.time.When;
import dev.timeline.timeline.Event;

/**
 * An event as the chart draws it: its finite days, its colour and its entry in the list.
 *
 * @param event the event
 * @param span the days drawn
 * @param color index into {@link EventColors}
 */
record ChartItem(Event event, CalendarSpan span, int color) {

    /** Returns true if the event is known to the day at both ends: a solid point or bar without fading ends. */
    boolean isCertain() {
        When w = event.when();
        return w.isExact() && !w.start().precision().isCoarserThan(Precision.DAY)
                && !w.end().precision().isCoarserThan(Precision.DAY);
    }

    /**
     * Where, as fractions of the bar, the certain core starts and ends: opacity rises from the bar's start to
     * {@code [0]} and falls from {@code [1]} to its end. A range "2018–2019" is certain only between the end of 2018
     * and the start of 2019; a single imprecise value ("October 2025", "late 2011") fades over its outer quarters; an
     * open end fades over the whole bar towards the open side.
     */
    double[] core(TimeAxis axis, double x0, double x1) {
        if (span.openBefore()) {
            return new double[] {1, 1};
        }
        if (span.openAfter()) {
            return new double[] {0, 0};
        }
        When w = event.when();
        if (w.isRange() && w.isExact()) {
            double width = Math.max(1e-9, x1 - x0);
            double a = (axis.xEnd(w.start().latestDay()) - x0) / width;
            double b = (axis.x(w.end().earliestDay()) - x0) / width;
            if (a > b) {
                a = (a + b) / 2;
                b = a;
            }
            return new double[] {clamp(a), clamp(b)};
        }
        return new double[] {0.25, 0.75};
    }

    private static double clamp(double f) {
        return Math.max(0, Math.min(1, f));
    }
}
