package dev.timeline.happening;

import dev.timeline.text.Sentence;
import dev.timeline.text.Token;
import java.util.List;
import java.util.Set;

/**
 * Where the rest of a predicate ends, read rightwards from its verb ("bowed to pressure", "began replacing old notes",
 * "went home from a hospital"): up to a date, punctuation, a subordinate or coordinated clause or the length limit,
 * then without what cannot end it: a dangling preposition or article, an infinitive or participle whose own clause
 * was cut off ("carry out a test [to see] whether", "a trip to Paris planned [for next week]"), a length that relates
 * it to the clause after it ("[just days] after"), a cut inside a noun phrase finished or left out ("on the leaking
 * Gulf of Mexico [oil spill]"). What it reads past is {@link PredicateParts}'.
 */
final class PredicateEnds {
    /** Words that lean on the date after them ("last December 17", "early Monday"): a title does not end on them. */
    private static final Set<String> DATE_MODIFIERS = Set.of("last", "next", "this", "early", "late", "mid",
            "earlier", "later", "on", "in", "at", "since", "until", "by", "from", "during", "through", "effective");
    private static final int MAX_PREDICATE = 10;
    /** The most words of a name after "and" that a predicate cut before it goes on to: "and [Deir el-Ballah]". */
    private static final int NAME_AFTER_AND = 4;
    /** Words after "at" that make an amount's bound, no phrase of place: "at least", "at most". */
    private static final Set<String> AMOUNT_BOUNDS = Set.of("least", "most");
    /** Parts of speech that cannot end a phrase. */
    private static final Set<String> DANGLING = Set.of("IN", "TO", "DT", "CC", "PRP$", "RB", "POS", "MD", "WDT");
    /** Pronouns that can only be subjects: one after a verb starts another clause ("shows [they] are concerned"). */
    static final Set<String> SUBJECT_PRONOUNS = Set.of("i", "he", "she", "we", "they");
    /** Pronouns that can only be objects: one right after a verb is its object ("began pelting them with stones"). */
    private static final Set<String> OBJECT_ONLY_PRONOUNS = Set.of("him", "them", "us", "me");
    /** Nouns that say nothing without the clause after them: "for the way his company was treated". */
    private static final Set<String> CLAUSE_HEADS = Set.of("way", "fact", "extent", "manner");

    /**
     * Whether token {@code i}, after the first word of the predicate, is a participle of saying right after a noun:
     * "filed a suit against BP Plc [saying] the spill harmed wildlife" opens a clause of what the suit says.
     */
    private static boolean saysAfterANoun(List<Token> tokens, int i, int from) {
        Token t = tokens.get(i);
        return i > from && t.pos().equals("VBG") && tokens.get(i - 1).isNoun()
                && (ClauseSubjects.isReportingVerb(t) || SpeechVerbs.isSpeech(t))
                && !EVIDENCE.contains(t.lowerLemma());
    }

    /** Verbs of what a thing shows, whose participle after a noun tells of it: "a strain showing resistance". */
    private static final Set<String> EVIDENCE = Set.of("show", "indicate", "suggest", "reveal");

    /** Nouns of a part of a period before "of" and its date: "for the rest of this year", "by the end of May". */
    static final Set<String> PARTS_OF_A_PERIOD = Set.of("rest", "remainder", "balance", "end", "start",
            "beginning", "middle", "half");

    private PredicateEnds() {
    }

    /**
     * Whether a date, or a date's preposition and the date, starts at token {@code i}, after the particle before it:
     * "off [Saturday]", "up [on Monday]"; "back [in 1993]" tells when, as "back then" does.
     */
    private static boolean beforeADate(List<Token> tokens, Sentence s, int i, boolean[] covered) {
        return i < s.endToken() && (covered[i] || i + 1 < s.endToken() && covered[i + 1]
                && ClauseSubjects.DATE_PREPOSITIONS.contains(Phrases.low(tokens.get(i)))
                && !Phrases.low(tokens.get(i - 1)).equals("back"));
    }

    /**
     * The end of the rest of a predicate starting at {@code from}: objects, particles, prepositional phrases and
     * infinitives ("bowed to pressure", "began replacing old notes", "went home from a hospital"), up to a date,
     * punctuation, a subordinate or coordinated clause, or {@value #MAX_PREDICATE} words; words that cannot end a
     * phrase (prepositions, articles, conjunctions) are dropped from its end, and so is an absolute "with" whose
     * participle follows. A {@code passive} predicate ends before a finite verb after a noun.
     */
    static int predicateEnd(List<Token> tokens, Sentence s, int from, boolean[] covered, boolean passive) {
        return withoutAbsolute(tokens, s, from, endOfPredicate(tokens, s, from, covered, passive));
    }

    /** {@link #predicateEnd} before an absolute "with" is left out. */
    private static int endOfPredicate(List<Token> tokens, Sentence s, int from, boolean[] covered, boolean passive) {
        int i = from;
        int end = from;
        int lastHead = from;
        int beforePhrase = from; // where the predicate ends before its last prepositional phrase
        int aside = 0; // the tokens of asides read past, which the title leaves out
        int beforeDate = -1; // where the object ended before a date its complement goes on after
        boolean participleAfterDate = false; // that complement is a participle's clause ("seeking to overturn")
        boolean between = false; // a "between" read whose "and" is still to come
        while (i < s.endToken()
                && (i - from - aside < MAX_PREDICATE || between && Phrases.low(tokens.get(i)).equals("and"))) {
            if (covered[i]) {
                int after = PredicateParts.dateInsidePhrase(tokens, s, i, covered);
                if (after < 0 && (i == from || !covered[i - 1])) {
                    after = Asides.afterPossessiveDate(tokens, s, i, covered); // "won [last year's] election"
                }
                if (after < 0) {
                    boolean preposition = i - 1 > from
                            && ClauseSubjects.DATE_PREPOSITIONS.contains(Phrases.low(tokens.get(i - 1)));
                    int prepositionAt = preposition ? i - 1 : i;
                    int complement = Asides.afterDateBeforeComplement(tokens, s, prepositionAt, covered);
                    if (complement < 0) {
                        complement = Asides.objectAfterDate(tokens, s, from, prepositionAt, covered);
                    }
                    if (complement < 0) {
                        if (i - 2 > from && Phrases.low(tokens.get(i - 1)).equals("of") && beforePhrase > from
                                && PARTS_OF_A_PERIOD.contains(Phrases.low(tokens.get(i - 2)))) {
                            end = beforePhrase; // "suspends its dividend [for the rest of this year]": no "the rest"
                        }
                        break;
                    }
                    beforeDate = end;
                    participleAfterDate |= tokens.get(complement).pos().equals("VBG");
                    aside += complement - prepositionAt; // "held talks [Tuesday] with the party chief"
                    i = complement;
                    continue;
                }
                i = after; // "on several of the Sunday morning news shows": the date modifies a noun of the object
                continue;
            }
            if (i > from && Asides.RELATIVE_ADVERBS.contains(Phrases.low(tokens.get(i)))) {
                int complement = Asides.afterDateBeforeComplement(tokens, s, i, covered);
                if (complement > 0) {
                    beforeDate = end;
                    aside += complement - i; // "reached an agreement [earlier in July] to sell the storage"
                    i = complement;
                    continue;
                }
            }
            int close = i > from ? Asides.closing(tokens, s, i, covered) : -1;
            if (close > 0) {
                aside += close + 1 - i; // "gave BP's latest effort [-- a cap ... --] another 24 hours"
                i = close + 1;
                continue;
            }
            // "between the Seven Party Alliance [(SPA)] and the Maoists": the name's acronym; "found Tom Berg[, 31,]
            // guilty": the person's age
            if (i > from && (PredicateParts.isAcronymAfterName(tokens, s, i)
                    || PredicateParts.isAgeAfterName(tokens, s, i))) {
                aside += 3;
                i += 3;
                continue;
            }
            Token t = tokens.get(i);
            String low = Phrases.low(t);
            boolean punctuation = !Character.isLetterOrDigit(t.text().charAt(0)) && !low.equals("$")
                    && !low.equals("%") && !t.pos().equals("POS") && !Phrases.isInnerHyphen(tokens, s, i)
                    && !Phrases.isInnerApostrophe(tokens, s, i)
                    && !Phrases.isSuspendedHyphen(tokens, s, i)
                    && !NounPhrases.isQuotedName(tokens, s, i, from)
                    && !PredicateParts.betweenAdjectives(tokens, s, i, from)
                    && !PredicateParts.betweenPlaceNames(tokens, s, i, from, covered)
                    && !NounPhraseEnds.isPluralPossessive(tokens, s, i);
            // "opened his suitcase and allegedly discovered the cash": an adverb before the verb after "and" counts
            int afterAnd = i + 2 < s.endToken() && tokens.get(i + 1).pos().equals("RB")
                    && tokens.get(i + 2).isVerb() ? i + 2 : i + 1;
            // "started seizing and slaughtering herds": a gerund after "and" goes on with the same predicate
            boolean clauseVerb = (low.equals("and") || low.equals("but") || low.equals("or")) && i + 1 < s.endToken()
                    && (tokens.get(afterAnd).isVerb() && !tokens.get(afterAnd).pos().equals("VBG")
                    || Phrases.pastTakenForAdjective(tokens, s, afterAnd)
                    || tokens.get(i + 1).pos().equals("MD") || PredicateParts.subjectAfter(tokens, s, i + 1))
                    // "agreed to buy and operate/VBP two rigs": two infinitives that share the object after them (the
                    // tagger may take the second for a present, which has the same form)
                    && !(low.equals("and") && i - 1 >= s.firstToken() && tokens.get(i - 1).pos().equals("VB")
                    && (tokens.get(afterAnd).pos().equals("VB") || tokens.get(afterAnd).pos().equals("VBP")));
            // "the Cup to be hosted by South Africa is set to attract": in a passive, which takes no reported clause,
            // a finite "be", "have" or modal after a noun is the verb of the clause the title's verb only modified
            // "which came to power in a coup d'etat was condemned": a finite "be" or "have" with its participle after
            // a noun is another clause's verb in any predicate but of a verb of saying ("claimed Labour's lead had
            // fallen")
            boolean participleAfter = i + 1 < s.endToken() && (tokens.get(i + 1).pos().equals("VBN")
                    || tokens.get(i + 1).pos().equals("VBG")) && from - 1 >= s.firstToken()
                    && !ClauseSubjects.isReportingVerb(tokens.get(from - 1))
                    && !SpeechVerbs.isSpeech(tokens.get(from - 1));
            boolean finite = (passive || participleAfter && !t.pos().equals("MD")) && i > from
                    && tokens.get(i - 1).isNoun() && (t.pos().equals("MD")
                    || Phrases.FINITE.contains(t.pos()) && (t.lemma().equals("be") || t.lemma().equals("have")));
            boolean reflexive = low.endsWith("self") || low.endsWith("selves"); // "scrambled to protect itself"
            // "started destroying them at the army's base": an object pronoun goes on with its verb's predicate
            boolean object = OBJECT_ONLY_PRONOUNS.contains(low) && tokens.get(i - 1).isVerb()
                    || PredicateParts.indefiniteObject(tokens, s, i); // "asked doctors to test everyone with a fever"
            boolean betweenAnd = between && low.equals("and"); // "between the troops and about 100 rebels"
            if (low.equals("between")) {
                between = true;
            } else if (between && low.equals("and") && !clauseVerb) {
                between = false;
                int second = NounPhraseEnds.shortPhraseAfter(tokens, s, i, covered);
                if (second > 0) {
                    // "an agreement between the alliance [and the guerrillas]": the second party, past the limit
                    aside += second - i;
                    end = second;
                    lastHead = second;
                    i = second;
                    continue;
                }
            }
            int list = punctuation && i > from ? PredicateParts.listEnd(tokens, s, i, covered) : -1;
            if (list > 0) {
                aside += list - i - 1; // "fled investments in air[, land and sea]": a list goes on to its last item
                end = list;
                lastHead = list;
                i = list;
                continue;
            }
            boolean beforeWhom = low.equals("before") && PredicateParts.beforeABody(tokens, s, i, covered);
            // "a group of Russian billionaires known as AAR": the name a participle gives goes on with the phrase
            boolean naming = low.equals("as") && i > from
                    && NAMING_PARTICIPLES.contains(Phrases.low(tokens.get(i - 1)));
            // "remembered for the explosion that killed 15 [and for damaging leaks]": a phrase after "and" whose
            // preposition the predicate has not used joins one outside it ("met him in Paris and in Rome" goes on;
            // "visits to or from Iran", "above and below the surface" join prepositions; "and at least 18", "and
            // about 100" amounts)
            boolean otherPhrase = (low.equals("and") || low.equals("or")) && i > from && i + 2 < s.endToken()
                    && !betweenAnd && tokens.get(i + 1).pos().equals("IN") && !tokens.get(i - 1).pos().equals("IN")
                    && !tokens.get(i - 1).pos().equals("TO") && !tokens.get(i + 2).pos().equals("CD")
                    && !AMOUNT_BOUNDS.contains(Phrases.low(tokens.get(i + 2)))
                    && !usedFrom(tokens, from, i, Phrases.low(tokens.get(i + 1)));
            if (punctuation || Phrases.CLAUSE_WORDS.contains(low) && !beforeWhom && !naming || clauseVerb || finite
                    || otherPhrase
                    || low.equals("with") && PredicateParts.opensAbsoluteClause(tokens, s, i, covered)
                    || t.pos().equals("PRP") && i > from && !reflexive && !object
                    || SUBJECT_PRONOUNS.contains(low) // "shows they are concerned": another clause's subject
                    || saysAfterANoun(tokens, i, from)
                    || i > from && PredicateParts.isByline(tokens, s, i)) {
                break;
            }
            if (t.pos().equals("IN") && i > from && i + 1 < s.endToken()
                    && NounPhrases.isNounPhraseStart(tokens.get(i + 1))
                    && !low.equals("of")) { // "on top of the gushing leak": "of" goes on with the phrase before
                beforePhrase = end;
            }
            if (Phrases.isInnerHyphen(tokens, s, i) || Phrases.isSuspendedHyphen(tokens, s, i)
                    || Phrases.isInnerApostrophe(tokens, s, i)) {
                aside += 2; // "shoulder-fired": the hyphen and the word after it count as one word with the one before
            }
            boolean noun = i > from && PredicateParts.isNounReadAsModifier(tokens, i, covered);
            i++;
            boolean particle = (i - 2 >= from && tokens.get(i - 2).isVerb() && (Phrases.PARTICLES.contains(low)
                    || Phrases.isDirectionOf(tokens.get(i - 2).lowerLemma(), low))
                    // "took a day off [Saturday]", "took six months off [in early 2009]": a particle right before
                    // a date ends its verb's object
                    || i - 2 >= from && Phrases.PARTICLES.contains(low) && tokens.get(i - 2).isNoun()
                    && beforeADate(tokens, s, i, covered) && !DATE_MODIFIERS.contains(low))
                    // "suspended over [the weekend]" is a phrase of time, as in VerbTitles
                    && !(i < s.endToken() && covered[i] && Phrases.low(tokens.get(i)).equals("the"));
            // "closed 0.6 percent higher/RB": a direction after an amount ends a phrase
            boolean direction = Measures.DIRECTIONS.contains(low) && (t.pos().equals("RB") && i - 2 > from
                    && (tokens.get(i - 2).isNoun() || tokens.get(i - 2).pos().equals("CD"))
                    // "ended higher", "closed sharply lower/JJR"
                    || PredicateParts.afterItsVerb(tokens, s, from, i - 1));
            // "terms such [as ...]" waits for its example; "competed with one another" ends on "another"
            boolean such = low.equals("such") && i < s.endToken() && Phrases.low(tokens.get(i)).equals("as");
            boolean reciprocal = low.equals("another") && i - 2 >= from && Phrases.low(tokens.get(i - 2)).equals("one");
            if (!DANGLING.contains(t.pos()) && !low.equals("to") && !DATE_MODIFIERS.contains(low) && !such || noun
                    || particle || direction || reciprocal) {
                end = i; // "was forced to step down": a particle after its verb ends a phrase
            }
            // a particle ends a phrase after its verb ("blew up"), not as a preposition ("a jet over [the town]")
            if (t.isNoun() || t.pos().equals("CD") || noun || particle) {
                lastHead = i;
            }
        }
        boolean cut = i - from - aside >= MAX_PREDICATE && i < s.endToken() && !covered[i];
        Token last = tokens.get(i - 1);
        // only a cut predicate is read on: one that ends with its sentence may end with the text
        // "under tighter | regulatory control": an adjective and its noun after the cut finish the phrase too
        boolean adjectiveAndNoun = i + 1 < s.endToken() && tokens.get(i).pos().startsWith("JJ") && !covered[i + 1]
                && tokens.get(i + 1).isNoun();
        boolean unfinished = cut && (tokens.get(i).pos().equals("POS")
                || NounPhraseEnds.isPluralPossessive(tokens, s, i) || (tokens.get(i).isNoun() || adjectiveAndNoun)
                && (last.pos().equals("CD") || last.pos().startsWith("JJ") || last.pos().equals("VBN")
                || last.pos().equals("DT") || last.isNoun() || last.pos().equals("VBG") || last.pos().equals("POS")
                || Phrases.ORDINAL.matcher(Phrases.low(last)).matches()
                || last.pos().equals("VBD") && tokens.get(i - 2).pos().equals("POS"))); // "Tehran's alleged/VBD"
        if (cut && !(beforeDate > from && participleAfterDate) && lastHead > from && lastHead <= i
                && lastHead < s.endToken() && tokens.get(lastHead - 1).isNoun()
                && Phrases.low(tokens.get(lastHead)).equals("of")) {
            int finished = NounPhraseEnds.shortPhraseAfter(tokens, s, lastHead, covered);
            if (finished > 0) {
                return finished; // "causing the death [of a patient]", "the regional Bank [of Melbourne Ltd]"
            }
        }
        if (cut && (Phrases.low(last).equals("and") || Phrases.low(last).equals("or")) && i - 2 > from
                && tokens.get(i - 2).isNoun() && i + 1 < s.endToken() && !covered[i + 1]
                && tokens.get(i).pos().equals("NN") && Character.isLowerCase(tokens.get(i).text().charAt(0))
                && tokens.get(i + 1).isNoun()) {
            int finished = NounPhraseEnds.nounPhraseEnd(tokens, s, i, covered);
            if (finished > i + 1) {
                return finished; // "for the Sakhalin-1 oil | and gas project": two nouns that modify one after them
            }
        }
        if (cut && (Phrases.low(last).equals("and") || Phrases.low(last).equals("or")) && i - 2 > from
                && tokens.get(i - 2).pos().startsWith("NNP") && tokens.get(i).pos().startsWith("NNP")) {
            int k = i;
            while (k < s.endToken() && k - i < NAME_AFTER_AND && !covered[k] && tokens.get(k).pos().startsWith("NNP")) {
                k++;
            }
            if (k == s.endToken() || !tokens.get(k).isNoun() && !tokens.get(k).pos().startsWith("JJ")) {
                return k; // "together with London [and Paris]", "the Centers for Disease Control [and Prevention]"
            }
        }
        if (unfinished) {
            int finished = NounPhraseEnds.nounPhraseEnd(tokens, s, i, covered);
            if (finished > i) {
                return finished; // "on the leaking Gulf of Mexico [oil spill]": a noun or two finish the phrase
            }
            if (beforePhrase > from && tokens.get(beforePhrase - 1).isNoun()) {
                // cut inside a longer noun phrase ("by scoring Northern Ireland['s goal]", "at the ninth [meeting]",
                // "on the blown-out [well]"): end before the prepositional phrase it belongs to
                return beforePhrase;
            }
        }
        // cut by the length limit inside a phrase ("under tighter"): end at its last noun instead
        int ending = withoutDanglingInfinitive(tokens, s, from, cut && lastHead > from ? lastHead : end,
                beforePhrase, covered);
        if (ending < s.endToken() && tokens.get(ending).pos().equals("POS") && beforePhrase > from
                && ending > beforePhrase) {
            ending = beforePhrase; // cut after a possessor ("visits to Iran [over Tehran]'s alleged ..."): before it
        }
        if (ending - 3 > from && CLAUSE_HEADS.contains(Phrases.low(tokens.get(ending - 1)))
                && Phrases.low(tokens.get(ending - 2)).equals("the") && tokens.get(ending - 3).pos().equals("IN")) {
            // "retracted her apology [for the way] his company was treated": the clause that says which way is cut
            ending -= 3;
        }
        String lastPos = tokens.get(Math.max(from, ending - 1)).pos();
        if (beforeDate > from && ending > beforeDate && (lastPos.startsWith("JJ") || lastPos.startsWith("RB")
                || participleAfterDate && cut)) {
            // a complement after a date that ends on a modifier ("of a man severely") is left out, and a participle's
            // clause the length limit cut ("linked up their networks last year [making the practical implementation]")
            return beforeDate;
        }
        if (ending - 1 >= from && ending + 1 < s.endToken() && Phrases.low(tokens.get(ending - 1)).equals("head")
                && Phrases.low(tokens.get(ending)).equals("on") && covered[ending + 1]) {
            return ending - 1; // "collided head on Saturday night": "head on" is how, its "on" the date's
        }
        return beforeARelativeLength(tokens, s, from, withoutDanglingParticiple(tokens, s, from, ending, covered));
    }

    /** How many words the noun phrase of an absolute "with" may take before its participle. */
    private static final int ABSOLUTE_REACH = 5;

    /**
     * Where a predicate ending at {@code end} ends without an absolute "with" whose participle comes right after it:
     * "went head to head in the pool [with the Japanese] taking an early edge" tells what the Japanese did, not whom
     * the teams played with.
     */
    private static int withoutAbsolute(List<Token> tokens, Sentence s, int from, int end) {
        if (end >= s.endToken() || !tokens.get(end).pos().equals("VBG")) {
            return end;
        }
        for (int k = end - 2; k > from && end - k <= ABSOLUTE_REACH; k--) {
            if (Phrases.low(tokens.get(k)).equals("with")) {
                return tokens.get(end - 1).isNoun() ? k : end;
            }
            if (!NounPhrases.isNounPhrasePart(tokens.get(k + 1))) {
                return end;
            }
        }
        return end;
    }

    /** Whether word {@code low} stands among tokens {@code [from, to)}. */
    private static boolean usedFrom(List<Token> tokens, int from, int to, String low) {
        for (int k = from; k < to; k++) {
            if (Phrases.low(tokens.get(k)).equals(low)) {
                return true;
            }
        }
        return false;
    }

    /** Verbs whose participle in "-ing" places its noun in time: "a two-day meeting beginning Tuesday". */
    private static final Set<String> SPANNING = Set.of("start", "begin", "happen", "resume", "last", "end", "run",
            "open", "close", "continue", "occur");
    /** Verbs whose object a participle completes: "left three people injured", "had his car stolen". */
    private static final Set<String> RESULTATIVES = Set.of("leave", "keep", "have", "get", "find", "see", "want",
            "make", "declare", "consider", "hold", "report", "need", "like", "show");

    /**
     * Where a predicate ending at {@code end} ends without a participle after its last noun whose own complement was
     * left out: "called off a trip to Paris planned [for next week]", "struck down the first moratorium issued [in
     * May]", "settled with 150 people claiming [they were abused]", "issued a communique saying [they want more
     * say]", "during a two-day trip beginning [on Monday]"; not a participle that completes its verb's object ("left
     * three people injured").
     */
    private static int withoutDanglingParticiple(List<Token> tokens, Sentence s, int from, int end,
            boolean[] covered) {
        Token participle = tokens.get(Math.max(from, end - 1));
        boolean past = participle.pos().equals("VBN") // the tagger reads many such as pasts: "a trip planned/VBD for"
                || participle.pos().equals("VBD") && Phrases.low(participle).endsWith("ed");
        boolean present = participle.pos().equals("VBG");
        if (end - 2 <= from || end >= s.endToken() || !(past || present) || !tokens.get(end - 2).isNoun()) {
            return end;
        }
        Token next = tokens.get(end);
        if (present ? !next.pos().startsWith("PRP") && !((covered[end] || next.pos().equals("IN"))
                && SPANNING.contains(participle.lowerLemma()))
                : !covered[end] && !next.pos().equals("IN") && !next.pos().equals("TO") && !next.pos().equals("WRB")) {
            // "the Tueni killing Monday", "offshore drilling Monday": a noun in "-ing" before its date stays
            return end;
        }
        for (int k = from - 1; k >= Math.max(s.firstToken(), from - 3); k--) {
            if (tokens.get(k).isVerb()) {
                return RESULTATIVES.contains(tokens.get(k).lowerLemma()) ? end : end - 1;
            }
        }
        return end - 1;
    }

    /** Words that measure a length before "after" or "before": "just days after", "only two weeks before". */
    private static final Set<String> LENGTH_MODIFIERS = Set.of("just", "only", "barely", "mere", "merely", "a", "few",
            "several", "some", "about", "nearly", "almost", "within", "less", "more", "than");
    private static final Set<String> RELATIONS = Set.of("after", "before", "later", "earlier");

    /**
     * Where a predicate ending at {@code end} ends without a length that relates it to the clause after it: "flew
     * into Vietnam from Hong Kong [just days] after a group highlighted low pay" is the flight, not "just days".
     */
    private static int beforeARelativeLength(List<Token> tokens, Sentence s, int from, int end) {
        if (end >= s.endToken() || end - 1 <= from || !RELATIONS.contains(Phrases.low(tokens.get(end)))
                || !PredicateParts.LENGTH_UNITS.contains(Phrases.low(tokens.get(end - 1)))) {
            return end;
        }
        int k = end - 1;
        while (k - 1 > from && (LENGTH_MODIFIERS.contains(Phrases.low(tokens.get(k - 1)))
                || tokens.get(k - 1).pos().equals("CD"))) {
            k--;
        }
        return k;
    }

    /** Participles whose "as" gives a name: "known as AAR", "billed as the biggest show". */
    private static final Set<String> NAMING_PARTICIPLES = Set.of("known", "billed", "described", "referred");

    /**
     * {@code end}, or before the infinitive or the participle after a noun that ends the predicate when its own
     * clause was cut off after it ("carry out a test [to see] whether they can begin", "released a report
     * [suggesting] that", "deployed police around schools [to ensure] they returned", "signed a peace deal [to end] a
     * decade of war", the decade a time expression), or before the prepositional phrase whose noun the punctuation
     * cut off after its adjective ("lays out his vision [for a smaller], more exploration-focused company").
     */
    private static int withoutDanglingInfinitive(List<Token> tokens, Sentence s, int from, int end, int beforePhrase,
            boolean[] covered) {
        // a time expression with a determiner is the infinitive's object ("to end [a decade] of war"); "to begin
        // [last month]" has its date after it
        boolean cutOff = end < s.endToken() && (Phrases.CLAUSE_WORDS.contains(Phrases.low(tokens.get(end)))
                || covered[end] && (tokens.get(end).pos().equals("DT") || tokens.get(end).pos().equals("CD"))
                || SUBJECT_PRONOUNS.contains(Phrases.low(tokens.get(end))) || Phrases.isQuote(tokens.get(end).text())
                || OBJECT_ONLY_PRONOUNS.contains(Phrases.low(tokens.get(end)))
                || Phrases.low(tokens.get(end)).equals("it"));
        // "was set up [to trace] who received", "offered [to forego] what remained": with nothing left of the
        // predicate, the verb stands alone ("is set up") or says nothing, as the title's builder then judges
        boolean dangling = end - 2 >= from && cutOff && Phrases.low(tokens.get(end - 2)).equals("to")
                && tokens.get(end - 1).pos().equals("VB")
                && Character.isLowerCase(tokens.get(end - 1).text().charAt(0));
        if (dangling && end - 3 > from && Phrases.low(tokens.get(end - 3)).equals("not")) {
            return end - 3; // "exercise local options [not to join] the summer time"
        }
        // "released a report [suggesting] that about 75% of the oil was gone": a participle after a noun whose own
        // clause was cut off after it says nothing without it
        boolean participle = end - 2 >= from && end < s.endToken() && tokens.get(end - 1).pos().equals("VBG")
                && tokens.get(end - 2).isNoun() && Phrases.CLAUSE_WORDS.contains(Phrases.low(tokens.get(end)));
        boolean adjective = end - 2 >= from && beforePhrase > from && tokens.get(end - 1).pos().startsWith("JJ")
                && (tokens.get(end - 2).pos().equals("DT") || tokens.get(end - 2).pos().equals("PRP$"));
        return dangling ? end - 2 : participle ? end - 1 : adjective ? beforePhrase : end;
    }
}
