package dev.timeline.dct;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The lines of evidence behind an estimated creation date: each clue of the text that supports the chosen day,
 * strongest first, in words a reader can check ("\"on Tuesday\" reported as past: published on a Tuesday or the
 * day after"). Also the softmax helpers that turn candidate scores into shares.
 */
final class DctEvidence {
    private static final int MAX_LINES = 8;
    private final DctClues.Found found;
    private final DctScorer scorer;
    private final DctLending lending;

    DctEvidence(DctClues.Found found, DctScorer scorer, DctLending lending) {
        this.found = found;
        this.scorer = scorer;
        this.lending = lending;
    }

    /** The best-scored entry; ties go to the first in iteration order. */
    static <K> Map.Entry<K, Double> best(Map<K, Double> scores) {
        return scores.entrySet().stream().max(Comparator.comparingDouble(Map.Entry::getValue)).orElseThrow();
    }

    /** The softmax share of the entries whose key satisfies {@code which}. */
    static <K> double share(Map<K, Double> scores, Predicate<K> which) {
        double max = scores.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        double all = 0;
        double part = 0;
        for (Map.Entry<K, Double> e : scores.entrySet()) {
            double w = Math.exp(e.getValue() - max);
            all += w;
            part += which.test(e.getKey()) ? w : 0;
        }
        return all == 0 ? 0 : Math.min(1, part / all);
    }

    /** The lines supporting {@code day}, after {@code first} when it is not null. */
    List<String> linesFor(LocalDate day, String first) {
        Set<String> lines = new LinkedHashSet<>();
        if (first != null) {
            lines.add(first);
        }
        latestPast(day, lines);
        for (DctClues.Weekday w : found.weekdays()) {
            int after = Math.floorMod(day.getDayOfWeek().getValue() - w.day().getValue(), 7);
            if (w.tense() != ClauseTense.FUTURE && after <= 1) {
                lines.add("\"" + w.text() + "\" reported as past: published on a " + name(w.day())
                        + " or the day after");
            } else if (w.tense() == ClauseTense.FUTURE && after != 0) {
                lines.add("\"" + w.text() + "\" still to come: published in the days before");
            }
        }
        if (scorer.latestPastYear() > 0 && day.getYear() >= scorer.latestPastYear()) {
            lines.add("latest year mentioned of the past: " + scorer.latestPastYear() + "; written then or soon after");
        }
        if (scorer.earliestFutureYear() > 0 && day.getYear() <= scorer.earliestFutureYear()) {
            lines.add("the year " + scorer.earliestFutureYear() + " is still to come: written in it or before");
        }
        for (DctClues.Day d : found.days()) {
            if (d.tense() == ClauseTense.FUTURE && !d.date().isBefore(day)) {
                lines.add("\"" + d.text() + "\" is still to come: written before " + d.date());
            }
        }
        if (found.nextWeeks() > 0 && scorer.dayScore(day) > scorer.dayScore(day.plusWeeks(1)) + 1) {
            lines.add("\"next week\" holds the dates to come");
        }
        for (DctClues.Anniversary a : found.anniversaries()) {
            if (a.year() == day.getYear()) {
                lines.add("\"" + a.text() + "\": the year " + a.year());
            }
        }
        if (lending.support(day) > 0) {
            lines.add("agrees with other documents of the batch (confidence " + String.format(Locale.ROOT, "%.2f",
                    lending.support(day)) + " within two days)");
        } else if (lending.yearScore(day.getYear()) > 0) {
            lines.add("the year of other documents of the batch");
        }
        List<String> out = new ArrayList<>(lines);
        return List.copyOf(out.subList(0, Math.min(MAX_LINES, out.size())));
    }

    private void latestPast(LocalDate day, Set<String> lines) {
        String text = null;
        LocalDate latest = null;
        for (DctClues.Day d : found.days()) {
            if (d.tense() != ClauseTense.FUTURE && !d.date().isAfter(day)
                    && (latest == null || d.date().isAfter(latest))) {
                latest = d.date();
                text = d.text();
            }
        }
        for (DctClues.MonthDayMention m : found.monthDays()) {
            if (m.tense() == ClauseTense.FUTURE) {
                continue;
            }
            MonthDay md = m.monthDay();
            LocalDate at = md.isValidYear(day.getYear()) && !md.atYear(day.getYear()).isAfter(day)
                    ? md.atYear(day.getYear()) : null;
            if (at != null && (latest == null || at.isAfter(latest))) {
                latest = at;
                text = m.text();
            }
        }
        if (latest != null && ChronoUnit.DAYS.between(latest, day) <= 7) {
            long gap = ChronoUnit.DAYS.between(latest, day);
            lines.add("latest day reported as past: \"" + text + "\" (" + latest + "), "
                    + (gap == 0 ? "the same day" : gap == 1 ? "the day before" : gap + " days before"));
        }
    }

    private static String name(java.time.DayOfWeek day) {
        String n = day.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(n.charAt(0)) + n.substring(1);
    }
}
