package dev.timeline.happening;

import dev.timeline.text.AnalyzedText;
import dev.timeline.text.Sentence;
import dev.timeline.text.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a title's predicate reads past and leaves out: an aside between brackets or dashes ("gave BP's latest effort
 * -- a cap that has stopped the gusher -- another 24 hours", "agreed to an 11-billion-dollar (8.6 billion US)
 * takeover bid") and a date that stands as the possessive determiner of the object ("won last year's presidential
 * election", written "won the presidential election"), and a date between an object and its complement ("held
 * talks [Tuesday] with Vietnam's party chief", "was named winner [in 1995] of the Sakharov prize"). Stateless.
 */
final class Asides {
    /** Dashes that open or close an aside when they stand alone. */
    private static final Set<String> DASHES = Set.of("--", "-", "\u2014", "\u2013");
    /** The longest aside read past, in tokens between its marks. */
    private static final int MAX_ASIDE = 15;
    /**
     * Prepositions that, after a date, go on with the object before it: "held talks Tuesday with", "named winner in
     * 1995 of", "sustained light wounds Wednesday in an exchange of fire", "threw its weight Thursday behind a plan",
     * "returned at the end of last year from Zaire"; "at" is not among them ("at the time", "at age 91").
     */
    private static final Set<String> COMPLEMENTS = Set.of("of", "with", "on", "to", "for", "about", "against", "into",
            "over", "in", "behind", "from");
    /** Nouns that after "in" open an adverbial of purpose or reason ({@code in-adverbial-nouns.txt}): "in a bid to". */
    private static final Set<String> IN_ADVERBIALS = Lexicons.firstColumn("in-adverbial-nouns.txt");

    private Asides() {
    }

    /**
     * Where the aside that token {@code at} opens ends (the index of its closing mark) when the predicate goes on
     * after it with a word of its own; -1 when {@code at} opens no aside or nothing of the predicate follows it.
     */
    static int closing(List<Token> tokens, Sentence s, int at, boolean[] covered) {
        boolean bracket = tokens.get(at).text().equals("(");
        if (!bracket && !isDash(tokens, s, at)) {
            return -1;
        }
        for (int k = at + 1; k < s.endToken() && k <= at + MAX_ASIDE + 1; k++) {
            String w = tokens.get(k).text();
            if (bracket ? w.equals(")") : isDash(tokens, s, k)) {
                return k > at + 1 && goesOn(tokens, s, k + 1, covered, unfinished(tokens, s, at)) ? k : -1;
            }
            if (!bracket && (w.equals("(") || w.equals(")"))) {
                return -1;
            }
        }
        return -1;
    }

    /** Whether token {@code i} is a dash standing alone, which may open or close an aside; not a word's hyphen. */
    static boolean isDash(List<Token> tokens, Sentence s, int i) {
        return DASHES.contains(tokens.get(i).text()) && !Phrases.isInnerHyphen(tokens, s, i);
    }

    /**
     * Where the aside opens whose closing dash is token {@code close}, at most {@code reach} tokens before it: "the
     * Iraq Study Group [--] a panel headed by James Baker -- which"; -1 if none.
     */
    static int openingOf(List<Token> tokens, Sentence s, int close, int reach) {
        if (!isDash(tokens, s, close)) {
            return -1;
        }
        for (int k = close - 2; k > s.firstToken() && k >= close - reach; k--) {
            if (tokens.get(k).text().equals(tokens.get(close).text()) && isDash(tokens, s, k)) {
                return k;
            }
        }
        return -1;
    }

    /**
     * The aside set off by dashes or brackets that holds token {@code at}, as its two marks' indices, each at most
     * {@code reach} tokens away ("-- a tradition [started] by King George V in 1932 --"); an empty array if none.
     */
    static int[] around(List<Token> tokens, Sentence s, int at, int reach) {
        int open = -1;
        for (int k = at - 1; k >= s.firstToken() && k >= at - reach && open < 0; k--) {
            if (tokens.get(k).text().equals(")")) {
                return new int[0];
            }
            open = tokens.get(k).text().equals("(") || isDash(tokens, s, k) ? k : -1;
        }
        if (open < 0) {
            return new int[0];
        }
        boolean bracket = tokens.get(open).text().equals("(");
        for (int k = at + 1; k < s.endToken() && k <= at + reach; k++) {
            if (bracket ? tokens.get(k).text().equals(")") : tokens.get(k).text().equals(tokens.get(open).text())
                    && isDash(tokens, s, k)) {
                return new int[] {open, k};
            }
        }
        return new int[0];
    }

    /**
     * Whether the predicate goes on at token {@code i}: a word, not a date; after an {@code unfinished} noun phrase
     * any word, else not a conjunction, a verb, a pronoun or a relative word, which open another clause, unless the
     * verb is a noun the tagger misread before another noun ("an 11-billion-dollar (8.6 billion US) takeover/VBP
     * bid").
     */
    private static boolean goesOn(List<Token> tokens, Sentence s, int i, boolean[] covered, boolean unfinished) {
        if (i >= s.endToken() || covered[i]) {
            return false;
        }
        Token t = tokens.get(i);
        boolean nounAsVerb = (t.pos().equals("VBP") || t.pos().equals("VB")) && i + 1 < s.endToken()
                && tokens.get(i + 1).isNoun(); // "(8.6 billion US) takeover/VBP bid"
        return Character.isLetterOrDigit(t.text().charAt(0)) && (unfinished || nounAsVerb || !t.pos().equals("CC")
                && !t.pos().equals("MD") && !t.isVerb() && !t.pos().equals("WDT") && !t.pos().equals("PRP"));
    }

    /** Whether the noun phrase before the aside opened at {@code at} lacks its noun: it ends on a modifier. */
    private static boolean unfinished(List<Token> tokens, Sentence s, int at) {
        if (at - 1 < s.firstToken()) {
            return false;
        }
        String pos = tokens.get(at - 1).pos();
        return pos.startsWith("JJ") || pos.equals("DT") || pos.equals("CD") || pos.equals("PRP$")
                || pos.equals("POS");
    }

    /**
     * Where a date that is the possessive determiner of a noun phrase ends ("won [last year's] presidential
     * election", "will miss [Wednesday's] trip to Porto"): the index after its "'s" when a noun or adjective
     * follows; -1 otherwise.
     */
    static int afterPossessiveDate(List<Token> tokens, Sentence s, int at, boolean[] covered) {
        int j = at;
        while (j < s.endToken() && covered[j]) {
            j++;
        }
        if (j + 1 >= s.endToken() || !tokens.get(j).pos().equals("POS") || covered[j + 1]) {
            return -1;
        }
        Token next = tokens.get(j + 1);
        return next.isNoun() || next.pos().startsWith("JJ") ? j + 1 : -1;
    }

    /** Adverbs that place a date before or after another: "earlier in July", "later this month". */
    static final java.util.Set<String> RELATIVE_ADVERBS = java.util.Set.of("earlier", "later");

    /**
     * Where the complement of an object goes on after a date that stands between them ("held talks [Tuesday] with
     * Vietnam's party chief", "put off a decision [on Friday] on its dividend", "tapped Allen [last month] to be
     * national incident commander", "reached an agreement [earlier in July] to sell"): {@code at} is the date's
     * first token, a date preposition right before it or "earlier" or "later" before those,
     * after a noun that ends the object; the result is the index of the complement's preposition, whose own object
     * starts a noun phrase or, after "to", a verb, or of a participle in "-ing" with "to" or a noun phrase after it
     * ("went to court [on Monday] seeking to overturn the ban"); -1 otherwise.
     */
    static int afterDateBeforeComplement(List<Token> tokens, Sentence s, int at, boolean[] covered) {
        // after a noun ("held talks [Tuesday] with"), or an adjective a verb made its predicate ("came back positive
        // [on Thursday] for the H1N1 virus")
        if (at - 1 < s.firstToken() || covered[at - 1] || !(tokens.get(at - 1).isNoun()
                || tokens.get(at - 1).pos().startsWith("JJ") && at - 2 >= s.firstToken()
                && (tokens.get(at - 2).isVerb() || Phrases.PARTICLES.contains(Phrases.low(tokens.get(at - 2)))))) {
            return -1;
        }
        int j = at;
        if (!covered[j] && RELATIVE_ADVERBS.contains(Phrases.low(tokens.get(j))) && j + 1 < s.endToken()) {
            j++; // "reached an agreement [earlier in July] to sell"
        }
        j = pastTheDate(tokens, s, j, covered);
        if (j < 0) {
            return -1;
        }
        if (j + 1 < s.endToken() && !covered[j + 1] && tokens.get(j).pos().equals("VBG")
                && (Phrases.low(tokens.get(j + 1)).equals("to") || NounPhrases.isNounPhraseStart(tokens.get(j + 1)))) {
            return j; // "went to court [on Monday] seeking to overturn the ban": a participle's clause
        }
        if (j + 1 >= s.endToken() || covered[j + 1] || !COMPLEMENTS.contains(Phrases.low(tokens.get(j)))) {
            return -1;
        }
        Token next = tokens.get(j + 1);
        if (Phrases.low(tokens.get(j)).equals("in") && opensAnAdverbial(tokens, s, j + 1)) {
            return -1; // "pulled out of the talks [in November] in protest at the sanctions"
        }
        boolean infinitive = Phrases.low(tokens.get(j)).equals("to") && next.pos().equals("VB");
        return infinitive || NounPhrases.isNounPhraseStart(next) && !next.pos().equals("CD") ? j : -1;
    }

    /**
     * Whether the first noun from token {@code at} on, past determiners, possessives, numbers and adjectives, is one
     * of {@code in-adverbial-nouns.txt}, alone or with the word after it: "in [a new] effort", "in [the] face of", "in
     * [its] efforts", "in exchange for" (not "in an exchange of fire").
     */
    private static boolean opensAnAdverbial(List<Token> tokens, Sentence s, int at) {
        for (int k = at; k < s.endToken(); k++) {
            Token t = tokens.get(k);
            String lemma = t.lemma().toLowerCase(Locale.ROOT);
            String next = k + 1 < s.endToken() ? " " + Phrases.low(tokens.get(k + 1)) : "";
            if (IN_ADVERBIALS.contains(lemma) || IN_ADVERBIALS.contains(lemma + next)) {
                return true; // a noun, or one the tagger read as an adjective ("in exchange/JJ for")
            }
            if (t.isNoun() || !(t.pos().equals("DT") || t.pos().equals("PRP$") || t.pos().equals("CD")
                    || t.pos().startsWith("JJ"))) {
                return false;
            }
        }
        return false;
    }

    /**
     * The token after the date at {@code at} (its first token, or a date preposition right before it: "[on] Monday"),
     * or -1 when no date stands there.
     */
    private static int pastTheDate(List<Token> tokens, Sentence s, int at, boolean[] covered) {
        int j = at;
        if (!covered[j] && ClauseSubjects.DATE_PREPOSITIONS.contains(Phrases.low(tokens.get(j)))) {
            j++;
        }
        if (j >= s.endToken() || !covered[j]) {
            return -1;
        }
        while (j < s.endToken() && covered[j]) {
            j++;
        }
        return j;
    }

    /**
     * Where the object starts that a verb's prepositional phrase and a date put off ("delivered [to the port of Brisk]
     * [on Wednesday] a shipment of rice"): the predicate from {@code from} is a preposition's phrase up to the date
     * at {@code at} (its first token, or a date preposition right before it), the verb not a passive, and a
     * determiner or number opens a noun phrase right after the date; -1 otherwise.
     */
    static int objectAfterDate(List<Token> tokens, Sentence s, int from, int at, boolean[] covered) {
        if (from - 1 < s.firstToken() || from >= at || !tokens.get(from - 1).isVerb()
                || !(tokens.get(from).pos().equals("IN") || tokens.get(from).pos().equals("TO"))) {
            return -1;
        }
        if (Phrases.afterBe(tokens, s, from - 1)) {
            return -1; // "were diagnosed in the UK today four schoolchildren ...": a passive takes no object
        }
        int j = pastTheDate(tokens, s, at, covered);
        if (j < 0) {
            return -1;
        }
        boolean determiner = j + 1 < s.endToken() && (tokens.get(j).pos().equals("DT")
                && !Phrases.low(tokens.get(j)).equals("that") || tokens.get(j).pos().equals("CD"));
        Token next = j + 1 < s.endToken() ? tokens.get(j + 1) : null;
        // "a shipment", "a new plan", "a 15 million dollar request", "a $15 million request"
        return determiner && !covered[j + 1] && (next.isNoun() || next.pos().startsWith("JJ")
                || next.pos().equals("CD") || NounPhrases.CURRENCY_SIGNS.contains(next.text())) ? j : -1;
    }

    /**
     * The words of the predicate from {@code from} to {@code to} as a person writes them, without its asides, with
     * "the" for a date that stands as a possessive determiner, and without a date between an object and its
     * complement.
     */
    static String written(AnalyzedText text, Sentence s, int from, int to, boolean[] covered) {
        List<Token> tokens = text.tokens();
        StringBuilder out = new StringBuilder();
        int start = from;
        int i = from;
        while (i < to) {
            int close = i > from ? closing(tokens, s, i, covered) : -1;
            int after = covered[i] && (i == from || !covered[i - 1]) && !NounPhrases.afterDeterminer(tokens, s, i)
                    ? afterPossessiveDate(tokens, s, i, covered) : -1;
            int complement = i > from ? afterDateBeforeComplement(tokens, s, i, covered) : -1;
            if (complement < 0 && i > from) {
                complement = objectAfterDate(tokens, s, from, i, covered); // "delivered to Brisk [on Monday] a"
            }
            if (complement > 0 && complement <= to) { // at the end: the complement was cut off, the date goes too
                append(out, Phrases.words(text, start, i));
                i = complement;
                start = i;
            } else if (close > 0 && close < to) {
                append(out, Phrases.words(text, start, i));
                i = close + 1;
                start = i;
            } else if (after > 0 && after <= to) {
                append(out, Phrases.words(text, start, i));
                append(out, "the");
                i = after;
                start = i;
            } else {
                i++;
            }
        }
        append(out, Phrases.words(text, start, to));
        return out.toString();
    }

    private static void append(StringBuilder out, String words) {
        if (words.isEmpty()) {
            return;
        }
        if (!out.isEmpty()) {
            out.append(' ');
        }
        out.append(words);
    }
}
