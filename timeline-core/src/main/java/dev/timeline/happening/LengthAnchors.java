package dev.timeline.happening;

import dev.timeline.event.AnchorRelation;
import dev.timeline.event.TimeAnchor;
import dev.timeline.tag.Mention;
import dev.timeline.tag.TimexType;
import dev.timeline.text.AnalyzedText;
import dev.timeline.text.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * The date of an event that the anchorer placed at a length: "Conrad Murray was sentenced to [four years] in prison on
 * Tuesday" is placed at "four years" (TimeML's DURING), and the chronology, which dates happenings, would lose it. The
 * date that follows the event in its clause takes the place of the length, as it would have without it ("sentenced to
 * prison on Tuesday"), and of a date that only modifies a noun of its object ("sealed an agreement on a 2026-2030 farm
 * budget on Saturday"), and of a day its verb declares ("on Thursday declared Saturday a day of mourning"). A length
 * after a first ("won control of the Senate for the first time in 20 years on Tuesday")
 * says since when, and the title keeps it ({@link #sinceAFirst}). Stateless.
 */
final class LengthAnchors {
    /** How many words before an event noun its modifiers may stand: "his [first] visit". */
    private static final int MODIFIERS = 3;
    /** How many words before its "in" the first of a length since a first may stand: "the first time in". */
    private static final int FIRST_REACH = 6;
    /** How far after the event the date may stand, in words. */
    private static final int REACH = 12;

    private LengthAnchors() {
    }

    /**
     * {@code anchors} with each anchor to a length replaced by one to the date or time that follows its event
     * within {@value #REACH} words, in its sentence, with no comma, clause word or other finite verb between; the
     * others, and those with no such date, as they were. {@code timexes} are the text's expressions in text order.
     */
    static List<TimeAnchor> dated(AnalyzedText text, List<TimeAnchor> anchors, List<Mention> timexes) {
        List<TimeAnchor> out = new ArrayList<>(anchors.size());
        for (TimeAnchor a : anchors) {
            // "sank two days later": counted from the date before
            Mention date = LaterDates.countedTo(text, a.timex(), timexes);
            if (date == null && a.timex().type() == TimexType.DURATION) {
                date = dateAfter(text, a, timexes);
            }
            if (date == null && a.timex().type() == TimexType.DURATION) {
                date = frontedDate(text, a, timexes); // "On Saturday, the militia gave the army one week"
            }
            if (date == null && a.timex().type() == TimexType.DURATION) {
                date = dayBeforeItsLength(text, a, timexes); // "on Friday after a two-hour meeting"
            }
            if (date == null && a.timex().type() == TimexType.DATE && DateOwners.modifiesANoun(text, a.timex())) {
                // "sealed an agreement on a [2026]-2030 farm budget on Saturday": the budget's years, the deal's day
                Mention later = dateAfter(text, a, timexes);
                date = later == null || DateOwners.modifiesANoun(text, later) ? null : later;
            }
            if (date == null && AnchorDates.declaredDay(text, a.timex())) {
                // "on Thursday declared Saturday a day of mourning": the day declared, the declaring's on Thursday
                date = AnchorDates.nearestOtherDate(text, a, timexes);
            }
            out.add(date == null ? a : new TimeAnchor(a.event(), date, AnchorRelation.IS_INCLUDED, a.confidence()));
        }
        return out;
    }

    /**
     * Whether length {@code m} follows "in" after a first or a superlative of its sentence, at most {@value
     * #FIRST_REACH} words before and no comma between ("won control for the first time in [20 years]", "his first
     * visit to China in [six years]", "the biggest losses in [30 years]"): it says since when, which a title keeps,
     * since without it the first would be no first; it dates nothing.
     */
    static boolean sinceAFirst(AnalyzedText text, Mention m) {
        return m.type() == TimexType.DURATION && firstBefore(text, m) >= 0;
    }

    /** Whether a verb of its sentence stands before the first that length {@code m} follows ({@link #sinceAFirst}). */
    static boolean afterAVerb(AnalyzedText text, Mention m) {
        int first = firstBefore(text, m);
        for (int i = first - 1; i >= text.sentenceOf(text.tokens().get(first)).firstToken(); i--) {
            if (text.tokens().get(i).isVerb()) {
                return true;
            }
        }
        return false;
    }

    /** The index of the first or superlative that length {@code m} follows ({@link #sinceAFirst}), or -1. */
    private static int firstBefore(AnalyzedText text, Mention m) {
        List<Token> tokens = text.tokens();
        List<Token> own = text.tokensIn(m.start(), m.end());
        int at = own.isEmpty() ? -1 : own.get(0).index() - 1;
        if (at < 0 || !tokens.get(at).lowerText().equals("in")) {
            return -1;
        }
        int from = Math.max(text.sentenceOf(own.get(0)).firstToken(), at - FIRST_REACH);
        for (int i = at - 1; i >= from && !tokens.get(i).text().equals(","); i--) {
            if (tokens.get(i).lowerText().equals("first") || tokens.get(i).pos().equals("JJS")) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether {@code title} keeps the first of a length of {@code sinceFirsts} ({@link #sinceAFirst}) but not the
     * length: "raises its key interest rates for the first time", cut before "in five years", says a first that was
     * none.
     */
    static boolean cutsItsFirst(AnalyzedText text, List<Mention> sinceFirsts, ClauseTitles.Title title) {
        for (Mention m : sinceFirsts) {
            int first = firstBefore(text, m);
            Token t = text.tokens().get(first);
            if (t.start() >= title.start() && t.end() <= title.end() && m.end() > title.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The date or time that follows the event of {@code a} after its expression, within {@value #REACH} words of the
     * later of the two in its sentence, with no comma, clause word or other finite verb between; null if none. A date
     * that modifies the noun after it gives way to a later one ("at the [2007] Oscars in Hollywood on February 25").
     */
    static Mention dateAfter(AnalyzedText text, TimeAnchor a, List<Mention> timexes) {
        Token event = a.event().token();
        List<Token> anchor = text.tokensIn(a.timex().start(), a.timex().end());
        // after a length, the reach counts from the length: "won control of the Senate for the first time in 20 years"
        int from = anchor.isEmpty() ? event.index() : Math.max(event.index(), anchor.get(anchor.size() - 1).index());
        int end = Math.min(text.sentenceOf(event).endToken(), from + 1 + REACH);
        List<Token> tokens = text.tokens();
        Mention modifier = null;
        for (int i = event.index() + 1; i < end; i++) {
            Token t = tokens.get(i);
            if (t.start() >= a.timex().end()) {
                Mention m = mentionAt(timexes, t.start());
                if (m != null && (m.type() == TimexType.DATE || m.type() == TimexType.TIME)) {
                    List<Token> own = text.tokensIn(m.start(), m.end());
                    if (!anchor.isEmpty() && own.get(0).index() == anchor.get(anchor.size() - 1).index() + 2
                            && tokens.get(own.get(0).index() - 1).lowerText().equals("of")) {
                        return null; // "in the first 10 months of this year": the length's own frame dates nothing
                    }
                    int next = own.get(own.size() - 1).index() + 1;
                    if (modifier != null || next >= end || !tokens.get(next).isNoun()) {
                        return m;
                    }
                    modifier = m;
                    i = next - 1;
                    continue;
                }
            }
            if (t.text().equals(",") || Phrases.CLAUSE_WORDS.contains(Phrases.low(t)) || Phrases.isFiniteOrModal(t)) {
                return modifier;
            }
        }
        return modifier;
    }

    /**
     * The date or time that opens the sentence of {@code a}'s event, after a preposition or alone, closed by a comma
     * ({@link ArticleProse#opensTheSentenceWithItsComma}: "On Saturday, the Eastern Front gave the army one week to
     * pull back"), when the event is the first verb in a tense after it: the fronted date dates that clause; null if
     * none.
     */
    private static Mention frontedDate(AnalyzedText text, TimeAnchor a, List<Mention> timexes) {
        Token event = a.event().token();
        List<Token> tokens = text.tokens();
        if (!Phrases.isFiniteOrModal(event)) {
            return null;
        }
        int start = ArticleProse.articleStart(text, text.sentenceOf(event));
        for (int at = start; at <= start + 1 && at < event.index(); at++) {
            Mention m = mentionAt(timexes, tokens.get(at).start());
            if (m == null || !(m.type() == TimexType.DATE || m.type() == TimexType.TIME)
                    || !ArticleProse.opensTheSentenceWithItsComma(text, m)) {
                continue;
            }
            List<Token> own = text.tokensIn(m.start(), m.end());
            int comma = own.get(own.size() - 1).index() + 1;
            for (int i = comma + 1; i < event.index(); i++) {
                if (Phrases.isFiniteOrModal(tokens.get(i))) {
                    return null; // "On Monday, BP said it spent $350 million": the date is the saying's
                }
            }
            return comma < event.index() ? m : null;
        }
        return null;
    }

    /**
     * The expression of {@code timexes} (in text order, not overlapping) that starts at offset {@code start}, or null:
     * a binary search, so that a long text with many lengths stays linear.
     */
    /** How many words before a length that modifies its event noun a day may stand to date the noun. */
    private static final int DAY_REACH = 6;

    /**
     * The day that stands at most {@value #DAY_REACH} words before a length that modifies the event noun right after
     * it, with no comma between: "spoke to reporters on [Friday] after a two-hour meeting with the governor" (how long
     * the meeting took, not when); null if none.
     */
    private static Mention dayBeforeItsLength(AnalyzedText text, TimeAnchor a, List<Mention> timexes) {
        Token event = a.event().token();
        List<Token> own = text.tokensIn(a.timex().start(), a.timex().end());
        if (own.isEmpty() || !event.isNoun() || own.get(own.size() - 1).index() + 1 != event.index()) {
            return null;
        }
        List<Token> tokens = text.tokens();
        int first = text.sentenceOf(event).firstToken();
        for (int i = own.get(0).index() - 1; i >= first && i >= own.get(0).index() - DAY_REACH; i--) {
            if (tokens.get(i).text().equals(",")) {
                return null;
            }
            Mention m = mentionAt(timexes, tokens.get(i).start());
            if (m != null && m.type() == TimexType.DATE) {
                return m;
            }
        }
        return null;
    }

    static Mention mentionAt(List<Mention> timexes, int start) {
        int lo = 0;
        int hi = timexes.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int at = timexes.get(mid).start();
            if (at == start) {
                return timexes.get(mid);
            }
            if (at < start) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return null;
    }
}
