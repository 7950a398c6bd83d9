package dev.timeline.dct;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Scores the candidate creation days of one text against its clues ({@link DctClues.Found}), as a sum of log
 * likelihoods: the latest year reported as past and the years still to come, the gap since the latest day reported
 * as past (news is mostly written on the day or the day after), past days that would lie after the creation date,
 * days to come that would lie before it, the weekdays reported, "next week", anniversaries, a printed month and day,
 * and the days other articles of the batch were dated. The candidates are the days around the dates the text names,
 * so the work grows with the number of distinct dates, not with the length of a year.
 */
final class DctScorer {
    /** Relative likelihood of the creation day falling 0, 1, … 6 days after a weekday reported in the past. */
    private static final double[] PAST_WEEKDAY = {0.38, 0.30, 0.10, 0.07, 0.05, 0.05, 0.05};
    /** The same for a weekday still to come: 0, 1, … 6 days before it. */
    private static final double[] FUTURE_WEEKDAY = {0.06, 0.22, 0.2, 0.16, 0.14, 0.12, 0.1};
    private static final int BEFORE = 7;
    private static final int AFTER = 10;

    /** The candidate days with their scores (log-likelihoods), and the clues' evidence lines by day. */
    record Scored(Map<LocalDate, Double> days, Map<Integer, Double> years) {
    }

    private final DctClues.Found found;
    private final long[] pastDays;
    private final long[] certainPastDays;
    private final long[] futureDays;
    private final Set<MonthDay> pastMonthDays = new TreeSet<>();
    private final Set<MonthDay> futureMonthDays = new TreeSet<>();
    /** Month-days of unknown tense: they only bring candidate days. */
    private final Set<MonthDay> otherMonthDays = new TreeSet<>();
    private final int latestPastYear;
    /** Whether the latest past year is that of a full date, rather than of a bare year (often history). */
    private final boolean yearOfADay;
    private final int earliestFutureYear;

    DctScorer(DctClues.Found found, int maxYear) {
        this.found = found;
        this.pastDays = found.days().stream().filter(d -> d.tense() != ClauseTense.FUTURE)
                .filter(d -> d.date().getYear() <= maxYear).mapToLong(d -> d.date().toEpochDay())
                .distinct().sorted().toArray();
        this.certainPastDays = found.days().stream().filter(d -> d.tense() == ClauseTense.PAST)
                .mapToLong(d -> d.date().toEpochDay()).distinct().sorted().toArray();
        this.futureDays = found.days().stream().filter(d -> d.tense() == ClauseTense.FUTURE)
                .mapToLong(d -> d.date().toEpochDay()).distinct().sorted().toArray();
        found.monthDays().forEach(m -> (m.tense() == ClauseTense.FUTURE ? futureMonthDays
                : m.tense() == ClauseTense.PAST ? pastMonthDays : otherMonthDays).add(m.monthDay()));
        int latest = found.years().stream().filter(y -> y.tense() != ClauseTense.FUTURE).mapToInt(DctClues.Year::year)
                .filter(y -> y <= maxYear).max().orElse(0);
        int latestDay = 0;
        for (long d : pastDays) {
            latestDay = Math.max(latestDay, LocalDate.ofEpochDay(d).getYear());
        }
        this.yearOfADay = latestDay > 0 && latestDay >= latest;
        latest = Math.max(latest, latestDay);
        this.latestPastYear = latest;
        int past = latest;
        this.earliestFutureYear = found.years().stream().filter(y -> y.tense() == ClauseTense.FUTURE)
                .mapToInt(DctClues.Year::year).filter(y -> y > past).min().orElse(0);
    }

    int latestPastYear() {
        return latestPastYear;
    }

    int earliestFutureYear() {
        return earliestFutureYear;
    }

    /** The years the clues make plausible, most plausible first. */
    Set<Integer> candidateYears(Set<Integer> lent) {
        Set<Integer> years = new LinkedHashSet<>();
        if (latestPastYear > 0) {
            for (int y = latestPastYear; y <= latestPastYear + (yearOfADay ? 1 : 5); y++) {
                years.add(y);
            }
        }
        if (earliestFutureYear > 0) {
            years.add(earliestFutureYear);
            years.add(earliestFutureYear - 1);
        }
        found.anniversaries().forEach(a -> years.add(a.year()));
        years.addAll(lent);
        return years;
    }

    /**
     * Scores the days around the dates the text names (and {@code extraDays}); when {@code printed} is present,
     * only its day in each candidate year.
     */
    Scored score(Optional<MonthDay> printed, Set<Integer> lentYears, Set<LocalDate> extraDays,
            DctLending lending) {
        Set<Integer> years = candidateYears(lentYears);
        Set<LocalDate> candidates = new TreeSet<>();
        if (printed.isPresent()) {
            for (int y : years) {
                if (printed.get().isValidYear(y)) {
                    candidates.add(printed.get().atYear(y));
                }
            }
        } else {
            for (long d : pastDays) {
                window(LocalDate.ofEpochDay(d), candidates);
            }
            for (long d : futureDays) {
                window(LocalDate.ofEpochDay(d), candidates);
            }
            for (int y : years) {
                for (MonthDay md : pastMonthDays) {
                    if (md.isValidYear(y)) {
                        window(md.atYear(y), candidates);
                    }
                }
                for (MonthDay md : futureMonthDays) {
                    if (md.isValidYear(y)) {
                        window(md.atYear(y), candidates);
                    }
                }
                for (MonthDay md : otherMonthDays) {
                    if (md.isValidYear(y)) {
                        window(md.atYear(y), candidates);
                    }
                }
            }
            extraDays.forEach(d -> window(d, candidates));
            found.anniversaries().stream().filter(a -> a.day() != null && a.tense() != ClauseTense.PAST)
                    .forEach(a -> window(a.day().minusDays(AFTER), candidates));
        }
        Map<LocalDate, Double> days = new LinkedHashMap<>();
        for (LocalDate c : candidates) {
            if (c.getYear() >= DctClues.MIN_YEAR && c.getYear() <= DctClues.MAX_YEAR) {
                days.put(c, yearScore(c.getYear()) + dayScore(c) + lending.score(c));
            }
        }
        Map<Integer, Double> yearScores = new LinkedHashMap<>();
        years.forEach(y -> yearScores.put(y, yearScore(y) + lending.yearScore(y)));
        return new Scored(days, yearScores);
    }

    private static void window(LocalDate d, Set<LocalDate> out) {
        for (int i = -BEFORE; i <= AFTER; i++) {
            out.add(d.plusDays(i));
        }
    }

    double yearScore(int y) {
        double s = 0;
        if (latestPastYear > 0) {
            int gap = y - latestPastYear;
            if (yearOfADay) {
                s += gap == 0 ? 0 : gap == 1 ? -1.4 : gap > 1 ? -2.5 - (gap - 2) : -4.0 * -gap;
            } else {
                // a bare year is often history: the text is written in it or any of the years after
                s += gap == 0 ? 0 : gap > 0 ? -0.15 * gap : -4.0 * -gap;
            }
        }
        if (earliestFutureYear > 0 && y > earliestFutureYear) {
            s -= 0.5 * (y - earliestFutureYear); // weak: the tense of a clause is a guess
        }
        for (DctClues.Anniversary a : found.anniversaries()) {
            s += a.year() == y ? 3.0 : 0; // the anniversary of a known event pins the year
        }
        return s;
    }

    double dayScore(LocalDate c) {
        long e = c.toEpochDay();
        double s = 0;
        long latest = floor(pastDays, e);
        for (MonthDay md : pastMonthDays) {
            LocalDate same = md.isValidYear(c.getYear()) ? md.atYear(c.getYear()) : null;
            LocalDate at = same != null && !same.isAfter(c) ? same
                    : md.isValidYear(c.getYear() - 1) ? md.atYear(c.getYear() - 1) : null;
            if (at != null) {
                latest = Math.max(latest, at.toEpochDay());
            }
        }
        if (latest != Long.MIN_VALUE) {
            long gap = e - latest;
            s += gap == 0 ? Math.log(0.40) : gap == 1 ? Math.log(0.30) : gap <= 7 ? Math.log(0.2 / 6)
                    : gap <= 30 ? Math.log(0.07 / 23) : Math.log(0.03 / 300);
        }
        s -= 2.5 * countAbove(certainPastDays, e);
        s -= 2.5 * countBelow(futureDays, e);
        s += comingSoon(c);
        for (DctClues.Weekday w : distinctWeekdays()) {
            int after = Math.floorMod(c.getDayOfWeek().getValue() - w.day().getValue(), 7);
            double p = w.tense() == ClauseTense.FUTURE ? FUTURE_WEEKDAY[(7 - after) % 7]
                    : w.tense() == ClauseTense.PAST ? PAST_WEEKDAY[after] : (PAST_WEEKDAY[after] + 1.0 / 7) / 2;
            s += Math.log(p * 7);
        }
        s += nextWeek(c);
        for (DctClues.Anniversary a : found.anniversaries()) {
            if (a.day() != null && a.tense() != ClauseTense.PAST) {
                long until = a.day().toEpochDay() - e;
                s += until < 0 ? -1.0 : until <= 14 ? 1.0 : 0;
            }
        }
        return s;
    }

    private List<DctClues.Weekday> weekdayCache;

    private List<DctClues.Weekday> distinctWeekdays() {
        if (weekdayCache == null) {
            Map<List<Object>, DctClues.Weekday> seen = new LinkedHashMap<>();
            found.weekdays().forEach(w -> seen.putIfAbsent(List.of(w.day(), w.tense()), w));
            weekdayCache = List.copyOf(seen.values());
        }
        return weekdayCache;
    }

    /** Announcements precede: support for a day shortly before the nearest date to come. */
    private double comingSoon(LocalDate c) {
        long nearest = Long.MAX_VALUE;
        long e = c.toEpochDay();
        int i = Arrays.binarySearch(futureDays, e);
        int at = i >= 0 ? i : -i - 1;
        if (at < futureDays.length) {
            nearest = futureDays[at] - e;
        }
        for (MonthDay md : futureMonthDays) {
            LocalDate same = md.isValidYear(c.getYear()) ? md.atYear(c.getYear()) : null;
            if (same != null && !same.isBefore(c)) {
                nearest = Math.min(nearest, same.toEpochDay() - e);
            }
        }
        return nearest == Long.MAX_VALUE || nearest > 30 ? 0 : nearest == 0 ? 0.3 : 1.0 - nearest / 30.0;
    }

    /** "next week" said of a text whose dates to come fall in the week after it. */
    private double nextWeek(LocalDate c) {
        List<LocalDate> anniversaries = found.anniversaries().stream()
                .filter(a -> a.day() != null && a.tense() != ClauseTense.PAST).map(DctClues.Anniversary::day).toList();
        if (found.nextWeeks() == 0 || futureDays.length == 0 && futureMonthDays.isEmpty() && anniversaries.isEmpty()) {
            return 0;
        }
        LocalDate monday = c.minusDays(c.getDayOfWeek().getValue() - 1L).plusWeeks(1);
        LocalDate sunday = monday.plusDays(6);
        for (long d : futureDays) {
            if (!LocalDate.ofEpochDay(d).isBefore(monday) && !LocalDate.ofEpochDay(d).isAfter(sunday)) {
                return 1.5;
            }
        }
        for (LocalDate a : anniversaries) {
            if (!a.isBefore(monday) && !a.isAfter(sunday)) {
                return 1.5;
            }
        }
        for (MonthDay md : futureMonthDays) {
            for (LocalDate day = monday; !day.isAfter(sunday); day = day.plusDays(1)) {
                if (MonthDay.from(day).equals(md)) {
                    return 1.5;
                }
            }
        }
        return -0.3;
    }

    private static long floor(long[] sorted, long e) {
        int i = Arrays.binarySearch(sorted, e);
        int at = i >= 0 ? i : -i - 2;
        return at >= 0 ? sorted[at] : Long.MIN_VALUE;
    }

    private static int countAbove(long[] sorted, long e) {
        int i = Arrays.binarySearch(sorted, e + 1);
        int at = i >= 0 ? i : -i - 1;
        while (at > 0 && sorted[at - 1] > e) {
            at--;
        }
        return sorted.length - at;
    }

    private static int countBelow(long[] sorted, long e) {
        int i = Arrays.binarySearch(sorted, e);
        return i >= 0 ? i : -i - 1;
    }
}
