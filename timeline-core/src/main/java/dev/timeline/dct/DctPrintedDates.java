package dev.timeline.dct;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the date a news text prints about itself near its head: a dateline ("CAIRO, June 3 (Reuters) -"), a byline
 * or time stamp ("Updated 1:05 PM ET, Mon June 6, 2011", "Sat Mar 5, 2011 4:36 pm EST"), a date line at the top.
 * The layouts are data ({@code dct-printed-dates.txt}), each with the examples it must read. Only the first
 * {@value #HEAD} characters are looked at, so the cost does not grow with the text, and reader comments or share
 * widgets further down are never taken for the article's date.
 *
 * <p>Thread-safe: the layouts are compiled once.
 */
public final class DctPrintedDates {
    static final int HEAD = 1500;
    private static final String MONTH_NAMES = "Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?"
            + "|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?";
    private static final String YEAR = "(?:19|20)\\d\\d(?!\\d)";
    private static final Map<String, String> PLACEHOLDERS = Map.of(
            "{DATE}", "(?:" + month("m1") + "\\s+(?<d1>\\d{1,2})(?:st|nd|rd|th)?\\s*,?\\s*(?<y1>" + YEAR + ")"
                    + "|(?<d2>\\d{1,2})(?:st|nd|rd|th)?\\s+" + month("m2") + "\\s*,?\\s*(?<y2>" + YEAR + ")"
                    + "|(?<y3>" + YEAR + ")-(?<m3>\\d\\d)-(?<d3>\\d\\d)(?!\\d))",
            "{MONTH_DAY}", "(?:" + month("m4") + "\\s+(?<d4>\\d{1,2})(?!\\d)(?!\\s*,?\\s*\\d{4})"
                    + "|(?<d5>\\d{1,2})\\s+" + month("m5") + "(?!\\s*,?\\s*\\d{4}))",
            "{WEEKDAY}", "(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?)\\.?\\s*,?",
            "{TIME}", "\\d{1,2}[:.]\\d{2}(?:\\s*(?i:[ap]\\.?m\\.?))?(?:\\s*(?:GMT|UTC|BST|CES?T|ET|[ECMP][SD]T))?",
            "{PLACE}", "(?<![A-Za-z])[A-Z][A-Z.'’/&-]+(?:\\s+[A-Z][A-Z.'’/&-]+){0,3}"
                    + "(?:\\s*,\\s*[A-Z][A-Za-z.]+(?:\\s+[A-Z][A-Za-z.]+){0,2})?",
            "{AGENCY}", "\\((?:Reuters|AFP|AP|Xinhua|dpa|UPI|Bloomberg|IANS|PTI|Kyodo|Yonhap|ANSA|[A-Z]{2,6})\\)",
            "{DASH}", "(?:--|-|—|–|_)");
    private static final List<Layout> LAYOUTS = load();

    /** A printed date: the layout that read it, the text it read, and the day or the month and day it gives. */
    record Printed(String layout, String text, Optional<LocalDate> date, MonthDay monthDay) {
        boolean hasYear() {
            return date.isPresent();
        }

        String evidence() {
            return layout + " \"" + text.strip().replaceAll("\\s+", " ") + "\"";
        }
    }

    /** One layout of the resource file, with its examples. */
    record Layout(String name, Pattern pattern, List<String[]> examples, List<String> counterExamples) {
    }

    private DctPrintedDates() {
    }

    /** Returns the date printed at the head of {@code text}, if one of the layouts reads one. */
    /**
     * Whether {@code text} prints its own date, year included, near its head (a dateline, a byline, a time stamp).
     *
     * @throws NullPointerException if {@code text} is null
     */
    public static boolean printsDateWithYear(String text) {
        return find(text).filter(Printed::hasYear).isPresent();
    }

    static Optional<Printed> find(String text) {
        String head = text.substring(0, Math.min(HEAD, text.length()));
        for (Layout layout : LAYOUTS) {
            Optional<Printed> p = read(layout, head);
            if (p.isPresent()) {
                return p;
            }
        }
        return Optional.empty();
    }

    static List<Layout> layouts() {
        return LAYOUTS;
    }

    static Optional<Printed> read(Layout layout, String head) {
        Matcher m = layout.pattern().matcher(head);
        while (m.find()) {
            for (int i = 1; i <= 5; i++) {
                String day = group(m, "d" + i);
                if (day == null) {
                    continue;
                }
                Optional<Month> month = i == 3 ? monthNumber(group(m, "m3")) : monthNamed(group(m, "m" + i));
                String year = i <= 3 ? group(m, "y" + i) : null;
                Optional<Printed> p = month.flatMap(mo -> printed(layout.name(), m.group(), mo, day, year));
                if (p.isPresent()) {
                    return p;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Printed> printed(String layout, String text, Month month, String day, String year) {
        try {
            MonthDay md = MonthDay.of(month, Integer.parseInt(day));
            Optional<LocalDate> date = year == null ? Optional.empty()
                    : Optional.of(md.atYear(Integer.parseInt(year)));
            if (date.isPresent() && date.get().getDayOfMonth() != md.getDayOfMonth()) {
                return Optional.empty(); // 29 February of a common year
            }
            return Optional.of(new Printed(layout, text, date, md));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static String group(Matcher m, String name) {
        return m.pattern().pattern().contains("(?<" + name + ">") ? m.group(name) : null;
    }

    private static Optional<Month> monthNumber(String number) {
        int n = Integer.parseInt(number);
        return n >= 1 && n <= 12 ? Optional.of(Month.of(n)) : Optional.empty();
    }

    static Optional<Month> monthNamed(String name) {
        String n = name.toLowerCase(Locale.ROOT).replace(".", "");
        for (Month month : Month.values()) {
            String full = month.name().toLowerCase(Locale.ROOT);
            if (n.length() >= 3 && full.startsWith(n) || n.equals("sept") && month == Month.SEPTEMBER) {
                return Optional.of(month);
            }
        }
        return Optional.empty();
    }

    private static String month(String group) {
        return "(?<" + group + ">(?:" + MONTH_NAMES + ")\\.?)";
    }

    private static List<Layout> load() {
        List<Layout> layouts = new ArrayList<>();
        try (InputStream in = DctPrintedDates.class.getResourceAsStream("dct-printed-dates.txt")) {
            if (in == null) {
                throw new IllegalStateException("dct-printed-dates.txt is missing from the class path");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String name = null;
            Pattern pattern = null;
            List<String[]> examples = new ArrayList<>();
            List<String> counter = new ArrayList<>();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith("layout ")) {
                    if (name != null) {
                        layouts.add(new Layout(name, pattern, List.copyOf(examples), List.copyOf(counter)));
                    }
                    int colon = line.indexOf(": ");
                    name = line.substring(7, colon);
                    pattern = Pattern.compile(expand(line.substring(colon + 2)));
                    examples = new ArrayList<>();
                    counter = new ArrayList<>();
                } else if (line.startsWith("  = ")) {
                    String[] parts = line.substring(4).split(" => ");
                    examples.add(new String[] {parts[0].replace("\\n", "\n"), parts[1]});
                } else if (line.startsWith("  ! ")) {
                    counter.add(line.substring(4).replace("\\n", "\n"));
                }
            }
            if (name != null) {
                layouts.add(new Layout(name, pattern, List.copyOf(examples), List.copyOf(counter)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(layouts);
    }

    private static String expand(String template) {
        String s = template;
        for (Map.Entry<String, String> p : PLACEHOLDERS.entrySet()) {
            s = s.replace(p.getKey(), p.getValue());
        }
        return s;
    }
}
