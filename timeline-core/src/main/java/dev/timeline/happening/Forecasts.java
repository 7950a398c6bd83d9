package dev.timeline.happening;

import dev.timeline.event.EventMention;
import dev.timeline.event.Tense;
import dev.timeline.tag.Mention;
import dev.timeline.text.AnalyzedText;
import dev.timeline.text.Sentence;
import dev.timeline.text.Token;
import java.util.List;

/**
 * Counts told in the future over a period: "60,000 Americans will die this year from cigarette-related diseases",
 * "The region will lose 20,000 jobs in 2011". A forecast of a number, not a happening a chronology lists; a count on
 * a day still is one ("Thousands will march on Saturday"). Stateless.
 */
final class Forecasts {
    /** How many words before the verb the count of its subject may stand: "60,000 [Americans this year] will die". */
    private static final int REACH = 6;

    private Forecasts() {
    }

    /**
     * Whether verb {@code e}, in the future and dated by {@code timex}, a period, has a subject that opens with a
     * number ("60,000 Americans", "Some 2,000 people"), with only nouns, adjectives, the date and the verb group
     * between.
     */
    static boolean isForecast(AnalyzedText text, EventMention e, Mention timex) {
        if (!e.token().isVerb() || e.tense() != Tense.FUTURE
                || !Measures.PERIOD_VALUE.matcher(timex.value()).matches()) {
            return false;
        }
        List<Token> tokens = text.tokens();
        Sentence s = text.sentenceOf(e.token());
        List<Token> date = text.tokensIn(timex.start(), timex.end());
        int k = e.token().index() - 1;
        while (k >= s.firstToken() && (tokens.get(k).pos().equals("MD") || tokens.get(k).pos().startsWith("RB")
                || date.contains(tokens.get(k)) || tokens.get(k).lemma().equals("be"))) {
            k--; // "will", "will also", "this year will", "will be"
        }
        int stop = Math.max(s.firstToken(), k - REACH);
        while (k >= stop && (tokens.get(k).isNoun() || tokens.get(k).pos().startsWith("JJ")
                || date.contains(tokens.get(k)))) {
            k--;
        }
        return k >= s.firstToken() && tokens.get(k).pos().equals("CD") && k < e.token().index() - 1;
    }

    /** Words that make the date after them the earliest a thing still to come may happen: "as early as Wednesday". */
    private static final java.util.regex.Pattern EARLIEST = java.util.regex.Pattern.compile(
            "(?i)\\b(?:as (?:early|soon) as|no earlier than|no sooner than)\\s+$");
    /** How many characters before its date such words are read. */
    private static final int EARLIEST_REACH = 24;

    /**
     * Whether {@code timex} is the earliest day of something forecast ("as early as Wednesday"), an infinitive between
     * them, and {@code e} is told in the past before it: "Crews prepared for the mess to make landfall as early as
     * Wednesday" dates the landfall to come, not the preparing.
     */
    static boolean earliestOfWhatIsToCome(AnalyzedText text, EventMention e, Mention timex) {
        if (e.tense() != Tense.PAST || timex.start() < e.end()) {
            return false; // "As early as February, Halliburton was getting poor results": already then
        }
        String t = text.text();
        if (!EARLIEST.matcher(t).region(Math.max(0, timex.start() - EARLIEST_REACH), timex.start()).find()) {
            return false;
        }
        // the thing to come is an infinitive between the verb and its date: "prepared for the mess to make landfall"
        List<Token> tokens = text.tokens();
        for (Token k : text.tokensIn(e.end(), timex.start())) {
            if (k.lowerText().equals("to") && k.index() + 1 < tokens.size() && tokens.get(k.index() + 1).pos()
                    .equals("VB")) {
                return true;
            }
        }
        return false;
    }
}
