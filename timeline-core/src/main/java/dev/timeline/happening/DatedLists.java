package dev.timeline.happening;

import dev.timeline.tag.Mention;
import dev.timeline.text.AnalyzedText;
import dev.timeline.text.Sentence;
import dev.timeline.text.Token;
import java.lang.ref.WeakReference;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lines that open on a date before a colon or a dash: the items of a dated list, which tell their happenings in the
 * present ("Sept. 7: U.S. government seizes Fannie Mae and Freddie Mac"), and the captions of a page's photographs,
 * which date pictures, not happenings ("May 1: Birds fly past oil booms"). A list of key dates runs in order, day after
 * day; a gallery's captions stand alone, or two or three with the newest first. So a line that opens on a month's
 * day and tells the present is a list's item only when the text holds at least {@value #MIN_LIST} such lines whose
 * days ascend. Stateless;
 * the last text's answer is kept per thread, so that asking for each event of a text costs one reading of it.
 */
final class DatedLists {
    /** What follows the date of a dated list's item: "Sept. 7: ...", "May 2 - ...". */
    private static final Set<String> LIST_MARKS = Set.of(":", "-", "--", "\u2013", "\u2014");
    /** How far into a line its first verb is sought, in tokens. */
    private static final int VERB_REACH = 40;
    /** The fewest lines opening on a month's day, their days ascending, that make a list rather than captions. */
    static final int MIN_LIST = 3;
    /** Month names as news abbreviates them, by their lower-case form without a full stop, to the month's number. */
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("january", 1),
            Map.entry("feb", 2), Map.entry("february", 2), Map.entry("mar", 3), Map.entry("march", 3),
            Map.entry("apr", 4), Map.entry("april", 4), Map.entry("may", 5), Map.entry("june", 6),
            Map.entry("jun", 6), Map.entry("july", 7), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("august", 8), Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("september", 9),
            Map.entry("oct", 10), Map.entry("october", 10), Map.entry("nov", 11), Map.entry("november", 11),
            Map.entry("dec", 12), Map.entry("december", 12));
    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("(?:1[89]|20)\\d\\d");
    private static final ThreadLocal<Last> LAST = ThreadLocal.withInitial(() -> new Last(new WeakReference<>(null),
            false));

    private DatedLists() {
    }

    /** Whether {@code low}, a word in lower case, names a month, in full or as news abbreviates it ("dec."). */
    static boolean isMonth(String low) {
        return MONTHS.containsKey(low.endsWith(".") ? low.substring(0, low.length() - 1) : low);
    }

    /** Whether the time expression opens its sentence before a colon or a dash: an item or a caption. */
    static boolean opensALine(AnalyzedText text, Mention timex) {
        List<Token> covered = text.tokensIn(timex.start(), timex.end());
        if (covered.isEmpty()) {
            return false;
        }
        Token first = covered.get(0);
        int after = covered.get(covered.size() - 1).index() + 1;
        Sentence s = text.sentenceOf(first);
        return first.index() == s.firstToken() && after < s.endToken()
                && LIST_MARKS.contains(text.tokens().get(after).text());
    }

    /**
     * Whether the line that {@code timex} opens ({@link #opensALine}) is a photograph's caption: it opens on a month's
     * day and the text holds no list of at least {@value #MIN_LIST} such lines in ascending order.
     */
    static boolean caption(AnalyzedText text, Mention timex) {
        Sentence s = text.sentenceOf(text.tokensIn(timex.start(), timex.end()).get(0));
        return monthDay(text, s) > 0 && presentTense(text, s) && !holdsAList(text);
    }

    /**
     * Whether the first finite verb of {@code s} is in the present tense, as a caption's is ("Birds fly", "Oil is
     * seen"); a report's line tells the past ("August 20: A fire on the ferry killed 11 passengers").
     */
    private static boolean presentTense(AnalyzedText text, Sentence s) {
        for (int i = s.firstToken(); i < s.endToken() && i < s.firstToken() + VERB_REACH; i++) {
            String pos = text.tokens().get(i).pos();
            if (pos.equals("VBZ") || pos.equals("VBP")) {
                return true;
            }
            if (pos.equals("VBD") || pos.equals("MD")) {
                return false;
            }
        }
        return false;
    }

    private static boolean holdsAList(AnalyzedText text) {
        Last last = LAST.get();
        if (last.text.get() == text) {
            return last.list;
        }
        int run = 0;
        int previous = 0;
        boolean list = false;
        for (Sentence s : text.sentences()) {
            int day = monthDay(text, s);
            if (day > 0) {
                run = day > previous ? run + 1 : 1;
                previous = day;
                list |= run >= MIN_LIST;
            }
        }
        LAST.set(new Last(new WeakReference<>(text), list));
        return list;
    }

    /**
     * The day that opens {@code s} before a list mark, its year perhaps between, as month × 100 + day ("Sept. 7:" →
     * 907, "April 21, 2010:" → 421), or 0 if the sentence does not open so.
     */
    private static int monthDay(AnalyzedText text, Sentence s) {
        if (s.endToken() - s.firstToken() < 3) {
            return 0;
        }
        List<Token> tokens = text.tokens();
        String month = Phrases.low(tokens.get(s.firstToken()));
        Integer m = MONTHS.get(month.endsWith(".") ? month.substring(0, month.length() - 1) : month);
        String day = tokens.get(s.firstToken() + 1).text();
        int mark = s.firstToken() + 2;
        if (mark + 2 < s.endToken() && tokens.get(mark).text().equals(",")
                && YEAR.matcher(tokens.get(mark + 1).text()).matches()) {
            mark += 2; // "April 21, 2010: Fire boat crews battle the blazing rig"
        }
        if (m == null || day.isEmpty() || day.length() > 2 || !day.chars().allMatch(Character::isDigit)
                || !LIST_MARKS.contains(tokens.get(mark).text())) {
            return 0;
        }
        int d = Integer.parseInt(day);
        return d >= 1 && d <= 31 ? m * 100 + d : 0;
    }

    /** The last text asked about on a thread, held weakly, and whether it holds a list. */
    private record Last(WeakReference<AnalyzedText> text, boolean list) {
    }
}
