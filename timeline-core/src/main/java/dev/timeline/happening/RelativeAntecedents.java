package dev.timeline.happening;

import com.google.common.collect.ImmutableSet;
import dev.timeline.text.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which noun a relative clause after "N1 of N2" tells of. By default the nearer one, N2: "the owner and operator of the
 * oil rig that exploded" (the rig exploded), "the epicentre of the quake, which occurred at 8:30", "the hands of the
 * new Congress that will be elected". The whole phrase when N1 counts N2 ("one of the men who died", "thousands of
 * people who fled"), when N2 is a number or a date ("a girl of 16 who", "the cyclone of the season, which"), when the
 * phrase is a name ("the Bank of New York, which"), when the verb causes something a happening causes ({@code
 * causal-verbs.txt}: "the shelling of the town that killed 20 people"), when the verb says the subject took place and
 * only N1 names a happening ("the last eruption of the volcano, which occurred in 1993"), and when the verb agrees in
 * number with N1 and not with N2 ("the camps of the region, which were taken"; the other way round it takes N2). Read
 * on 35 such clauses of the working sets, this picks the noun a reader picks in 33, taking N1 always picked it in 21.
 */
final class RelativeAntecedents {
    /** Nouns and determiners that count what their "of" phrase names: "one of", "thousands of", "most of". */
    private static final Set<String> QUANTITIES = Set.of("one", "some", "many", "most", "all", "each", "none",
            "several", "both", "any", "few", "either", "neither", "half", "majority", "number", "millions",
            "thousands", "hundreds", "dozens", "tens", "scores", "handful", "string", "series", "chain", "wave");
    /**
     * Nouns of time that an "of" phrase places its noun in ("the first named cyclone of the season, which"): the
     * periods of the calendar ({@code calendar-periods.txt}) and a few more.
     */
    private static final Set<String> TIME_NOUNS = ImmutableSet.<String>builder()
            .addAll(TitleSubjects.CALENDAR_PERIODS).add("week", "day", "era", "time").build();
    /** Verb lemmas whose subject is the cause of what they tell: "the shelling of the town that killed 20 people". */
    private static final Set<String> CAUSAL = Lexicons.firstColumn("causal-verbs.txt");
    /** Verb lemmas that say their subject took place: only a happening does. */
    private static final Set<String> OCCURRENCE_VERBS = Set.of("occur", "happen");
    /** Endings of nouns made of verbs that name what happened: "eruption", "explosion", "agreement". */
    private static final java.util.regex.Pattern HAPPENING_ENDING = java.util.regex.Pattern.compile(
            "(?:tion|sion|ment)s?$");
    private static final Set<String> SINGULAR_VERBS = Set.of("was", "is", "has", "'s");
    private static final Set<String> PLURAL_VERBS = Set.of("were", "are", "have");

    private RelativeAntecedents() {
    }

    /**
     * Whether the antecedent of the relative clause whose verb group starts at {@code g} takes in the noun before the
     * "of" at {@code of}, the phrase after it ending at {@code end}; {@code covered} marks the tokens of dates.
     */
    static boolean crossesOf(List<Token> tokens, int of, int end, int g, boolean[] covered) {
        Token n1 = tokens.get(of - 1);
        Token first = tokens.get(of + 1);
        // "the Beijing Summit of the Forum on China-Africa Cooperation that opened": a name's article is no part of it
        Token firstWord = first.pos().equals("DT") && of + 2 < end ? tokens.get(of + 2) : first;
        int verb = number(tokens.get(g));
        int before = number(n1);
        int after = number(tokens.get(end - 1));
        if (verb != 0 && before != 0 && after != 0 && before != after) {
            return verb == before; // "the camps of the region, which were taken"
        }
        return QUANTITIES.contains(Phrases.low(n1)) || n1.pos().equals("CD") || first.pos().equals("CD")
                || covered[of + 1] || covered[end - 1] || TIME_NOUNS.contains(Phrases.low(tokens.get(end - 1)))
                || Character.isUpperCase(n1.text().charAt(0)) && Character.isUpperCase(firstWord.text().charAt(0))
                || CAUSAL.contains(mainVerb(tokens, g).lemma().toLowerCase(Locale.ROOT))
                || occurs(tokens, g) && happeningNoun(n1) && !happeningNoun(tokens.get(end - 1));
    }

    /**
     * Whether the verb group at {@code g} says that its subject took place ("occurred", "will take place"), which
     * only a happening does: "the last eruption of the volcano, which occurred in 1993" is the eruption's.
     */
    private static boolean occurs(List<Token> tokens, int g) {
        Token verb = mainVerb(tokens, g);
        String lemma = verb.lemma().toLowerCase(Locale.ROOT);
        return OCCURRENCE_VERBS.contains(lemma) || lemma.equals("take") && verb.index() + 1 < tokens.size()
                && Phrases.low(tokens.get(verb.index() + 1)).equals("place");
    }

    /** Whether {@code t} names a happening: a hazard ("the blast") or a noun made of a verb ("eruption"). */
    private static boolean happeningNoun(Token t) {
        String low = Phrases.low(t);
        return t.isNoun() && (NounTitles.isHazard(t) || HAPPENING_ENDING.matcher(low).find());
    }

    /** 1 for a singular noun or verb, 2 for a plural one, 0 when the word does not tell. */
    static int number(Token t) {
        String pos = t.pos();
        String low = Phrases.low(t);
        if (pos.equals("VBZ") || SINGULAR_VERBS.contains(low) || pos.equals("NN") || pos.equals("NNP")) {
            return 1;
        }
        return pos.equals("VBP") || PLURAL_VERBS.contains(low) || pos.equals("NNS") || pos.equals("NNPS") ? 2 : 0;
    }

    /** The last verb of the verb group that starts at {@code g}: "has killed", "will also be elected". */
    private static Token mainVerb(List<Token> tokens, int g) {
        Token last = tokens.get(g);
        for (int k = g + 1; k < tokens.size() && (tokens.get(k).isVerb() || tokens.get(k).pos().startsWith("RB"));
                k++) {
            if (tokens.get(k).isVerb()) {
                last = tokens.get(k);
            }
        }
        return last;
    }
}
