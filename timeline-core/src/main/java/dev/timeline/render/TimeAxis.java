package dev.timeline.render;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A linear time scale from the start of day {@code from} to the end of day {@code to} onto the x range
 * {@code [left, right]} of a chart, with tick marks whose labels do not overlap.
 *
 * <p>Ticks come in two rows: row 0 holds the finer labels (years, months or days, whichever fit at least
 * {@link #MIN_TICK_GAP} apart), row 1 the coarser context (the year under months, the month under days).
 */
final class TimeAxis {
    /** The least distance, in chart units, between two labelled ticks of one row. */
    static final double MIN_TICK_GAP = 64;
    private static final double CHAR_WIDTH = 6.6; // of an 11-unit label, generously
    private static final int[] YEAR_STEPS = {1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000};

    private final long from;
    private final long toExclusive;
    private final double left;
    private final double right;
    private final double scale;

    /** A tick at {@code day}'s start, labelled {@code label}, in {@code row} 0 (fine) or 1 (coarse). */
    record Tick(double x, String label, int row) {
    }

    TimeAxis(LocalDate from, LocalDate to, double left, double right) {
        this.from = from.toEpochDay();
        this.toExclusive = to.toEpochDay() + 1;
        this.left = left;
        this.right = right;
        this.scale = (right - left) / (toExclusive - this.from);
    }

    /** The x of the start of {@code day}; outside {@code [left, right]} for days outside the scale. */
    double x(LocalDate day) {
        return x(day.toEpochDay());
    }

    /** The x of the start of epoch day {@code epochDay}. */
    double x(long epochDay) {
        return left + (epochDay - from) * scale;
    }

    /** The x just after the end of {@code day}. */
    double xEnd(LocalDate day) {
        return x(day.toEpochDay() + 1);
    }

    /** The x of the start of {@code day}, clamped to the chart. */
    double clampedX(long epochDay) {
        return Math.max(left, Math.min(right, x(epochDay)));
    }

    /** The day whose span holds {@code x}. */
    LocalDate dayAt(double x) {
        return LocalDate.ofEpochDay(from + (long) Math.floor((x - left) / scale));
    }

    double left() {
        return left;
    }

    double right() {
        return right;
    }

    LocalDate first() {
        return LocalDate.ofEpochDay(from);
    }

    LocalDate last() {
        return LocalDate.ofEpochDay(toExclusive - 1);
    }

    /** Returns true if {@code [first, last]} lies within this scale. */
    boolean contains(LocalDate first, LocalDate last) {
        return first.toEpochDay() >= from && last.toEpochDay() < toExclusive;
    }

    /** The ticks, in row order then left to right; labels of one row never overlap. */
    List<Tick> ticks() {
        double perDay = scale;
        List<Tick> ticks = new ArrayList<>();
        if (perDay * 7 >= MIN_TICK_GAP) {
            int step = perDay >= MIN_TICK_GAP ? 1 : perDay * 2 >= MIN_TICK_GAP ? 2 : 7;
            for (LocalDate d = first(); !d.isAfter(last()); d = d.plusDays(1)) {
                boolean on = step == 7 ? d.getDayOfMonth() % 7 == 1 && d.getDayOfMonth() < 29
                        : (d.getDayOfMonth() - 1) % step == 0 && d.getDayOfMonth() <= 31 - step + 1;
                if (on) {
                    ticks.add(new Tick(x(d), d.getDayOfMonth() + " " + month(d.getMonth()), 0));
                }
            }
            addMonthRow(ticks, true);
        } else if (perDay * 30.5 >= MIN_TICK_GAP) {
            addMonthRow(ticks, false);
            for (int y = first().getYear(); y <= last().getYear(); y++) {
                ticks.add(new Tick(x(LocalDate.of(y, 1, 1)), String.valueOf(y), 1));
            }
        } else {
            double perYear = perDay * 365.25;
            int step = YEAR_STEPS[YEAR_STEPS.length - 1];
            for (int s : YEAR_STEPS) {
                if (s * perYear >= MIN_TICK_GAP) {
                    step = s;
                    break;
                }
            }
            for (int y = Math.floorDiv(first().getYear(), step) * step; y <= last().getYear(); y += step) {
                ticks.add(new Tick(x(LocalDate.of(y, 1, 1)), String.valueOf(y), 0));
            }
        }
        return withoutOverlaps(ticks);
    }

    private void addMonthRow(List<Tick> ticks, boolean withYear) {
        LocalDate m = first().withDayOfMonth(1);
        for (; !m.isAfter(last()); m = m.plusMonths(1)) {
            String label = withYear ? month(m.getMonth()) + " " + m.getYear() : month(m.getMonth());
            // a month begun before the axis is named at the axis' start, so every day shown has its month
            ticks.add(new Tick(m.isBefore(first()) ? left : x(m), label, withYear ? 1 : 0));
        }
    }

    private List<Tick> withoutOverlaps(List<Tick> ticks) {
        List<Tick> kept = new ArrayList<>();
        for (int row = 0; row < 2; row++) {
            double lastEnd = Double.NEGATIVE_INFINITY;
            for (Tick t : ticks) {
                if (t.row() != row || t.x() < left - 0.5 || t.x() > right + 0.5) {
                    continue;
                }
                double half = t.label().length() * CHAR_WIDTH / 2;
                if (t.x() - half >= lastEnd + 8) {
                    kept.add(t);
                    lastEnd = t.x() + half;
                }
            }
        }
        return kept;
    }

    private static String month(Month m) {
        return m.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }
}
