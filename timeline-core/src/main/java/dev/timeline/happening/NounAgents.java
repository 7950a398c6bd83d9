package dev.timeline.happening;

import dev.timeline.text.AnalyzedText;
import dev.timeline.text.Sentence;
import dev.timeline.text.Token;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Who does a happening that a noun names when someone does it with or to others ({@code agent-nouns.txt}: "visit",
 * "talks", "meeting"): a name before the noun or in its "of" phrase ("Boris Yeltsin's visit to Germany", "the visit
 * of the French president"), else the named subject of the clause the noun phrase stands in ("Gingrich told Jiang
 * during a visit to China": Gingrich's visit). A name after "to" or "with" says where or with whom, not who ("a trip
 * to North Carolina" names nobody who travels). Stateless.
 */
final class NounAgents {
    private static final Set<String> AGENT_NOUNS = Lexicons.firstColumn("agent-nouns.txt");
    /** Prepositions that set a noun phrase into a clause as an adverbial: "during a visit", "on his third trip". */
    private static final Set<String> ADVERBIAL = Set.of("during", "on", "in", "at", "for", "after", "before", "ahead",
            "following");
    /** The farthest a clause's verb may stand from the preposition of the noun phrase, in tokens. */
    private static final int REACH = 12;

    private NounAgents() {
    }

    /** Whether {@code noun} is one of {@code agent-nouns.txt}, in any case. */
    static boolean needsAgent(Token noun) {
        return needsAgent(noun.text());
    }

    /** Whether the word {@code noun} is one of {@code agent-nouns.txt}, in any case. */
    static boolean needsAgent(String noun) {
        return AGENT_NOUNS.contains(noun.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether the noun phrase of tokens {@code [from, to)} with its noun at {@code head} names who does it: a proper
     * noun before the noun (not a place's name before a journey: "a Washington visit"), or in a phrase of "of" or "by"
     * after it.
     */
    static boolean namesTheAgent(List<Token> tokens, int from, int head, int to) {
        boolean of = false;
        boolean travel = TRAVELS.contains(tokens.get(head).lowerLemma());
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (i > head && t.pos().equals("IN")) {
                of = Phrases.low(t).equals("of") || Phrases.low(t).equals("by"); // "a visit by the Polish premier"
            } else if ((i < head || of) && t.pos().startsWith("NNP") && !(i < head && travel && isPlaceName(t))) {
                return true;
            }
        }
        return false;
    }

    /** Nouns of a journey, which a place's name before them names the end of: "a Houston visit", "his Paris trip". */
    private static final Set<String> TRAVELS = Set.of("visit", "trip", "tour", "stopover", "journey");

    /** Whether {@code t} is the name of a place itself, not its demonym ("Houston", "China"; not "Chinese"). */
    private static boolean isPlaceName(Token t) {
        return Gazetteer.place(t.text()).filter(place -> place.equalsIgnoreCase(t.text())).isPresent();
    }

    /**
     * The named subject of the clause whose adverbial the noun phrase starting at token {@code from} is ("Gingrich
     * told President Jiang Zemin [during a visit to China]"): the phrase follows a preposition of {@link #ADVERBIAL},
     * the clause's verb stands before it with no clause boundary or infinitive between, no "its" or "their" says the
     * happening is someone else's, and the subject opens with a proper noun.
     */
    static Optional<String> clauseAgent(AnalyzedText text, Sentence s, int from, boolean[] covered,
            ClauseTitles.Names names) {
        List<Token> tokens = text.tokens();
        int preposition = from - 1;
        while (preposition >= s.firstToken() && (covered[preposition]
                || tokens.get(preposition).pos().startsWith("JJ") || tokens.get(preposition).pos().equals("DT")
                || tokens.get(preposition).pos().equals("PRP$") || tokens.get(preposition).pos().equals("CD"))) {
            preposition--; // "during a Tuesday meeting", "on his third trip"
        }
        if (preposition < s.firstToken() || !ADVERBIAL.contains(Phrases.low(tokens.get(preposition)))) {
            return Optional.empty();
        }
        for (int k = preposition + 1; k < from; k++) {
            String owner = Phrases.low(tokens.get(k));
            if (owner.equals("its") || owner.equals("their")) {
                return Optional.empty(); // "urged OPEC to act at its next meeting": the meeting is OPEC's
            }
        }
        for (int i = preposition - 1; i >= s.firstToken() && preposition - i <= REACH; i--) {
            Token t = tokens.get(i);
            if (Phrases.CLAUSE_WORDS.contains(Phrases.low(t)) || t.text().equals(";") || t.pos().equals("WDT")
                    || t.pos().equals("WP") || t.pos().equals("TO") && tokens.get(i + 1).pos().equals("VB")) {
                return Optional.empty(); // "urged OPEC [to take measures] at its meeting": the infinitive's subject
            }
            if (!Phrases.isFiniteOrModal(t)) {
                continue;
            }
            int g = i;
            while (g - 1 >= s.firstToken() && (Phrases.isFiniteOrModal(tokens.get(g - 1))
                    || tokens.get(g - 1).pos().equals("RB"))) {
                g--; // "will hold", "had earlier sent"
            }
            return ClauseSubjects.before(text, s, g, true, covered, names)
                    .filter(subject -> tokens.get(subject.start()).pos().startsWith("NNP"))
                    .map(ClauseSubjects.Subject::text);
        }
        return Optional.empty();
    }
}
