package dev.timeline.happening;

import dev.timeline.event.AnchorRelation;
import dev.timeline.event.TimeAnchor;
import dev.timeline.tag.Mention;
import dev.timeline.tag.TimexType;
import dev.timeline.text.AnalyzedText;
import dev.timeline.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The date of an event that the anchorer placed in a phrase fronted before its clause: "Notorious for a brawl in
 * Lisbon [three years ago], the striker was arrested outside a nightclub in January" is placed three years back, but
 * the phrase tells of the brawl. When a date follows the event in its own clause, that date takes the place of the
 * phrase's; a fronted date alone ("Three years ago, the striker was arrested") and a phrase with no date after the
 * event ("During a visit last week, the minister met ...") keep theirs. So does the day of a saying that tells the
 * event's clause ("Police said [Monday] that gunmen shot the mayor of Jaffna on Sunday"), and the year of an edition
 * ("will be honoured at the [2026] Galas in Vienna on March 3"), the date of a participle phrase on the subject ("Three
 * men released [on Saturday] arrived in Velo on Sunday"), and a date's possessive that dates a noun of the
 * event's object ("arrested the gunman in [Sunday]'s shooting on Tuesday"). A frequency ("daily operations") gives way
 * to the day of a saying before the event ("said Friday that Hayward is handing over daily operations"). Stateless.
 */
final class FrontedPhraseAnchors {
    /** Words before a date that make it a bound or a deadline: "from February", "until May", "by March". */
    private static final Set<String> BOUNDS = Set.of("from", "until", "till", "to", "by", "since", "through",
            "before", "after");

    /**
     * Whether {@code timex} lies in the dateline or byline that opens its sentence, which page furniture cuts off
     * ({@link ArticleProse#articleStart}): "July 15, 2010 - 7:48 AM | by : Ana Ruiz Pressure testing ran into a snag
     * overnight" dates the page, and "overnight" the snag.
     */
    static boolean inThePagesPrefix(AnalyzedText text, Mention timex) {
        List<Token> covered = text.tokensIn(timex.start(), timex.end());
        return !covered.isEmpty()
                && timex.end() <= ArticleProse.articleStartOffset(text, text.sentenceOf(covered.get(0)));
    }

    /** The value of a day: "2015-01-20". */
    private static final java.util.regex.Pattern DAY = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private FrontedPhraseAnchors() {
    }

    /**
     * {@code anchors} with each anchor to a date inside a fronted phrase replaced by one to the date that follows its
     * event in its clause ({@link LengthAnchors#dateAfter}); the others as they were. {@code timexes} are the text's
     * expressions in text order.
     */
    static List<TimeAnchor> dated(AnalyzedText text, List<TimeAnchor> anchors, List<Mention> timexes) {
        List<TimeAnchor> out = new ArrayList<>(anchors.size());
        for (TimeAnchor a : anchors) {
            if (a.timex().type() == TimexType.SET) {
                // "said Friday that Hayward is handing over daily operations": a frequency is no day; the saying's is
                Mention said = sayingsDate(text, a, timexes);
                out.add(said == null ? a : new TimeAnchor(a.event(), said, AnchorRelation.IS_INCLUDED, a.confidence()));
                continue;
            }
            boolean fronted = inAFrontedPhrase(text, a.timex(), a.event().token());
            if (fronted && comparison(text, a.event().token())) {
                // "Unlike the earthquake in Quorra in January, the spill has drawn few donations": the phrase's date
                // is what the event is set against; only a date after the event dates it
                Mention after = LengthAnchors.dateAfter(text, a, timexes);
                if (after != null && after.type() == TimexType.DATE) {
                    out.add(new TimeAnchor(a.event(), after, AnchorRelation.IS_INCLUDED, a.confidence()));
                }
                continue;
            }
            Mention date = fronted
                    || inAnAsideBeforeItsVerb(text, a.timex(), a.event().token())
                    || inAParticiplePhraseBeforeItsVerb(text, a.timex(), a.event().token())
                    || ReportedHappenings.datesASayingBefore(text, a.timex(), a.event().token().index())
                    || AnchorDates.yearBeforeAName(text, a.timex())
                    ? LengthAnchors.dateAfter(text, a, timexes) : null;
            if (date == null && inThePagesPrefix(text, a.timex())) {
                // the dateline's date gives way to one of the clause, not to a noun's ("the April oil spill")
                date = LengthAnchors.dateAfter(text, a, timexes);
                date = date != null && DateOwners.modifiesANoun(text, date) ? null : date;
            }
            if (date == null && possessiveAfterItsVerb(text, a.timex(), a.event().token())) {
                // "left Wednesday's game in the first quarter": only a day after it dates the verb instead
                date = LengthAnchors.dateAfter(text, a, timexes);
                date = date != null && DAY.matcher(date.value()).lookingAt() ? date : null;
            }
            out.add(date == null || date.type() != TimexType.DATE || bounds(text, date) ? a
                    : new TimeAnchor(a.event(), date, AnchorRelation.IS_INCLUDED, a.confidence()));
        }
        return out;
    }

    /**
     * The date of a verb of saying before the event of {@code a} in its sentence, right after the verb ("said
     * [Friday] that"), or null.
     */
    private static Mention sayingsDate(AnalyzedText text, TimeAnchor a, List<Mention> timexes) {
        Token event = a.event().token();
        int first = text.sentenceOf(event).firstToken();
        for (int i = event.index() - 1; i >= first; i--) {
            Mention m = LengthAnchors.mentionAt(timexes, text.tokens().get(i).start());
            if (m != null && m.type() == TimexType.DATE
                    && ReportedHappenings.datesASayingBefore(text, m, event.index())) {
                return m;
            }
        }
        return null;
    }

    /**
     * Whether {@code date} follows a word that makes it a bound of a range, a deadline or an order ("cut output from
     * February", "by March"), not the day the event took place.
     */
    private static boolean bounds(AnalyzedText text, Mention date) {
        List<Token> own = text.tokensIn(date.start(), date.end());
        int before = own.isEmpty() ? -1 : own.get(0).index() - 1;
        return before >= 0 && BOUNDS.contains(text.tokens().get(before).lowerText());
    }

    /**
     * Whether {@code timex} lies in a phrase that opens the sentence of verb {@code event}, has no verb in a tense and
     * ends in a comma, after which the event's clause begins with no other verb in a tense before the event's own
     * group; the phrase is more than the date and its preposition ({@link
     * ArticleProse#opensTheSentenceWithItsComma}). "Notorious for a brawl [three years ago], the striker was
     * arrested".
     */
    static boolean inAFrontedPhrase(AnalyzedText text, Mention timex, Token event) {
        List<Token> tokens = text.tokens();
        List<Token> own = text.tokensIn(timex.start(), timex.end());
        if (own.isEmpty() || own.get(0).index() >= event.index() || !event.isVerb()
                || ArticleProse.opensTheSentenceWithItsComma(text, timex)) {
            return false;
        }
        int start = ArticleProse.articleStart(text, text.sentenceOf(event));
        int comma = -1;
        for (int i = start; i < event.index(); i++) {
            Token t = tokens.get(i);
            if (t.text().equals(",")) {
                comma = comma < 0 && i > own.get(own.size() - 1).index() ? i : comma;
            } else if (Phrases.isFiniteOrModal(t) && !(comma >= 0 && inTheGroupOf(tokens, i, event.index()))) {
                return false; // a clause of its own before the event's, or a verb of the phrase
            }
        }
        return comma >= 0;
    }

    /** Words that open a phrase of comparison: "Unlike the earthquake in January, ...", "Like the strike in March". */
    private static final Set<String> COMPARISONS = Set.of("unlike", "like");
    /** Words that open a phrase of comparison in two: "As with", "Compared with", "Compared to". */
    private static final Set<String> COMPARISON_PAIRS = Set.of("as with", "compared with", "compared to",
            "in contrast to", "similar to");

    /**
     * Whether the sentence of {@code event} opens with a phrase of comparison: its dates tell what the event is set
     * against, not when it happened ("Unlike the earthquake in Quorra in January, the spill has drawn few donations").
     */
    private static boolean comparison(AnalyzedText text, Token event) {
        List<Token> tokens = text.tokens();
        int start = ArticleProse.articleStart(text, text.sentenceOf(event));
        if (start >= event.index()) {
            return false;
        }
        String first = tokens.get(start).lowerText();
        String pair = start + 2 < event.index() ? first + " " + tokens.get(start + 1).lowerText()
                + (first.equals("in") ? " " + tokens.get(start + 2).lowerText() : "") : "";
        return COMPARISONS.contains(first) || COMPARISON_PAIRS.contains(pair);
    }

    /**
     * Whether {@code timex} lies in a relative clause that a comma and "who" or "which" open and a comma closes right
     * before the verb group of {@code event}: "Ortiz, who has lived in Spain [since 1990], was detained in Madrid in
     * May 2008" (the aside tells of Ortiz, not of the detention).
     */
    static boolean inAnAsideBeforeItsVerb(AnalyzedText text, Mention timex, Token event) {
        List<Token> tokens = text.tokens();
        List<Token> own = text.tokensIn(timex.start(), timex.end());
        if (own.isEmpty() || own.get(0).index() >= event.index() || !event.isVerb()) {
            return false;
        }
        int close = own.get(own.size() - 1).index() + 1;
        while (close < event.index() && !tokens.get(close).text().equals(",")) {
            close++;
        }
        return close < event.index() && inTheGroupOf(tokens, close + 1, event.index())
                && ClauseBoundaries.inARelativeAsideBefore(tokens, text.sentenceOf(event), own.get(0).index(),
                        event.index());
    }

    /**
     * Whether {@code timex} lies in a participle phrase on the subject of {@code event}, between the participle right
     * after its noun and the event's verb group, no other verb in a tense between: "Three men released from Tarn
     * [on Saturday] arrived in Velo on Sunday" (the release was on Saturday, the arrival on Sunday).
     */
    static boolean inAParticiplePhraseBeforeItsVerb(AnalyzedText text, Mention timex, Token event) {
        List<Token> tokens = text.tokens();
        List<Token> own = text.tokensIn(timex.start(), timex.end());
        if (own.isEmpty() || own.get(0).index() >= event.index() || !event.isVerb()) {
            return false;
        }
        for (int k = own.get(own.size() - 1).index() + 1; k < event.index(); k++) {
            Token t = tokens.get(k);
            if (Phrases.isFiniteOrModal(t) && !inTheGroupOf(tokens, k, event.index()) || opensAClause(t)) {
                return false; // "Men freed on Saturday said they arrived", "and the Germans took": another clause's
            }
        }
        int start = text.sentenceOf(event).firstToken();
        for (int i = own.get(0).index() - 1; i > start; i--) {
            Token t = tokens.get(i);
            if (t.pos().equals("VBN") || t.pos().equals("VBD")) {
                // a past with its object after it is the verb of a clause: "The British established a protectorate"
                boolean participle = t.pos().equals("VBN") || tokens.get(i + 1).pos().equals("IN")
                        || tokens.get(i + 1).pos().equals("RB") || i + 1 == own.get(0).index();
                return participle && tokens.get(i - 1).isNoun();
            }
            if (Phrases.isFiniteOrModal(t) || opensAClause(t)) {
                return false;
            }
        }
        return false;
    }

    /** Whether {@code t} opens another clause: a clause word, a conjunction or a personal pronoun. */
    private static boolean opensAClause(Token t) {
        return Phrases.CLAUSE_WORDS.contains(Phrases.low(t)) || t.pos().equals("CC") || t.pos().equals("PRP");
    }

    /**
     * Whether {@code timex} is a possessive that dates a noun after the verb of {@code event}: "arrested the gunman in
     * [Sunday]'s shopping mall shooting on Tuesday" (the shooting was on Sunday, the arrest on Tuesday).
     */
    static boolean possessiveAfterItsVerb(AnalyzedText text, Mention timex, Token event) {
        List<Token> tokens = text.tokens();
        List<Token> own = text.tokensIn(timex.start(), timex.end());
        if (own.isEmpty() || own.get(0).index() <= event.index() || !event.isVerb()) {
            return false;
        }
        int after = own.get(own.size() - 1).index() + 1;
        return after + 1 < tokens.size() && tokens.get(after).pos().equals("POS")
                && (tokens.get(after + 1).isNoun() || tokens.get(after + 1).pos().startsWith("JJ"));
    }

    /** Whether the auxiliaries from {@code i} run up to the event at {@code event}: "was [arrested]", "has been". */
    private static boolean inTheGroupOf(List<Token> tokens, int i, int event) {
        for (int k = i; k < event; k++) {
            String lemma = tokens.get(k).lemma();
            if (!(lemma.equals("be") || lemma.equals("have") || tokens.get(k).pos().equals("MD")
                    || tokens.get(k).pos().equals("RB"))) {
                return false;
            }
        }
        return true;
    }
}
