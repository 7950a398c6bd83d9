package dev.timeline.happening;

import dev.timeline.event.CommonNouns;
import dev.timeline.text.AnalyzedText;
import dev.timeline.text.Sentence;
import dev.timeline.text.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The phrases a title is made of, found in the tokens of a sentence: where a predicate or an object noun phrase ends,
 * which words can start or continue a noun phrase, and how the words of a span are written back as a person writes
 * them. Stateless.
 */
final class Phrases {
    /** How many adjectives may stand between a determiner and a date that modifies the noun after them. */
    private static final int MAX_MODIFIERS = 3;
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

    /** Words that lean on the date after them ("last December 17", "early Monday"): a title does not end on them. */
    private static final Set<String> DATE_MODIFIERS = Set.of("last", "next", "this", "early", "late", "mid",
            "earlier", "later", "on", "in", "at", "since", "until", "by", "from", "during", "through", "effective");
    /** Prepositions whose phrase belongs in a title ("visit to China", "talks with rebels"). */
    static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "to", "at", "from", "into", "near", "with");
    private static final int MAX_OBJECT = 7;
    private static final int MAX_PREDICATE = 10;
    /** Words that open a subordinate clause: the predicate of the title ends before them. */
    static final Set<String> CLAUSE_WORDS = Set.of("that", "which", "who", "whom", "whose", "when", "while",
            "as", "after", "before", "because", "since", "although", "though", "if", "unless", "until", "where",
            "whereas", "amid", "despite", "following", "according", "what", "how", "why", "whether");
    /** Bodies one appears or testifies before: "before the committee on Tuesday" tells before whom, not when. */
    private static final Set<String> BODIES = Set.of("committee", "subcommittee", "court", "judge", "panel",
            "parliament", "congress", "senate", "house", "commission", "tribunal", "jury", "council", "assembly",
            "lawmakers", "legislators", "senators", "inquiry", "board", "cameras", "reporters", "crowd");
    /** Parts of speech that cannot end a phrase. */
    private static final Set<String> DANGLING = Set.of("IN", "TO", "DT", "CC", "PRP$", "RB", "POS", "MD", "WDT");

    /** Pronouns that open a relative clause: "the city which the rebels said they had captured". */
    static final Set<String> RELATIVE_PRONOUNS = Set.of("which", "that", "who", "whom", "whose");
    /** Ordinal numbers, which the tagger may take for nouns ("the ninth/NN meeting"): they go on with a noun. */
    private static final Pattern ORDINAL = Pattern.compile("first|second|third|fourth|fifth|sixth|seventh|eighth"
            + "|ninth|tenth|eleventh|twelfth|\\d+(st|nd|rd|th)");
    /** Whether {@code t} is an ordinal, whatever its tag: "the first/NN named cyclone", "the 21st". */
    static boolean isOrdinal(Token t) {
        return ORDINAL.matcher(low(t)).matches();
    }

    /**
     * Whether token {@code i}, read as an adverb or as an adjective that ends its phrase, is the head noun of that
     * phrase: a common noun of news ({@link CommonNouns}) after a common noun (or an adjective, for an adverb), no
     * "-ly" word and no date's ("cut the cartel's daily crude oil output/RB by 1.2 million barrels", "the position of
     * chief executive/JJ to be replaced").
     */
    static boolean isNounReadAsModifier(List<Token> tokens, int i, boolean[] covered) {
        Token t = tokens.get(i);
        boolean adverb = t.pos().equals("RB");
        boolean adjective = t.pos().equals("JJ") && (i + 1 >= tokens.size()
                || !(tokens.get(i + 1).isNoun() || tokens.get(i + 1).pos().startsWith("JJ")));
        if (!(adverb || adjective) || i == 0 || covered[i] || low(t).endsWith("ly") || PARTICLES.contains(low(t))) {
            return false;
        }
        String before = tokens.get(i - 1).pos();
        return (before.equals("NN") || before.equals("NNS") || adverb && before.startsWith("JJ")) && !covered[i - 1]
                && CommonNouns.contains(low(t));
    }

    /** Tags of finite verbs. */
    private static final Set<String> FINITE = Set.of("VBZ", "VBP", "VBD");
    /** Pronouns that can only be subjects: one after a verb starts another clause. */
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("i", "he", "she", "we", "they");
    /** Pronouns that can only be objects: one right after a verb is its object ("began pelting them with stones"). */
    private static final Set<String> OBJECT_ONLY_PRONOUNS = Set.of("him", "them", "us", "me");
    /** Nouns that say nothing without the clause after them: "for the way his company was treated". */
    private static final Set<String> CLAUSE_HEADS = Set.of("way", "fact", "extent", "manner");
    /** Pronouns that say whom or what by themselves, as a noun phrase does: "to test anyone with a fever". */
    private static final Set<String> INDEFINITE_PRONOUNS = Set.of("anyone", "everyone", "someone", "anybody",
            "everybody", "somebody", "anything", "everything", "something");
    /** Punctuation that closes a clause: a finite verb after it belongs to another clause. */
    private static final Set<String> CLAUSE_ENDS = Set.of(",", ";", ":", "--", "—", "–", "(");

    /** Prepositions of place the tagger may read as adverbs ("aboard/RB the rig"; not "around": "around 20"). */
    private static final Set<String> PREPOSITIONS_READ_AS_ADVERBS = Set.of("aboard", "outside", "inside", "along",
            "behind", "beyond", "underneath", "onto", "into", "across", "through", "throughout");

    /**
     * A noun phrase that points back to a happening or people told elsewhere ("Those talks", "An identical attack",
     * "The other two boys", "Twelve other cabinet ministers", "Others").
     */
    private static final Pattern ANAPHORIC = Pattern.compile(
            "(?i)(this|that|these|those|such|another|the same|(an?|the) (identical|similar)|the other|the rest"
                    + "|the remaining|the latter|a (second|third|fourth|fifth)|[\\w,-]+ others?|others)\\b"
                    + "|(identical|similar)\\s");

    /**
     * "The" and a count before words in lower case, which count what another sentence named: "The two central European
     * states" (Bulgaria and Romania), "The three men"; not "The Two Koreas", "The two-day talks", "The 11 members of
     * OPEC".
     */
    private static final Pattern COUNTED = Pattern.compile(
            "[Tt]he (?:two|three|four|five|six|seven|eight|nine|ten|[2-9]|1\\d) (?!\\p{Ll}+ of \\p{Lu})\\p{Ll}");

    private Phrases() {
    }

    /**
     * Whether a title opens with words that point back to a happening or people told elsewhere ("Those talks end", "A
     * second attempt succeeds", "10 others go missing", "The two men are charged").
     */
    static boolean pointsBack(String title) {
        String t = title.strip();
        return ANAPHORIC.matcher(t).lookingAt() || COUNTED.matcher(t).lookingAt();
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

    /**
     * Whether the word at {@code i} is an {@link #INDEFINITE_PRONOUNS indefinite pronoun} that a verb takes as its
     * object: a verb before it, no verb after it ("test everyone with", not "said everyone was safe").
     */
    private static boolean indefiniteObject(List<Token> tokens, Sentence s, int i) {
        return INDEFINITE_PRONOUNS.contains(low(tokens.get(i))) && i - 1 >= s.firstToken()
                && tokens.get(i - 1).isVerb() && (i + 1 >= s.endToken() || !tokens.get(i + 1).isVerb()
                && !tokens.get(i + 1).pos().equals("MD"));
    }

    /** Whether only adverbs stand between token {@code at} and the verb right before token {@code from}. */
    private static boolean afterItsVerb(List<Token> tokens, Sentence s, int from, int at) {
        for (int k = from; k < at; k++) {
            if (!tokens.get(k).pos().equals("RB")) {
                return false;
            }
        }
        return from - 1 >= s.firstToken() && tokens.get(from - 1).isVerb();
    }

    /** Nouns that count what their "of" phrase names: "the number of soldiers killed". */
    private static final Set<String> COUNTS = Set.of("number", "toll", "total", "tally");

    /** Nouns of a part of a period before "of" and its date: "for the rest of this year", "by the end of May". */
    static final Set<String> PARTS_OF_A_PERIOD = Set.of("rest", "remainder", "balance", "end", "start",
            "beginning", "middle", "half");

    /**
     * The end of the rest of a predicate starting at {@code from}: objects, particles, prepositional phrases and
     * infinitives ("bowed to pressure", "began replacing old notes", "went home from a hospital"), up to a date,
     * punctuation, a subordinate or coordinated clause, or {@value #MAX_PREDICATE} words; words that cannot end a
     * phrase (prepositions, articles, conjunctions) are dropped from its end. A {@code passive} predicate ends before
     * a finite verb after a noun.
     */
    static int predicateEnd(List<Token> tokens, Sentence s, int from, boolean[] covered, boolean passive) {
        int i = from;
        int end = from;
        int lastHead = from;
        int beforePhrase = from; // where the predicate ends before its last prepositional phrase
        int aside = 0; // the tokens of asides read past, which the title leaves out
        int beforeDate = -1; // where the object ended before a date its complement goes on after
        boolean participleAfterDate = false; // that complement is a participle's clause ("seeking to overturn")
        boolean between = false; // a "between" read whose "and" is still to come
        while (i < s.endToken()
                && (i - from - aside < MAX_PREDICATE || between && low(tokens.get(i)).equals("and"))) {
            if (covered[i]) {
                int after = dateInsidePhrase(tokens, s, i, covered);
                if (after < 0 && (i == from || !covered[i - 1])) {
                    after = Asides.afterPossessiveDate(tokens, s, i, covered); // "won [last year's] election"
                }
                if (after < 0) {
                    boolean preposition = i - 1 > from
                            && ClauseSubjects.DATE_PREPOSITIONS.contains(low(tokens.get(i - 1)));
                    int prepositionAt = preposition ? i - 1 : i;
                    int complement = Asides.afterDateBeforeComplement(tokens, s, prepositionAt, covered);
                    if (complement < 0) {
                        if (i - 2 > from && low(tokens.get(i - 1)).equals("of") && beforePhrase > from
                                && PARTS_OF_A_PERIOD.contains(low(tokens.get(i - 2)))) {
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
            if (i > from && Asides.RELATIVE_ADVERBS.contains(low(tokens.get(i)))) {
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
            if (i > from && (isAcronymAfterName(tokens, s, i) || isAgeAfterName(tokens, s, i))) {
                aside += 3;
                i += 3;
                continue;
            }
            Token t = tokens.get(i);
            String low = low(t);
            boolean punctuation = !Character.isLetterOrDigit(t.text().charAt(0)) && !low.equals("$")
                    && !low.equals("%") && !t.pos().equals("POS") && !isInnerHyphen(tokens, s, i)
                    && !isInnerApostrophe(tokens, s, i)
                    && !isSuspendedHyphen(tokens, s, i)
                    && !isQuotedName(tokens, s, i, from) && !betweenAdjectives(tokens, s, i, from)
                    && !NounPhraseEnds.isPluralPossessive(tokens, s, i);
            // "opened his suitcase and allegedly discovered the cash": an adverb before the verb after "and" counts
            int afterAnd = i + 2 < s.endToken() && tokens.get(i + 1).pos().equals("RB")
                    && tokens.get(i + 2).isVerb() ? i + 2 : i + 1;
            // "started seizing and slaughtering herds": a gerund after "and" goes on with the same predicate
            boolean clauseVerb = (low.equals("and") || low.equals("but") || low.equals("or")) && i + 1 < s.endToken()
                    && (tokens.get(afterAnd).isVerb() && !tokens.get(afterAnd).pos().equals("VBG")
                    || pastTakenForAdjective(tokens, s, afterAnd)
                    || tokens.get(i + 1).pos().equals("MD") || subjectAfter(tokens, s, i + 1));
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
                    || FINITE.contains(t.pos()) && (t.lemma().equals("be") || t.lemma().equals("have")));
            boolean reflexive = low.endsWith("self") || low.endsWith("selves"); // "scrambled to protect itself"
            // "started destroying them at the army's base": an object pronoun goes on with its verb's predicate
            boolean object = OBJECT_ONLY_PRONOUNS.contains(low) && tokens.get(i - 1).isVerb()
                    || indefiniteObject(tokens, s, i); // "asked doctors to test everyone with a fever"
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
            int list = punctuation && i > from ? listEnd(tokens, s, i, covered) : -1;
            if (list > 0) {
                aside += list - i - 1; // "fled investments in air[, land and sea]": a list goes on to its last item
                end = list;
                lastHead = list;
                i = list;
                continue;
            }
            boolean beforeWhom = low.equals("before") && beforeABody(tokens, s, i, covered);
            // "a group of Russian billionaires known as AAR": the name a participle gives goes on with the phrase
            boolean naming = low.equals("as") && i > from && NAMING_PARTICIPLES.contains(low(tokens.get(i - 1)));
            if (punctuation || CLAUSE_WORDS.contains(low) && !beforeWhom && !naming || clauseVerb || finite
                    || low.equals("with") && opensAbsoluteClause(tokens, s, i, covered)
                    || t.pos().equals("PRP") && i > from && !reflexive && !object
                    || SUBJECT_PRONOUNS.contains(low) // "shows they are concerned": another clause's subject
                    || i > from && isByline(tokens, s, i)) {
                break;
            }
            if (t.pos().equals("IN") && i > from && i + 1 < s.endToken() && isNounPhraseStart(tokens.get(i + 1))
                    && !low.equals("of")) { // "on top of the gushing leak": "of" goes on with the phrase before
                beforePhrase = end;
            }
            if (isInnerHyphen(tokens, s, i) || isSuspendedHyphen(tokens, s, i) || isInnerApostrophe(tokens, s, i)) {
                aside += 2; // "shoulder-fired": the hyphen and the word after it count as one word with the one before
            }
            boolean noun = i > from && isNounReadAsModifier(tokens, i, covered);
            i++;
            boolean particle = i - 2 >= from && tokens.get(i - 2).isVerb() && (PARTICLES.contains(low)
                    || isDirectionOf(tokens.get(i - 2).lowerLemma(), low));
            // "closed 0.6 percent higher/RB": a direction after an amount ends a phrase
            boolean direction = Measures.DIRECTIONS.contains(low) && (t.pos().equals("RB") && i - 2 > from
                    && (tokens.get(i - 2).isNoun() || tokens.get(i - 2).pos().equals("CD"))
                    || afterItsVerb(tokens, s, from, i - 1)); // "ended higher", "closed sharply lower/JJR"
            if (!DANGLING.contains(t.pos()) && !low.equals("to") && !DATE_MODIFIERS.contains(low) || noun
                    || particle || direction) {
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
                || ORDINAL.matcher(low(last)).matches()
                || last.pos().equals("VBD") && tokens.get(i - 2).pos().equals("POS"))); // "Tehran's alleged/VBD"
        if (cut && !(beforeDate > from && participleAfterDate) && lastHead > from && lastHead <= i
                && lastHead < s.endToken() && tokens.get(lastHead - 1).isNoun()
                && low(tokens.get(lastHead)).equals("of")) {
            int finished = NounPhraseEnds.shortPhraseAfter(tokens, s, lastHead, covered);
            if (finished > 0) {
                return finished; // "causing the death [of a patient]", "the regional Bank [of Melbourne Ltd]"
            }
        }
        if (cut && (low(last).equals("and") || low(last).equals("or")) && i - 2 > from
                && tokens.get(i - 2).isNoun() && i + 1 < s.endToken() && !covered[i + 1]
                && tokens.get(i).pos().equals("NN") && Character.isLowerCase(tokens.get(i).text().charAt(0))
                && tokens.get(i + 1).isNoun()) {
            int finished = NounPhraseEnds.nounPhraseEnd(tokens, s, i, covered);
            if (finished > i + 1) {
                return finished; // "for the Sakhalin-1 oil | and gas project": two nouns that modify one after them
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
        if (ending - 3 > from && CLAUSE_HEADS.contains(low(tokens.get(ending - 1)))
                && low(tokens.get(ending - 2)).equals("the") && tokens.get(ending - 3).pos().equals("IN")) {
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
        if (ending - 1 >= from && ending + 1 < s.endToken() && low(tokens.get(ending - 1)).equals("head")
                && low(tokens.get(ending)).equals("on") && covered[ending + 1]) {
            return ending - 1; // "collided head on Saturday night": "head on" is how, its "on" the date's
        }
        return beforeARelativeLength(tokens, s, from, withoutDanglingParticiple(tokens, s, from, ending, covered));
    }

    /** Verbs whose object a participle completes: "left three people injured", "had his car stolen". */
    private static final Set<String> RESULTATIVES = Set.of("leave", "keep", "have", "get", "find", "see", "want",
            "make", "declare", "consider", "hold", "report", "need", "like", "show");

    /**
     * Where a predicate ending at {@code end} ends without a participle after its last noun whose own complement was
     * left out: "called off a trip to Paris planned [for next week]", "struck down the first moratorium issued [in
     * May]"; not a participle that completes its verb's object ("left three people injured").
     */
    private static int withoutDanglingParticiple(List<Token> tokens, Sentence s, int from, int end,
            boolean[] covered) {
        Token participle = tokens.get(Math.max(from, end - 1));
        boolean past = participle.pos().equals("VBN") // the tagger reads many such as pasts: "a trip planned/VBD for"
                || participle.pos().equals("VBD") && low(participle).endsWith("ed");
        if (end - 2 <= from || end >= s.endToken() || !past || !tokens.get(end - 2).isNoun()) {
            return end;
        }
        Token next = tokens.get(end);
        if (!covered[end] && !next.pos().equals("IN") && !next.pos().equals("TO") && !next.pos().equals("WRB")) {
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
        if (end >= s.endToken() || end - 1 <= from || !RELATIONS.contains(low(tokens.get(end)))
                || !LENGTH_UNITS.contains(low(tokens.get(end - 1)))) {
            return end;
        }
        int k = end - 1;
        while (k - 1 > from && (LENGTH_MODIFIERS.contains(low(tokens.get(k - 1)))
                || tokens.get(k - 1).pos().equals("CD"))) {
            k--;
        }
        return k;
    }

    /** Participles whose "as" gives a name: "known as AAR", "billed as the biggest show". */
    private static final Set<String> NAMING_PARTICIPLES = Set.of("known", "billed", "described", "referred");
    /** How many items a list read on past a comma may have, and how many words each. */
    private static final int LIST_ITEMS = 4;
    private static final int LIST_ITEM_WORDS = 3;

    /**
     * Where a list of short noun phrases ends that the comma at {@code i} continues after a noun, up to its last item
     * after "and" or "or": "in air[, land and sea]", "in Paris[, Lyon and Marseille]"; -1 when what follows is no
     * such list, or its last item is the subject of a verb ("in Paris, Lyon and Marseille fell").
     */
    private static int listEnd(List<Token> tokens, Sentence s, int i, boolean[] covered) {
        if (!tokens.get(i).text().equals(",") || i - 1 < s.firstToken() || !tokens.get(i - 1).isNoun()) {
            return -1;
        }
        int k = i;
        for (int items = 0; items < LIST_ITEMS && k < s.endToken(); items++) {
            boolean last = isAndOr(tokens.get(k));
            int j = k + 1;
            if (!last && j < s.endToken() && isAndOr(tokens.get(j))) {
                if (items == 0) {
                    return -1; // "sealed off the building, and Tshisekedi's car was": a clause after ", and"
                }
                last = true; // "air, land, and sea"
                j++;
            }
            int start = j;
            while (j < s.endToken() && j - start < LIST_ITEM_WORDS && !covered[j]
                    && (tokens.get(j).isNoun() || tokens.get(j).pos().startsWith("JJ"))) {
                j++;
            }
            // "the energy, interior and homeland security secretaries": an adjective may end an item before the last,
            // whose noun all of them modify
            if (j == start || !tokens.get(j - 1).isNoun() && (last || !tokens.get(j - 1).pos().startsWith("JJ"))) {
                return -1;
            }
            if (last) {
                return j < s.endToken() && (tokens.get(j).isVerb() || tokens.get(j).pos().equals("MD")
                        || tokens.get(j).pos().equals("POS")) ? -1 : j;
            }
            if (j >= s.endToken() || !(tokens.get(j).text().equals(",") || isAndOr(tokens.get(j)))) {
                return -1;
            }
            k = j;
        }
        return -1;
    }

    private static boolean isAndOr(Token t) {
        return low(t).equals("and") || low(t).equals("or");
    }

    /** Whether token {@code i} opens a name's acronym in brackets right after the name: "Alliance (SPA)". */
    private static boolean isAcronymAfterName(List<Token> tokens, Sentence s, int i) {
        if (i + 2 >= s.endToken() || !tokens.get(i).text().equals("(") || !tokens.get(i + 2).text().equals(")")
                || !(tokens.get(i - 1).pos().startsWith("NNP") || tokens.get(i - 1).isNoun()
                && Character.isUpperCase(tokens.get(i - 1).text().charAt(0)))) { // "a European Union/NN (EU)-wide"
            return false;
        }
        String inside = tokens.get(i + 1).text();
        return inside.length() >= 2 && inside.length() <= 8 && inside.chars().allMatch(Character::isUpperCase);
    }

    /** Whether token {@code i} opens a person's age set off by commas after a name: "Tom Berg[, 31,] guilty". */
    private static boolean isAgeAfterName(List<Token> tokens, Sentence s, int i) {
        if (i + 3 >= s.endToken() || !tokens.get(i).text().equals(",") || !tokens.get(i + 2).text().equals(",")
                || !tokens.get(i - 1).pos().startsWith("NNP")) {
            return false;
        }
        String age = tokens.get(i + 1).text();
        return age.length() <= 3 && age.chars().allMatch(Character::isDigit);
    }

    /**
     * Whether token {@code i} is a quotation mark around a name inside the predicate ("yanked away the "top hat"
     * containment cap"): an opening one after a determiner or adjective with its closing one within four words, or
     * that closing one.
     */
    private static boolean isQuotedName(List<Token> tokens, Sentence s, int i, int from) {
        if (!isQuote(tokens.get(i).text())) {
            return false;
        }
        for (int k = i - 1; k >= Math.max(from, i - 5); k--) {
            if (isQuote(tokens.get(k).text())) {
                return k > from && opensName(tokens, s, k - 1, i); // the closing mark of an opened name
            }
        }
        if (i == from) {
            return false;
        }
        for (int k = i + 2; k < Math.min(s.endToken(), i + 6); k++) {
            if (isQuote(tokens.get(k).text())) {
                return opensName(tokens, s, i - 1, k);
            }
        }
        return false;
    }

    /**
     * Whether token {@code before} opens a name quoted up to the closing mark at {@code close}: a determiner,
     * adjective or possessive; or a noun or number that modifies it, with a noun after the closing mark ("the 100-ton
     * "box" containment system", "a glossy/NN "Lessons Learned" document").
     */
    private static boolean opensName(List<Token> tokens, Sentence s, int before, int close) {
        Token b = tokens.get(before);
        return opensName(b) || (b.pos().startsWith("NN") || b.pos().equals("CD")) && close + 1 < s.endToken()
                && tokens.get(close + 1).pos().startsWith("NN");
    }

    private static boolean opensName(Token before) {
        return before.pos().equals("DT") || before.pos().startsWith("JJ") || before.pos().equals("PRP$")
                || before.pos().equals("POS"); // "BP's "top kill" attempt"
    }

    /** Whether {@code t} heads a phrase that names a body or someone: "Congress", "the energy committee". */
    static boolean isBody(Token t) {
        // "before congressional panels": the plural of a body is bodies
        return t.pos().startsWith("NNP") || BODIES.contains(low(t)) || t.pos().equals("NNS")
                && BODIES.contains(t.lowerLemma());
    }

    /**
     * Whether "with" at {@code at} opens a clause of its own, a noun phrase and what is due of it, at most five words
     * to the noun, no date between: "[with] opening arguments due to begin on 27 September", "[with] a vote set to
     * follow": another happening, not the object of the verb before ("met with leaders expected to join" is one).
     */
    private static boolean opensAbsoluteClause(List<Token> tokens, Sentence s, int at, boolean[] covered) {
        int k = at + 1;
        boolean noun = false;
        while (k < Math.min(s.endToken(), at + 6) && !covered[k] && !Plans.SCHEDULED.contains(low(tokens.get(k)))
                && (tokens.get(k).isNoun()
                || tokens.get(k).pos().equals("DT") || tokens.get(k).pos().startsWith("JJ")
                || tokens.get(k).pos().equals("CD") || tokens.get(k).pos().equals("VBG") && !noun)) {
            noun |= tokens.get(k).isNoun();
            k++;
        }
        return noun && k + 1 < s.endToken() && Plans.SCHEDULED.contains(low(tokens.get(k)))
                && low(tokens.get(k + 1)).equals("to");
    }


    /**
     * Whether "before" at {@code at} opens a phrase of a body or someone, at most five words to its head, no verb
     * and no date ({@code covered}) in it: "appeared [before] the House energy committee", "testified [before]
     * Congress", not "hit the region before dawn Thursday".
     */
    private static boolean beforeABody(List<Token> tokens, Sentence s, int at, boolean[] covered) {
        int head = -1;
        for (int k = at + 1; k < Math.min(s.endToken(), at + 6) && !covered[k]; k++) {
            Token t = tokens.get(k);
            if (t.isNoun()) {
                head = k;
            } else if (!(t.pos().equals("DT") || t.pos().startsWith("JJ") || t.pos().equals("POS"))) {
                break;
            }
        }
        return head > 0 && isBody(tokens.get(head));
    }

    static boolean isQuote(String text) {
        return text.equals("\"") || text.equals("\u201C") || text.equals("\u201D") || text.equals("``")
                || text.equals("''");
    }

    /**
     * Whether token {@code i} is the capital "By" of a byline run on after a headline ("... to retract apology to BP
     * By Aaron Blake and Paul Kane"): two capitalized words follow it, the first a proper noun, not a determiner
     * ("Released By An Otherwise Reputable Artist").
     */
    private static boolean isByline(List<Token> tokens, Sentence s, int i) {
        if (!tokens.get(i).text().equals("By") || i + 2 >= s.endToken()) {
            return false;
        }
        for (int k = i + 1; k <= i + 2; k++) {
            String w = tokens.get(k).text();
            if (w.length() < 2 || !Character.isUpperCase(w.charAt(0)) || !Character.isLowerCase(w.charAt(1))) {
                return false;
            }
        }
        return tokens.get(i + 1).pos().equals("NNP"); // a first name; the tagger may take the surname for a noun
    }

    /** How many words a noun phrase after "and" may have and still be the subject of a clause of its own. */
    private static final int CONJOINED_SUBJECT = 8;

    /**
     * Whether a noun phrase at {@code from} is the subject of a clause of its own, a finite verb or a modal right
     * after it: "was murdered by the communists [and their People's Democratic Party came to power]".
     */
    private static boolean subjectAfter(List<Token> tokens, Sentence s, int from) {
        int k = from;
        while (k < s.endToken() && k - from < CONJOINED_SUBJECT && (isNounPhrasePart(tokens.get(k))
                || low(tokens.get(k)).equals("of") && k > from)) {
            k++;
        }
        if (k > from && k + 3 < s.endToken() && tokens.get(k).text().equals("(")
                && tokens.get(k + 2).text().equals(")")) {
            k += 3; // "their People's Democratic Party of Afghanistan (PDPA) came to power": an acronym in brackets
        }
        boolean noun = k > from && (tokens.get(k - 1).isNoun() || tokens.get(k - 1).text().equals(")"));
        if (!noun || k >= s.endToken()) {
            return false;
        }
        Token verb = tokens.get(k);
        // "attacked BP and the other companies involved/VBD in the drilling": a participle that modifies the noun
        boolean participle = verb.pos().equals("VBD") && verb.mayBePastParticiple() && k + 1 < s.endToken()
                && tokens.get(k + 1).pos().equals("IN") && !PARTICLES.contains(low(tokens.get(k + 1)));
        return !participle && (FINITE.contains(verb.pos()) || verb.pos().equals("MD"));
    }

    /** Whether the comma at {@code i} stands between two adjectives of one noun ("a new, tighter-fitting cap"). */
    private static boolean betweenAdjectives(List<Token> tokens, Sentence s, int i, int from) {
        if (!(tokens.get(i).text().equals(",") && i > from && i + 2 < s.endToken()
                && tokens.get(i - 1).pos().startsWith("JJ") && tokens.get(i + 1).pos().startsWith("JJ")
                && Character.isLowerCase(tokens.get(i + 1).text().charAt(0)))) {
            return false;
        }
        int k = i + 2; // "a vulnerable, unprepared [human] population": more adjectives before the noun
        while (k + 1 < s.endToken() && k < i + 4 && tokens.get(k).pos().startsWith("JJ")
                && Character.isLowerCase(tokens.get(k).text().charAt(0))) {
            k++;
        }
        return tokens.get(k).isNoun();
    }

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
        boolean cutOff = end < s.endToken() && (CLAUSE_WORDS.contains(low(tokens.get(end)))
                || covered[end] && (tokens.get(end).pos().equals("DT") || tokens.get(end).pos().equals("CD"))
                || SUBJECT_PRONOUNS.contains(low(tokens.get(end))) || isQuote(tokens.get(end).text())
                || OBJECT_ONLY_PRONOUNS.contains(low(tokens.get(end))) || low(tokens.get(end)).equals("it"));
        // "was set up [to trace] who received", "offered [to forego] what remained": with nothing left of the
        // predicate, the verb stands alone ("is set up") or says nothing, as the title's builder then judges
        boolean dangling = end - 2 >= from && cutOff && low(tokens.get(end - 2)).equals("to")
                && tokens.get(end - 1).pos().equals("VB")
                && Character.isLowerCase(tokens.get(end - 1).text().charAt(0));
        if (dangling && end - 3 > from && low(tokens.get(end - 3)).equals("not")) {
            return end - 3; // "exercise local options [not to join] the summer time"
        }
        // "released a report [suggesting] that about 75% of the oil was gone": a participle after a noun whose own
        // clause was cut off after it says nothing without it
        boolean participle = end - 2 >= from && end < s.endToken() && tokens.get(end - 1).pos().equals("VBG")
                && tokens.get(end - 2).isNoun() && CLAUSE_WORDS.contains(low(tokens.get(end)));
        boolean adjective = end - 2 >= from && beforePhrase > from && tokens.get(end - 1).pos().startsWith("JJ")
                && (tokens.get(end - 2).pos().equals("DT") || tokens.get(end - 2).pos().equals("PRP$"));
        return dangling ? end - 2 : participle ? end - 1 : adjective ? beforePhrase : end;
    }

    /** Units of a length that may count a noun after "of": "14 months of absolute rule", "two years of fighting". */
    private static final Set<String> LENGTH_UNITS = Set.of("days", "weeks", "months", "years", "decades", "hours");

    /**
     * Where a date that modifies a noun inside a noun phrase ends ("the Sunday morning news shows", "the 2004
     * presidential race", "the weakest eight-year span"): after a determiner or a possessive and adjectives, before a
     * noun; -1 for a date of its own.
     */
    private static int dateInsidePhrase(List<Token> tokens, Sentence s, int at, boolean[] covered) {
        int j = at; // the first token after the date
        while (j < s.endToken() && covered[j]) {
            j++;
        }
        if (j + 1 < s.endToken() && (at == s.firstToken() || !covered[at - 1]) && tokens.get(at).pos().equals("CD")
                && LENGTH_UNITS.contains(low(tokens.get(j - 1))) && low(tokens.get(j)).equals("of")
                && (tokens.get(j + 1).isNoun() || tokens.get(j + 1).pos().startsWith("JJ")
                || tokens.get(j + 1).pos().equals("VBG"))) {
            return j; // "to abandon [14 months] of absolute rule": a length that counts the noun after "of"
        }
        if (j < s.endToken() && (tokens.get(j).isNoun() || tokens.get(j).pos().startsWith("JJ"))
                && hyphenatedLength(tokens, at, j)) {
            return j; // "ended its unorthodox/NN [five-year] policy": a length in one word describes the noun after it
        }
        int opening = at;
        while (opening - 1 > s.firstToken() && at - opening < MAX_MODIFIERS
                && modifiesLikeAnAdjective(tokens.get(opening - 1))) {
            opening--; // "the weakest [eight-year] span", "his scheduled/NN [Christmas] trip": modifiers before it
        }
        if (!afterDeterminer(tokens, s, opening)) {
            return -1;
        }
        boolean noun = j < s.endToken() && (tokens.get(j).isNoun() || tokens.get(j).pos().startsWith("JJ"));
        return noun ? j : -1;
    }

    /** Whether {@code t} is an adjective or a participle, maybe tagged as a noun ("his scheduled/NN trip"). */
    static boolean modifiesLikeAnAdjective(Token t) {
        return t.pos().startsWith("JJ") || t.pos().equals("VBN")
                || t.pos().equals("NN") && low(t).endsWith("ed") && low(t).length() > 5; // not "speed", "seed"
    }

    /** The units of a length written in one word before a noun: "a five-year policy", "a 10-day visit". */
    private static final Set<String> LENGTH_UNIT_WORDS = Set.of("day", "week", "month", "year", "decade", "hour",
            "minute", "century");

    /**
     * Whether tokens {@code [from, to)} are one hyphenated word, no space between them, that ends in a unit of time
     * ("five-year", "10 - day" as the tokenizer splits "10-day").
     */
    private static boolean hyphenatedLength(List<Token> tokens, int from, int to) {
        boolean hyphen = false;
        for (int k = from; k < to; k++) {
            hyphen |= tokens.get(k).text().indexOf('-') >= 0;
            if (k + 1 < to && tokens.get(k).end() != tokens.get(k + 1).start()) {
                return false;
            }
        }
        String last = low(tokens.get(to - 1));
        int dash = last.lastIndexOf('-');
        return hyphen && LENGTH_UNIT_WORDS.contains(dash >= 0 ? last.substring(dash + 1) : last);
    }

    /** Whether token {@code at} follows a determiner, a possessive "'s" or a possessive pronoun of its sentence. */
    static boolean afterDeterminer(List<Token> tokens, Sentence s, int at) {
        if (at - 1 < s.firstToken()) {
            return false;
        }
        String pos = tokens.get(at - 1).pos();
        return pos.equals("DT") || pos.equals("POS") || pos.equals("PRP$");
    }

    /** The end of an object noun phrase starting at {@code from}, with at most one "of" or place phrase inside. */
    static int objectEnd(List<Token> tokens, Sentence s, int from, boolean[] covered) {
        int i = from;
        int lastNoun = from;
        boolean preposition = false;
        int quotes = 0; // quotation marks, which count as no words of the phrase
        while (i < s.endToken() && i - from - quotes < MAX_OBJECT && !covered[i]) {
            Token t = tokens.get(i);
            String low = low(t);
            quotes += isQuote(t.text()) ? 1 : 0;
            boolean participle = (t.pos().equals("VBG") || t.pos().equals("VBN")) && i + 1 < s.endToken()
                    && tokens.get(i + 1).isNoun() && i > from - 1;
            // "BP's "top kill" attempt": a name quoted inside the phrase
            if (isNounPhrasePart(t) && !t.pos().equals("PRP") || participle || isQuotedName(tokens, s, i, from)) {
                i++;
                if (t.isNoun() || t.pos().equals("CD")) {
                    lastNoun = i;
                }
            } else if (!preposition && (low.equals("of") || PLACE_PREPOSITIONS.contains(low)) && i + 1 < s.endToken()
                    && !covered[i + 1] && isNounPhraseStart(tokens.get(i + 1)) && lastNoun > from) {
                preposition = true;
                i++;
            } else {
                break;
            }
        }
        return lastNoun;
    }

    /** Whether token {@code i} is the "at" of "at least" or "at most", which opens a number, not a phrase of place. */
    static boolean opensQuantifier(List<Token> tokens, Sentence s, int i) {
        if (i < s.firstToken() || i + 1 >= s.endToken() || !low(tokens.get(i)).equals("at")) {
            return false;
        }
        String next = low(tokens.get(i + 1));
        return next.equals("least") || next.equals("most");
    }

    /** Words that make the number after them approximate, at most three: "more than", "up to", "as many as". */
    static final List<String> APPROXIMATORS = List.of("as many as", "as much as", "more than", "less than",
            "fewer than", "up to", "nearly", "almost", "about", "around", "roughly", "approximately", "some", "over");
    /** {@link #APPROXIMATORS}, each as its words. */
    private static final List<List<String>> APPROXIMATOR_WORDS = APPROXIMATORS.stream()
            .map(phrase -> List.of(phrase.split(" "))).toList();

    /**
     * Where the words that make the number at {@code at} approximate begin ("[More than] 500 schoolchildren", "[Up
     * to] 1 million tons of methane gas", "[As many as] 508 schoolchildren"), or -1 when no such words stand right
     * before it in sentence {@code s}.
     */
    static int approximatorStart(List<Token> tokens, Sentence s, int at) {
        if (at >= s.endToken() || !tokens.get(at).pos().equals("CD")) {
            return -1;
        }
        for (List<String> words : APPROXIMATOR_WORDS) {
            int start = at - words.size();
            boolean matches = start >= s.firstToken();
            for (int k = 0; matches && k < words.size(); k++) {
                matches = low(tokens.get(start + k)).equals(words.get(k));
            }
            if (matches) {
                return start;
            }
        }
        return -1;
    }

    static boolean isNounPhrasePart(Token t) {
        String pos = t.pos();
        return pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("CD") || pos.equals("POS")
                || pos.equals("PRP$") || pos.equals("DT") && !low(t).equals("that") || t.text().equals("-")
                || pos.equals("FW") && Character.isUpperCase(t.text().charAt(0)) // "the Chilean/FW government"
                || CURRENCY_SIGNS.contains(t.text()) // "the $/SYM 20bn compensation fund"
                || t.text().equals("'") || t.text().equals("\u2019"); // "the force commanders['] conference"
    }

    /**
     * Whether token {@code at} is an "-ed" participle that opens its sentence (first token {@code first}) before a
     * noun phrase: "Suspected/VBD separatist insurgents shot dead four men" tells of the insurgents; at a sentence's
     * start a past tense has no subject.
     */
    static boolean isParticipleAsFirstAdjective(List<Token> tokens, int first, int at) {
        Token t = tokens.get(at);
        return at == first && at + 1 < tokens.size() && (t.pos().equals("VBD") || t.pos().equals("VBN"))
                && low(t).endsWith("ed") && isNounPhrasePart(tokens.get(at + 1));
    }

    /** Signs of a currency before a number, which open an amount inside a noun phrase. */
    static final Set<String> CURRENCY_SIGNS = Set.of("$", "£", "€", "¥", "US$");

    static boolean isNounPhraseStart(Token t) {
        return isNounPhrasePart(t) && !t.pos().equals("POS") && !t.text().equals("-") && !t.text().equals("'")
                && !t.text().equals("\u2019");
    }

    /**
     * Where the phrase that token {@code at} opens ends: at the first clause word, clause-closing punctuation,
     * conjunction or finite verb after it, else at the sentence's end.
     */
    static int phraseEnd(List<Token> tokens, Sentence s, int at) {
        for (int i = at + 1; i < s.endToken(); i++) {
            int close = tokens.get(i).text().equals("(") ? bracketClose(tokens, s, i) : -1;
            if (close > 0) {
                i = close; // "launched by the Democratic People's Republic of Korea (DPRK) underscored": a gloss
                continue;
            }
            if (endsClause(tokens.get(i)) || isFiniteOrModal(tokens.get(i))
                    && (!INSIDE_A_PHRASE.contains(tokens.get(i - 1).pos()) || endsAName(tokens, i - 1)
                    || YEAR_NUMBER.matcher(tokens.get(i - 1).text()).matches())) {
                return i; // "adopted in 1977 designated": a year counts no noun after it, the verb is the clause's
            }
        }
        return s.endToken();
    }

    /** A year written as four digits: "1977". */
    private static final Pattern YEAR_NUMBER = Pattern.compile("1[5-9]\\d\\d|20\\d\\d");
    /** A Roman numeral of two letters or more: the end of a name ("Kestrel II", "World War II"). */
    private static final Pattern ROMAN = Pattern.compile("(?=[IVX]{2,5}$)X{0,3}(?:IX|IV|V?I{0,3})");

    /**
     * Whether the number at {@code i} is a Roman numeral that ends a capitalized name ("an oil well named Kestrel II
     * had a blowout"): a verb after it is no word inside a phrase, as one after "the 1,000" may be.
     */
    private static boolean endsAName(List<Token> tokens, int i) {
        return i - 1 >= 0 && ROMAN.matcher(tokens.get(i).text()).matches()
                && Character.isUpperCase(tokens.get(i - 1).text().charAt(0));
    }

    /** The ")" that closes, within a few words and with no verb inside, the "(" at {@code open}; -1 if none. */
    private static int bracketClose(List<Token> tokens, Sentence s, int open) {
        for (int i = open + 1; i < s.endToken() && i - open <= MAX_GLOSS; i++) {
            if (tokens.get(i).text().equals(")")) {
                return i > open + 1 ? i : -1;
            }
            if (tokens.get(i).isVerb() || tokens.get(i).text().equals("(")) {
                return -1;
            }
        }
        return -1;
    }

    /** The most words a gloss between brackets holds: "(DPRK)", "(the International Atomic Energy Agency)". */
    private static final int MAX_GLOSS = 7;

    /**
     * Tags after which a word tagged a finite verb is a noun of a phrase: "in clashes/VBZ", "the urgent need/VBP", "a
     * suspected/VBD killer".
     */
    private static final Set<String> INSIDE_A_PHRASE = Set.of("DT", "PDT", "JJ", "JJR", "JJS", "IN", "PRP$", "POS",
            "CD");

    /**
     * Whether the noun phrase that ends before token {@code end} stands after its clause's verb, so that a participle
     * after it cannot be that verb: an appositive ("propofol, an anesthetic [administered in hospitals]"), or a
     * phrase after a finite verb of its clause that reports no clause ("replaces a credit line [created last fall]",
     * "approved funds for the dam [damaged in May]"; not "said the plant [closed]", not "Farmers in Egypt
     * [clashed]").
     */
    static boolean governedNounPhrase(List<Token> tokens, Sentence s, int end) {
        int start = nounPhraseStart(tokens, s, end);
        if (start < 0) {
            return false;
        }
        if (low(tokens.get(start - 1)).equals(",")) {
            return appositive(tokens, s, end);
        }
        int i = finiteVerbBefore(tokens, s, start);
        return i >= 0 && !ClauseSubjects.isReportingVerb(tokens.get(i)) && !SpeechVerbs.isSpeech(tokens.get(i))
                && !inRelative(tokens, s, i);
    }

    /**
     * The finite verb of the clause before token {@code start}, the last before it with no clause's end, relative
     * word or conjunction between; -1 if none.
     */
    private static int finiteVerbBefore(List<Token> tokens, Sentence s, int start) {
        for (int i = start - 1; i >= s.firstToken(); i--) {
            Token t = tokens.get(i);
            String low = low(t);
            if (CLAUSE_ENDS.contains(low) || CLAUSE_WORDS.contains(low) || low.equals("and") || low.equals("but")) {
                return -1;
            }
            if (FINITE.contains(t.pos())) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether a past form at token {@code end}, which may be a simple past or a participle, is a participle after the
     * object of its clause's verb ("questioned three men [arrested] in Vallis", "are testing the stack [installed] on
     * Monday"): the noun phrase before it, set off by no comma, follows a finite verb of its clause that reports no
     * clause, and that verb has an object of its own rather than a preposition after it, so that it is no participle
     * of the subject's phrase itself ("a team led/VBD by Rijal [met]", "the measures agreed/VBD on [...] the cabinet
     * [voted]") and no adjective ("boxes of bottled/VBD mineral water [arrived]").
     */
    static boolean surelyGovernedNounPhrase(List<Token> tokens, Sentence s, int end) {
        int start = nounPhraseStart(tokens, s, end);
        if (start < 0 || low(tokens.get(start - 1)).equals(",")) {
            return false;
        }
        for (int k = Math.max(s.firstToken(), start - 2); k + 1 < end; k++) {
            Token t = tokens.get(k);
            Token next = tokens.get(k + 1);
            if (t.isNoun() && (next.pos().equals("DT") || next.isNoun() && Character.isLowerCase(t.text().charAt(0))
                    && Character.isUpperCase(next.text().charAt(0)))) {
                return false; // "remarks [the captain made]", "the deal [BP reached]": a relative without its pronoun
            }
            if (COUNTS.contains(low(t)) && low(next).equals("of")) {
                return false; // "brought the number of soldiers killed on Tuesday to seven": a toll's count
            }
        }
        int i = finiteVerbBefore(tokens, s, start);
        if (i < 0) {
            return false;
        }
        Token t = tokens.get(i);
        int subject = i - 1;
        while (subject >= s.firstToken() && tokens.get(subject).pos().equals("RB")) {
            subject--; // "Police also arrested"
        }
        // "for remarks/VBZ the captain made": no subject, no verb
        boolean afterSubject = subject >= s.firstToken()
                && (tokens.get(subject).isNoun() || tokens.get(subject).pos().equals("PRP"));
        boolean maybeParticiple = t.pos().equals("VBD") && t.mayBePastParticiple()
                && i + 1 < s.endToken() && tokens.get(i + 1).pos().equals("IN");
        return afterSubject && !maybeParticiple && !ClauseSubjects.isReportingVerb(t)
                && !SpeechVerbs.isSpeech(t) && !inRelative(tokens, s, i);
    }

    /**
     * Whether the noun phrase that ends before token {@code end} is an appositive: "a" or "an" after a comma after a
     * noun ("propofol, an anesthetic", "Kardun town, an area").
     */
    static boolean appositive(List<Token> tokens, Sentence s, int end) {
        return appositiveHead(tokens, s, end) >= 0;
    }

    /**
     * The noun that the appositive ending before token {@code end} describes ("Kardun" of "the Kardun, a currency"),
     * or -1 if that phrase is no appositive ({@link #appositive}).
     */
    static int appositiveHead(List<Token> tokens, Sentence s, int end) {
        int start = nounPhraseStart(tokens, s, end);
        if (start < 0 || !low(tokens.get(start - 1)).equals(",")) {
            return -1;
        }
        String article = low(tokens.get(start));
        return (article.equals("a") || article.equals("an")) && start - 2 >= s.firstToken()
                && tokens.get(start - 2).isNoun() && !inAnOpeningPhrase(tokens, s, start - 2) ? start - 2 : -1;
    }

    /**
     * Whether the noun at {@code noun} ends a prepositional phrase that opens the sentence ("In a much more severe
     * case, a NATO air strike killed": the comma closes the phrase, and no appositive follows it).
     */
    private static boolean inAnOpeningPhrase(List<Token> tokens, Sentence s, int noun) {
        int k = noun;
        while (k - 1 > s.firstToken() && isNounPhrasePart(tokens.get(k - 1))) {
            k--;
        }
        return k - 1 == s.firstToken() && tokens.get(k - 1).pos().equals("IN");
    }

    /**
     * The first token of the noun phrase that ends before token {@code end}, with a token of its sentence before it;
     * -1 if none, or if the phrase ends on a form of "be" ("a report to be/NN delivered": a verb taken for a noun).
     */
    private static int nounPhraseStart(List<Token> tokens, Sentence s, int end) {
        int start = end;
        while (start - 1 >= s.firstToken() && isNounPhrasePart(tokens.get(start - 1))) {
            start--;
        }
        return start == end || start - 1 < s.firstToken() || tokens.get(end - 1).lemma().equals("be") ? -1 : start;
    }

    /**
     * Whether the verb at {@code verb} is that of a relative clause ("Divisions that dissipated voters' ballots
     * [resulted in]"): a relative pronoun before it in its clause.
     */
    private static boolean inRelative(List<Token> tokens, Sentence s, int verb) {
        for (int i = verb - 1; i >= s.firstToken(); i--) {
            String low = low(tokens.get(i));
            if (RELATIVE_PRONOUNS.contains(low)) {
                return true;
            }
            if (CLAUSE_ENDS.contains(low) || CLAUSE_WORDS.contains(low)) {
                return false;
            }
        }
        return false;
    }

    /** Whether a finite verb follows token {@code at} in its clause: then a participle before it modifies a noun. */
    static boolean finiteVerbAfter(List<Token> tokens, Sentence s, int at) {
        return finiteVerbAfterAt(tokens, s, at) >= 0;
    }

    /** The index of the finite verb that follows token {@code at} in its clause, or -1. */
    static int finiteVerbAfterAt(List<Token> tokens, Sentence s, int at) {
        int stop = phraseEnd(tokens, s, at);
        int close = secondParticipleEnd(tokens, s, stop);
        if (close > 0) {
            // "An outbreak first detected in Hong Kong, and caused by a strain known as H3N2, killed": a second
            // participle set off by commas goes on with the first
            stop = phraseEnd(tokens, s, close);
        }
        // "The dollar firmed on Wednesday, dealers said": a verb after the clause's end is another clause's
        return stop < s.endToken() && !endsClause(tokens.get(stop)) ? stop : -1;
    }

    /**
     * The comma that closes a second participle opened at {@code at} by a comma, "and" and a participle (", and caused
     * by a strain,"), or -1.
     */
    private static int secondParticipleEnd(List<Token> tokens, Sentence s, int at) {
        if (at + 2 >= s.endToken() || !tokens.get(at).text().equals(",") || !low(tokens.get(at + 1)).equals("and")
                || !tokens.get(at + 2).pos().equals("VBN") && !tokens.get(at + 2).pos().equals("VBD")) {
            return -1;
        }
        for (int i = at + 3; i < s.endToken(); i++) {
            if (tokens.get(i).text().equals(",")) {
                return i;
            }
            String pos = tokens.get(i).pos();
            if (CLAUSE_ENDS.contains(low(tokens.get(i))) || pos.equals("VBZ") || pos.equals("VBP")
                    || pos.equals("MD")) {
                return -1;
            }
        }
        return -1;
    }

    /** Whether {@code t} closes a clause: clause-closing punctuation, a clause word, "and" or "but". */
    static boolean endsClause(Token t) {
        String low = low(t);
        return CLAUSE_ENDS.contains(low) || CLAUSE_WORDS.contains(low) || low.equals("and") || low.equals("but");
    }

    /** Whether tokens {@code from} to {@code end} are a name and nothing else: proper nouns, at least one. */
    static boolean isName(List<Token> tokens, int from, int end) {
        for (int i = from; i < end; i++) {
            if (!tokens.get(i).pos().startsWith("NNP")) {
                return false;
            }
        }
        return end > from;
    }

    /** Whether {@code t} opens a clause of its own: "that", "which", "who", "when", "while", "because" .... */
    static boolean isClauseWord(Token t) {
        return CLAUSE_WORDS.contains(low(t));
    }

    /** Whether {@code t} is a finite verb (VBD, VBZ, VBP) or a modal. */
    static boolean isFiniteOrModal(Token t) {
        return FINITE.contains(t.pos()) || t.pos().equals("MD");
    }

    /** Whether "and" at {@code i} joins two names or nouns of a subject: a noun on each side. */
    static boolean isConjunctionOfNames(List<Token> tokens, Sentence s, int i) {
        // i may lie before the sentence: the word before a subject that opens it
        return i - 1 >= s.firstToken() && i + 1 < s.endToken() && tokens.get(i).text().equals("and")
                && tokens.get(i - 1).isNoun() && isNounPhraseStart(tokens.get(i + 1));
    }

    /**
     * Whether the "and" at {@code i} joins a noun phrase to a count that words make approximate or bound ("About 40
     * seal pups and [more than 300] adults", "Some 11 Palestinians and [at least three] police officers"), which
     * {@link #isConjunctionOfNames} does not read as a noun phrase's start.
     */
    static boolean isConjunctionOfCounts(List<Token> tokens, Sentence s, int i) {
        if (i - 1 < s.firstToken() || i + 2 >= s.endToken() || !tokens.get(i).text().equals("and")
                || !tokens.get(i - 1).isNoun()) {
            return false;
        }
        if (opensQuantifier(tokens, s, i + 1)) {
            return true; // "and at least three police officers"
        }
        for (int at = i + 2; at < Math.min(s.endToken(), i + 5); at++) {
            if (approximatorStart(tokens, s, at) == i + 1) {
                return true; // "and more than 300 adults"
            }
        }
        return false;
    }

    /**
     * Whether the "and" or "or" at {@code i} joins two modifiers of one noun after them: an adjective and a noun or
     * adjective, both in lower case but at the sentence's start ("his economic and trade delegation", "Political or
     * military leaders"), or two capitalized adjectives ("Russian and Indian troops").
     */
    static boolean isConjunctionOfModifiers(List<Token> tokens, Sentence s, int i) {
        String low = low(tokens.get(i));
        if (!(low.equals("and") || low.equals("or")) || i - 1 < s.firstToken() || i + 2 >= s.endToken()) {
            return false;
        }
        Token before = tokens.get(i - 1);
        Token after = tokens.get(i + 1);
        // "Chinese/JJ and Senegalese/JJ health experts": adjectives of nations, capitalized, both tagged so
        boolean nations = before.pos().startsWith("JJ") && after.pos().startsWith("JJ")
                && Character.isUpperCase(before.text().charAt(0)) && Character.isUpperCase(after.text().charAt(0));
        return before.pos().startsWith("JJ")
                && (Character.isLowerCase(before.text().charAt(0)) || i - 1 == s.firstToken() || nations)
                && (after.pos().equals("NN") || after.pos().startsWith("JJ"))
                && (Character.isLowerCase(after.text().charAt(0)) || nations) && tokens.get(i + 2).isNoun();
    }

    /**
     * Whether the "and" at {@code i} joins two capitalized words inside a name after "of" or "for": "the Department of
     * Veterinary/JJ and Livestock Development" (the adjective's capital says it is the name's).
     */
    static boolean isAndInsideAName(List<Token> tokens, Sentence s, int i) {
        if (!tokens.get(i).text().equals("and") || i - 2 <= s.firstToken() || i + 1 >= s.endToken()) {
            return false;
        }
        Token before = tokens.get(i - 1);
        Token after = tokens.get(i + 1);
        String opener = low(tokens.get(i - 2));
        return (before.pos().startsWith("JJ") || before.pos().startsWith("NNP")) && after.pos().startsWith("NNP")
                && Character.isUpperCase(before.text().charAt(0)) && Character.isUpperCase(after.text().charAt(0))
                && (opener.equals("of") || opener.equals("for"));
    }

    /** Whether token {@code i} is an "&" between capitalized words, inside a name ("Food & Water Watch"). */
    static boolean isAmpersandInAName(List<Token> tokens, Sentence s, int i) {
        return tokens.get(i).text().equals("&") && i - 1 >= s.firstToken() && i + 1 < s.endToken()
                && Character.isUpperCase(tokens.get(i - 1).text().charAt(0))
                && Character.isUpperCase(tokens.get(i + 1).text().charAt(0));
    }

    /** Whether a noun phrase names who or what: a proper noun in it, not only in a phrase of place. */
    static boolean namesSomeone(List<Token> tokens, int from, int to) {
        boolean place = false;
        for (int i = from; i < to; i++) {
            String low = tokens.get(i).text().toLowerCase(Locale.ROOT);
            if (low.equals("in") || low.equals("at") || low.equals("near")) {
                place = true; // "Talks in Moscow": a place says where, not who
            } else if (tokens.get(i).pos().startsWith("NNP") && !place) {
                return true;
            }
        }
        return false;
    }

    /**
     * A word after which a noun phrase is an object, not a subject: a preposition or a verb, or a preposition of place
     * the tagger took for an adverb ("the men who died aboard/RB the rig are flying": the rig is not flying).
     */
    static boolean isGoverning(Token t) {
        return t.pos().equals("IN") || t.pos().equals("TO") || t.isVerb()
                || PREPOSITIONS_READ_AS_ADVERBS.contains(low(t));
    }

    static boolean hasNoun(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (tokens.get(i).isNoun()) {
                return true;
            }
        }
        return false;
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

    static String low(Token t) {
        if (t.pos().startsWith("NN") && SubjectParts.isAcronym(t)) {
            return t.text(); // "The WHO/NN raised its alert": a name, not the relative "who"
        }
        return t.text().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    }
}
