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
 * phrases ("Tens of thousands of mourners", "The UN Human Rights Commission in Geneva") and parenthesized acronyms
 * ({@link SubjectParts}), past a date between it and its verb ("The rescue team on Monday evacuated"), after a verb of
 * saying ("Police said a bomb exploded") or a subordinating word ({@link SubjectStarts}), or "he" and "she" standing
 * for the article's main person ({@link PersonReferents}); what a relative clause or a description stands for is
 * {@link SubjectReferents}', a subject that a verb shares with another clause {@link SharedSubjects}'. Gives none for
 * a relative clause whose object the pronoun is, a phrase cut by the length limit, a phrase that points back ("Those
 * talks") or denies ("No talks"). Stateless.
 */
final class ClauseSubjects {
    /** Prepositions that introduce a date between a subject and its verb ("The team on Monday evacuated"). */
    static final Set<String> DATE_PREPOSITIONS = Set.of("on", "in", "at", "during", "early", "late");
    static final Set<String> RELATIVES = Set.of("who", "which", "that");
    /** Reflexive pronouns that stress the subject right before its verb: "Canada itself withdrew". */
    private static final Set<String> EMPHATIC = Set.of("itself", "himself", "herself", "themselves");
    /** Marks that set a relative clause off from its antecedent: a comma or a dash. */
    static final Set<String> CLAUSE_MARKS = Set.of(",", "-", "--", "\u2013", "\u2014");
    /** Verbs whose clause reports another, the subject of which follows them ("Police said a bomb exploded"). */
    static final Set<String> REPORTING = Lexicons.firstColumn("reporting-verbs.txt");
    private static final Set<String> PERSONAL = Set.of("he", "she");
    static final int MAX_SUBJECT = 8;
    /** Marks that set an apposition off after the name it describes: "Hamas -- the Islamist movement that". */
    private static final Set<String> APPOSITION_MARKS = Set.of(",", "--", "\u2014");
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
    /** A name in capitals, which the tagger may take for a common noun: "COMESA", "G20", "SADC". */
    private static final java.util.regex.Pattern ACRONYM = java.util.regex.Pattern.compile("[A-Z][A-Z0-9&-]+");
    /** Articles that open a sentence: one inside a subject starts it, what comes before is a headline's rest. */
    static final Set<String> CAPITAL_ARTICLES = Set.of("The", "A", "An");
    /** The most tokens of an aside between dashes that a relative's antecedent is sought across. */
    static final int MAX_ASIDE = 40;
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
            Optional<Subject> agreeing = SubjectReferents.beforeRelative(text, s, found.get().start(), covered, true);
            if (agreeing.isPresent()) {
                return agreeing;
            }
        }
        if (found.isPresent() && afterAModal(text.tokens(), s, found.get().start())) {
            // "The tournament that will also feature/JJ Malawi and the host Ethiopia will run": a relative clause's
            // predicate, the tagger's adjective its verb; the clause's subject is what "that" tells of
            return SubjectReferents.beforeRelative(text, s, g, covered, false);
        }
        // "A Twin Otter aircraft which had been missing since Friday in Papua province, was found": a comma may close a
        // restrictive relative clause that none opened
        int end = g - 1 >= s.firstToken() && text.tokens().get(g - 1).text().equals(",") ? g - 1 : g;
        if (found.isEmpty() && end - 1 >= s.firstToken()
                && SubjectReferents.endsARelativePredicate(text.tokens().get(end - 1))
                && text.tokens().get(g).isVerb() && Phrases.isFiniteOrModal(text.tokens().get(g))) {
            // "Eleven workers who live in Houma were treated", "A Twin Otter aircraft which went missing was found":
            // after the relative clause's last word, the clause's subject is what "who" or "which" tells of ("a
            // journalist who was shot and burned" is the relative's own)
            return SubjectReferents.beforeRelative(text, s, end, covered, false);
        }
        return found;
    }

    /** Whether a modal, maybe with an adverb after it, stands right before token {@code start}: "will [also]". */
    private static boolean afterAModal(List<Token> tokens, Sentence s, int start) {
        int k = start - 1;
        if (k >= s.firstToken() && tokens.get(k).pos().equals("RB")) {
            k--;
        }
        return k >= s.firstToken() && tokens.get(k).pos().equals("MD");
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
        int conjunct = SharedSubjects.firstConjunct(tokens, s, g);
        if (conjunct < 0) {
            // "Igali was attacked and [robbed]": "was" and its subject
            conjunct = SharedSubjects.sharedPassive(tokens, s, g, covered);
        }
        if (conjunct >= 0) {
            // "Police arrested the mayor and charged him with fraud": the second verb shares the first one's subject
            return before(text, s, conjunct, true, covered, entities);
        }
        int subjectEnd = g;
        boolean relative = false;
        int pastDate = g;
        while (pastDate - 1 > s.firstToken() && covered[pastDate - 1]) {
            pastDate--; // "Harrow, who 15 years ago founded Orvane": the relative pronoun before the clause's date
        }
        if (pastDate < g && pastDate - 2 > s.firstToken() && DATE_PREPOSITIONS.contains(Phrases.low(tokens.get(
                pastDate - 1)))) {
            pastDate--; // "who in 2011 founded"
        }
        if (pastDate < g && RELATIVES.contains(Phrases.low(tokens.get(pastDate - 1)))) {
            subjectEnd = pastDate;
        }
        if (subjectEnd - 1 >= s.firstToken() && RELATIVES.contains(Phrases.low(tokens.get(subjectEnd - 1)))) {
            relative = true;
            subjectEnd--;
            // "the Selka system, which should act as a cut-off, and which failed last month": a second relative
            // clause has the first one's antecedent
            subjectEnd = firstOfCoordinatedRelatives(tokens, s, subjectEnd);
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
                int comma = who ? SubjectReferents.commaBefore(tokens, s, subjectEnd) : -1;
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
            int opener = SubjectStarts.subordinatorBefore(tokens, floor, subjectEnd, covered);
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
            int participle = relative || governed ? -1
                    : SubjectParts.participleOfInfinitive(tokens, s, subjectStart - 1, covered);
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
            if (covered[subjectStart - 1] && !SubjectParts.adverbInsidePhrase(tokens, s, subjectStart - 1)) {
                int date = SubjectPhrases.modifyingDate(tokens, floor, subjectStart, subjectEnd, covered);
                if (date < 0) {
                    break;
                }
                subjectStart = date; // "Millon's five-day visit, which started Sunday": a length inside the phrase
                continue;
            }
            int acronym = SubjectParts.acronymBefore(tokens, s, subjectStart);
            if (acronym < 0) {
                acronym = SubjectParts.conversionBefore(tokens, s, subjectStart);
            }
            if (acronym >= 0) {
                acronyms += subjectStart - acronym;
                subjectStart = acronym; // "Troops of Afghanistan National Army (ANA) killed": the acronym is a name
                continue;
            }
            int quoted = SubjectParts.quotedNameBefore(tokens, floor, subjectStart, subjectEnd);
            if (quoted >= 0) {
                acronyms += subjectStart - quoted;
                subjectStart = quoted; // "A glossy "Lessons Learned" document released on Thursday by BP"
                continue;
            }
            int city = SubjectPhrases.placeBeforeItsCountry(tokens, floor, subjectStart, subjectEnd);
            if (city >= 0 && !SubjectParts.isPersonName(text, subjectStart, subjectEnd, entities)) {
                subjectStart = city; // "The ministerial gathering in Cancun, Mexico, in 2003 broke down"
                continue;
            }
            int approximate = SubjectParts.approximatorBefore(tokens, s, subjectStart);
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
            if (!governed && SubjectParts.innerPreposition(tokens, s, subjectStart - 1, subjectStart,
                    subjectEnd - acronyms, covered)
                    && !(relative && !preposition.equals("of") && !insideAName
                    && !(PLACE_PREPOSITIONS.contains(preposition) && !who
                    && (SubjectParts.isPlace(text, subjectStart, subjectEnd)
                    // "the explosion on the Velo rig, which killed 11": the hazard did, not the rig
                    || preposition.equals("on") && subjectStart - 2 >= s.firstToken()
                    && NounTitles.isHazard(tokens.get(subjectStart - 2))))
                    && !(who && PEOPLE_PREPOSITIONS.contains(preposition)
                    && !SubjectParts.isPersonName(text, subjectStart, subjectEnd, entities))
                    && !preposition.equals("per"))
                    && !(relative && preposition.equals("of") && !insideAName // "the Gulf of Mexico that"
                    && !RelativeAntecedents.crossesOf(tokens, subjectStart - 1, subjectEnd, g, covered))) {
                crossed = true;
                head = subjectStart - 2; // "Tens of thousands of mourners": the head is before the first "of"
                if (SubjectParts.adjectivesPreposition(tokens, s, subjectStart - 1)) {
                    head--; // "Thousands of supporters loyal to a former ruler": the noun the adjective follows
                }
            } else if (!relative && !governed
                    && SubjectParts.participleModifier(tokens, s, subjectStart - 1, subjectStart,
                    subjectEnd, covered)) {
                crossed = true;
                head = subjectStart - 2; // "A military truck carrying missile parts exploded": the truck did
            } else if (!relative && !governed && SubjectParts.gerundAfterItsNoun(tokens, s, subjectStart - 1)) {
                crossed = true;
                head = subjectStart - 3; // "Work on plugging the well stopped": the work did
                subjectStart--;
            } else if (!(NounPhrases.isNounPhrasePart(tokens.get(subjectStart - 1))
                    || NounPhrases.isConjunctionOfNames(tokens, s, subjectStart - 1)
                    || NounPhrases.isConjunctionOfModifiers(tokens, s, subjectStart - 1)
                    || NounPhrases.isAndInsideAName(tokens, s, subjectStart - 1)
                    || NounPhrases.isAmpersandInAName(tokens, s, subjectStart - 1)
                    // "the plaintiffs' steering/VBG committee"
                    || NounPhraseEnds.isPluralPossessive(tokens, s, subjectStart - 1)
                    || subjectStart - 2 >= s.firstToken() && tokens.get(subjectStart - 1).pos().equals("VBG")
                    && NounPhraseEnds.isPluralPossessive(tokens, s, subjectStart - 2)
                    || SubjectParts.adjectivalParticiple(tokens, s, subjectStart - 1)
                    || SubjectParts.adverbInsidePhrase(tokens, s, subjectStart - 1)
                    || SubjectParts.verbInsidePhrase(tokens, s, subjectStart - 1, subjectEnd))
                    || SubjectStarts.opensASubordinateClause(tokens, subjectStart - 1, subjectEnd)
                    || Phrases.isSpacedDash(tokens, subjectStart - 1)) {
                // "after/JJR prime minister Churchill overruled": a conjunction, whatever its tag; "a case of the
                // virus - an Australian doctor who arrived": a dash between spaces ends the phrase
                break;

            } else if (subjectEnd - subjectStart - acronyms
                    - SubjectParts.innerNameWords(tokens, subjectStart, subjectEnd)
                    - SubjectParts.longNameWords(tokens, subjectStart, subjectEnd)
                    - SubjectParts.hyphenParts(tokens, s, subjectStart, subjectEnd)
                    >= (crossed || conjoined ? MAX_LONG_SUBJECT : MAX_SUBJECT)) {
                limited = true; // "The summit of the Organization for Security and Cooperation in Europe": the
                break; // name's small words do not count
            }
            // "Some 11 Palestinians and three Israeli border police officers were injured": two noun phrases, each
            // short, may together pass the limit of one
            conjoined |= NounPhrases.isConjunctionOfNames(tokens, s, subjectStart - 1);
            subjectStart--; // "China and Pakistan launched": both conjuncts are the subject
        }
        int participles = relative || governed || limited ? -1
                : SubjectPhrases.participleListHead(tokens, floor, subjectStart, subjectEnd, covered);
        if (participles >= 0) {
            // "A dinner attended by Tom Vell, bankers and diplomats was held": the dinner was, not the diplomats
            int noun = participles; // the noun the participle follows tells the number
            while (noun + 1 < subjectEnd && !tokens.get(noun + 1).pos().startsWith("VB")) {
                noun++;
            }
            boolean plural = tokens.get(noun).pos().equals("NNS") || tokens.get(noun).pos().equals("NNPS");
            return Optional.of(new Subject(participles, Phrases.words(text, participles, subjectEnd), plural));
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
                            || NounPhrases.isConjunctionOfNames(tokens, s, end[2] - 1)
                            || Phrases.words(text, end[0], end[1]).contains(" and ")));
        }
        String subject;
        boolean plural;
        String relativeObject = "";
        if (subjectStart < subjectEnd) {
            while (subjectStart < subjectEnd && (!NounPhrases.isNounPhraseStart(tokens.get(subjectStart))
                    && !NounPhrases.isParticipleAsFirstAdjective(tokens, s.firstToken(), subjectStart)
                    && !SubjectParts.adjectivalParticiple(tokens, s, subjectStart) // "said that masked/VBN men robbed"
                    && !SubjectParts.opensAnAmount(tokens, s, subjectStart) // "A ferry carrying over/RB 300 passengers"
                    || Subjects.CONNECTIVES.contains(Phrases.low(tokens.get(subjectStart))))) {
                subjectStart++; // "However Jane died": a connective the tagger took for a name opens no subject
            }
            if (SubjectParts.quotationMarks(tokens, subjectStart, subjectEnd) % 2 == 1) {
                return Optional.empty(); // "The so-called "top kill" procedure": a quote cut in two names nothing
            }
            for (int k = subjectEnd - 1; k > subjectStart; k--) {
                if (CAPITAL_ARTICLES.contains(tokens.get(k).text())) {
                    subjectStart = k; // "Industrial Average: +247.14 The government": a capital article opens it
                    break;
                }
            }
            // "end up as Jimmy Carter," the U.S. president who lost": a quotation closes after the name's comma
            int mark = subjectStart - 2 >= s.firstToken() && Phrases.isQuote(tokens.get(subjectStart - 1).text())
                    && tokens.get(subjectStart - 2).text().equals(",") ? subjectStart - 2 : subjectStart - 1;
            if (relative && (tokens.get(subjectStart).pos().equals("DT")
                    || Phrases.low(tokens.get(subjectStart)).equals("one")) && mark - 1 >= s.firstToken()
                    && APPOSITION_MARKS.contains(tokens.get(mark).text())) {
                // "Lamar McKay, the BP official who visited Capitol Hill", "Ferenc Puskas, one of the greatest
                // footballers of all time who led", "Hamas -- the Islamist movement that swept": the name the
                // description stands beside
                Optional<Subject> named = PersonReferents.personEndingAt(text, tokens.get(mark - 1).end(),
                        s.firstToken(), entities, true);
                if (named.isEmpty()) {
                    // "Hurricane Alex, the first cyclone"
                    named = SubjectReferents.nameBefore(text, s, mark, covered);
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
                    named = SubjectReferents.nameBefore(text, s, subjectStart - 1, covered);
                }
                Token before = tokens.get(subjectStart - 2);
                if (named.isEmpty() && ACRONYM.matcher(before.text()).matches() && (subjectStart - 3 < s.firstToken()
                        || tokens.get(subjectStart - 3).pos().equals("DT"))) {
                    named = Optional.of(new Subject(subjectStart - 2, before.text(), false)); // "The G20/NN is"
                }
                if (named.isEmpty()) {
                    // "The Horrors/NNS are a band, who"
                    named = SubjectReferents.capitalizedOpening(text, s, subjectStart - 1);
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
            int including = relative ? -1 : SubjectStarts.includingBefore(tokens, s, subjectStart);
            if (including >= 0) {
                // "eight people, including four men, one woman and three children were killed": the people
                int start = including - 1;
                while (start - 1 >= s.firstToken() && including - 1 - start < MAX_SUBJECT
                        && NounPhrases.isNounPhrasePart(tokens.get(start - 1)) && !covered[start - 1]) {
                    start--;
                }
                subjectStart = start;
                subjectEnd = including - 1;
                head = subjectEnd - 1;
            }
            if (subjectStart >= subjectEnd || !NounPhrases.hasNoun(tokens, subjectStart, subjectEnd)
                    && NameLists.countedAlone(text.text(), Phrases.words(text, subjectStart, subjectEnd),
                    tokens.get(subjectStart).start()).isEmpty()) { // "The six", counted before
                return Optional.empty();
            }
            if (subjectStart - 2 >= s.firstToken() && tokens.get(subjectStart - 2).pos().equals("PRP")
                    && (Phrases.low(tokens.get(subjectStart - 1)).equals("and")
                    || Phrases.low(tokens.get(subjectStart - 1)).equals("or"))) {
                return Optional.empty(); // "he and fellow ministers would discuss": who "he" is, the subject lost
            }
            boolean quantified = NounPhrases.opensQuantifier(tokens, s, subjectStart - 1);
            if (quantified) {
                subjectStart--; // "At least 11 people were killed": "at" counts, it governs nothing
            }
            int approximate = relative || governed ? -1 : NounPhrases.approximatorStart(tokens, s, subjectStart);
            if (approximate >= 0 && (SubjectStarts.opensAClause(tokens, s, approximate)
                    || NounPhrases.isConjunctionOfCounts(tokens, s, approximate - 1))) {
                // "More than 500 schoolchildren were poisoned": "than" governs nothing, and the count is plural
                quantified = !SubjectNumber.ONE.matcher(tokens.get(subjectStart).text()).matches();
                subjectStart = approximate;
            }
            if (!relative && !governed && NounPhrases.isConjunctionOfCounts(tokens, s, subjectStart - 1)) {
                // "About 40 seal pups and more than 300 adults were taken": the first count is the subject's too
                int k = subjectStart - 1;
                while (k - 1 >= floor && subjectStart - k <= MAX_SUBJECT
                        && NounPhrases.isNounPhrasePart(tokens.get(k - 1)) && !covered[k - 1]) {
                    k--;
                }
                int bound = NounPhrases.approximatorStart(tokens, s, k);
                k = bound >= 0 ? bound : NounPhrases.opensQuantifier(tokens, s, k - 2) ? k - 2 : k;
                if (k < subjectStart - 1 && SubjectStarts.opensAClause(tokens, s, k)) {
                    subjectStart = k;
                }
            }
            // a relative's antecedent may be any noun phrase ("a ceremony for soldiers who were killed"), and a
            // conjunction opens a clause with its own subject ("since Obama took office")
            if (subjectStart - 1 >= s.firstToken() && NounPhrases.isGoverning(tokens.get(subjectStart - 1))
                    && !relative && !governed
                    && !SubjectStarts.opensASubordinateClause(tokens, subjectStart - 1, subjectEnd)
                    && !SubjectStarts.opensReportedClause(tokens, s, subjectStart - 1, covered)) {
                // "the number of Palestinians ... in Israel hit": the subject lies further left
                return Optional.empty();
            }
            if (!objectFollows && subjectStart - 1 >= s.firstToken()
                    && (OBJECT_RELATIVES.contains(Phrases.low(tokens.get(subjectStart - 1)))
                    || SubjectReferents.objectRelativeThat(tokens, s, subjectStart - 1, g, covered))) {
                // "the admiral who Obama put in charge", "the cap that BP engineers lowered onto the geyser": the
                // object is the relative's antecedent, a short noun phrase right before it, or no title
                relativeObject = SubjectReferents.antecedent(text, s, subjectStart - 1, covered);
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
                if (SubjectReferents.FIRST_AND_SECOND_PERSON.contains(tokens.get(i).text())) {
                    return Optional.empty(); // "Part of my soul has gone": a speaker's words, not news
                }
            }
            if (subjectEnd - subjectStart == 1) {
                // "Born in 1930, Matt left school at 14": a first name alone, for the full name given before
                subject = PersonReferents.fullNameOfAFirstName(entities, tokens.get(subjectStart)).orElse(subject);
            }
            java.util.regex.Matcher titled = SubjectReferents.TITLED.matcher(subject);
            if (titled.matches()) {
                // "The prime minister arrives": the person the article last named with that title
                Optional<String> who = PersonReferents.lastTitled(text.text(), entities, titled.group(1),
                        tokens.get(subjectStart).start());
                if (who.isPresent()) {
                    subject = who.get();
                }
            }
            java.util.regex.Matcher described = SubjectReferents.DESCRIBED.matcher(subject);
            if (described.matches()
                    && SubjectReferents.PERSON_NOUNS.contains(described.group(1).toLowerCase(Locale.ROOT))) {
                // "The singer died on June 25": the article's main person, if the last one named before
                Optional<String> who = PersonReferents.lastPersonBefore(entities, tokens.get(subjectStart).start())
                        .filter(name -> name.equals(entities.mainPerson()));
                if (who.isPresent()) {
                    subject = who.get();
                }
            }
            if (SubjectReferents.SHARES.matcher(subject).matches() && !entities.mainOrganization().isEmpty()) {
                // "The shares crash to a 14-year low", "Its stock fell": the article's main company's
                subject = entities.mainOrganization() + " " + subject.substring(subject.indexOf(' ') + 1);
            } else if (first.equals("its") || first.equals("their")) {
                return Optional.empty(); // "Its shareholders vote": whose, another sentence told
            }
            if ((first.equals("his") || first.equals("her")) && subjectStart + 1 < subjectEnd) {
                // "His party failed": the article's main person's party, if the person last named is that one;
                // "Her son Jack died" is named, and kept as it is when whose son is not known
                Optional<String> owner = PersonReferents.lastPersonBefore(entities, tokens.get(subjectStart).start())
                        .filter(name -> name.equals(entities.mainPerson()));
                if (owner.isEmpty() && !tokens.get(subjectEnd - 1).pos().startsWith("NNP")) {
                    return Optional.empty();
                }
                if (owner.isPresent()) {
                    subject = owner.get() + "'s " + Phrases.words(text, subjectStart + 1, subjectEnd);
                }
            }
            java.util.regex.Matcher company = SubjectReferents.COMPANY.matcher(subject);
            String firm = company.matches() ? entities.company(tokens.get(subjectStart).start()) : "";
            if (!firm.isEmpty()) {
                // "The company pumps cement", "The British energy giant's shares stabilize": the article's main company,
                // or the company last named if the organization named most is a public body ("The White House")
                subject = firm + (company.group(1) == null ? "" : " " + company.group(1));
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
            // "The six were arrested": the six members of the Muslim Brotherhood the sentence before counted
            subject = NameLists.countedAlone(text.text(), subject, tokens.get(subjectStart).start()).orElse(subject);
            if (NounPhrases.pointsBack(subject) || SubjectReferents.isAnaphoricSubject(subject)) {
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
                    .filter(p -> !SubjectReferents.namedAfter(tokens, s, pronoun.index(), p.name()))
                    .filter(p -> !SubjectReferents.withAnotherBefore(tokens, s, pronoun.index(), p.end()))
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

    /** How many words back from a second relative pronoun the first one may stand. */
    private static final int COORDINATED_RELATIVE_REACH = 20;

    /**
     * The index of the first relative pronoun when the one at {@code at} opens a second relative clause after "and"
     * or "or", maybe after a comma ("which should act as a cut-off, and which failed"), and a comma stands before the
     * first; {@code at} otherwise.
     */
    private static int firstOfCoordinatedRelatives(List<Token> tokens, Sentence s, int at) {
        int i = at - 1;
        String conjunction = i >= s.firstToken() ? Phrases.low(tokens.get(i)) : "";
        if (!(conjunction.equals("and") || conjunction.equals("or"))) {
            return at;
        }
        String pronoun = Phrases.low(tokens.get(at));
        for (int k = i - 1; k > s.firstToken() && k >= at - COORDINATED_RELATIVE_REACH; k--) {
            if (Phrases.low(tokens.get(k)).equals(pronoun) && tokens.get(k - 1).text().equals(",")) {
                return k;
            }
        }
        return at;
    }

    /** Whether {@code t} is a verb of saying ({@code reporting-verbs.txt}): "said", "told", "announced". */
    static boolean isReportingVerb(Token t) {
        return t.isVerb() && REPORTING.contains(t.lemma().toLowerCase(Locale.ROOT));
    }
}
