package dev.timeline.extract;

import dev.timeline.tag.Mention;
import dev.timeline.tag.TimexType;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what a text says about its own creation date: weekdays said of the publication day ("announced on
 * Thursday"), relative expressions ("next week", "next Wednesday") that must agree with the explicit dates of the
 * text, years mentioned (the text is written after the past ones), anniversaries, and "N years" since a year.
 *
 * <p>Explicit dates and years come from the tagger's mentions (tagged with no anchor); relative expressions are
 * recognized by their words, so that the clues do not depend on how a tagger would resolve them.
 */
final class DctClues {
    private static final String WEEKDAY = "(monday|tuesday|wednesday|thursday|friday|saturday|sunday)";
    private static final Pattern REPORTED_WEEKDAY = Pattern.compile(
            "\\b(said|says|announced|confirmed|reported|reports|noted|told|stated|declared|briefing|conference|"
                    + "statement|announcement|release|revealed|added)\\s+(on\\s+)?" + WEEKDAY + "\\b"
                    + "|\\b" + WEEKDAY + "(’|')s\\s+(\\w+\\s+)?(announcement|statement|briefing|report|remarks|"
                    + "press conference|decision)\\b"
                    + "|\\b(on|late|early)\\s+" + WEEKDAY + "\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NEXT_WEEK = Pattern.compile("\\bnext week\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern NEXT_WEEKDAY = Pattern.compile("\\bnext\\s+" + WEEKDAY + "\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ANNIVERSARY = Pattern.compile(
            "\\b(\\d{1,3})(st|nd|rd|th)\\s+anniversary\\s+of\\s+([^.;]{3,80})", Pattern.CASE_INSENSITIVE);
    private static final Pattern YEARS_SINCE = Pattern.compile(
            "\\b(in|after|for|than)\\s+(two|three|four|five|six|seven|eight|nine|ten|\\d{1,2})\\s+years\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR = Pattern.compile("\\b(1[89]\\d\\d|20\\d\\d)\\b");
    private static final Pattern FULL_VALUE = Pattern.compile("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
    private static final Pattern MONTH_DAY_VALUE = Pattern.compile("^XXXX-(\\d{2})-(\\d{2})");
    private static final Pattern MONTH_DAY_TEXT = Pattern.compile(
            "\\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\\.?\\s+(\\d{1,2})\\b(?!,?\\s*\\d{4})");
    private static final List<String> NUMBERS = List.of("zero", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten");

    private DctClues() {
    }

    /** An explicit date of the text: a year, a month and day without year, or a full date; and its tense. */
    private record Explicit(String text, int year, MonthDay monthDay, Tense tense) {
        boolean hasYear() {
            return year > 0;
        }
    }

    static List<DctClue> find(String text, List<Mention> mentions) {
        List<Sentences.Span> sentences = Sentences.split(text);
        List<Explicit> explicit = explicitDates(text, sentences, mentions);
        List<DctClue> clues = new ArrayList<>();
        List<LocalDate> anniversaries = new ArrayList<>();
        for (Sentences.Span s : sentences) {
            String lower = s.text().toLowerCase(Locale.ROOT);
            // cheap tests first: every weekday name ends in "day", and most sentences name none
            if (lower.contains("day")) {
                reportedWeekdays(s, clues);
            }
            if (lower.contains("anniversary")) {
                anniversaries(s, explicit, clues, anniversaries);
            }
        }
        yearClues(explicit, clues);
        futureDateClues(text, sentences, explicit, anniversaries, clues);
        yearsSince(text, explicit, clues);
        return merged(clues);
    }

    /**
     * The clues with repeats folded: clues of equal evidence and years are the same clue (the evidence names what it
     * scores), so one of them scores as many times its count. The result scores every day as the input does, but its
     * size is bounded by the kinds of evidence, not by the length of the text: a document that says "next week" ten
     * thousand times costs one clue, not ten thousand, for each of the thousands of days scored.
     */
    static List<DctClue> merged(List<DctClue> clues) {
        Map<List<Object>, List<DctClue>> groups = new LinkedHashMap<>();
        for (DctClue c : clues) {
            groups.computeIfAbsent(List.of(c.evidence(), c.years()), k -> new ArrayList<>()).add(c);
        }
        List<DctClue> out = new ArrayList<>(groups.size());
        for (List<DctClue> same : groups.values()) {
            DctClue first = same.get(0);
            int n = same.size();
            out.add(n == 1 ? first : new DctClue(first.evidence(), d -> n * first.score(d), first.years()));
        }
        return List.copyOf(out);
    }

    private static List<Explicit> explicitDates(String text, List<Sentences.Span> sentences, List<Mention> mentions) {
        List<Explicit> found = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.type() != TimexType.DATE && m.type() != TimexType.TIME) {
                continue;
            }
            Tense tense = tenseAt(sentences, m.start(), m.end());
            Matcher full = FULL_VALUE.matcher(m.value());
            Matcher md = MONTH_DAY_VALUE.matcher(m.value());
            if (full.find()) {
                MonthDay monthDay = full.group(3) == null ? null
                        : MonthDay.of(Integer.parseInt(full.group(2)), Integer.parseInt(full.group(3)));
                found.add(new Explicit(m.text(), Integer.parseInt(full.group(1)), monthDay, tense));
                Matcher more = YEAR.matcher(m.text()); // "2018–2019" read as one mention
                while (more.find()) {
                    int y = Integer.parseInt(more.group());
                    if (y != Integer.parseInt(full.group(1))) {
                        found.add(new Explicit(m.text(), y, null, tense));
                    }
                }
            } else if (md.find()) {
                found.add(new Explicit(m.text(), 0,
                        MonthDay.of(Integer.parseInt(md.group(1)), Integer.parseInt(md.group(2))), tense));
            }
        }
        if (mentions.isEmpty()) {
            // no tagger output at all: fall back on bare years and "Sept. 3" so that inference still works
            Matcher y = YEAR.matcher(text);
            while (y.find()) {
                found.add(new Explicit(y.group(), Integer.parseInt(y.group()), null,
                        tenseAt(sentences, y.start(), y.end())));
            }
            Matcher md = MONTH_DAY_TEXT.matcher(text);
            while (md.find()) {
                monthNamed(md.group(1)).ifPresent(month -> {
                    int day = Integer.parseInt(md.group(2));
                    if (day >= 1 && day <= month.maxLength()) {
                        found.add(new Explicit(md.group(), 0, MonthDay.of(month, day),
                                tenseAt(sentences, md.start(), md.end())));
                    }
                });
            }
        }
        return found;
    }

    /** The month a name or abbreviation of three letters or more names ("Sept", "Aug", "March"). */
    private static java.util.Optional<java.time.Month> monthNamed(String name) {
        return java.util.Arrays.stream(java.time.Month.values())
                .filter(m -> name.length() >= 3 && m.name().startsWith(name.toUpperCase(Locale.ROOT))
                        || name.equalsIgnoreCase("sept") && m == java.time.Month.SEPTEMBER)
                .findFirst();
    }

    private static Tense tenseAt(List<Sentences.Span> sentences, int start, int end) {
        for (Sentences.Span s : sentences) {
            if (s.contains(start)) {
                return Tense.around(s.text(), start - s.start(), Math.min(end, s.end()) - s.start());
            }
        }
        return Tense.UNKNOWN;
    }

    private static void reportedWeekdays(Sentences.Span s, List<DctClue> clues) {
        Matcher m = REPORTED_WEEKDAY.matcher(s.text());
        while (m.find()) {
            String name = m.group(3) != null ? m.group(3) : m.group(4) != null ? m.group(4) : m.group(9);
            if (name == null) {
                continue;
            }
            boolean strong = m.group(9) == null;
            if (!strong && Tense.around(s.text(), m.start(), m.end()) != Tense.PAST) {
                continue; // "on Wednesday" in a clause about what will happen says nothing about the publication day
            }
            DayOfWeek day = DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT));
            double weight = strong ? 2.0 : 1.0;
            clues.add(new DctClue("\"" + m.group().trim() + "\" (reported in the past tense): published on a "
                    + name(day) + " or the day after",
                    d -> d.getDayOfWeek() == day ? weight : d.getDayOfWeek() == day.plus(1) ? weight / 2 : 0,
                    Set.of()));
        }
    }

    private static void anniversaries(Sentences.Span s, List<Explicit> explicit, List<DctClue> clues,
            List<LocalDate> anniversaries) {
        Matcher m = ANNIVERSARY.matcher(s.text());
        while (m.find()) {
            int n = Integer.parseInt(m.group(1));
            String of = m.group(3);
            var historical = HistoricalDates.find(of);
            Matcher year = YEAR.matcher(of);
            int base;
            String what;
            if (historical.isPresent()) {
                base = historical.get().date().getYear();
                what = historical.get().name() + " (" + historical.get().date() + ")";
                if (Tense.around(s.text(), m.start(), m.end()) != Tense.PAST) {
                    anniversaries.add(historical.get().date().plusYears(n));
                }
            } else if (year.find()) {
                base = Integer.parseInt(year.group());
                what = year.group();
            } else {
                continue;
            }
            int at = base + n;
            clues.add(new DctClue("\"" + m.group(1) + m.group(2) + " anniversary\" of " + what + ": the year " + at,
                    d -> d.getYear() == at ? 2.5 : Math.abs(d.getYear() - at) == 1 ? 0.5 : 0, Set.of(at)));
        }
    }

    private static void yearClues(List<Explicit> explicit, List<DctClue> clues) {
        explicit.stream().filter(e -> e.hasYear() && e.tense() == Tense.FUTURE).mapToInt(Explicit::year).distinct()
                .forEach(y -> clues.add(new DctClue("the year " + y + " is still to come: written in it or before",
                        d -> d.getYear() > y ? -2 : d.getYear() >= y - 1 ? 0.3 : 0, Set.of(y, y - 1))));
        int latest = explicit.stream().filter(Explicit::hasYear).filter(e -> e.tense() != Tense.FUTURE)
                .mapToInt(Explicit::year).max().orElse(0);
        if (latest == 0) {
            return;
        }
        clues.add(new DctClue("latest year mentioned of the past: " + latest + "; written then or soon after",
                d -> d.getYear() < latest ? -3 * (latest - d.getYear())
                        : d.getYear() == latest ? 1.0 : d.getYear() == latest + 1 ? 0.7 : d.getYear() <= latest + 3
                                ? 0.3 : 0,
                Set.of(latest, latest + 1, latest + 2)));
        for (Explicit e : explicit) {
            if (e.hasYear() && e.monthDay() != null && e.tense() != Tense.FUTURE) {
                LocalDate day = e.monthDay().atYear(e.year());
                clues.add(new DctClue("\"" + e.text() + "\" is reported as past: written on or after " + day,
                        d -> d.isBefore(day) ? -3 : ChronoUnit.DAYS.between(day, d) <= 14 ? 1 : 0,
                        Set.of(day.getYear())));
            }
        }
    }

    private static void futureDateClues(String text, List<Sentences.Span> sentences, List<Explicit> explicit,
            List<LocalDate> anniversaries, List<DctClue> clues) {
        List<Explicit> future = explicit.stream().filter(e -> e.monthDay() != null && e.tense() == Tense.FUTURE)
                .toList();
        // the dates to come, once each: what "next week" and "next Friday" are checked against
        List<Explicit> dates = new ArrayList<>();
        Set<List<Object>> seen = new java.util.HashSet<>();
        for (Explicit e : future) {
            if (seen.add(List.of(e.year(), e.monthDay()))) {
                dates.add(e);
            }
        }
        for (Explicit e : future) {
            clues.add(new DctClue("\"" + e.text() + "\" is still to come: written shortly before it",
                    d -> proximity(d, resolve(e, d)), e.hasYear() ? Set.of(e.year()) : Set.of()));
        }
        for (LocalDate a : anniversaries) {
            clues.add(new DctClue("the anniversary on " + a + " is still to come: written shortly before it",
                    d -> proximity(d, a), Set.of(a.getYear())));
        }
        Matcher week = NEXT_WEEK.matcher(text);
        while (week.find()) {
            clues.add(new DctClue("\"next week\" holds the dates to come ("
                    + String.join(", ", future.stream().map(Explicit::text).distinct().toList())
                    + (anniversaries.isEmpty() ? "" : (future.isEmpty() ? "" : ", ") + "the anniversary") + ")",
                    d -> {
                        int w = nextWeekOf(d);
                        boolean covered = dates.stream().anyMatch(e -> weekOf(resolve(e, d)) == w)
                                || anniversaries.stream().anyMatch(a -> weekOf(a) == w);
                        return covered ? 2.5 : future.isEmpty() && anniversaries.isEmpty() ? 0 : -0.5;
                    }, Set.of()));
        }
        Matcher next = NEXT_WEEKDAY.matcher(text);
        while (next.find()) {
            DayOfWeek day = DayOfWeek.valueOf(next.group(1).toUpperCase(Locale.ROOT));
            if (future.isEmpty()) {
                continue;
            }
            clues.add(new DctClue("\"" + next.group() + "\" falls on a date the text gives",
                    d -> {
                        LocalDate coming = d.with(TemporalAdjusters.next(day));
                        return dates.stream().anyMatch(e -> resolve(e, d).equals(coming)
                                || resolve(e, d).equals(coming.plusWeeks(1))) ? 2.0 : -0.5;
                    }, Set.of()));
        }
    }

    private static void yearsSince(String text, List<Explicit> explicit, List<DctClue> clues) {
        Matcher m = YEARS_SINCE.matcher(text);
        while (m.find()) {
            String count = m.group(2).toLowerCase(Locale.ROOT);
            int n = NUMBERS.contains(count) ? NUMBERS.indexOf(count) : Integer.parseInt(count);
            List<Integer> targets = explicit.stream().filter(Explicit::hasYear)
                    .filter(e -> e.tense() != Tense.FUTURE).map(e -> e.year() + n).distinct().toList();
            if (targets.isEmpty()) {
                continue;
            }
            clues.add(new DctClue("\"" + m.group() + "\" counted from a year mentioned",
                    d -> targets.contains(d.getYear()) ? 1.0 : 0, Set.copyOf(targets)));
        }
    }

    /** The first occurrence of a year-less date on or after {@code d}; a dated one as is. */
    private static LocalDate resolve(Explicit e, LocalDate d) {
        if (e.hasYear()) {
            return e.monthDay().atYear(e.year());
        }
        LocalDate same = e.monthDay().atYear(d.getYear());
        return same.isBefore(d) ? e.monthDay().atYear(d.getYear() + 1) : same;
    }

    /** Support for a creation date {@code d} shortly before the coming date {@code e}: announcements precede. */
    private static double proximity(LocalDate d, LocalDate e) {
        long days = ChronoUnit.DAYS.between(d, e);
        if (days < 0) {
            return -2;
        }
        return days == 0 ? 0.5 : days <= 60 ? 0.5 + 1.0 * (1 - days / 60.0) : 0;
    }

    private static int weekOf(LocalDate d) {
        return d.get(IsoFields.WEEK_BASED_YEAR) * 100 + d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }

    private static int nextWeekOf(LocalDate d) {
        return weekOf(d.plusWeeks(1));
    }

    private static String name(DayOfWeek day) {
        String n = day.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(n.charAt(0)) + n.substring(1);
    }
}
