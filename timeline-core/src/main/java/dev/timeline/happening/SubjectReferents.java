package dev.timeline.happening;

import dev.timeline.happening.ClauseSubjects.Subject;
import dev.timeline.text.AnalyzedText;
import dev.timeline.text.Sentence;
import dev.timeline.text.Token;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a subject stands for where its own words do not say: the antecedent of a relative clause ("Eleven workers who
 * live in Houma were treated", "the cap that BP engineers lowered"), the name beside a description ("Lamar McKay, the
 * BP official who visited Capitol Hill", "COMESA is a preferential trading bloc that was formed in 1994"), the
 * article's main person or company for a title or a description ("The prime minister", "The singer", "The
 * company"); and subjects that stand for none the news names: a word that points back ("The event"), a speaker's
 * first person ("Part of my soul has gone") or a pronoun before another's name ("He took over from Marsh"). Who a
 * pronoun or a description of another sentence stands for is {@link PersonReferents}'.
 */
final class SubjectReferents {
    private static final Set<String> ANAPHORIC_NOUNS = Lexicons.firstColumn("anaphoric-nouns.txt");
    /**
     * Words of the first and second person: a subject with one speaks for a column, a reader or a quoted speaker
     * ("My assignment", "part of my soul"), not for news. As written: "US" is a country.
     */
    static final Set<String> FIRST_AND_SECOND_PERSON = Set.of("I", "my", "My", "we", "We", "our", "Our", "you",
            "You", "your", "Your", "me", "us");
    /**
     * A subject that is a person's title alone, maybe after the capitalized word of a nation: "The president", "the
     * prime minister", "The Chinese president" (group 1 the title with that word, as a name's title has it: "Chinese
     * President Hu Jintao").
     */
    static final java.util.regex.Pattern TITLED = java.util.regex.Pattern.compile(
            "[Tt]he ((?:\\p{Lu}[\\p{L}-]+ )?(?i:vice[ -]president|vice premier|deputy prime minister|president"
            + "|prime minister|premier|chancellor|king|queen|pope|governor|mayor|foreign minister|finance minister"
            + "|defen[cs]e minister|interior minister|secretary-general|chief executive|senator|general))");
    /** A subject that is "the" and a noun, maybe "late" or "former" between: "The late singer". */
    static final java.util.regex.Pattern DESCRIBED = java.util.regex.Pattern.compile(
            "(?i)the (?:late |former )?([a-z-]+)");
    /** Nouns by which a story calls its main person ({@code person-nouns.txt}). */
    static final Set<String> PERSON_NOUNS = Lexicons.firstColumn("person-nouns.txt");
    /** A subject of the main company's stock without its name: "The shares", "Its stock". */
    static final java.util.regex.Pattern SHARES = java.util.regex.Pattern.compile(
            "(?i)(?:the|its) (?:shares|stock|share price)");
    /**
     * A subject that stands for the organization an article is about: "The company", "the oil giant", "the British
     * energy giant" (a capitalized word of nation before it; not "the rival company"), with group 1 what its
     * possessive owns, if it owns something ("The British energy giant's shares").
     */
    static final java.util.regex.Pattern COMPANY = java.util.regex.Pattern.compile(
            "[Tt]he (?:[A-Z][\\w-]* )?(?i:company|firm|oil giant|oil company|energy giant|carrier|airline|automaker)"
            + "(?:(?:'s|\u2019s) ((?i:shares|stock|share price)))?");

    private SubjectReferents() {
    }

    /**
     * Whether the last word of {@code name} stands in sentence {@code s} after the pronoun at {@code pronoun}: "He took
     * over from Marsh" names another than Marsh, whatever the article is about.
     */
    static boolean namedAfter(List<Token> tokens, Sentence s, int pronoun, String name) {
        String surname = name.substring(name.lastIndexOf(' ') + 1);
        for (int i = pronoun + 1; i < s.endToken(); i++) {
            if (tokens.get(i).text().equals(surname)) {
                return true;
            }
        }
        return false;
    }

    /** Words that open a clause of time or cause, whose pronoun subject may be either of two persons before it. */
    private static final Set<String> SUBORDINATORS = Set.of("when", "as", "after", "before", "while", "until",
            "because");

    /**
     * Whether the pronoun at {@code pronoun} opens a clause of time or cause right after a phrase of "with" and a
     * determiner or possessive that stands between it and the person named at {@code personEnd} (an offset): "Dr Venn
     * - who was with the singer when she collapsed" leaves open who collapsed.
     */
    static boolean withAnotherBefore(List<Token> tokens, Sentence s, int pronoun, int personEnd) {
        if (pronoun - 1 <= s.firstToken() || !SUBORDINATORS.contains(Phrases.low(tokens.get(pronoun - 1)))) {
            return false;
        }
        for (int i = pronoun - 2; i > s.firstToken() && tokens.get(i).start() >= personEnd; i--) {
            Token t = tokens.get(i);
            if (Phrases.low(t).equals("with") && i + 2 < pronoun && (tokens.get(i + 1).pos().equals("DT")
                    || tokens.get(i + 1).pos().equals("PRP$"))) {
                return true;
            }
        }
        return false;
    }

    /** How many words back from a singular subject a relative clause's plural antecedent may stand. */
    private static final int RELATIVE_REACH = 15;

    /**
     * Whether {@code t} may end the predicate of a relative clause right before the main clause's verb: a noun ("who
     * live in Houma"), a participle or an adjective ("which went missing", "who was injured").
     */
    static boolean endsARelativePredicate(Token t) {
        return t.isNoun() || t.pos().equals("VBG") || t.pos().equals("VBN") || t.pos().startsWith("JJ");
    }

    /**
     * The noun phrase that opens the sentence or a clause after a comma, right before a restrictive "who" or "which"
     * (or, when {@code plural}, a plural one before "that" too) at most {@value #RELATIVE_REACH} words before
     * {@code start}, with no comma between; empty if none.
     */
    static Optional<Subject> beforeRelative(AnalyzedText text, Sentence s, int start, boolean[] covered,
            boolean plural) {
        List<Token> tokens = text.tokens();
        int articleStart = ArticleProse.articleStart(text, s);
        int floor = Math.max(articleStart, start - RELATIVE_REACH);
        for (int w = start - 1; w > floor; w--) {
            String low = Phrases.low(tokens.get(w));
            if (low.equals(",")) {
                return Optional.empty();
            }
            if (!(low.equals("who") || low.equals("which") || plural && low.equals("that"))) {
                continue; // any noun a "who" or "which" tells of; only a plural one that "that" tells of
            }
            if (!plural && !ClauseBoundaries.verbBetween(text, w, start)) {
                return Optional.empty(); // "the admiral who Obama put in charge": "who" is the object of "put"
            }
            Token noun = tokens.get(w - 1);
            boolean nounPlural = noun.pos().equals("NNS") || noun.pos().equals("NNPS");
            if (!nounPlural && (plural || !noun.isNoun())) {
                return Optional.empty();
            }
            int k = w - 1;
            while (k - 1 >= articleStart && (NounPhrases.isNounPhrasePart(tokens.get(k - 1))
                    || tokens.get(k - 1).pos().equals("POS")) && !covered[k - 1]) {
                k--;
            }
            boolean opens = k == articleStart || tokens.get(k - 1).text().equals(",");
            return opens ? Optional.of(new Subject(k, Phrases.words(text, k, w), nounPlural)) : Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * The name of at most four capitalized words that ends right before the comma at {@code comma} and starts after a
     * word that no name goes on from (a preposition, an article, a verb, punctuation or the sentence's start), no date
     * ({@code covered}): "Kovtun, one of three Russians who met Litvinenko", "sentenced him on Tuesday, a court clerk
     * who" (no name).
     */
    static Optional<Subject> nameBefore(AnalyzedText text, Sentence s, int comma, boolean[] covered) {
        List<Token> tokens = text.tokens();
        int start = comma;
        if (start - 1 >= s.firstToken() && !covered[start - 1]
                && SubjectNumber.numberOfAName(tokens, start - 1, s.firstToken())) {
            start--; // "The Group 20 is an informal forum which": a name may end on its number
        }
        while (start - 1 >= s.firstToken() && comma - start < 4 && tokens.get(start - 1).pos().startsWith("NNP")
                && !covered[start - 1]) {
            start--;
        }
        if (start == comma || start - 1 >= s.firstToken() && (tokens.get(start - 1).pos().startsWith("NNP")
                || tokens.get(start - 1).isNoun() || tokens.get(start - 1).pos().equals("POS"))) {
            return Optional.empty();
        }
        return Optional.of(new Subject(start, Phrases.words(text, start, comma),
                tokens.get(comma - 1).pos().equals("NNPS")));
    }

    /**
     * The words that open sentence {@code s} up to its verb at {@code verb} when all of them are capitalized, "The"
     * perhaps first, and there are two to four: "The Horrors are a five-piece band" (the tagger's common noun is the
     * band's name); empty otherwise.
     */
    static Optional<Subject> capitalizedOpening(AnalyzedText text, Sentence s, int verb) {
        List<Token> tokens = text.tokens();
        int n = verb - s.firstToken();
        if (n < 2 || n > 4) {
            return Optional.empty();
        }
        for (int k = s.firstToken(); k < verb; k++) {
            String w = tokens.get(k).text();
            if (!Character.isUpperCase(w.charAt(0)) || !(tokens.get(k).isNoun() || k == s.firstToken()
                    && w.equals("The"))) {
                return Optional.empty();
            }
        }
        return Optional.of(new Subject(s.firstToken(), Phrases.words(text, s.firstToken(), verb),
                Phrases.low(tokens.get(verb)).equals("are")));
    }

    /** Whether a subject is "the" and a noun of {@code anaphoric-nouns.txt} alone ("The event", "the deal"). */
    static boolean isAnaphoricSubject(String subject) {
        int space = subject.indexOf(' ');
        return space > 0 && subject.substring(0, space).equalsIgnoreCase("the")
                && isAnaphoricNoun(subject.substring(space + 1));
    }

    /**
     * Whether {@code noun} is one of {@code anaphoric-nouns.txt}, in any case, or its plural ("The reports", "The
     * ceremonies"): a happening that says not which.
     */
    static boolean isAnaphoricNoun(String noun) {
        String low = noun.toLowerCase(Locale.ROOT);
        return ANAPHORIC_NOUNS.contains(low)
                || low.endsWith("ies") && ANAPHORIC_NOUNS.contains(low.substring(0, low.length() - 3) + "y")
                || low.endsWith("s") && ANAPHORIC_NOUNS.contains(low.substring(0, low.length() - 1));
    }

    /**
     * The comma that opens a description in lower case before the comma {@code close} ("Giacinto Facchetti[,] former
     * skipper of the Italian national team, who"), at most {@value ClauseSubjects#MAX_ASIDE} tokens back with no verb
     * and no other mark between; -1 if none.
     */
    static int commaBefore(List<Token> tokens, Sentence s, int close) {
        for (int k = close - 1; k >= s.firstToken() && close - k <= ClauseSubjects.MAX_ASIDE; k--) {
            Token t = tokens.get(k);
            if (t.text().equals(",")) {
                // a description in lower case ("former skipper"), not a name ("in his report on Sierra Leone, Annan,")
                return k < close - 1 && Character.isLowerCase(tokens.get(k + 1).text().charAt(0)) ? k : -1;
            }
            if (t.isVerb() && !t.pos().equals("VBN") && !t.pos().equals("VBG") || t.pos().equals("MD")
                    || !Character.isLetterOrDigit(t.text().charAt(0)) && !t.pos().equals("POS")) {
                return -1;
            }
        }
        return -1;
    }

    /** The most words of an object relative's antecedent a title takes: "an agreement", "the new containment cap". */
    private static final int MAX_ANTECEDENT = 5;

    /**
     * The noun phrase right before the relative word at {@code relative}, no comma between, with its determiner, of
     * at most {@value #MAX_ANTECEDENT} words, no date and no number ("[an agreement] that Wen Jiabao and Manmohan Singh
     * signed"); "" when it is longer, a quantity or not a noun's.
     */
    static String antecedent(AnalyzedText text, Sentence s, int relative, boolean[] covered) {
        List<Token> tokens = text.tokens();
        int end = relative;
        // "south of Zagreb, which the army retook": after a comma the relative may tell of any noun before
        if (end - 1 < s.firstToken() || !tokens.get(end - 1).isNoun() || covered[end - 1]) {
            return "";
        }
        int start = end - 1;
        while (start - 1 >= s.firstToken() && end - start < MAX_ANTECEDENT && !covered[start - 1]
                && NounPhrases.isNounPhrasePart(tokens.get(start - 1))) {
            start--;
        }
        if (start - 1 >= s.firstToken() && NounPhrases.isNounPhrasePart(tokens.get(start - 1))) {
            return ""; // longer than a title takes
        }
        for (int k = start; k < end; k++) {
            if (tokens.get(k).pos().equals("CD") || Subjects.isNumberWord(Phrases.low(tokens.get(k)))) {
                return ""; // "the 18,600 barrels that BP trapped", "eight times the amount that": a quantity
            }
        }
        String words = Phrases.words(text, start, end);
        // "The US coastguard admiral who Obama put in charge": an article that opened the sentence, in lower case
        return tokens.get(start).pos().equals("DT") ? words.substring(0, 1).toLowerCase(Locale.ROOT)
                + words.substring(1) : words;
    }

    /**
     * Whether the "that" at {@code that} opens a relative clause whose object it is, the clause's verb group at {@code
     * g}: after a common noun that takes no clause of its own ("the cap that BP engineers lowered", not "allegations
     * that Saudi bungling led to the deaths", talk-nouns.txt), before an active verb ("that Santer's appointment had
     * been approved" has its subject).
     */
    static boolean objectRelativeThat(List<Token> tokens, Sentence s, int that, int g, boolean[] covered) {
        if (!Phrases.low(tokens.get(that)).equals("that") || that - 1 < s.firstToken() || covered[that - 1]
                || !(tokens.get(that - 1).pos().equals("NN") || tokens.get(that - 1).pos().equals("NNS"))
                || Responses.isTalkNoun(tokens.get(that - 1))) {
            return false;
        }
        for (int k = g; k < s.endToken() && (tokens.get(k).isVerb() || tokens.get(k).pos().equals("RB")
                || tokens.get(k).pos().equals("MD")); k++) {
            if (tokens.get(k).lemma().equals("be")) {
                return false; // a passive or a progressive has its subject before it
            }
        }
        return true;
    }
}
