package dev.timeline.assertj;

import dev.timeline.time.AllenRelation;
import dev.timeline.time.TimexValue;
import dev.timeline.time.When;
import dev.timeline.timeline.Event;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** How failure messages write time values, events and the relations between values, in plain words. */
final class Texts {
    /** "a PHRASE b", third person; the base form for "may" drops the verb's inflection. */
    private static final Map<AllenRelation, String[]> PHRASES = new EnumMap<>(AllenRelation.class);

    static {
        phrase(AllenRelation.BEFORE, "is before", "be before");
        phrase(AllenRelation.MEETS, "ends the day before the start of", "end the day before the start of");
        phrase(AllenRelation.OVERLAPS, "overlaps the start of", "overlap the start of");
        phrase(AllenRelation.STARTS, "is at the start of", "be at the start of");
        phrase(AllenRelation.DURING, "is during", "be during");
        phrase(AllenRelation.FINISHES, "is at the end of", "be at the end of");
        phrase(AllenRelation.EQUALS, "is the same days as", "be the same days as");
        phrase(AllenRelation.FINISHED_BY, "has at its end", "have at its end");
        phrase(AllenRelation.CONTAINS, "contains", "contain");
        phrase(AllenRelation.STARTED_BY, "has at its start", "have at its start");
        phrase(AllenRelation.OVERLAPPED_BY, "overlaps the end of", "overlap the end of");
        phrase(AllenRelation.MET_BY, "starts the day after the end of", "start the day after the end of");
        phrase(AllenRelation.AFTER, "is after", "be after");
    }

    private Texts() {
    }

    private static void phrase(AllenRelation r, String thirdPerson, String base) {
        PHRASES.put(r, new String[] {thirdPerson, base});
    }

    /** {@code "late 2011" (2011-09-01..2011-12-31)}: the label in quotes and the covered days. */
    static String when(When w) {
        return quoted(w.label()) + " (" + days(w) + ")";
    }

    /** {@code 2011-09-01..2011-12-31}, {@code 2025-09-03} for one day, {@code ..2010-12-31} when open. */
    static String days(When w) {
        return days(w.earliestDay(), w.latestDay());
    }

    static String days(LocalDate first, LocalDate last) {
        if (first.equals(last)) {
            return first.toString();
        }
        return (first.equals(LocalDate.MIN) ? "" : first.toString()) + ".."
                + (last.equals(LocalDate.MAX) ? "" : last.toString());
    }

    /** {@code parade-2015 [3 Sep 2015] Victory Day parade (parade)} followed by the covered days. */
    static String event(Event e) {
        return e.toString() + " (" + days(e.when()) + ")";
    }

    /** Events one a line, indented, as AssertJ lists elements. */
    static String events(Iterable<? extends Event> events) {
        List<String> lines = new ArrayList<>();
        for (Event e : events) {
            lines.add("  " + event(e));
        }
        return lines.isEmpty() ? "  (no events)" : String.join(System.lineSeparator(), lines);
    }

    /** {@code 1 event}, {@code 3 events}. */
    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** {@code 2011 mod END ("late 2011")}: the TIMEX3 value, its mod if any, and the label. */
    static String timex(TimexValue v) {
        return v.timexValue() + v.timexMod().map(m -> " mod " + m).orElse("") + " (" + quoted(v.label()) + ")";
    }

    static String quoted(String s) {
        return "\"" + s + "\"";
    }

    /**
     * What does hold between {@code a} and {@code b}: {@code "2011" is certainly after "2010"} when one relation is
     * possible, else whether they may share days and every relation they may have, such as
     * {@code they possibly overlap: "late 2011" may be before, ... or have at its end "December 2011"}.
     */
    static String relation(When a, When b) {
        EnumSet<AllenRelation> possible = a.possibleRelationsTo(b);
        String la = quoted(a.label());
        String lb = quoted(b.label());
        if (possible.size() == 1) {
            String third = PHRASES.get(possible.iterator().next())[0];
            String certainly = third.startsWith("is ") ? "is certainly " + third.substring(3) : "certainly " + third;
            return la + " " + certainly + " " + lb;
        }
        boolean all = possible.stream().allMatch(AllenRelation::sharesDays);
        boolean any = possible.stream().anyMatch(AllenRelation::sharesDays);
        String overlap = all ? "they certainly overlap" : any ? "they possibly overlap" : "they do not overlap";
        List<String> bases = possible.stream().map(r -> PHRASES.get(r)[1]).collect(Collectors.toList());
        String list = String.join(", ", bases.subList(0, bases.size() - 1)) + " or " + bases.get(bases.size() - 1);
        return overlap + ": " + la + " may " + list + " " + lb;
    }
}
