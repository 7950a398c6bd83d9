package dev.timeline.happening;

import dev.timeline.text.AnalyzedText;
import dev.timeline.text.LanguageLayer;
import dev.timeline.text.Sentence;
import dev.timeline.text.Token;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The subject of a verb's clause, read leftwards from its verb group: a noun phrase that may hold prepositional
 * phrases ("Tens of thousands of mourners", "The UN Human Rights Commission in Geneva") and parenthesized acronyms,
 * past a date between it and its verb ("The rescue team on Monday evacuated"), after a verb of saying ("Police said
 * a bomb exploded"), or "he" and "she" standing for the article's main person ({@link PersonReferents}). Gives none
 * for a relative clause whose object the pronoun is, a phrase cut by the length limit, a phrase that points back
 * ("Those talks") or denies ("No talks"). Stateless.
 */
final class ClauseSubjects {
    /** Prepositions that introduce a date between a subject and its verb ("The team on Monday evacuated"). */
    static final Set<String> DATE_PREPOSITIONS = Set.of("on", "in", "at", "during", "early", "late");
    static final Set<String> RELATIVES = Set.of("who", "which", "that");
    /** Reflexive pronouns that stress the subject right before its verb: "Canada itself withdrew". */
    private static final Set<String> EMPHATIC = Set.of("itself", "himself", "herself", "themselves");
    /** Marks that set a relative clause off from its antecedent: a comma or a dash. */
    static final Set<String> CLAUSE_MARKS = Set.of(",", "-", "--", "\u2013", "\u2014");
    private static final Set<String> ANAPHORIC_NOUNS = Lexicons.firstColumn("anaphoric-nouns.txt");
    /** Verbs whose clause reports another, the subject of which follows them ("Police said a bomb exploded"). */
    private static final Set<String> REPORTING = Lexicons.firstColumn("reporting-verbs.txt");
    private static final Set<String> PERSONAL = Set.of("he", "she");
    static final int MAX_SUBJECT = 8;
    /** Marks that set an apposition off after the name it describes: "Hamas -- the Islamist movement that". */
    private static final Set<String> APPOSITION_MARKS = Set.of(",", "--", "\u2014");
    /** Adverbs that make the participle after them an adjective of the noun after it: "the newly elected leader". */
    private static final Set<String> PARTICIPLE_ADVERBS = Set.of("newly", "recently", "freshly", "democratically",
            "popularly", "directly");
    /** Prepositions before a place that a relative's antecedent crosses: "the conflict in Sierra Leone that ended". */
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "on", "near", "off");
    /**
     * Prepositions after which a phrase that "who" follows is where people are from or at, not who they are: "leaders
     * from 34 countries who attended", "officials in the province who".
     */
    private static final Set<String> PEOPLE_PREPOSITIONS = Set.of("from", "in", "at", "near", "across");
    /**
     * Pronouns that open a relative clause whose object they are: "the admiral whom the president put in charge"
     * ("that" is left out: it opens reported clauses as often, "officials said that the bus crashed").
     */
    private static final Set<String> OBJECT_RELATIVES = Set.of("who", "whom", "which");
    /** The longest subject with a preposition inside, in words: "The UN Human Rights Commission in Geneva". */
    static final int MAX_LONG_SUBJECT = 10;
    /** How many tokens a participle clause that opens a sentence may take before its comma. */
    private static final int PARTICIPLE_CLAUSE = 25;
    /**
     * Words of the first and second person: a subject with one speaks for a column, a reader or a quoted speaker
     * ("My assignment", "part of my soul"), not for news. As written: "US" is a country.
     */
    private static final Set<String> FIRST_AND_SECOND_PERSON = Set.of("I", "my", "My", "we", "We", "our", "Our", "you",
            "You", "your", "Your", "me", "us");
    /** Words that end the search for the verb a coordinated verb shares its subject with. */
    private static final Set<String> CLAUSE_BOUNDS = Set.of(";", ":", "--", "that", "which", "who", "whom", "whose",
            "when", "while", "as", "if", "because", "since", "although", "though", "after", "before", "until",
            "said", "says", "say");
    /** A name in capitals, which the tagger may take for a common noun: "COMESA", "G20", "SADC". */
    private static final java.util.regex.Pattern ACRONYM = java.util.regex.Pattern.compile("[A-Z][A-Z0-9&-]+");
    /** Articles that open a sentence: one inside a subject starts it, what comes before is a headline's rest. */
    static final Set<String> CAPITAL_ARTICLES = Set.of("The", "A", "An");
    /** How far back, in words, the first of two coordinated verbs may be. */
    private static final int MAX_CONJUNCT_DISTANCE = 12;
    /** The most tokens of an aside between dashes that a relative's antecedent is sought across. */
    private static final int MAX_ASIDE = 40;
    /** Words that make the number after them approximate: "about 70 miles", "some 20 km". */
    private static final Set<String> APPROXIMATORS = Set.of("about", "some", "nearly", "almost", "around",
            "roughly", "approximately", "over");
    /** Words that compare an amount before "than": "more than 5,000 feet". */
    private static final Set<String> COMPARED_AMOUNTS = Set.of("more", "less", "fewer");

    /** Conjunctions that open a subordinate clause with a subject of its own ("since Obama took office"). */
    static final Set<String> SUBORDINATORS = Set.of("since", "although", "though", "after", "before", "when",
            "while", "because", "once", "until", "whereas");
    /** A subject that is a person's title alone: "The president", "the prime minister". */
    private static final java.util.regex.Pattern TITLED = java.util.regex.Pattern.compile(
            "(?i)the (president|prime minister|premier|chancellor|king|queen|pope|governor|mayor|foreign minister"
            + "|secretary-general|chief executive|senator|general)");
    /** A subject that is "the" and a noun, maybe "late" or "former" between: "The late singer". */
    private static final java.util.regex.Pattern DESCRIBED = java.util.regex.Pattern.compile(
            "(?i)the (?:late |former )?([a-z-]+)");
    /** Nouns by which a story calls its main person ({@code person-nouns.txt}). */
    private static final Set<String> PERSON_NOUNS = Lexicons.firstColumn("person-nouns.txt");
    /** A subject of the main company's stock without its name: "The shares", "Its stock". */
    private static final java.util.regex.Pattern SHARES = java.util.regex.Pattern.compile(
            "(?i)(?:the|its) (?:shares|stock|share price)");
    /** A subject that stands for the organization an article is about: "The company", "the oil giant". */
    private static final java.util.regex.Pattern COMPANY = java.util.regex.Pattern.compile(
            "(?i)the (?:company|firm|oil giant|oil company|energy giant|carrier|airline|automaker)");
    /** Small words that stand inside names: "Organization for Security and Cooperation in Europe". */
    private static final Set<String> NAME_WORDS = Set.of("for", "and", "of", "in", "on", "the", "de", "&");
    /**
     * Prepositions that may stand inside a subject, between two noun phrases ("Talks between Serbia and Kosovo
     * stalled").
     */
    static final Set<String> SUBJECT_PREPOSITIONS = Set.of("of", "in", "at", "from", "for", "on", "aboard", "near",
            "off", "outside", "inside", "along", "per", "by", "to", "between", "with", "among", "into");

    /** Articles, which open a noun phrase: no subject ends on one. */
    private static final Set<String> ARTICLES = Set.of("the", "a", "an");

    private ClauseSubjects() {
    }

    /**
     * A subject: where it starts (token index), its words as written, whether the verb agrees with it in the plural,
     * and the noun phrase a relative clause's verb takes as its object when the clause opens with it ("the cap that BP
     * engineers lowered": "the cap"), else "".
     */
    record Subject(int start, String text, boolean plural, String relativeObject) {
        /** A subject whose verb's object is its own to read. */
        Subject(int start, String text, boolean plural) {
            this(start, text, plural, "");
        }
    }

    /**
     * Whether the last word of {@code name} stands in sentence {@code s} after the pronoun at {@code pronoun}: "He took
     * over from Marsh" names another than Marsh, whatever the article is about.
     */
    private static boolean namedAfter(List<Token> tokens, Sentence s, int pronoun, String name) {
        String surname = name.substring(name.lastIndexOf(' ') + 1);
        for (int i = pronoun + 1; i < s.endToken(); i++) {
            if (tokens.get(i).text().equals(surname)) {
                return true;
            }
        }
        return false;
    }

    /**
     * How many of tokens {@code [from, end)} are small words inside a name, between two capitalized words
     * ("Organization [for] Security [and] Cooperation [in] Europe").
     */
    private static int innerNameWords(List<Token> tokens, int from, int end) {
        int n = 0;
        for (int k = from + 1; k + 1 < end; k++) {
            if (NAME_WORDS.contains(tokens.get(k).text()) && Character.isUpperCase(tokens.get(k - 1).text().charAt(0))
                    && Character.isUpperCase(tokens.get(k + 1).text().charAt(0))) {
                n++;
            }
        }
        return n;
    }

    /** Whether the phrase of tokens {@code [from, end)} ends on the name of a person of the document. */
    private static boolean isPersonName(AnalyzedText text, int from, int end, ClauseTitles.Names entities) {
        int stop = text.tokens().get(end - 1).end();
        int start = text.tokens().get(from).start();
        return entities.persons().stream().anyMatch(p -> p.end() == stop && p.start() >= start);
    }

    /**
     * Whether tokens {@code from} to {@code end}, after "in", "on" or "near", name a place, adjectives before it aside:
     * a place of the gazetteer, or proper nouns ("neighboring Sierra Leone", "Darfur").
     */
    private static boolean isPlace(AnalyzedText text, int from, int end) {
        List<Token> tokens = text.tokens();
        int start = from;
        while (start < end && !Character.isUpperCase(tokens.get(start).text().charAt(0))) {
            start++;
        }
        if (start == end) {
            return false;
        }
        int first = tokens.get(start).start();
        int last = tokens.get(end - 1).end();
        if (Gazetteer.place(text.text().substring(first, last)).isPresent()) {
            return true;
        }
        // a name after "in", "on" or "near" is a place ("in Sierra Leone", "on Lebanon"), whatever the document's
        // guesses of persons made of two capitalized words
        for (int i = start; i < end; i++) {
            if (!tokens.get(i).pos().startsWith("NNP") && !tokens.get(i).text().equals(",")) {
                return false; // "in Cancun, Mexico": a place and its country
            }
        }
        return true;
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
        while (comma < s.endToken() && comma - g <= PARTICIPLE_CLAUSE && !tokens.get(comma).text().equals(",")) {
            comma++;
        }
        if (comma >= s.endToken() || !tokens.get(comma).text().equals(",")) {
            return Optional.empty();
        }
        int verb = comma + 1;
        while (verb < s.endToken() && verb - comma <= MAX_LONG_SUBJECT + 1
                && Phrases.isNounPhrasePart(tokens.get(verb))) {
            verb++;
        }
        if (verb >= s.endToken() || !Phrases.isFiniteOrModal(tokens.get(verb))) {
            return Optional.empty();
        }
        int subjectStart = comma + 1;
        return before(text, s, verb, true, covered, entities).filter(x -> x.start() == subjectStart);
    }

    /**
     * The subject of the verb group that starts at token {@code g} of sentence {@code s}, if its clause names one.
     * {@code objectFollows} tells whether an object follows the verb; {@code covered} marks tokens of time
     * expressions.
     */
    static Optional<Subject> before(AnalyzedText text, Sentence s, int g, boolean objectFollows, boolean[] covered,
            ClauseTitles.Names entities) {
        Optional<Subject> found = before(text, s, g, objectFollows, covered, entities, false);
        if (found.isPresent() && !found.get().plural() && text.tokens().get(g).pos().equals("VBP")) {
            // "Britain's new licensing laws which allow pubs to apply for drinking in some areas come into force":
            // the plural verb agrees with the noun a restrictive relative clause follows, not with the nearest one
            Optional<Subject> agreeing = beforeRelative(text, s, found.get().start(), covered, true);
            if (agreeing.isPresent()) {
                return agreeing;
            }
        }
        // "A Twin Otter aircraft which had been missing since Friday in Papua province, was found": a comma may close a
        // restrictive relative clause that none opened
        int end = g - 1 >= s.firstToken() && text.tokens().get(g - 1).text().equals(",") ? g - 1 : g;
        if (found.isEmpty() && end - 1 >= s.firstToken() && endsARelativePredicate(text.tokens().get(end - 1))
                && text.tokens().get(g).isVerb() && Phrases.isFiniteOrModal(text.tokens().get(g))) {
            // "Eleven workers who live in Houma were treated", "A Twin Otter aircraft which went missing was found":
            // after the relative clause's last word, the clause's subject is what "who" or "which" tells of ("a
            // journalist who was shot and burned" is the relative's own)
            return beforeRelative(text, s, end, covered, false);
        }
        return found;
    }

    /**
     * The last subordinating word of {@link #SUBORDINATORS} between {@code floor} and {@code end}, a noun phrase after
     * it, no verb after it up to the first comma and no comma before it: the word that opens the clause whose subject
     * ends at {@code end} ("when the rig, leased by BP, exploded"); -1 if none.
     */
    private static int subordinatorBefore(List<Token> tokens, int floor, int end, boolean[] covered) {
        for (int i = end - 1; i >= floor; i--) {
            if (opensASubordinateClause(tokens, i, end)) {
                if (i + 1 >= end || covered[i + 1] || !Phrases.isNounPhraseStart(tokens.get(i + 1))
                        && !participleBeforeNoun(tokens, i + 1, end)) {
                    return -1; // "since 1996", "after reaching": no subject of its own
                }
                for (int k = i + 1; k < end && !tokens.get(k).text().equals(","); k++) {
                    if (tokens.get(k).isVerb() && !participleBeforeNoun(tokens, k, end)) {
                        return -1; // "when masked/VBN men stormed": a participle before its noun is the phrase's
                    }
                }
                for (int k = floor; k < i; k++) {
                    if (tokens.get(k).text().equals(",")) {
                        return -1; // "Mugabe, who has led his country since its independence, completes": an aside's
                    }
                }
                return i;
            }
        }
        return -1;
    }

    /** Whether token {@code k}, before {@code end}, is a participle before a noun: "masked/VBN men". */
    private static boolean participleBeforeNoun(List<Token> tokens, int k, int end) {
        return tokens.get(k).pos().equals("VBN") && k + 1 < end && tokens.get(k + 1).isNoun();
    }

    /** Words before "as" that make it no conjunction: "such as", "as well as", "known as", "the same as". */
    private static final Set<String> AS_NO_CONJUNCTION = Set.of("such", "well", "so", "same", "just", "known",
            "as", "soon", "far", "long", "much", "many");

    /**
     * Whether the word at {@code at} opens a subordinate clause whose subject runs up to {@code end}: a word of {@link
     * #SUBORDINATORS}, or "as" before a noun phrase that names someone, with no preposition and no comma in it
     * ("scored twice as Chelsea beat Arsenal on Saturday"), not a role ("ousted as party chairwoman by a faction"), a
     * cause ("as a result of shortages caused by drought") or a market's mood ("opened higher as the rally
     * returned", "as investors hunted for bargains": the background of a quote, no happening of its own).
     */
    private static boolean opensASubordinateClause(List<Token> tokens, int at, int end) {
        String word = Phrases.low(tokens.get(at));
        if (SUBORDINATORS.contains(word)) {
            return true;
        }
        if (!word.equals("as") || at > 0 && AS_NO_CONJUNCTION.contains(Phrases.low(tokens.get(at - 1)))) {
            return false;
        }
        boolean named = false;
        for (int k = at + 1; k < end; k++) {
            String pos = tokens.get(k).pos();
            if (pos.equals("IN") || pos.equals("TO") || tokens.get(k).text().equals(",")) {
                return false;
            }
            named |= Character.isUpperCase(tokens.get(k).text().charAt(0));
        }
        return named;
    }

    /**
     * Whether {@code t} is an acronym in capitals, which is singular even when it ends in "S" ("SARS killed", "AIDS
     * kills"); a plural acronym ends in a small "s" ("NGOs").
     */
    static boolean isAcronym(Token t) {
        String w = t.text();
        if (w.length() < 2) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) { // a loop, not a stream: Phrases.low asks it of every noun
            char c = w.charAt(i);
            if (!Character.isUpperCase(c) && c != '.' && c != '&') {
                return false;
            }
        }
        return true;
    }

    /** How many words back from a singular subject a relative clause's plural antecedent may stand. */
    private static final int RELATIVE_REACH = 15;

    /**
     * Whether {@code t} may end the predicate of a relative clause right before the main clause's verb: a noun ("who
     * live in Houma"), a participle or an adjective ("which went missing", "who was injured").
     */
    private static boolean endsARelativePredicate(Token t) {
        return t.isNoun() || t.pos().equals("VBG") || t.pos().equals("VBN") || t.pos().startsWith("JJ");
    }

    /**
     * The noun phrase that opens the sentence or a clause after a comma, right before a restrictive "who" or "which"
     * (or, when {@code plural}, a plural one before "that" too) at most {@value #RELATIVE_REACH} words before
     * {@code start}, with no comma between; empty if none.
     */
    private static Optional<Subject> beforeRelative(AnalyzedText text, Sentence s, int start, boolean[] covered,
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
            while (k - 1 >= articleStart && (Phrases.isNounPhrasePart(tokens.get(k - 1))
                    || tokens.get(k - 1).pos().equals("POS")) && !covered[k - 1]) {
                k--;
            }
            boolean opens = k == articleStart || tokens.get(k - 1).text().equals(",");
            return opens ? Optional.of(new Subject(k, Phrases.words(text, k, w), nounPlural)) : Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * The noun phrase that a participle at token {@code g} modifies, governed by a verb or preposition before it
     * ("replaces a credit line [created last fall]"): read as {@link #before} reads a subject.
     */
    static Optional<Subject> modified(AnalyzedText text, Sentence s, int g, boolean[] covered,
            ClauseTitles.Names entities) {
        return before(text, s, g, false, covered, entities, true);
    }

    private static Optional<Subject> before(AnalyzedText text, Sentence s, int g, boolean objectFollows,
            boolean[] covered, ClauseTitles.Names entities, boolean governed) {
        List<Token> tokens = text.tokens();
        int conjunct = firstConjunct(tokens, s, g);
        if (conjunct < 0) {
            conjunct = sharedPassive(tokens, s, g, covered); // "Igali was attacked and [robbed]": "was" and its subject
        }
        if (conjunct >= 0) {
            // "Police arrested the mayor and charged him with fraud": the second verb shares the first one's subject
            return before(text, s, conjunct, true, covered, entities);
        }
        int subjectEnd = g;
        boolean relative = false;
        if (subjectEnd - 1 >= s.firstToken() && RELATIVES.contains(Phrases.low(tokens.get(subjectEnd - 1)))) {
            relative = true;
            subjectEnd--;
            if (subjectEnd - 1 >= s.firstToken() && (tokens.get(subjectEnd - 1).isVerb() || subjectEnd - 2
                    >= s.firstToken() && tokens.get(subjectEnd - 2).pos().equals("TO"))) {
                return Optional.empty(); // "to trace who received the money": a question's "who", no antecedent
            }
            if (subjectEnd - 1 >= s.firstToken() && (CLAUSE_MARKS.contains(Phrases.low(tokens.get(subjectEnd - 1)))
                    || tokens.get(subjectEnd - 1).text().equals("("))) {
                // "Tony Hayward, who ...", "Tony Hayward - who is to leave in October -" and "the Texas City refinery
                // explosion (which killed 15 ...)"
                subjectEnd--;
                boolean who = Phrases.low(tokens.get(g - 1)).equals("who");
                int opening = Asides.openingOf(tokens, s, subjectEnd, MAX_ASIDE);
                int comma = who ? commaBefore(tokens, s, subjectEnd) : -1;
                Optional<Subject> described = comma > s.firstToken() ? PersonReferents.personEndingAt(
                        text, tokens.get(comma - 1).end(), s.firstToken(), entities, true) : Optional.empty();
                if (described.isPresent()) {
                    // "Giacinto Facchetti, former skipper of the Italian national team, who died": the person the
                    // aside describes, not the team in it
                    return described;
                }
                if (!who && opening > s.firstToken()) {
                    // "the Iraq Study Group -- a panel headed by James Baker -- which is due to": what the aside
                    // describes, before it
                    subjectEnd = opening;
                }
            }
        }
        subjectEnd = SubjectEnds.beforeDate(tokens, s, subjectEnd, covered);
        if (subjectEnd - 1 > s.firstToken() && EMPHATIC.contains(Phrases.low(tokens.get(subjectEnd - 1)))) {
            subjectEnd--; // "Canada itself withdrew the request": the pronoun stresses the subject before it
        }
        if (subjectEnd - 2 > s.firstToken() && Phrases.isQuote(tokens.get(subjectEnd - 1).text())
                && tokens.get(subjectEnd - 2).text().equals(",")) {
            subjectEnd--; // "Obama, who has told aides to "plug the damn hole," will head": the quote closes the aside
        }
        // "Photograph: Jo Bloggs/AFP Ships were ...": a credit or a page's stamp before the article's sentence is no
        // part of its subject (page-furniture.txt)
        int floor = ArticleProse.articleStart(text, s);
        if (!relative) {
            // "when the rig, leased by BP, exploded": a subordinate clause's subject opens after its word
            int opener = subordinatorBefore(tokens, floor, subjectEnd, covered);
            subjectEnd = SubjectEnds.beforeParenthetical(tokens, s, opener >= 0 ? opener + 1 : floor, subjectEnd,
                    covered, entities);
            subjectEnd = SubjectEnds.beforeBrackets(tokens, s, subjectEnd);
        }
        if (relative && Phrases.low(tokens.get(g - 1)).equals("who") && subjectEnd - 1 >= s.firstToken()
                && tokens.get(subjectEnd - 1).pos().equals("NNP")) {
            // "calls for the ouster of Arroyo, who survived": "who" stands for the name after "of", not the phrase
            int name = subjectEnd - 1;
            while (name - 1 >= s.firstToken() && tokens.get(name - 1).pos().equals("NNP")) {
                name--;
            }
            if (name - 1 >= s.firstToken() && Phrases.low(tokens.get(name - 1)).equals("of")) {
                return Optional.of(new Subject(name, Phrases.words(text, name, subjectEnd), false));
            }
        }
        if (subjectEnd - 1 >= s.firstToken() && ARTICLES.contains(Phrases.low(tokens.get(subjectEnd - 1)))) {
            return Optional.empty(); // "in the wake of the failed 1956 uprising": a participle inside a noun phrase
        }
        int subjectStart = subjectEnd;
        int head = subjectEnd - 1;
        boolean crossed = false;
        boolean limited = false;
        boolean conjoined = false;
        int acronyms = 0; // the words of parenthesized acronyms, not counted against the limit
        while (subjectStart - 1 >= floor) {
            int participle = relative || governed ? -1 : participleOfInfinitive(tokens, s, subjectStart - 1, covered);
            if (participle >= 0) {
                // "An Islamic teacher believed to have recruited suicide bombers was convicted": the teacher was; the
                // words of the participle's clause do not count against the limit
                crossed = true;
                acronyms += subjectStart - participle;
                head = participle - 1;
                subjectStart = participle;
                continue;
            }
            if (subjectStart < subjectEnd && SubjectPhrases.opensAnotherPhrase(tokens, s, subjectStart)) {
                // "told journalists [the striker] injured his knee": the hearer of a telling, then its clause
                boolean afterAHearer = subjectStart - 2 >= floor && isReportingVerb(tokens.get(subjectStart - 2));
                if (tokens.get(subjectStart).text().equals("the") && !afterAHearer
                        && !SubjectPhrases.afterAFrontedPhrase(tokens, floor, subjectStart)) {
                    return Optional.empty(); // "The commitment [the president made] yesterday": its object is before
                }
                break; // "At last Wednesday's initial case [the judge] ordered"
            }
            // "the recently announced iPhone 4": "recently", a date of its own, is the participle's adverb
            if (covered[subjectStart - 1] && !adverbInsidePhrase(tokens, s, subjectStart - 1)) {
                int date = SubjectPhrases.modifyingDate(tokens, floor, subjectStart, subjectEnd, covered);
                if (date < 0) {
                    break;
                }
                subjectStart = date; // "Millon's five-day visit, which started Sunday": a length inside the phrase
                continue;
            }
            int acronym = acronymBefore(tokens, s, subjectStart);
            if (acronym < 0) {
                acronym = conversionBefore(tokens, s, subjectStart);
            }
            if (acronym >= 0) {
                acronyms += subjectStart - acronym;
                subjectStart = acronym; // "Troops of Afghanistan National Army (ANA) killed": the acronym is a name
                continue;
            }
            int quoted = quotedNameBefore(tokens, floor, subjectStart, subjectEnd);
            if (quoted >= 0) {
                acronyms += subjectStart - quoted;
                subjectStart = quoted; // "A glossy "Lessons Learned" document released on Thursday by BP"
                continue;
            }
            int city = SubjectPhrases.placeBeforeItsCountry(tokens, floor, subjectStart, subjectEnd);
            if (city >= 0 && !isPersonName(text, subjectStart, subjectEnd, entities)) {
                subjectStart = city; // "The ministerial gathering in Cancun, Mexico, in 2003 broke down"
                continue;
            }
            int approximate = approximatorBefore(tokens, s, subjectStart);
            if (approximate >= 0) {
                acronyms += subjectStart - approximate;
                subjectStart = approximate; // "a platform about 70 miles southwest of the rig was destroyed"
                continue;
            }
            // a relative's antecedent crosses "of" where the phrase before it counts, names or causes
            // (RelativeAntecedents: "one of the men who died", not "the owner of the rig that exploded"), and "in",
            // "on" or "near" before a place that "which" or "that" follows ("the conflict in Sierra Leone that ended
            // in 2001": a place does not end; "an analyst at S&P, which lowered", "a band for Nirvana who" stay)
            String preposition = Phrases.low(tokens.get(subjectStart - 1));
            // "The Partnership for Peace, which was created by NATO": a name goes on across its preposition
            boolean insideAName = subjectStart - 2 >= s.firstToken()
                    && Character.isUpperCase(tokens.get(subjectStart - 2).text().charAt(0))
                    && Character.isUpperCase(tokens.get(subjectStart).text().charAt(0));
            boolean who = relative && Phrases.low(tokens.get(g - 1)).equals("who");
            if (!governed && innerPreposition(tokens, s, subjectStart - 1, subjectStart, subjectEnd - acronyms, covered)
                    && !(relative && !preposition.equals("of") && !insideAName
                    && !(PLACE_PREPOSITIONS.contains(preposition) && !who && isPlace(text, subjectStart, subjectEnd))
                    && !(who && PEOPLE_PREPOSITIONS.contains(preposition)
                    && !isPersonName(text, subjectStart, subjectEnd, entities))
                    && !preposition.equals("per"))
                    && !(relative && preposition.equals("of")
                    && !RelativeAntecedents.crossesOf(tokens, subjectStart - 1, subjectEnd, g, covered))) {
                crossed = true;
                head = subjectStart - 2; // "Tens of thousands of mourners": the head is before the first "of"
                if (adjectivesPreposition(tokens, s, subjectStart - 1)) {
                    head--; // "Thousands of supporters loyal to a former ruler": the noun the adjective follows
                }
            } else if (!relative && !governed
                    && participleModifier(tokens, s, subjectStart - 1, subjectStart, subjectEnd, covered)) {
                crossed = true;
                head = subjectStart - 2; // "A military truck carrying missile parts exploded": the truck did
            } else if (!(Phrases.isNounPhrasePart(tokens.get(subjectStart - 1))
                    || Phrases.isConjunctionOfNames(tokens, s, subjectStart - 1)
                    || Phrases.isConjunctionOfModifiers(tokens, s, subjectStart - 1)
                    || Phrases.isAndInsideAName(tokens, s, subjectStart - 1)
                    || Phrases.isAmpersandInAName(tokens, s, subjectStart - 1)
                    || adjectivalParticiple(tokens, s, subjectStart - 1)
                    || adverbInsidePhrase(tokens, s, subjectStart - 1)
                    || verbInsidePhrase(tokens, s, subjectStart - 1, subjectEnd))
                    || opensASubordinateClause(tokens, subjectStart - 1, subjectEnd)
                    || Phrases.isSpacedDash(tokens, subjectStart - 1)) {
                // "after/JJR prime minister Churchill overruled": a conjunction, whatever its tag; "a case of the
                // virus - an Australian doctor who arrived": a dash between spaces ends the phrase
                break;

            } else if (subjectEnd - subjectStart - acronyms - innerNameWords(tokens, subjectStart, subjectEnd)
                    >= (crossed || conjoined ? MAX_LONG_SUBJECT : MAX_SUBJECT)) {
                limited = true; // "The summit of the Organization for Security and Cooperation in Europe": the
                break; // name's small words do not count
            }
            // "Some 11 Palestinians and three Israeli border police officers were injured": two noun phrases, each
            // short, may together pass the limit of one
            conjoined |= Phrases.isConjunctionOfNames(tokens, s, subjectStart - 1);
            subjectStart--; // "China and Pakistan launched": both conjuncts are the subject
        }
        Optional<Subject> listed = relative || governed || subjectStart - 1 < s.firstToken()
                || !(tokens.get(subjectStart - 1).text().equals(",") || limited || conjoined) ? Optional.empty()
                : NameLists.personsEndingAt(text, s, subjectEnd, entities);
        if (listed.isPresent()) {
            return listed; // "Justin Bieber, Cameron Diaz, Lenny Kravitz, Ryan Seacrest": all of them, not the last
        }
        if (conjoined && !limited) {
            subjectStart = SubjectPhrases.listStart(tokens, floor, subjectStart, covered);
            if (subjectStart < 0) {
                return Optional.empty(); // the list's noun is of another, which the scan did not reach
            }
        }
        if (limited) {
            // "Men's 3000m steeplechase world record holder Saif Saaeed Shaheen made": a long description ends on the
            // person it describes, who is the actor; else the length limit cut the subject: "[A gagging order on]
            // the former minister" is no actor
            Optional<Subject> person = PersonReferents.personEndingAt(text, tokens.get(subjectEnd - 1).end(),
                    subjectStart, entities);
            return person.isPresent() || !crossed || relative || governed ? person
                    : SubjectPhrases.headOfLongSubject(tokens, s, floor, subjectStart, subjectEnd, covered)
                    .map(end -> new Subject(end[0], Phrases.words(text, end[0], end[1]),
                            tokens.get(end[2]).pos().equals("NNS")
                            || Phrases.isConjunctionOfNames(tokens, s, end[2] - 1)
                            || Phrases.words(text, end[0], end[1]).contains(" and ")));
        }
        String subject;
        boolean plural;
        String relativeObject = "";
        if (subjectStart < subjectEnd) {
            while (subjectStart < subjectEnd && (!Phrases.isNounPhraseStart(tokens.get(subjectStart))
                    && !Phrases.isParticipleAsFirstAdjective(tokens, s.firstToken(), subjectStart)
                    && !adjectivalParticiple(tokens, s, subjectStart) // "said that masked/VBN men robbed"
                    && !opensAnAmount(tokens, s, subjectStart) // "A ferry carrying over/RB 300 passengers"
                    || Subjects.CONNECTIVES.contains(Phrases.low(tokens.get(subjectStart))))) {
                subjectStart++; // "However Jane died": a connective the tagger took for a name opens no subject
            }
            if (quotationMarks(tokens, subjectStart, subjectEnd) % 2 == 1) {
                return Optional.empty(); // "The so-called "top kill" procedure": a quote cut in two names nothing
            }
            for (int k = subjectEnd - 1; k > subjectStart; k--) {
                if (CAPITAL_ARTICLES.contains(tokens.get(k).text())) {
                    subjectStart = k; // "Industrial Average: +247.14 The government": a capital article opens it
                    break;
                }
            }
            if (relative && (tokens.get(subjectStart).pos().equals("DT")
                    || Phrases.low(tokens.get(subjectStart)).equals("one")) && subjectStart - 2 >= s.firstToken()
                    && APPOSITION_MARKS.contains(tokens.get(subjectStart - 1).text())) {
                // "Lamar McKay, the BP official who visited Capitol Hill", "Ferenc Puskas, one of the greatest
                // footballers of all time who led", "Hamas -- the Islamist movement that swept": the name the
                // description stands beside
                Optional<Subject> named = PersonReferents.personEndingAt(text, tokens.get(subjectStart - 2).end(),
                        s.firstToken(), entities, true);
                if (named.isEmpty()) {
                    named = nameBefore(text, s, subjectStart - 1, covered); // "Hurricane Alex, the first cyclone"
                }
                if (named.isPresent()) {
                    return named;
                }
            }
            String article = Phrases.low(tokens.get(subjectStart));
            // "are old enemies who signed": a plural without an article is what the subject of "be" is, too
            String opening = tokens.get(subjectStart).pos();
            boolean bare = (opening.startsWith("JJ") || opening.equals("NNS") || opening.equals("CD"))
                    && g - 2 >= s.firstToken() && !tokens.get(g - 2).text().equals(","); // not "of a coup, which"
            if (relative && (article.equals("a") || article.equals("an") || bare) && subjectStart - 2 >= s.firstToken()
                    && tokens.get(subjectStart - 1).isVerb() && tokens.get(subjectStart - 1).lemma().equals("be")) {
                // "COMESA is a preferential trading bloc that was formed in 1994": what the subject of "be" is was
                // formed ("Norsk and Baltico are old rivals who signed a truce": both signed)
                Optional<Subject> named = before(text, s, subjectStart - 1, true, covered, entities);
                if (named.isEmpty()) {
                    named = nameBefore(text, s, subjectStart - 1, covered);
                }
                Token before = tokens.get(subjectStart - 2);
                if (named.isEmpty() && ACRONYM.matcher(before.text()).matches() && (subjectStart - 3 < s.firstToken()
                        || tokens.get(subjectStart - 3).pos().equals("DT"))) {
                    named = Optional.of(new Subject(subjectStart - 2, before.text(), false)); // "The G20/NN is"
                }
                if (named.isEmpty()) {
                    named = capitalizedOpening(text, s, subjectStart - 1); // "The Horrors/NNS are a band, who"
                }
                String copula = Phrases.low(tokens.get(subjectStart - 1));
                if (named.isPresent() && (copula.equals("are") || copula.equals("were"))) {
                    named = Optional.of(new Subject(named.get().start(), named.get().text(), true)); // "The Beatles"
                }
                if (named.isPresent()) {
                    return named;
                }
            }
            // a relative's antecedent is the one named last: "including Sunni Arabs who had snubbed an election"
            int including = relative ? -1 : includingBefore(tokens, s, subjectStart);
            if (including >= 0) {
                // "eight people, including four men, one woman and three children were killed": the people
                int start = including - 1;
                while (start - 1 >= s.firstToken() && including - 1 - start < MAX_SUBJECT
                        && Phrases.isNounPhrasePart(tokens.get(start - 1)) && !covered[start - 1]) {
                    start--;
                }
                subjectStart = start;
                subjectEnd = including - 1;
                head = subjectEnd - 1;
            }
            if (subjectStart >= subjectEnd || !Phrases.hasNoun(tokens, subjectStart, subjectEnd)) {
                return Optional.empty();
            }
            if (subjectStart - 2 >= s.firstToken() && tokens.get(subjectStart - 2).pos().equals("PRP")
                    && (Phrases.low(tokens.get(subjectStart - 1)).equals("and")
                    || Phrases.low(tokens.get(subjectStart - 1)).equals("or"))) {
                return Optional.empty(); // "he and fellow ministers would discuss": who "he" is, the subject lost
            }
            boolean quantified = Phrases.opensQuantifier(tokens, s, subjectStart - 1);
            if (quantified) {
                subjectStart--; // "At least 11 people were killed": "at" counts, it governs nothing
            }
            int approximate = relative || governed ? -1 : Phrases.approximatorStart(tokens, s, subjectStart);
            if (approximate >= 0 && (opensAClause(tokens, s, approximate)
                    || Phrases.isConjunctionOfCounts(tokens, s, approximate - 1))) {
                // "More than 500 schoolchildren were poisoned": "than" governs nothing, and the count is plural
                quantified = !SubjectNumber.ONE.matcher(tokens.get(subjectStart).text()).matches();
                subjectStart = approximate;
            }
            if (!relative && !governed && Phrases.isConjunctionOfCounts(tokens, s, subjectStart - 1)) {
                // "About 40 seal pups and more than 300 adults were taken": the first count is the subject's too
                int k = subjectStart - 1;
                while (k - 1 >= floor && subjectStart - k <= MAX_SUBJECT && Phrases.isNounPhrasePart(tokens.get(k - 1))
                        && !covered[k - 1]) {
                    k--;
                }
                int bound = Phrases.approximatorStart(tokens, s, k);
                k = bound >= 0 ? bound : Phrases.opensQuantifier(tokens, s, k - 2) ? k - 2 : k;
                if (k < subjectStart - 1 && opensAClause(tokens, s, k)) {
                    subjectStart = k;
                }
            }
            // a relative's antecedent may be any noun phrase ("a ceremony for soldiers who were killed"), and a
            // conjunction opens a clause with its own subject ("since Obama took office")
            if (subjectStart - 1 >= s.firstToken() && Phrases.isGoverning(tokens.get(subjectStart - 1))
                    && !relative && !governed && !opensASubordinateClause(tokens, subjectStart - 1, subjectEnd)
                    && !opensReportedClause(tokens, s, subjectStart - 1, covered)) {
                // "the number of Palestinians ... in Israel hit": the subject lies further left
                return Optional.empty();
            }
            if (!objectFollows && subjectStart - 1 >= s.firstToken()
                    && (OBJECT_RELATIVES.contains(Phrases.low(tokens.get(subjectStart - 1)))
                    || objectRelativeThat(tokens, s, subjectStart - 1, g, covered))) {
                // "the admiral who Obama put in charge", "the cap that BP engineers lowered onto the geyser": the
                // object is the relative's antecedent, a short noun phrase right before it, or no title
                relativeObject = antecedent(text, s, subjectStart - 1, covered);
                if (relativeObject.isEmpty()) {
                    return Optional.empty();
                }
            }
            String first = Phrases.low(tokens.get(subjectStart));
            if (first.equals("no") || first.equals("none") || first.equals("nobody") || first.equals("neither")) {
                return Optional.empty(); // "No talks are scheduled": nothing happens
            }
            if (first.equals("whose")) {
                return Optional.empty(); // "whose side will visit": whose, the words before it say
            }
            subject = SubjectPhrases.words(text, subjectStart, subjectEnd, covered);
            if (!tokens.get(subjectEnd - 1).pos().startsWith("NNP")) {
                // "The pig, known simply as Khanzir, was given": the name the aside gives says which
                subject += SubjectPhrases.nameInAside(text, s, subjectEnd);
            }
            if (subjectStart - 1 > s.firstToken() && Phrases.low(tokens.get(subjectStart - 1)).equals("whose")) {
                // "Probe chief Detlev Mehlis, whose mandate expires": the mandate is the name's
                Optional<String> owner = PersonReferents.ownerOfWhose(text, s, subjectStart - 1, entities);
                if (owner.isPresent()) {
                    subject = owner.get() + " " + subject;
                } else if (subject.chars().noneMatch(Character::isUpperCase)) {
                    return Optional.empty(); // "The manager, whose side will visit Chelsea": whose side, no name says
                }
            }
            for (int i = subjectStart; i < subjectEnd; i++) {
                if (FIRST_AND_SECOND_PERSON.contains(tokens.get(i).text())) {
                    return Optional.empty(); // "Part of my soul has gone": a speaker's words, not news
                }
            }
            java.util.regex.Matcher titled = TITLED.matcher(subject);
            if (titled.matches()) {
                // "The prime minister arrives": the person the article last named with that title
                Optional<String> who = PersonReferents.lastTitled(text.text(), entities, titled.group(1),
                        tokens.get(subjectStart).start());
                if (who.isPresent()) {
                    subject = who.get();
                }
            }
            java.util.regex.Matcher described = DESCRIBED.matcher(subject);
            if (described.matches() && PERSON_NOUNS.contains(described.group(1).toLowerCase(Locale.ROOT))) {
                // "The singer died on June 25": the article's main person, if the last one named before
                Optional<String> who = PersonReferents.lastPersonBefore(entities, tokens.get(subjectStart).start())
                        .filter(name -> name.equals(entities.mainPerson()));
                if (who.isPresent()) {
                    subject = who.get();
                }
            }
            if (SHARES.matcher(subject).matches() && !entities.mainOrganization().isEmpty()) {
                // "The shares crash to a 14-year low", "Its stock fell": the article's main company's
                subject = entities.mainOrganization() + " " + subject.substring(subject.indexOf(' ') + 1);
            } else if (first.equals("its") || first.equals("their")) {
                return Optional.empty(); // "Its shareholders vote": whose, another sentence told
            }
            if ((first.equals("his") || first.equals("her")) && subjectStart + 1 < subjectEnd
                    && !tokens.get(subjectEnd - 1).pos().startsWith("NNP")) { // "Her son Jack died": named
                // "His party failed": the article's main person's party, if the person last named is that one
                Optional<String> owner = PersonReferents.lastPersonBefore(entities, tokens.get(subjectStart).start())
                        .filter(name -> name.equals(entities.mainPerson()));
                if (owner.isEmpty()) {
                    return Optional.empty();
                }
                subject = owner.get() + "'s " + Phrases.words(text, subjectStart + 1, subjectEnd);
            }
            if (COMPANY.matcher(subject).matches() && !entities.mainOrganization().isEmpty()) {
                subject = entities.mainOrganization(); // "The company pumps cement": the article's main company
            }
            if (!titled.matches()) {
                // "The well is capped": the well the article named before ("BP's Macondo well")
                String named = NamedThings.forDefiniteSubject(text, subject, tokens.get(subjectStart).start());
                subject = !named.equals(subject) ? named
                        : SubjectPhrases.indefiniteIfDated(tokens, subject, subjectStart, subjectEnd, covered);
            }
            Optional<String> counted = NameLists.namesCounted(text.text(), entities, subject,
                    tokens.get(subjectStart).start());
            if (counted.isPresent()) {
                subject = counted.get(); // "The two countries appointed": China and India, named before
            }
            if (Phrases.pointsBack(subject) || isAnaphoricSubject(subject)) {
                // "Those talks ended", "The event takes place in Oslo": which, another sentence told
                return Optional.empty();
            }
            Token headWord = tokens.get(Math.max(head, subjectStart));
            plural = SubjectNumber.isPlural(text, headWord, subjectStart, subjectEnd, Math.max(head, subjectStart),
                    subject, quantified, entities);
        } else if (subjectEnd - 1 >= s.firstToken() && PERSONAL.contains(Phrases.low(tokens.get(subjectEnd - 1)))) {
            // "he" is the article's main person, or the person who opened the sentence before ("Andy Inglis, BP's
            // head of exploration, will leave ... A graduate of Cambridge University, he joined BP 30 years ago")
            Token pronoun = tokens.get(subjectEnd - 1);
            Optional<Token> speaker = PersonReferents.describedSpeaker(tokens, s, pronoun.index());
            if (speaker.isPresent()) {
                // "the department's top official announced that he will step down": the official, whom only a title
                // names ("the president said he" after "President Barack Obama")
                Optional<String> titled = Entities.TITLES.contains(Phrases.low(speaker.get()))
                        ? PersonReferents.lastTitled(text.text(), entities, speaker.get().text(), pronoun.start())
                        : Optional.empty();
                if (titled.isEmpty()) {
                    return Optional.empty();
                }
                return Optional.of(new Subject(subjectEnd - 1, titled.get(), false));
            }
            Optional<String> person = PersonReferents.lastPersonEntityBefore(entities, pronoun.start())
                    .filter(p -> p.name().equals(entities.mainPerson())
                            || PersonReferents.opensThePreviousSentence(text.text(), p, s.start())
                            // "Marc Dupont said he resigned in 1991": the one who says it
                            || PersonReferents.namedSpeaker(tokens, s, pronoun.index(), p))
                    .filter(p -> !PersonReferents.honorificOfTheSameSexBefore(tokens, s, pronoun, p))
                    .filter(p -> !namedAfter(tokens, s, pronoun.index(), p.name()))
                    .map(Entities.Entity::name);
            if (person.isEmpty()) {
                return Optional.empty();
            }
            subject = person.get();
            subjectStart = subjectEnd - 1;
            plural = false;
        } else if (subjectEnd - 1 >= s.firstToken() && Phrases.low(tokens.get(subjectEnd - 1)).equals("it")) {
            // "BP cut its dividend on Monday. In June, it closed its London office": the organization that opened the
            // sentence before, as its subject
            Optional<String> organization = PersonReferents.organizationForIt(text, s, subjectEnd - 1, entities);
            if (organization.isEmpty()) {
                return Optional.empty();
            }
            subject = organization.get();
            subjectStart = subjectEnd - 1;
            plural = false;
        } else {
            return Optional.empty();
        }
        if (relative && !plural && tokens.get(g).pos().equals("VBP")
                && !LanguageLayer.english().maybeSimplePast(tokens.get(g).text())) {
            return Optional.empty(); // "trades with BP that extend beyond June": the verb's plural is not the name's
        }
        return Optional.of(new Subject(subjectStart, subject, plural, relativeObject));
    }

    /**
     * The name of at most four capitalized words that ends right before the comma at {@code comma} and starts after a
     * word that no name goes on from (a preposition, an article, a verb, punctuation or the sentence's start), no date
     * ({@code covered}): "Kovtun, one of three Russians who met Litvinenko", "sentenced him on Tuesday, a court clerk
     * who" (no name).
     */
    private static Optional<Subject> nameBefore(AnalyzedText text, Sentence s, int comma, boolean[] covered) {
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
    private static Optional<Subject> capitalizedOpening(AnalyzedText text, Sentence s, int verb) {
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

    /** Marks that may close what comes before a clause: "On Thursday, more than 63 kilograms ... was located". */
    private static final Set<String> CLAUSE_OPENING_MARKS = Set.of(",", ";", ":", "--");

    /**
     * Whether a clause may open at token {@code at}: the sentence's first word, or a word after a comma, a semicolon,
     * a colon, a dash, "but" or a subordinator ("but more than 100 monks were picked up"); not inside a predicate ("the
     * flow rate was actually up to 60,000 bpd and internal documents released") nor after "and", which may join the
     * noun phrases of one subject ("Nearly 60 pelican chicks and more than 600 adults were brought").
     */
    private static boolean opensAClause(List<Token> tokens, Sentence s, int at) {
        if (at == s.firstToken()) {
            return true;
        }
        String before = Phrases.low(tokens.get(at - 1));
        return CLAUSE_OPENING_MARKS.contains(before) || before.equals("but") || SUBORDINATORS.contains(before);
    }

    /** How far before a subject the "including" of a list it ends may stand, in tokens. */
    private static final int INCLUDING_REACH = 12;

    /**
     * The index of "including" after a comma that opens a list which the subject at {@code start} ends or opens
     * ("eight people, including four men, one woman and three children were killed"): the subject is the noun phrase
     * before the comma. -1 when no such "including" stands within {@value #INCLUDING_REACH} tokens before, with only
     * noun phrases, commas and "and" between.
     */
    private static int includingBefore(List<Token> tokens, Sentence s, int start) {
        for (int k = start; k >= Math.max(s.firstToken() + 1, start - INCLUDING_REACH); k--) {
            Token t = tokens.get(k);
            if (Phrases.low(t).equals("including")) {
                return tokens.get(k - 1).text().equals(",") ? k : -1;
            }
            if (!(Phrases.isNounPhrasePart(t) || t.text().equals(",") || Phrases.low(t).equals("and"))) {
                return -1;
            }
        }
        return -1;
    }

    /** Whether a subject is "the" and a noun of {@code anaphoric-nouns.txt} alone ("The event", "the deal"). */
    private static boolean isAnaphoricSubject(String subject) {
        int space = subject.indexOf(' ');
        return space > 0 && subject.substring(0, space).equalsIgnoreCase("the")
                && isAnaphoricNoun(subject.substring(space + 1));
    }

    /** Whether {@code noun} is one of {@code anaphoric-nouns.txt}, in any case: a happening that says not which. */
    static boolean isAnaphoricNoun(String noun) {
        return ANAPHORIC_NOUNS.contains(noun.toLowerCase(Locale.ROOT));
    }

    /**
     * The comma that opens a description in lower case before the comma {@code close} ("Giacinto Facchetti[,] former
     * skipper of the Italian national team, who"), at most {@value #MAX_ASIDE} tokens back with no verb and no other
     * mark between; -1 if none.
     */
    private static int commaBefore(List<Token> tokens, Sentence s, int close) {
        for (int k = close - 1; k >= s.firstToken() && close - k <= MAX_ASIDE; k--) {
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

    /**
     * Where a parenthesized acronym ends before {@code at} starts, "(ANA)" or "(SAARC)" after the name it shortens
     * ("intellectual property rights (IPR) protection"), or -1.
     */
    private static int acronymBefore(List<Token> tokens, Sentence s, int at) {
        if (at - 3 < s.firstToken() || !tokens.get(at - 1).text().equals(")")
                || !tokens.get(at - 3).text().equals("(")) {
            return -1;
        }
        String inside = tokens.get(at - 2).text();
        return inside.length() >= 2 && inside.length() <= 8 && inside.chars().allMatch(Character::isUpperCase)
                && at - 4 >= s.firstToken() && tokens.get(at - 4).isNoun() ? at - 3 : -1;
    }

    /**
     * Where a measure's conversion in brackets starts when it ends right before {@code at} after the measure's unit:
     * "a platform about 70 miles (112 kilometers) southwest of the rig", -1 if none.
     */
    private static int conversionBefore(List<Token> tokens, Sentence s, int at) {
        if (at - 4 < s.firstToken() || !tokens.get(at - 1).text().equals(")")) {
            return -1;
        }
        for (int open = at - 3; open >= Math.max(s.firstToken() + 1, at - 5); open--) {
            if (tokens.get(open).text().equals("(")) {
                // units in lower-case letters: "miles (112 kilometers)", not "a.m. (2139 GMT)"
                return tokens.get(open + 1).pos().equals("CD") && tokens.get(at - 2).isNoun()
                        && tokens.get(open - 1).isNoun() && isUnitWord(tokens.get(open - 1))
                        && isUnitWord(tokens.get(at - 2)) ? open : -1;
            }
        }
        return -1;
    }

    /** Whether {@code t} is written as a unit of measure is: lower-case letters only ("miles", "kilometers"). */
    private static boolean isUnitWord(Token t) {
        return t.text().chars().allMatch(c -> c >= 'a' && c <= 'z');
    }

    /** Whether token {@code at} is an approximator of {@link #APPROXIMATORS} before a number: "over/RB 300". */
    private static boolean opensAnAmount(List<Token> tokens, Sentence s, int at) {
        return at + 1 < s.endToken() && APPROXIMATORS.contains(Phrases.low(tokens.get(at)))
                && tokens.get(at + 1).pos().equals("CD");
    }

    /**
     * Where the words that make a number approximate start when they stand between a noun and the number at {@code
     * at}, or a participle or preposition and it, inside one noun phrase: "a platform [about] 70 miles southwest", "a
     * pipeline [more than] 5,000 feet deep", "a ferry carrying [over] 300 passengers"; -1 if none.
     */
    private static int approximatorBefore(List<Token> tokens, Sentence s, int at) {
        if (at >= s.endToken() || !tokens.get(at).pos().equals("CD") || at - 2 < s.firstToken()) {
            return -1;
        }
        String word = Phrases.low(tokens.get(at - 1));
        int start = APPROXIMATORS.contains(word) ? at - 1
                : word.equals("than") && at - 3 >= s.firstToken()
                && COMPARED_AMOUNTS.contains(Phrases.low(tokens.get(at - 2))) ? at - 2 : -1;
        // "a platform about 70 miles", "a ferry carrying more than 300 passengers", "a coach with over 40 pilgrims":
        // after a noun, a participle or a preposition
        Token before = start - 1 >= s.firstToken() ? tokens.get(start - 1) : null;
        return before != null && (before.isNoun() || before.pos().equals("VBG") || before.pos().equals("VBN")
                || before.pos().equals("IN")) ? start : -1;
    }

    /**
     * Whether token {@code at} is a preposition inside a subject, between two noun phrases: "Tens of thousands of
     * mourners packed", "The commission in Geneva voted", "Police in the capital arrested", also after a dated
     * phrase ("A refinery explosion in 2005 in Texas killed"). The subject so far runs
     * from {@code next} to {@code end}; with the phrase before the preposition it stays within
     * {@value #MAX_LONG_SUBJECT}
     * words.
     */
    private static boolean innerPreposition(List<Token> tokens, Sentence s, int at, int next, int end,
            boolean[] covered) {
        return at - 1 >= s.firstToken() && end - at < MAX_LONG_SUBJECT
                && (!covered[at - 1] || SubjectPhrases.modifyingDate(tokens, s.firstToken(), at, end, covered) >= 0)
                && SUBJECT_PREPOSITIONS.contains(Phrases.low(tokens.get(at))) && next < end
                && (Phrases.isNounPhraseStart(tokens.get(next)) || adjectivalParticiple(tokens, s, next)
                || opensAnAmount(tokens, s, next)) // "A coach with nearly/RB 40 pilgrims crashed"
                && (tokens.get(at - 1).isNoun() || tokens.get(at - 1).pos().equals("CD")
                || at - 2 >= s.firstToken() && isParticiple(tokens.get(at - 1)) && !isReportingVerb(tokens.get(at - 1))
                && tokens.get(at - 2).isNoun()
                || adjectivesPreposition(tokens, s, at)); // "supporters loyal to"
    }

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
                || after < s.endToken() && Phrases.isNounPhraseStart(tokens.get(after))) {
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
    private static int firstConjunct(List<Token> tokens, Sentence s, int g) {
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
                || tokens.get(g).mayBePastParticiple() && !Phrases.isNounPhraseStart(tokens.get(g + 1)));
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
            if (t.pos().equals(tense)) {
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
                return before(text, s, k, true, covered, entities).filter(x -> x.start() > closed);
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
            if (!covered[k] && !Character.isLetterOrDigit(t.text().charAt(0)) || RELATIVES.contains(Phrases.low(t))) {
                return Optional.empty();
            }
            int group = auxiliaryGroup(tokens, s, k);
            if (t.isVerb() && (Phrases.isFiniteOrModal(t) || group >= 0)) {
                int start = group >= 0 ? group : k;
                while (start - 1 >= s.firstToken() && tokens.get(start - 1).pos().equals("RB")) {
                    start--;
                }
                return start > s.firstToken() ? before(text, s, start, true, covered, entities) : Optional.empty();
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

    /**
     * Whether token {@code at} is a noun the tagger took for a present-tense verb between an adjective, a determiner or
     * a possessive and the subject's plural noun: "Japanese share/VBP prices closed", "the state tax/VBP cuts".
     */
    private static boolean verbInsidePhrase(List<Token> tokens, Sentence s, int at, int subjectEnd) {
        if (at - 1 < s.firstToken() || at + 1 >= subjectEnd || !(tokens.get(at).pos().equals("VBP")
                || tokens.get(at).pos().equals("VB")) || !tokens.get(at + 1).pos().equals("NNS")) {
            return false;
        }
        String before = tokens.get(at - 1).pos();
        return before.startsWith("JJ") || before.equals("DT") || before.equals("PRP$") || before.equals("POS");
    }

    /**
     * Whether token {@code at} is a word the tagger took for an adverb inside a noun phrase, between its determiner,
     * modifier or noun and a noun or adjective: "the Macondo subsea/RB well", "the computer online/RB service", "the
     * only/RB female skater".
     */
    private static boolean adverbInsidePhrase(List<Token> tokens, Sentence s, int at) {
        if (at - 1 < s.firstToken() || at + 1 >= s.endToken() || !tokens.get(at).pos().equals("RB")
                || Phrases.CLAUSE_WORDS.contains(Phrases.low(tokens.get(at)))
                || CLAUSE_ADVERBS.contains(Phrases.low(tokens.get(at)))) {
            return false; // "a referendum where/RB residents rejected", "the army also troops"
        }
        String before = tokens.get(at - 1).pos();
        String after = tokens.get(at + 1).pos();
        if (PARTICIPLE_ADVERBS.contains(Phrases.low(tokens.get(at))) && after.equals("VBN")) {
            after = "JJ"; // "the [newly] elected leader": the participle is the noun's adjective
        }
        return (before.equals("DT") || before.startsWith("JJ") || before.startsWith("NN") || before.equals("PRP$")
                || before.equals("POS")) && (after.startsWith("NN") || after.startsWith("JJ"))
                && Character.isLowerCase(tokens.get(at).text().charAt(0));
    }

    /** The most words of an object relative's antecedent a title takes: "an agreement", "the new containment cap". */
    private static final int MAX_ANTECEDENT = 5;

    /**
     * The noun phrase right before the relative word at {@code relative}, no comma between, with its determiner, of
     * at most {@value #MAX_ANTECEDENT} words, no date and no number ("[an agreement] that Wen Jiabao and Manmohan Singh
     * signed"); "" when it is longer, a quantity or not a noun's.
     */
    private static String antecedent(AnalyzedText text, Sentence s, int relative, boolean[] covered) {
        List<Token> tokens = text.tokens();
        int end = relative;
        // "south of Zagreb, which the army retook": after a comma the relative may tell of any noun before
        if (end - 1 < s.firstToken() || !tokens.get(end - 1).isNoun() || covered[end - 1]) {
            return "";
        }
        int start = end - 1;
        while (start - 1 >= s.firstToken() && end - start < MAX_ANTECEDENT && !covered[start - 1]
                && Phrases.isNounPhrasePart(tokens.get(start - 1))) {
            start--;
        }
        if (start - 1 >= s.firstToken() && Phrases.isNounPhrasePart(tokens.get(start - 1))) {
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
    private static boolean objectRelativeThat(List<Token> tokens, Sentence s, int that, int g, boolean[] covered) {
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

    /** Verbs whose participle gives the noun before it a name: "a ship called Ocean Star", "a blog titled ...". */
    static final Set<String> NAMING = Set.of("name", "call", "title", "dub", "entitle");
    /** Adverbs that open or qualify a clause, never a word inside a noun phrase the tagger took for an adverb. */
    private static final Set<String> CLAUSE_ADVERBS = Set.of("also", "then", "now", "there", "here", "thus", "still",
            "already", "even", "just", "meanwhile", "however", "instead", "again", "too", "so", "yet", "never", "not",
            "later", "earlier", "late", "early");

    /**
     * Whether the participle at {@code at} stands as an adjective inside a noun phrase: between a determiner, an
     * adjective, a number, a possessive or a preposition and the words of the noun phrase ("A series of coordinated
     * bombings killed", "the wounded soldiers"), or after "the" and a name ("The Arab-League mediated/VBD peace talks
     * collapsed", "the US backed/VBD troops").
     */
    private static boolean adjectivalParticiple(List<Token> tokens, Sentence s, int at) {
        if (Phrases.isParticipleAsFirstAdjective(tokens, s.firstToken(), at)) {
            return true; // "Suspected separatist insurgents shot dead four men"
        }
        boolean gerund = tokens.get(at).pos().equals("VBG");
        if (at - 2 >= s.firstToken() && at + 1 < s.endToken() && tokens.get(at - 1).pos().startsWith("NNP")
                && Character.isUpperCase(tokens.get(at - 1).text().charAt(0))
                && Phrases.low(tokens.get(at - 2)).equals("the")
                && (tokens.get(at).pos().equals("VBD") || tokens.get(at).pos().equals("VBN"))
                && Phrases.low(tokens.get(at)).endsWith("ed")
                && (tokens.get(at + 1).pos().equals("NN") || tokens.get(at + 1).pos().equals("NNS"))) {
            return true;
        }
        // "the first named/VBD cyclone": after an ordinal an "-ed" word before a noun is a participle, whatever its tag
        boolean afterOrdinal = at - 1 >= s.firstToken() && (Phrases.isOrdinal(tokens.get(at - 1))
                || PARTICIPLE_ADVERBS.contains(Phrases.low(tokens.get(at - 1))))
                && tokens.get(at).pos().equals("VBD") && Phrases.low(tokens.get(at)).endsWith("ed");
        if (at - 1 < s.firstToken() || at + 1 >= s.endToken()
                || !(tokens.get(at).pos().equals("VBN") || gerund || afterOrdinal)
                || !Phrases.isNounPhrasePart(tokens.get(at + 1))) {
            return false;
        }
        // "The city's crumbling bridge", "A leading opposition figure"; after a preposition "-ing" is a gerund with
        // its object ("after meeting Obama")
        String before = tokens.get(at - 1).pos();
        return before.equals("DT") || before.startsWith("JJ") || before.equals("CD") || before.equals("PRP$")
                || before.equals("POS") || before.equals("IN") && (!gerund
                || ADJECTIVAL_GERUNDS.contains(Phrases.low(tokens.get(at)))) || afterOrdinal
                || SUBORDINATORS.contains(Phrases.low(tokens.get(at - 1))) && !gerund // "when masked men stormed"
                || PARTICIPLE_ADVERBS.contains(Phrases.low(tokens.get(at - 1))); // "newly elected party leader"
    }

    /**
     * Words in "-ing" that news writes as adjectives before a noun, even after a preposition: "the conflict in
     * neighboring Sierra Leone that ended in 2001" (not "after meeting Obama", a gerund and its object).
     */
    private static final Set<String> ADJECTIVAL_GERUNDS = Set.of("neighboring", "neighbouring", "ruling", "outgoing",
            "incoming", "ongoing", "upcoming", "warring", "ailing", "surrounding", "remaining", "existing", "opposing");

    /**
     * Whether {@code t} may be a participle that modifies a noun inside a subject: "-ing", or "-ed" that the tagger,
     * seeing no auxiliary, may have called a past tense ("The suspects arrested/VBD in the raid appeared"), unless its
     * verb takes no object ("marines died/VBD from wounds" is a clause).
     */
    private static boolean isParticiple(Token t) {
        // "A Greek aircraft bound/VBD for New York": an irregular participle spelled like the past, not its lemma
        boolean participle = Phrases.low(t).endsWith("ed") || !Phrases.low(t).equals(t.lemma())
                && t.mayBePastParticiple();
        return t.pos().equals("VBG") || t.pos().equals("VBN")
                || t.pos().equals("VBD") && participle && !ClauseTitles.isIntransitive(t.lemma());
    }

    /**
     * Whether token {@code at} is a participle that modifies the noun before it, with its object up to {@code end}
     * ("A military truck carrying missile parts", "the suspects arrested in the raid"): the subject goes on to the
     * left.
     */
    private static boolean participleModifier(List<Token> tokens, Sentence s, int at, int next, int end,
            boolean[] covered) {
        Token t = tokens.get(at);
        // a past participle takes a phrase, not an object: "confirmed a preliminary estimate" is a clause's verb
        boolean object = (Phrases.isNounPhraseStart(tokens.get(next)) || opensAnAmount(tokens, s, next))
                && t.pos().equals("VBG"); // "a ferry carrying [over] 300 passengers"
        // "A ship called Ocean Star sank", "a man named John Smith was arrested": a naming participle and its name
        boolean name = NAMING.contains(t.lemma().toLowerCase(Locale.ROOT)) && next < end && !covered[next]
                && Character.isUpperCase(tokens.get(next).text().charAt(0));
        // "Fifteen of the 18 miners trapped are found dead": a past participle alone before the clause's verb (tagged
        // as a past tense too: two finite verbs in a row are none)
        boolean alone = next == end && end < tokens.size() && tokens.get(end).isVerb()
                && (t.pos().equals("VBN") || t.pos().equals("VBD"));
        return at - 1 >= s.firstToken() && end - at < MAX_LONG_SUBJECT && !covered[at - 1] && (next < end || alone)
                && isParticiple(t) && !isReportingVerb(t) && tokens.get(at - 1).isNoun()
                && (object || name || alone || tokens.get(next).pos().equals("IN")
                        || prepositionalTo(tokens, t, next, end));
    }

    /** Prepositions that an adjective after a noun takes: "loyal to", "critical of", "familiar with". */
    private static final Set<String> ADJECTIVE_PREPOSITIONS = Set.of("to", "of", "with");

    /**
     * Whether token {@code at} is the preposition of an adjective that follows a noun ("supporters loyal [to]",
     * "officials critical [of]"): the adjective's phrase is part of the noun's.
     */
    private static boolean adjectivesPreposition(List<Token> tokens, Sentence s, int at) {
        return at - 2 >= s.firstToken() && tokens.get(at - 1).pos().startsWith("JJ") && tokens.get(at - 2).isNoun()
                && ADJECTIVE_PREPOSITIONS.contains(Phrases.low(tokens.get(at)));
    }

    /** "The plane belonging to Trigana Air Service lost contact": an "-ing" participle and "to" with its noun. */
    private static boolean prepositionalTo(List<Token> tokens, Token t, int next, int end) {
        return t.pos().equals("VBG") && tokens.get(next).pos().equals("TO") && next + 1 < end
                && Phrases.isNounPhraseStart(tokens.get(next + 1));
    }

    /**
     * The participle after a noun whose infinitive ends at token {@code at} ("An Islamic teacher [believed] to have
     * recruited suicide bombers was convicted"): a reduced relative clause inside the subject; -1 if none. Not a verb
     * whose subject does what the infinitive says ("The ministers failed to agree": the clause's own verb).
     */
    private static int participleOfInfinitive(List<Token> tokens, Sentence s, int at, boolean[] covered) {
        Token verb = tokens.get(at);
        int j = at - 1;
        if (!(verb.pos().equals("VB") || verb.pos().equals("VBN"))) {
            return -1;
        }
        if (j > s.firstToken() && verb.pos().equals("VBN") && (Phrases.low(tokens.get(j)).equals("have")
                || Phrases.low(tokens.get(j)).equals("been") || Phrases.low(tokens.get(j)).equals("be"))) {
            j--; // "to have recruited", "to be held"
        }
        if (j - 2 < s.firstToken() || !tokens.get(j).pos().equals("TO") || covered[j - 2]) {
            return -1;
        }
        Token participle = tokens.get(j - 1);
        boolean form = participle.pos().equals("VBN") || participle.pos().equals("VBD") && isParticiple(participle);
        return form && !ClauseTitles.controlsItsSubject(participle.lemma()) && tokens.get(j - 2).isNoun() ? j - 1 : -1;
    }

    /** Whether {@code t} is a verb of saying ({@code reporting-verbs.txt}): "said", "told", "announced". */
    static boolean isReportingVerb(Token t) {
        return t.isVerb() && REPORTING.contains(t.lemma().toLowerCase(Locale.ROOT));
    }

    /**
     * Whether token {@code at} opens a reported clause whose subject follows: a reporting verb ("Police said a bomb
     * exploded") or "that" after one ("officials said that a bomb exploded", "said on Monday that", "told reporters
     * that", "said in a statement that").
     */
    private static boolean opensReportedClause(List<Token> tokens, Sentence s, int at, boolean[] covered) {
        Token t = tokens.get(at);
        if (Phrases.low(t).equals("that") && at - 1 >= s.firstToken()) {
            int j = at - 1;
            while (j > s.firstToken() && covered[j]) {
                j--; // "said on Monday that": past the report's date
            }
            if (j < at - 1 && j > s.firstToken() && DATE_PREPOSITIONS.contains(Phrases.low(tokens.get(j)))) {
                j--;
            }
            t = tokens.get(j);
            if ((t.isNoun() || t.pos().equals("PRP")) && j - 1 >= s.firstToken()
                    && isReportingVerb(tokens.get(j - 1))) {
                t = tokens.get(j - 1); // "told reporters on Monday that": past the one-word hearer
            } else if (j - 3 >= s.firstToken() && ReportedHappenings.inATalk(tokens, j - 2)
                    && isReportingVerb(tokens.get(j - 3))) {
                t = tokens.get(j - 3); // "said in a statement that": past the talk it was said in
            }
        }
        return t.isVerb() && REPORTING.contains(t.lemma().toLowerCase(Locale.ROOT));
    }

    /** How many words a quoted name inside a subject may have. */
    private static final int QUOTED_WORDS = 4;

    /**
     * The index of the opening quotation mark of a name quoted right before {@code subjectStart}, inside the subject
     * that ends at {@code subjectEnd} ("A glossy "Lessons Learned" document"); -1 if none.
     */
    private static int quotedNameBefore(List<Token> tokens, int floor, int subjectStart, int subjectEnd) {
        if (subjectStart >= subjectEnd || subjectStart - 3 < floor
                || !Phrases.isQuote(tokens.get(subjectStart - 1).text())) {
            return -1;
        }
        for (int k = subjectStart - 3; k >= Math.max(floor, subjectStart - 2 - QUOTED_WORDS); k--) {
            if (Phrases.isQuote(tokens.get(k).text())) {
                return k;
            }
        }
        return -1;
    }

    /** How many quotation marks tokens {@code [from, to)} hold. */
    private static int quotationMarks(List<Token> tokens, int from, int to) {
        int n = 0;
        for (int k = from; k < to; k++) {
            n += Phrases.isQuote(tokens.get(k).text()) ? 1 : 0;
        }
        return n;
    }
}
