package dev.timeline.dct;

import dev.timeline.tag.HistoricalDates;
import dev.timeline.tag.Mention;
import dev.timeline.tag.TimexType;
import dev.timeline.text.LanguageLayer;
import dev.timeline.text.TextSpan;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what a text says about its own creation date: the explicit dates it mentions (a full date, a month and day,
 * a year) with the tense of their clause, the weekdays it reports, "next week", anniversaries. Dates come from the
 * tagger's mentions (tagged with no anchor); four-digit numbers that are clock times, counts or identifiers
 * ({@link NotYears}) are not years. The cost is linear in the text: each mention's sentence is found by binary search.
 */
final class DctClues {
    private static final Pattern FULL = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern MONTH_DAY = Pattern.compile("^XXXX-(\\d{2})-(\\d{2})");
    private static final Pattern YEAR_MONTH = Pattern.compile("^(\\d{4})(?:-(\\d{2}))?$");
    private static final Pattern WEEKDAY = Pattern.compile("^XXXX-WXX-([1-7])");
    private static final Pattern NEXT_WEEK = Pattern.compile("\\bnext week\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern ANNIVERSARY = Pattern.compile(
            "\\b(\\d{1,3})(st|nd|rd|th)\\s+anniversary\\s+of\\s+([^.;]{3,80})", Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR = Pattern.compile("\\b(1[89]\\d\\d|20\\d\\d)\\b");
    static final int MIN_YEAR = 1900;
    static final int MAX_YEAR = 2100;

    private DctClues() {
    }

    /** A day the text names with its year, and whether its clause reports it as past or to come. */
    record Day(String text, LocalDate date, ClauseTense tense) {
    }

    /** A month and day named without a year. */
    record MonthDayMention(String text, MonthDay monthDay, ClauseTense tense) {
    }

    /** A year named alone or with a month only ("2009", "March 2009"). */
    record Year(String text, int year, ClauseTense tense) {
    }

    /** A weekday named alone ("on Tuesday"). */
    record Weekday(String text, DayOfWeek day, ClauseTense tense) {
    }

    /** An anniversary: the year it falls in, and the day when the text names the event. */
    record Anniversary(String text, int year, LocalDate day, ClauseTense tense) {
    }

    /** Everything found, in text order within each kind. */
    record Found(List<Day> days, List<MonthDayMention> monthDays, List<Year> years, List<Weekday> weekdays,
            List<Anniversary> anniversaries, int nextWeeks) {
        boolean isEmpty() {
            return days.isEmpty() && monthDays.isEmpty() && years.isEmpty() && anniversaries.isEmpty();
        }
    }

    static Found find(String text, List<Mention> mentions) {
        List<TextSpan> sentences = LanguageLayer.english().sentences(text);
        List<String> sentenceTexts = sentences.stream().map(s -> s.of(text)).toList();
        int[] starts = sentences.stream().mapToInt(TextSpan::start).toArray();
        List<Day> days = new ArrayList<>();
        List<MonthDayMention> monthDays = new ArrayList<>();
        List<Year> years = new ArrayList<>();
        List<Weekday> weekdays = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.type() != TimexType.DATE && m.type() != TimexType.TIME) {
                continue;
            }
            String v = m.value();
            Matcher full = FULL.matcher(v);
            Matcher md = MONTH_DAY.matcher(v);
            Matcher ym = YEAR_MONTH.matcher(v);
            Matcher wd = WEEKDAY.matcher(v);
            if (full.find()) {
                int y = Integer.parseInt(full.group(1));
                if (y >= MIN_YEAR && y <= MAX_YEAR) {
                    date(y, full.group(2), full.group(3)).ifPresent(d ->
                            days.add(new Day(m.text(), d, tense(sentences, sentenceTexts, starts, m))));
                }
            } else if (md.find()) {
                monthDay(md.group(1), md.group(2)).ifPresent(d ->
                        monthDays.add(new MonthDayMention(m.text(), d, tense(sentences, sentenceTexts, starts, m))));
            } else if (ym.find()) {
                int y = Integer.parseInt(ym.group(1));
                if (y >= MIN_YEAR && y <= MAX_YEAR && (ym.group(2) != null || NotYears.isYear(text, m.start(),
                        m.end()))) {
                    years.add(new Year(m.text(), y, tense(sentences, sentenceTexts, starts, m)));
                }
            } else if (wd.find()) {
                weekdays.add(new Weekday(m.text(), DayOfWeek.of(Integer.parseInt(wd.group(1))),
                        tense(sentences, sentenceTexts, starts, m)));
            }
        }
        List<Anniversary> anniversaries = new ArrayList<>();
        int nextWeeks = 0;
        for (String sentence : sentenceTexts) {
            String lower = sentence.toLowerCase(Locale.ROOT);
            if (lower.contains("anniversary")) {
                anniversaries(sentence, anniversaries);
            }
            if (lower.contains("next week")) {
                Matcher n = NEXT_WEEK.matcher(sentence);
                while (n.find()) {
                    nextWeeks++;
                }
            }
        }
        return new Found(List.copyOf(days), List.copyOf(monthDays), List.copyOf(years), List.copyOf(weekdays),
                List.copyOf(anniversaries), nextWeeks);
    }

    private static void anniversaries(String sentence, List<Anniversary> out) {
        Matcher m = ANNIVERSARY.matcher(sentence);
        while (m.find()) {
            int n = Integer.parseInt(m.group(1));
            var historical = HistoricalDates.find(m.group(3));
            Matcher year = YEAR.matcher(m.group(3));
            ClauseTense tense = ClauseTense.around(sentence, m.start(), m.end());
            if (historical.isPresent()) {
                LocalDate day = historical.get().date().plusYears(n);
                out.add(new Anniversary(m.group(1) + m.group(2) + " anniversary of " + historical.get().name(),
                        day.getYear(), day, tense));
            } else if (year.find()) {
                out.add(new Anniversary(m.group(1) + m.group(2) + " anniversary of " + year.group(),
                        Integer.parseInt(year.group()) + n, null, tense));
            }
        }
    }

    private static ClauseTense tense(List<TextSpan> sentences, List<String> texts, int[] starts, Mention m) {
        int i = java.util.Arrays.binarySearch(starts, m.start());
        int at = i >= 0 ? i : -i - 2;
        if (at < 0 || !sentences.get(at).contains(m.start())) {
            return ClauseTense.UNKNOWN;
        }
        TextSpan s = sentences.get(at);
        return ClauseTense.around(texts.get(at), m.start() - s.start(), Math.min(m.end(), s.end()) - s.start());
    }

    private static java.util.Optional<LocalDate> date(int year, String month, String day) {
        try {
            return java.util.Optional.of(LocalDate.of(year, Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return java.util.Optional.empty();
        }
    }

    private static java.util.Optional<MonthDay> monthDay(String month, String day) {
        try {
            return java.util.Optional.of(MonthDay.of(Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return java.util.Optional.empty();
        }
    }
}
