package dev.timeline.happening;

import dev.timeline.happening.ClauseSubjects.Subject;
import dev.timeline.text.AnalyzedText;
import dev.timeline.text.Sentence;
import dev.timeline.text.Token;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The subject a verb shares with another clause, which {@link ClauseSubjects} then reads: the first of two verbs that
 * "and" or "but" joins ("Police [arrested] the mayor and charged him"), the "be" of two participles that "and" joins
 * ("Daniel Igali [was] attacked and robbed on Monday"), the main clause's for a gerund of time ("Dock workers will go
 * back to work on Monday after reaching an agreement") or a perfect participle after it ("Dr Berg continues to run
 * her practice in Houston, having resumed work there in November"), and the clause's after a participle that opens
 * the sentence ("Delivering the results last week, chief investigator Mark Bly said ...").
 */
final class SharedSubjects {
    /** How many tokens a participle clause that opens a sentence may take before its comma. */
    private static final int PARTICIPLE_CLAUSE = 25;
    /** Words that end the search for the verb a coordinated verb shares its subject with. */
    private static final Set<String> CLAUSE_BOUNDS = Set.of(";", ":", "--", "that", "which", "who", "whom", "whose",
            "when", "while", "as", "if", "because", "since", "although", "though", "after", "before", "until",
            "said", "says", "say");
    /** The tags of a verb in a tense, which two coordinated verbs may mix. */
    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP");
    /** How far back, in words, the first of two coordinated verbs may be. */
    private static final int MAX_CONJUNCT_DISTANCE = 12;

    private SharedSubjects() {
    }

    /**
     * The subject of a participle that opens its sentence ("Delivering the results last week, chief investigator
     * Mark Bly said ..."): the subject of the clause after the participle's comma, when that subject starts right
     * after the comma and a finite verb follows it.
     */
    static Optional<Subject> ofOpeningParticiple(AnalyzedText text, Sentence s, int g, boolean[] covered,
            ClauseTitles.Names entities) {
        List<Token> tokens = text.tokens();
        if (g != ArticleProse.articleStart(text, s)) {
            return Optional.empty();
        }
        int comma = g + 1;
        // "Introduced on Oct. 3, 2001, the index": a comma inside a date is the date's
        while (comma < s.endToken() && comma - g <= PARTICIPLE_CLAUSE && (!tokens.get(comma).text().equals(",")
                || covered[comma])) {
            comma++;
        }
        if (comma >= s.endToken() || !tokens.get(comma).text().equals(",")) {
            return Optional.empty();
        }
        int verb = comma + 1;
        while (verb < s.endToken() && verb - comma <= ClauseSubjects.MAX_LONG_SUBJECT + 1
                && NounPhrases.isNounPhrasePart(tokens.get(verb))) {
            verb++;
        }
        int group = verb;
        while (verb < s.endToken() && tokens.get(verb).pos().equals("RB") && verb > comma + 1) {
            verb++; // "Elected in May 2010, Venn [never] finished his term"
        }
        if (verb >= s.endToken() || !Phrases.isFiniteOrModal(tokens.get(verb))) {
            return Optional.empty();
        }
        int subjectStart = comma + 1;
        Optional<Subject> subject = ClauseSubjects.before(text, s, group, true, covered, entities)
                .filter(x -> x.start() == subjectStart);
        if (subject.isPresent() && tokens.get(g).lowerText().equals("born")) {
            // "Born in 1948, Tony's musical career was nearly cut short": Tony was born, not the career
            java.util.regex.Matcher owner = NAMED_OWNER.matcher(subject.get().text());
            if (owner.matches()) {
                return Optional.of(new Subject(subjectStart, owner.group(1), false));
            }
        }
        return subject;
    }

    /** A subject that a name owns, group 1 the name: "Tony's musical career". */
    private static final java.util.regex.Pattern NAMED_OWNER = java.util.regex.Pattern.compile(
            "(\\p{Lu}[\\p{L}.-]*(?: \\p{Lu}[\\p{L}.-]*){0,3})['\u2019]s .+");

    /**
     * Where the passive's "be" stands whose participle "and" joins to the participle at {@code g}, which takes no
     * object: "Daniel Igali [was] attacked and robbed on Monday", "John Smith [was] arrested on Monday and charged with
     * murder" (a phrase with no verb may stand between the first participle and "and"), with a date of the sentence
     * ({@code covered}) after it or none; -1 if none.
     */
    static int sharedPassive(List<Token> tokens, Sentence s, int g, boolean[] covered) {
        int after = g + 1;
        while (after < s.endToken() && covered[after]) {
            after++; // "and sealed [last month]": a date is no object
        }
        if (g - 3 < s.firstToken() || !Phrases.low(tokens.get(g - 1)).equals("and")
                || !(tokens.get(g).pos().equals("VBN") || tokens.get(g).mayBePastParticiple())
                || after < s.endToken() && NounPhrases.isNounPhraseStart(tokens.get(after))) {
            return -1;
        }
        int participle = g - 2;
        while (participle > s.firstToken() && g - participle <= MAX_CONJUNCT_DISTANCE
                && !tokens.get(participle).pos().equals("VBN")) {
            Token t = tokens.get(participle);
            if (t.isVerb() || t.pos().equals("MD") || CLAUSE_BOUNDS.contains(Phrases.low(t)) || t.text().equals(",")
                    || Phrases.low(t).equals("and")) {
                return -1; // "was arrested after police searched his home and charged": another clause between
            }
            participle--;
        }
        if (!tokens.get(participle).pos().equals("VBN")) {
            return -1;
        }
        int be = participle - 1;
        while (be > s.firstToken() && tokens.get(be).pos().equals("RB")) {
            be--;
        }
        return tokens.get(be).isVerb() && tokens.get(be).lemma().equals("be") && be > s.firstToken() ? be : -1;
    }

    /**
     * The name that the verb before "and" took as its object, when the verb group at {@code g} shares that verb's
     * subject ({@link #firstConjunct}): "Police arrested [John Smith] on Monday and charged him on Tuesday".
     */
    static Optional<String> conjunctsNamedObject(AnalyzedText text, Sentence s, int g, boolean[] covered) {
        List<Token> tokens = text.tokens();
        int k = firstConjunct(tokens, s, g);
        if (k < 0) {
            return Optional.empty();
        }
        while (k + 1 < g && (tokens.get(k + 1).isVerb() || tokens.get(k + 1).pos().equals("RB"))) {
            k++; // "has [also] arrested": to the group's last verb
        }
        int start = k + 1;
        int end = start;
        while (end < g && !covered[end] && tokens.get(end).pos().equals("NNP")) {
            end++;
        }
        boolean possessive = end < g && tokens.get(end).pos().equals("POS");
        return end > start && !possessive ? Optional.of(Phrases.words(text, start, end)) : Optional.empty();
    }

    /**
     * Where the verb group starts whose subject the finite verb at {@code g} shares, when "and" or "but" joins it to
     * that group ("The army [arrested] the mayor and charged him"): the nearest earlier verb of the same tense in the
     * same clause, with its auxiliaries; -1 if {@code g} follows no such conjunction or no such verb is found.
     */
    static int firstConjunct(List<Token> tokens, Sentence s, int g) {
        if (g - 2 < s.firstToken() || !(Phrases.low(tokens.get(g - 1)).equals("and")
                || Phrases.low(tokens.get(g - 1)).equals("but"))) {
            return -1;
        }
        String tense = tokens.get(g).pos();
        if (!tense.equals("VBD") && !tense.equals("VBZ") && !tense.equals("VBP") && !tense.equals("VB")) {
            return -1;
        }
        // after a passive, a verb that may be a participle shares its "was" unless an object follows it: "was praised
        // abroad and vilified at home" (passive), "was expelled and joined the school" (active)
        boolean sharesPassive = g + 1 < s.endToken() && (Phrases.low(tokens.get(g + 1)).equals("by")
                || tokens.get(g).mayBePastParticiple() && !NounPhrases.isNounPhraseStart(tokens.get(g + 1)));
        // not an auxiliary's tense: "flew Jackson around the islands on Wednesday and is fielding requests" is no
        // happening of the Wednesday
        String second = tokens.get(g).lemma();
        boolean mixes = FINITE.contains(tense) && !second.equals("be") && !second.equals("have")
                && !second.equals("do");
        for (int k = g - 2; k >= Math.max(s.firstToken(), g - 1 - MAX_CONJUNCT_DISTANCE); k--) {
            Token t = tokens.get(k);
            if (CLAUSE_BOUNDS.contains(Phrases.low(t))) {
                return -1;
            }
            int group = auxiliaryGroup(tokens, s, k);
            if (group >= 0 && (tense.equals("VB") ? tokens.get(group).pos().equals("MD")
                    : t.pos().equals("VBN") && !tokens.get(group).pos().equals("MD")
                    && !(sharesPassive && tokens.get(group).lemma().equals("be")))) {
                // "He was expelled at 15 but joined the Military School in 1933", "The rebels will hold talks on
                // Monday and sign the accord": the second verb shares the first group's subject ("were withdrawn and
                // replaced by" shares its passive too, and is left to it)
                return group > s.firstToken() ? group : -1;
            }
            if (tense.equals("VB")) {
                if (t.isVerb() || t.pos().equals("MD")) {
                    return -1;
                }
                continue;
            }
            // "Ostland and Varnia already cooperate in the fight against terrorism and signed a treaty in 1995": a
            // present and a past share their subject too
            if (t.pos().equals(tense) || mixes && FINITE.contains(t.pos())) {
                String lemma = t.lemma();
                if (lemma.equals("be") || lemma.equals("have") || lemma.equals("do")) {
                    return -1; // "were withdrawn and replaced by": a participle taken for a past tense
                }
                int start = k;
                while (start - 1 >= s.firstToken() && (tokens.get(start - 1).pos().equals("RB")
                        || tokens.get(start - 1).pos().equals("MD"))) {
                    start--; // "the agency quickly recalled the drug and warned doctors"
                }
                return start > s.firstToken() ? start : -1;
            }
            if (t.isVerb() || t.pos().equals("MD")) {
                return -1; // another verb between: "officials say the bomb exploded and killed ten" is two clauses
            }
        }
        return -1;
    }

    /**
     * Words that open a gerund's clause of time inside another clause: "left on Sunday [after] reaching a deal". Not
     * "while", whose gerund tells of another person as often as of the subject ("warned BP not to ... while paying
     * out dividends").
     */
    private static final Set<String> GERUND_SUBORDINATORS = Set.of("after", "before", "since", "upon");
    /** Whether the gerund at {@code g} opens a clause of time that "after", "before", "since" or "upon" leads. */
    static boolean opensAGerundClause(List<Token> tokens, Sentence s, int g) {
        return g - 1 >= s.firstToken() && tokens.get(g).pos().equals("VBG")
                && GERUND_SUBORDINATORS.contains(Phrases.low(tokens.get(g - 1)));
    }

    /** How many words back from its gerund's subordinating word the verb of the clause around it may stand. */
    private static final int GERUND_CLAUSE_REACH = 25;

    /**
     * The subject of the gerund at {@code g} that a subordinating word of time opens ("after", "before", "since",
     * "upon"): the subject of the clause it stands in, whose finite verb is the last before it in the
     * sentence ("Dock workers will go back to work on Monday after reaching an agreement": the dock workers reach it).
     * Empty when no finite verb stands before, or punctuation or a relative word stands between ("had lunch with Lien
     * Chan, who is also vice president, before leaving": the verb after "who" is not the clause's).
     */
    static Optional<Subject> ofSubordinateGerund(AnalyzedText text, Sentence s, int g, boolean[] covered,
            ClauseTitles.Names entities) {
        List<Token> tokens = text.tokens();
        if (!opensAGerundClause(tokens, s, g)) {
            return Optional.empty();
        }
        if (g - 1 == s.firstToken()) {
            return subjectAfterTheComma(text, s, g, covered, entities);
        }
        return subjectOfTheVerbBefore(text, s, g - 2, covered, entities);
    }

    /**
     * The subject of the main clause after the comma that closes a gerund's clause opening the sentence, at {@code g}
     * ("After striking down the curfew on Monday, a judge in Talmont rejected the appeal": the judge struck it down):
     * the subject before the first finite verb after the comma; empty when none follows within {@value
     * #GERUND_CLAUSE_REACH} words.
     */
    private static Optional<Subject> subjectAfterTheComma(AnalyzedText text, Sentence s, int g, boolean[] covered,
            ClauseTitles.Names entities) {
        List<Token> tokens = text.tokens();
        int comma = g + 1;
        while (comma < s.endToken() && !tokens.get(comma).text().equals(",")) {
            comma++;
        }
        int closed = comma;
        for (int k = comma + 2; k < Math.min(s.endToken(), comma + GERUND_CLAUSE_REACH); k++) {
            if (tokens.get(k).isVerb() && Phrases.isFiniteOrModal(tokens.get(k))) {
                return ClauseSubjects.before(text, s, k, true, covered, entities).filter(x -> x.start() > closed);
            }
        }
        return Optional.empty();
    }

    /**
     * The subject of the clause whose finite verb is the last at or before token {@code from}, within {@value
     * #GERUND_CLAUSE_REACH} words; empty when punctuation or a relative word comes first.
     */
    private static Optional<Subject> subjectOfTheVerbBefore(AnalyzedText text, Sentence s, int from,
            boolean[] covered, ClauseTitles.Names entities) {
        List<Token> tokens = text.tokens();
        for (int k = from; k >= Math.max(s.firstToken(), from + 1 - GERUND_CLAUSE_REACH); k--) {
            Token t = tokens.get(k);
            if (!covered[k] && !Character.isLetterOrDigit(t.text().charAt(0))
                    || ClauseSubjects.RELATIVES.contains(Phrases.low(t))) {
                return Optional.empty();
            }
            int group = auxiliaryGroup(tokens, s, k);
            if (t.isVerb() && (Phrases.isFiniteOrModal(t) || group >= 0)) {
                int start = group >= 0 ? group : k;
                while (start - 1 >= s.firstToken() && tokens.get(start - 1).pos().equals("RB")) {
                    start--;
                }
                return start > s.firstToken() ? ClauseSubjects.before(text, s, start, true, covered, entities)
                        : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * The subject of a perfect participle's clause that a comma sets after the main clause, "having" at {@code g}: the
     * main clause's subject, whose finite verb is the last before the comma ("Dr Berg continues to run her practice in
     * Houston, having resumed work there in November": Dr Berg resumed it). Empty when punctuation or a relative word
     * stands between that verb and the comma.
     */
    static Optional<Subject> ofTrailingPerfectParticiple(AnalyzedText text, Sentence s, int g, boolean[] covered,
            ClauseTitles.Names entities) {
        List<Token> tokens = text.tokens();
        if (g - 2 < s.firstToken() || !Phrases.low(tokens.get(g)).equals("having")
                || !tokens.get(g - 1).text().equals(",")) {
            return Optional.empty();
        }
        return subjectOfTheVerbBefore(text, s, g - 2, covered, entities);
    }

    /**
     * Where the auxiliaries before the verb at {@code k} start, adverbs among them, when a modal, "be" or "have" stands
     * right before it ("was founded", "will hold", "has quickly filed"); -1 when the verb has none or {@code k} is no
     * verb.
     */
    private static int auxiliaryGroup(List<Token> tokens, Sentence s, int k) {
        if (!tokens.get(k).isVerb()) {
            return -1;
        }
        int start = k;
        boolean auxiliary = false;
        while (start - 1 >= s.firstToken()) {
            Token b = tokens.get(start - 1);
            if (b.pos().equals("MD") || b.isVerb() && (b.lemma().equals("be") || b.lemma().equals("have"))) {
                auxiliary = true;
            } else if (!b.pos().equals("RB")) {
                break;
            }
            start--;
        }
        while (start < k && tokens.get(start).pos().equals("RB")) {
            start++;
        }
        return auxiliary ? start : -1;
    }
}
