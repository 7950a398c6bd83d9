package dev.timeline.happening;

import dev.timeline.text.AnalyzedText;
import dev.timeline.text.Sentence;
import dev.timeline.text.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words a title's phrases are made of, found in the tokens of a sentence: the word lists they share (particles
 * and directions that complete a verb, "headed north"; prepositions of place; words that open or close a clause;
 * relative pronouns; finite tags), whether a token is a finite verb or a modal, a clause word, a quotation mark, an
 * ordinal or a hyphen or apostrophe inside a word ("a 41-gun salute", "a coup d'etat"), and how the words of a span
 * are written back as a person writes them ("BP's", "$7.7 billion"). What a noun phrase may start with and hold is
 * {@link NounPhrases}', where a predicate ends {@link PredicateEnds}' (what it reads past {@link PredicateParts}'),
 * a clause's finite verb {@link FiniteVerbs}' and a noun phrase after its clause's verb {@link GovernedPhrases}'.
 * Stateless.
 */
final class Phrases {
    /** Adverbs that complete a verb ("set up", "blasted off", "ran aground", "went ahead", "got underway"). */
    static final Set<String> PARTICLES = Set.of("up", "out", "off", "down", "back", "over", "away", "aground", "ashore",
            "apart", "ahead", "underway");
    /** Directions that complete a verb of motion as a particle does ("headed north", "flew home", "fled abroad"). */
    private static final Set<String> DIRECTIONS = Set.of("north", "south", "east", "west", "home", "abroad", "overseas",
            "inland");
    /** Verbs of motion, which a direction completes. */
    private static final Set<String> MOTION = Set.of("head", "go", "move", "flee", "fly", "travel", "drive", "sail",
            "march", "return", "turn", "push", "retreat", "advance", "walk", "run", "swim", "escape", "come", "send",
            "ship", "steer", "swing", "shift", "spread", "pull", "ride", "race", "rush", "veer");

    /**
     * Whether {@code word} is a direction that completes the verb of motion {@code lemma} (in lower case): "headed
     * north".
     */
    static boolean isDirectionOf(String lemma, String word) {
        return DIRECTIONS.contains(word) && MOTION.contains(lemma);
    }

    /** Prepositions whose phrase belongs in a title ("visit to China", "talks with rebels"). */
    static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "to", "at", "from", "into", "near", "with");
    /** Words that open a subordinate clause: the predicate of the title ends before them. */
    static final Set<String> CLAUSE_WORDS = Set.of("that", "which", "who", "whom", "whose", "when", "while",
            "as", "after", "before", "because", "since", "although", "though", "if", "unless", "until", "where",
            "whereas", "amid", "despite", "following", "according", "what", "how", "why", "whether");

    /** Pronouns that open a relative clause: "the city which the rebels said they had captured". */
    static final Set<String> RELATIVE_PRONOUNS = Set.of("which", "that", "who", "whom", "whose");
    /** Ordinal numbers, which the tagger may take for nouns ("the ninth/NN meeting"): they go on with a noun. */
    static final Pattern ORDINAL = Pattern.compile("first|second|third|fourth|fifth|sixth|seventh|eighth"
            + "|ninth|tenth|eleventh|twelfth|\\d+(st|nd|rd|th)");
    /** Whether {@code t} is an ordinal, whatever its tag: "the first/NN named cyclone", "the 21st". */
    static boolean isOrdinal(Token t) {
        return ORDINAL.matcher(low(t)).matches();
    }

    /** Tags of finite verbs. */
    static final Set<String> FINITE = Set.of("VBZ", "VBP", "VBD");
    /** Punctuation that closes a clause: a finite verb after it belongs to another clause. */
    static final Set<String> CLAUSE_ENDS = Set.of(",", ";", ":", "--", "—", "–", "(");

    private Phrases() {
    }

    /**
     * Whether token {@code i} is a past in "-ed" that the tagger took for an adjective before a number or an article:
     * "killed 15 and injured/JJ 170 others", a second verb.
     */
    static boolean pastTakenForAdjective(List<Token> tokens, Sentence s, int i) {
        return i + 1 < s.endToken() && tokens.get(i).pos().equals("JJ") && low(tokens.get(i)).endsWith("ed")
                && (tokens.get(i + 1).pos().equals("CD") || tokens.get(i + 1).pos().equals("DT"));
    }

    /**
     * Whether token {@code i} is an apostrophe inside a word the tokenizer split, between letters ("a coup d'etat"):
     * not punctuation.
     */
    static boolean isInnerApostrophe(List<Token> tokens, Sentence s, int i) {
        Token t = tokens.get(i);
        if (!(t.text().equals("'") || t.text().equals("\u2019")) || i - 1 < s.firstToken() || i + 1 >= s.endToken()) {
            return false;
        }
        Token before = tokens.get(i - 1);
        Token after = tokens.get(i + 1);
        return before.end() == t.start() && after.start() == t.end()
                && Character.isLetter(before.text().charAt(before.text().length() - 1))
                && Character.isLetter(after.text().charAt(0));
    }

    /** Whether token {@code i} is a hyphen inside a word the tokenizer split ("a 41-gun salute"): not punctuation. */
    static boolean isInnerHyphen(List<Token> tokens, Sentence s, int i) {
        Token t = tokens.get(i);
        return t.text().equals("-") && i - 1 >= s.firstToken() && i + 1 < s.endToken()
                && tokens.get(i - 1).end() == t.start() && tokens.get(i + 1).start() == t.end();
    }

    /** Whether token {@code i} is a hyphen with a space on each side: a dash, not a hyphen of a word. */
    static boolean isSpacedDash(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        return t.text().equals("-") && i > 0 && i + 1 < tokens.size() && tokens.get(i - 1).end() < t.start()
                && tokens.get(i + 1).start() > t.end();
    }

    /**
     * Whether token {@code i} is a hyphen that a word keeps before a space ("surface- to-air missiles", "pre- and
     * post-war"): attached to the word before, a word in lower case after it.
     */
    static boolean isSuspendedHyphen(List<Token> tokens, Sentence s, int i) {
        Token t = tokens.get(i);
        return t.text().equals("-") && i - 1 >= s.firstToken() && i + 1 < s.endToken()
                && tokens.get(i - 1).end() == t.start() && tokens.get(i + 1).start() > t.end()
                && Character.isLetter(tokens.get(i - 1).text().charAt(tokens.get(i - 1).text().length() - 1))
                && Character.isLowerCase(tokens.get(i + 1).text().charAt(0));
    }

    static boolean isQuote(String text) {
        return text.equals("\"") || text.equals("\u201C") || text.equals("\u201D") || text.equals("``")
                || text.equals("''");
    }

    /** Whether {@code t} closes a clause: clause-closing punctuation, a clause word, "and" or "but". */
    static boolean endsClause(Token t) {
        String low = low(t);
        return CLAUSE_ENDS.contains(low) || CLAUSE_WORDS.contains(low) || low.equals("and") || low.equals("but");
    }

    /** Whether {@code t} opens a clause of its own: "that", "which", "who", "when", "while", "because" .... */
    static boolean isClauseWord(Token t) {
        return CLAUSE_WORDS.contains(low(t));
    }

    /**
     * The token right before {@code verb} past the adverbs before it, where an auxiliary stands ("were [also] warned":
     * "were"); the sentence's first token at the farthest.
     */
    static int beforeAdverbs(List<Token> tokens, Sentence s, int verb) {
        int k = verb - 1;
        while (k > s.firstToken() && tokens.get(k).pos().startsWith("RB")) {
            k--;
        }
        return k;
    }

    /**
     * Whether a form of "be" stands right before {@code verb}, past the adverbs between them: a passive ("was
     * [abruptly] closed", "were diagnosed").
     */
    static boolean afterBe(List<Token> tokens, Sentence s, int verb) {
        int k = beforeAdverbs(tokens, s, verb);
        return k >= s.firstToken() && tokens.get(k).lowerLemma().equals("be");
    }

    /** Whether {@code t} is a finite verb (VBD, VBZ, VBP) or a modal. */
    static boolean isFiniteOrModal(Token t) {
        return FINITE.contains(t.pos()) || t.pos().equals("MD");
    }

    /**
     * The words of tokens {@code [from, to)} as a person writes them: one space between words, none before a clitic
     * or closing mark ("BP's", "6.2%", "fell 5%,") nor after an opening one ("$7.7 billion"), whatever the spacing
     * of the text (Penn-Treebank-tokenized text writes "BP 's" and "$ 7.7").
     */
    static String words(AnalyzedText text, int from, int to) {
        StringBuilder out = new StringBuilder();
        String previous = "";
        for (int i = from; i < to; i++) {
            if (SubjectParts.isTicker(text.tokens(), i, to)) {
                i += 2; // "BP Plc (BP.L)": the stock's ticker is no word of the phrase
                continue;
            }
            String w = text.tokens().get(i).text();
            boolean glued = i > from && text.tokens().get(i - 1).end() == text.tokens().get(i).start()
                    || w.startsWith("'") || w.startsWith("\u2019") || w.equalsIgnoreCase("n't")
                    || w.length() == 1 && ",.;:!?%)]".indexOf(w.charAt(0)) >= 0
                    || previous.equals("$") || previous.equals("(") || previous.equals("[");
            if (i > from && !glued) {
                out.append(' ');
            }
            out.append(w);
            previous = w;
        }
        return out.toString();
    }

    /**
     * {@code s} with its first letter in capitals, unless its first word is spelled with a small letter before a
     * capital, as a brand is ("iPhone 4 goes on sale", "eBay buys Skype").
     */
    static String capitalize(String s) {
        if (s.isEmpty() || s.length() > 1 && Character.isLowerCase(s.charAt(0))
                && Character.isUpperCase(s.charAt(1))) {
            return s;
        }
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Whether {@code t} is a capitalized proper noun: a word of a name ("Kestrel", "Qatar"). */
    static boolean isProperName(Token t) {
        return t.pos().startsWith("NNP") && Character.isUpperCase(t.text().charAt(0));
    }

    static String low(Token t) {
        if (t.pos().startsWith("NN") && SubjectParts.isAcronym(t)) {
            return t.text(); // "The WHO/NN raised its alert": a name, not the relative "who"
        }
        return t.text().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    }
}
