package dev.timeline.happening;

import dev.timeline.event.EventMention;
import dev.timeline.text.AnalyzedText;
import dev.timeline.text.Sentence;
import dev.timeline.text.Token;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Answers to what others say: a verb of {@code response-verbs.txt} whose object is headed by a noun of {@code
 * talk-nouns.txt} ("Temasek dismissed talk of a bid", "The Daily Mail raised the possibility of an engagement"), or
 * "call" with what it calls something ("called the decision \"wonderful news\""), tells of speech, which a chronology
 * does not list; so does an idiom of {@code idioms.txt} ("set an example", "paid tribute"). Stateless.
 */
final class Responses {
    private static final Set<String> RESPONSE_VERBS = Lexicons.firstColumn("response-verbs.txt");
    private static final Set<String> TALK_NOUNS = Lexicons.firstColumn("talk-nouns.txt");
    /** Words of a share before "of" in an object: "most of their time", "much of the day". */
    private static final Set<String> QUANTIFIERS = Set.of("most", "much", "all", "some", "part", "half", "rest");
    /** The phrases of {@code idioms.txt} by their verb's lemma, each split into its words. */
    private static final Map<String, List<String[]>> IDIOMS = Lexicons.firstColumn("idioms.txt").stream()
            .map(p -> p.split(" "))
            .collect(Collectors.collectingAndThen(Collectors.groupingBy(w -> w[0]), Map::copyOf));
    /** How many words after the verb its object's head may come: "played down [Indian news] reports". */
    private static final int OBJECT_REACH = 5;
    /** Adverbs of direction that may stand between a verb and its object: "brushed aside", "scaled upwards". */
    private static final Set<String> DIRECTIONS = Set.of("aside", "upwards", "upward", "downwards", "downward");
    /** Adjectives that open a date after a noun phrase, not a word of it: "a warning last week". */
    private static final Set<String> DATE_OPENERS = Set.of("last", "next", "past", "previous", "coming", "this");
    /** The quote marks that may open what someone calls something, as the tokenizer gives them. */
    private static final Set<String> QUOTES = Set.of("\"", "\u201C", "``", "'", "\u2018");
    /** The articles that open the noun someone calls something by: "called the attack a cowardly act". */
    private static final Set<String> INDEFINITE = Set.of("a", "an");

    private Responses() {
    }

    /** Whether {@code t} is a noun of {@code talk-nouns.txt}: "reports", "allegations", "the idea". */
    static boolean isTalkNoun(Token t) {
        // "warning/NN" may carry the verb's lemma, "warn": the word itself counts too
        return t.isNoun() && (TALK_NOUNS.contains(t.lemma().toLowerCase(Locale.ROOT))
                || TALK_NOUNS.contains(Phrases.low(t)));
    }

    /** Whether verb {@code e} answers talk, names what it calls or makes an idiom: a reaction, never a happening. */
    static boolean responds(AnalyzedText text, EventMention e) {
        return answersTalk(text, e) || namesWhatItCalls(text, e) || isIdiom(text, e);
    }

    /**
     * Whether verb {@code e} is "call" naming or judging what it acts on, a reaction: its object followed by a quote
     * ("Crist called the decision \"wonderful news\""), a noun phrase an indefinite article opens ("called the attack
     * a cowardly act") or an adjective that ends the clause ("called the report inaccurate."). A call that is a
     * happening has no second phrase: "called an emergency meeting on Monday", "called early elections".
     */
    static boolean namesWhatItCalls(AnalyzedText text, EventMention e) {
        Token verb = e.token();
        if (!verb.isVerb() || !e.verbLemma().equalsIgnoreCase("call")) {
            return false;
        }
        List<Token> tokens = text.tokens();
        Sentence s = text.sentenceOf(verb);
        int i = verb.index() + 1;
        int object = i;
        while (i < s.endToken() && i - object < OBJECT_REACH
                && (NounPhrases.isNounPhrasePart(tokens.get(i)) || tokens.get(i).pos().equals("PRP"))) {
            if (i > object && INDEFINITE.contains(Phrases.low(tokens.get(i)))) {
                return true; // "called the attack [a] cowardly act"
            }
            i++;
        }
        if (i == object || i >= s.endToken()) {
            return false;
        }
        if (QUOTES.contains(tokens.get(i).text())) {
            return true;
        }
        // "called the report inaccurate.": the object's last word an adjective, nothing after it in the clause
        Token last = tokens.get(i - 1);
        String after = tokens.get(i).pos();
        return i - 1 > object && last.pos().startsWith("JJ")
                && (after.equals(".") || after.equals(",") || after.equals(":"));
    }

    /**
     * Whether verb {@code e} answers or stirs talk: the head of its object's first common noun compound is one of
     * {@code talk-nouns.txt}.
     */
    static boolean answersTalk(AnalyzedText text, EventMention e) {
        Token verb = e.token();
        if (!verb.isVerb() || !RESPONSE_VERBS.contains(e.verbLemma().toLowerCase(Locale.ROOT))) {
            return false;
        }
        List<Token> tokens = text.tokens();
        Sentence s = text.sentenceOf(verb);
        int i = verb.index() + 1;
        if (i < s.endToken() && (Phrases.PARTICLES.contains(Phrases.low(tokens.get(i)))
                || DIRECTIONS.contains(Phrases.low(tokens.get(i))))) {
            i++; // "played down", "brushed aside", "scaled upwards"
        }
        if (i < s.endToken() && tokens.get(i).isVerb() && (TALK_NOUNS.contains(Phrases.low(tokens.get(i)))
                || TALK_NOUNS.contains(tokens.get(i).lemma().toLowerCase(Locale.ROOT)))) {
            return true; // "dismissed talk/VBP it had held", "made remarks/VBZ": a noun after the verb, tagged a verb
        }
        int head = objectHead(tokens, s, i);
        return head >= 0 && isTalkNoun(tokens.get(head)) && !issuesADocument(tokens, s, verb, head);
    }

    /** Verbs that put out a document: what they issue is a paper, not talk, unless it is reports "of" something. */
    private static final Set<String> ISSUING = Set.of("publish", "issue");
    /** Talk nouns that name a document when it is issued: "published its full report", "issued a report on". */
    private static final Set<String> DOCUMENTS = Set.of("report");

    /**
     * Whether {@code verb} issues a document whose head, at {@code head}, is a noun of {@link #DOCUMENTS} with no
     * "of" or "that" after it ("The commission will publish its full report on 11 January"; "issued reports of
     * looting" is talk).
     */
    private static boolean issuesADocument(List<Token> tokens, Sentence s, Token verb, int head) {
        String after = head + 1 < s.endToken() ? Phrases.low(tokens.get(head + 1)) : "";
        return ISSUING.contains(verb.lemma().toLowerCase(Locale.ROOT))
                && DOCUMENTS.contains(tokens.get(head).lemma().toLowerCase(Locale.ROOT))
                && !after.equals("of") && !after.equals("that");
    }

    /**
     * Whether event {@code e} is a verb that makes a phrase of {@code idioms.txt} with the head of its object, or that
     * head itself, which tells of a role, a comment or an aim, not a happening: "sets an excellent example", "went a
     * step further", "came under scrutiny", "paid [tribute] on Thursday".
     */
    static boolean isIdiom(AnalyzedText text, EventMention e) {
        Token t = e.token();
        List<Token> tokens = text.tokens();
        if (t.isVerb()) {
            return idiomHead(tokens, text.sentenceOf(t), t) >= 0;
        }
        Sentence s = text.sentenceOf(t);
        for (int i = t.index() - 1; i >= Math.max(s.firstToken(), t.index() - OBJECT_REACH - 1); i--) {
            if (tokens.get(i).isVerb()) {
                return idiomHead(tokens, s, tokens.get(i)) == t.index(); // "paid [tribute] on Thursday to"
            }
        }
        return false;
    }

    /** The index of the object's head with which {@code verb} makes a phrase of {@code idioms.txt}, or -1. */
    private static int idiomHead(List<Token> tokens, Sentence s, Token verb) {
        for (String[] phrase : IDIOMS.getOrDefault(verb.lemma().toLowerCase(Locale.ROOT), List.of())) {
            int i = verb.index() + 1;
            if (phrase.length == 3) {
                if (i >= s.endToken() || !Phrases.low(tokens.get(i)).equals(phrase[1])) {
                    continue;
                }
                i++; // "came [under] scrutiny"
            }
            // the phrase's noun among the object's first words, whatever its tag ("paid tribute/JJ on Thursday")
            String noun = phrase[phrase.length - 1];
            for (int k = i; k < Math.min(s.endToken(), i + OBJECT_REACH); k++) {
                Token w = tokens.get(k);
                if (Phrases.low(w).equals(noun) || w.lemma().toLowerCase(Locale.ROOT).equals(noun)) {
                    // "played its part by initiating a new program": the act the "by" tells is a happening
                    boolean byActing = k + 2 < s.endToken() && Phrases.low(tokens.get(k + 1)).equals("by")
                            && tokens.get(k + 2).pos().equals("VBG");
                    return byActing ? -1 : k;
                }
                boolean shareOf = Phrases.low(w).equals("of") && k > i
                        && QUANTIFIERS.contains(Phrases.low(tokens.get(k - 1)));
                if (!NounPhrases.isNounPhrasePart(w) && !w.pos().startsWith("JJ") && !shareOf) {
                    break; // "spent most [of] their time": the share's "of" goes on to the noun
                }
            }
        }
        return -1;
    }

    /**
     * The index of the head of the noun phrase that opens at token {@code from} of sentence {@code s}: the last noun of
     * its first run of common nouns and adjectives ("news reports", "the burgeoning economic crisis"), a date after it
     * aside ("a similar warning [last week]"); -1 if no common noun comes within {@link #OBJECT_REACH} words of noun
     * phrase.
     */
    private static int objectHead(List<Token> tokens, Sentence s, int from) {
        for (int k = from; k < Math.min(s.endToken(), from + OBJECT_REACH); k++) {
            Token t = tokens.get(k);
            if (t.pos().equals("NN") || t.pos().equals("NNS")) {
                // "the world flu alert level" is a level: the run's last noun heads it
                int head = k;
                for (int j = k + 1; j < s.endToken() && (tokens.get(j).pos().equals("NN")
                        || tokens.get(j).pos().equals("NNS") || tokens.get(j).pos().startsWith("JJ"))
                        && !DATE_OPENERS.contains(Phrases.low(tokens.get(j))); j++) { // "the comments [Tuesday]"
                    if (tokens.get(j).pos().startsWith("NN")) {
                        head = j;
                    }
                }
                return head;
            }
            boolean participle = (t.pos().equals("VBG") || t.pos().equals("VBN")) && k + 1 < s.endToken()
                    && NounPhrases.isNounPhrasePart(tokens.get(k + 1)); // "the burgeoning economic crisis"
            if (!NounPhrases.isNounPhrasePart(t) && !participle) {
                return -1;
            }
        }
        return -1;
    }
}
