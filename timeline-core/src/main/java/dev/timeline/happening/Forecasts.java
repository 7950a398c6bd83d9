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
}
