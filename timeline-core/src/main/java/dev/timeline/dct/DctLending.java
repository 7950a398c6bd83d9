package dev.timeline.dct;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The creation dates of the other articles of a batch (one story's coverage), as confidence summed by day and by
 * year, lent to an article whose own clues leave its date open. A day's lent score needs only the days within two
 * of it, so lending costs the same whatever the size of the batch. Immutable.
 */
final class DctLending {
    static final DctLending NONE = new DctLending(Map.of(), Map.of(), null);
    /** Weight of the lent confidence against the article's own clues (log scale). */
    private static final double DAY_WEIGHT = 2.0;
    private static final double YEAR_WEIGHT = 1.0;
    /** Only estimates at least this confident lend: a weak guess lent to many articles spreads its error. */
    static final double LENDER_MIN = 0.5;

    private final Map<LocalDate, Double> byDay;
    private final Map<Integer, Double> byYear;
    private final DctEstimate excluded;

    private DctLending(Map<LocalDate, Double> byDay, Map<Integer, Double> byYear, DctEstimate excluded) {
        this.byDay = byDay;
        this.byYear = byYear;
        this.excluded = excluded;
    }

    /** The batch of {@code estimates}: each day estimate lends its confidence to its day and its year. */
    static DctLending of(List<Optional<DctEstimate>> estimates) {
        Map<LocalDate, Double> byDay = new HashMap<>();
        Map<Integer, Double> byYear = new HashMap<>();
        for (Optional<DctEstimate> e : estimates) {
            e.filter(x -> x.precision() == dev.timeline.time.Precision.DAY && x.confidence() >= LENDER_MIN)
                    .ifPresent(x -> {
                byDay.merge(x.date(), x.confidence(), Double::sum);
                byYear.merge(x.date().getYear(), x.confidence(), Double::sum);
            });
        }
        return new DctLending(Map.copyOf(byDay), Map.copyOf(byYear), null);
    }

    /** The same batch without one article's own estimate. */
    DctLending without(Optional<DctEstimate> own) {
        return new DctLending(byDay, byYear, own.filter(x -> byDay.containsKey(x.date())).orElse(null));
    }

    boolean isEmpty() {
        return byDay.isEmpty() || byDay.size() == 1 && excluded != null && at(excluded.date()) <= 1e-9;
    }

    /** The years of the other articles' dates. */
    Set<Integer> years() {
        Set<Integer> years = new TreeSet<>();
        byYear.forEach((y, c) -> {
            if (c - (excluded != null && excluded.date().getYear() == y ? excluded.confidence() : 0) > 1e-9) {
                years.add(y);
            }
        });
        return years;
    }

    /** The days of the other articles' dates. */
    Set<LocalDate> days() {
        Set<LocalDate> days = new TreeSet<>();
        byDay.keySet().forEach(d -> {
            if (at(d) > 1e-9) {
                days.add(d);
            }
        });
        return days;
    }

    private double at(LocalDate day) {
        double c = byDay.getOrDefault(day, 0.0);
        return excluded != null && excluded.date().equals(day) ? c - excluded.confidence() : c;
    }

    /** The confidence of the others dated within two days of {@code d}, nearer days weighing more. */
    double support(LocalDate d) {
        if (byDay.isEmpty()) {
            return 0;
        }
        double s = at(d);
        for (int gap = 1; gap <= 2; gap++) {
            s += (gap == 1 ? 0.5 : 0.25) * (at(d.minusDays(gap)) + at(d.plusDays(gap)));
        }
        return s;
    }

    /** The log-likelihood bonus of day {@code d}. */
    double score(LocalDate d) {
        return byDay.isEmpty() ? 0 : DAY_WEIGHT * Math.log1p(support(d));
    }

    /** The log-likelihood bonus of year {@code y}. */
    double yearScore(int y) {
        if (byYear.isEmpty()) {
            return 0;
        }
        double c = byYear.getOrDefault(y, 0.0) - (excluded != null && excluded.date().getYear() == y
                ? excluded.confidence() : 0);
        return YEAR_WEIGHT * Math.log1p(Math.max(0, c));
    }
}
