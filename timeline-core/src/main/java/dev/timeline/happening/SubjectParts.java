package dev.timeline.happening;

import dev.timeline.text.AnalyzedText;
import dev.timeline.text.Sentence;
import dev.timeline.text.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a subject's noun phrase may hold as {@link ClauseSubjects} reads it leftwards from its verb: a preposition
 * between two noun phrases ("Tens of thousands of mourners", "Police in the capital arrested"), a participle with what
 * it takes ("A military truck carrying missile parts", "An Islamic teacher believed to have recruited suicide
 * bombers"), a participle or a mistagged word as an adjective ("the newly elected leader", "the Macondo subsea/RB
 * well"), an approximate amount ("a platform about 70 miles southwest"), a parenthesized acronym or conversion
 * ("Afghanistan National Army (ANA)", "70 miles (112 kilometers)"), a quoted name ("A glossy "Lessons Learned"
 * document") and the small words of a name ("Organization for Security and Cooperation in Europe"); and whether its
 * words name a person of the document or a place ("the conflict in Sierra Leone that ended").
 */
final class SubjectParts {
    /** Adverbs that make the participle after them an adjective of the noun after it: "the newly elected leader". */
    private static final Set<String> PARTICIPLE_ADVERBS = Set.of("newly", "recently", "freshly", "democratically",
            "popularly", "directly");
    /** Words that make the number after them approximate: "about 70 miles", "some 20 km". */
    private static final Set<String> APPROXIMATORS = Set.of("about", "some", "nearly", "almost", "around",
            "roughly", "approximately", "over");
    /** Words that compare an amount before "than": "more than 5,000 feet". */
    private static final Set<String> COMPARED_AMOUNTS = Set.of("more", "less", "fewer");
    /** Small words that stand inside names: "Organization for Security and Cooperation in Europe". */
    private static final Set<String> NAME_WORDS = Set.of("for", "and", "of", "in", "on", "the", "de", "&");
    /**
     * Prepositions that may stand inside a subject, between two noun phrases ("Talks between Serbia and Kosovo
     * stalled").
     */
    static final Set<String> SUBJECT_PREPOSITIONS = Set.of("of", "in", "at", "from", "for", "on", "aboard", "near",
            "off", "outside", "inside", "along", "per", "by", "to", "between", "with", "among", "into");

    /** The most words {@link #longNameWords} leaves out of a subject's length. */
    private static final int MAX_NAME_DISCOUNT = 3;

    private SubjectParts() {
    }

    /**
     * How many of tokens {@code [from, end)} are small words inside a name, between two capitalized words
     * ("Organization [for] Security [and] Cooperation [in] Europe").
     */
    static int innerNameWords(List<Token> tokens, int from, int end) {
        int n = 0;
        for (int k = from + 1; k + 1 < end; k++) {
            if (NAME_WORDS.contains(tokens.get(k).text()) && Character.isUpperCase(tokens.get(k - 1).text().charAt(0))
                    && Character.isUpperCase(tokens.get(k + 1).text().charAt(0))) {
                n++;
            }
        }
        return n;
    }

    /**
     * How many of tokens {@code [from, end)} are the hyphens of words the tokenizer split and the parts after them
     * ("the 21[-year-old] bomber"): a word with hyphens counts as one word of a subject, as of a predicate.
     */
    static int hyphenParts(List<Token> tokens, Sentence s, int from, int end) {
        int n = 0;
        for (int k = from + 1; k + 1 < end; k++) {
            if (Phrases.isInnerHyphen(tokens, s, k)) {
                n += 2;
            }
        }
        return n;
    }

    /**
     * How many of tokens {@code [from, end)} a subject's length leaves out for its long names: of each run of three or
     * more proper nouns, all but two ("[Ostland Defence Minister] Arno Velt"), at most {@value #MAX_NAME_DISCOUNT}
     * in all, so that a run of capitalized words does not open the subject without end.
     */
    static int longNameWords(List<Token> tokens, int from, int end) {
        int n = 0;
        int run = 0;
        for (int k = from; k <= end; k++) {
            if (k < end && Phrases.isProperName(tokens.get(k))) {
                run++;
            } else {
                n += Math.max(0, run - 2);
                run = 0;
            }
        }
        return Math.min(n, MAX_NAME_DISCOUNT);
    }

    /** Whether the phrase of tokens {@code [from, end)} ends on the name of a person of the document. */
    static boolean isPersonName(AnalyzedText text, int from, int end, ClauseTitles.Names entities) {
        int stop = text.tokens().get(end - 1).end();
        int start = text.tokens().get(from).start();
        return entities.persons().stream().anyMatch(p -> p.end() == stop && p.start() >= start);
    }

    /**
     * Whether tokens {@code from} to {@code end}, after "in", "on" or "near", name a place, adjectives before it aside:
     * a place of the gazetteer, or proper nouns ("neighboring Sierra Leone", "Darfur", "the Gulf of Mexico").
     */
    static boolean isPlace(AnalyzedText text, int from, int end) {
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
            // "in the Gulf of Mexico": "of" inside a name
            boolean ofInAName = tokens.get(i).lowerText().equals("of") && i > start && i + 1 < end
                    && tokens.get(i + 1).pos().startsWith("NNP");
            // "the Gulf/NN of Mexico": a capitalized word before "of" inside a name, whatever its tag
            boolean beforeOf = i + 1 < end && tokens.get(i + 1).lowerText().equals("of")
                    && Character.isUpperCase(tokens.get(i).text().charAt(0));
            if (!tokens.get(i).pos().startsWith("NNP") && !tokens.get(i).text().equals(",") && !ofInAName
                    && !beforeOf) {
                return false; // "in Cancun, Mexico": a place and its country
            }
        }
        return true;
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

    /** A stock's ticker as a wire writes it after the company's name: "BP.L", "RIGN.S" ("BP Plc (BP.L)"). */
    private static final Pattern TICKER = Pattern.compile("[A-Z][A-Z0-9]*\\.[A-Z]{1,3}");

    /**
     * Where a parenthesized acronym or a stock's ticker ends before {@code at} starts, "(ANA)" or "(SAARC)" after the
     * name it shortens ("intellectual property rights (IPR) protection"), "(BP.L)" or "<RIG.N>" after a company's
     * ("a rig leased by BP Plc (BP.L) exploded"), or -1.
     */
    static int acronymBefore(List<Token> tokens, Sentence s, int at) {
        if (at - 3 < s.firstToken()) {
            return -1;
        }
        String inside = tokens.get(at - 2).text();
        boolean acronym = tokens.get(at - 3).text().equals("(") && tokens.get(at - 1).text().equals(")")
                && inside.length() >= 2 && inside.length() <= 8 && inside.chars().allMatch(Character::isUpperCase);
        // "Transocean Ltd <RIGN.S> <RIG.N>": a company listed twice
        boolean ticker = isTicker(tokens, at - 3, at);
        return (acronym || ticker) && at - 4 >= s.firstToken() && (tokens.get(at - 4).isNoun()
                || ticker && at - 6 >= s.firstToken() && isTicker(tokens, at - 6, at - 3)) ? at - 3 : -1;
    }

    /**
     * Whether tokens {@code [open, open + 3)}, all before {@code end}, are a stock's ticker between brackets: "(BP.L)",
     * "<RIG.N>". A title leaves it out, as a reader of the wire's page does.
     */
    static boolean isTicker(List<Token> tokens, int open, int end) {
        if (open < 0 || open + 3 > end) {
            return false;
        }
        String o = tokens.get(open).text();
        String c = tokens.get(open + 2).text();
        return (o.equals("(") && c.equals(")") || o.equals("<") && c.equals(">"))
                && TICKER.matcher(tokens.get(open + 1).text()).matches();
    }

    /**
     * Where a measure's conversion in brackets starts when it ends right before {@code at} after the measure's unit:
     * "a platform about 70 miles (112 kilometers) southwest of the rig", -1 if none.
     */
    static int conversionBefore(List<Token> tokens, Sentence s, int at) {
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
    static boolean opensAnAmount(List<Token> tokens, Sentence s, int at) {
        return at + 1 < s.endToken() && APPROXIMATORS.contains(Phrases.low(tokens.get(at)))
                && tokens.get(at + 1).pos().equals("CD");
    }

    /**
     * Where the words that make a number approximate start when they stand between a noun and the number at {@code
     * at}, or a participle or preposition and it, inside one noun phrase: "a platform [about] 70 miles southwest", "a
     * pipeline [more than] 5,000 feet deep", "a ferry carrying [over] 300 passengers"; -1 if none.
     */
    static int approximatorBefore(List<Token> tokens, Sentence s, int at) {
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
     * {@value ClauseSubjects#MAX_LONG_SUBJECT}
     * words.
     */
    static boolean innerPreposition(List<Token> tokens, Sentence s, int at, int next, int end,
            boolean[] covered) {
        return at - 1 >= s.firstToken() && end - at < ClauseSubjects.MAX_LONG_SUBJECT
                && (!covered[at - 1] || SubjectPhrases.modifyingDate(tokens, s.firstToken(), at, end, covered) >= 0)
                && SUBJECT_PREPOSITIONS.contains(Phrases.low(tokens.get(at))) && next < end
                && (NounPhrases.isNounPhraseStart(tokens.get(next)) || adjectivalParticiple(tokens, s, next)
                || opensAnAmount(tokens, s, next)) // "A coach with nearly/RB 40 pilgrims crashed"
                && (tokens.get(at - 1).isNoun() || tokens.get(at - 1).pos().equals("CD")
                || at - 2 >= s.firstToken() && isParticiple(tokens.get(at - 1))
                && !ClauseSubjects.isReportingVerb(tokens.get(at - 1)) && tokens.get(at - 2).isNoun()
                || adjectivesPreposition(tokens, s, at)); // "supporters loyal to"
    }

    /**
     * Whether token {@code at} is a noun the tagger took for a present-tense verb between an adjective, a determiner or
     * a possessive and the subject's plural noun: "Japanese share/VBP prices closed", "the state tax/VBP cuts".
     */
    static boolean verbInsidePhrase(List<Token> tokens, Sentence s, int at, int subjectEnd) {
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
    static boolean adverbInsidePhrase(List<Token> tokens, Sentence s, int at) {
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
    static boolean adjectivalParticiple(List<Token> tokens, Sentence s, int at) {
        if (NounPhrases.isParticipleAsFirstAdjective(tokens, s.firstToken(), at)) {
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
                || !NounPhrases.isNounPhrasePart(tokens.get(at + 1))) {
            return false;
        }
        // "The city's crumbling bridge", "A leading opposition figure"; after a preposition "-ing" is a gerund with
        // its object ("after meeting Obama")
        String before = tokens.get(at - 1).pos();
        return before.equals("DT") || before.startsWith("JJ") || before.equals("CD") || before.equals("PRP$")
                || before.equals("POS") || before.equals("IN") && (!gerund
                || ADJECTIVAL_GERUNDS.contains(Phrases.low(tokens.get(at)))) || afterOrdinal
                // "when masked men stormed"
                || SubjectStarts.SUBORDINATORS.contains(Phrases.low(tokens.get(at - 1))) && !gerund
                || PARTICIPLE_ADVERBS.contains(Phrases.low(tokens.get(at - 1))); // "newly elected party leader"
    }

    /**
     * Prepositions after a noun that a gerund with its object may follow inside a subject: "Work on plugging"; not
     * "of", whose nouns are chances, fears and charges more than happenings ("Royal's chances of becoming").
     */
    private static final Set<String> GERUND_PREPOSITIONS = Set.of("on", "for", "about", "against", "over");

    /**
     * Whether the "-ing" word at {@code at} is a gerund that a preposition of {@link #GERUND_PREPOSITIONS} after a
     * noun governs, a noun phrase, its object, after it: "Work on [plugging] the well", "Talks on [ending] the
     * strike"; the subject goes on to the noun.
     */
    static boolean gerundAfterItsNoun(List<Token> tokens, Sentence s, int at) {
        return at - 2 >= s.firstToken() && tokens.get(at).pos().equals("VBG")
                && !ADJECTIVAL_GERUNDS.contains(Phrases.low(tokens.get(at)))
                && tokens.get(at - 1).pos().equals("IN")
                && GERUND_PREPOSITIONS.contains(Phrases.low(tokens.get(at - 1)))
                && tokens.get(at - 2).isNoun() && at + 1 < s.endToken()
                && NounPhrases.isNounPhraseStart(tokens.get(at + 1));
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
                || t.pos().equals("VBD") && participle && !VerbTitles.isIntransitive(t.lemma());
    }

    /**
     * Whether token {@code at} is a participle that modifies the noun before it, with its object up to {@code end}
     * ("A military truck carrying missile parts", "the suspects arrested in the raid"): the subject goes on to the
     * left.
     */
    static boolean participleModifier(List<Token> tokens, Sentence s, int at, int next, int end,
            boolean[] covered) {
        Token t = tokens.get(at);
        // a past participle takes a phrase, not an object: "confirmed a preliminary estimate" is a clause's verb
        boolean object = (NounPhrases.isNounPhraseStart(tokens.get(next)) || opensAnAmount(tokens, s, next))
                && t.pos().equals("VBG"); // "a ferry carrying [over] 300 passengers"
        // "A ship called Ocean Star sank", "a man named John Smith was arrested": a naming participle and its name
        boolean name = NAMING.contains(t.lemma().toLowerCase(Locale.ROOT)) && next < end && !covered[next]
                && Character.isUpperCase(tokens.get(next).text().charAt(0));
        // "Fifteen of the 18 miners trapped are found dead": a past participle alone before the clause's verb (tagged
        // as a past tense too: two finite verbs in a row are none)
        boolean alone = next == end && end < tokens.size() && tokens.get(end).isVerb()
                && (t.pos().equals("VBN") || t.pos().equals("VBD"));
        return at - 1 >= s.firstToken() && end - at < ClauseSubjects.MAX_LONG_SUBJECT && !covered[at - 1]
                && (next < end || alone) && isParticiple(t) && !ClauseSubjects.isReportingVerb(t)
                && tokens.get(at - 1).isNoun()
                && (object || name || alone || tokens.get(next).pos().equals("IN")
                        || prepositionalTo(tokens, t, next, end));
    }

    /** Prepositions that an adjective after a noun takes: "loyal to", "critical of", "familiar with". */
    private static final Set<String> ADJECTIVE_PREPOSITIONS = Set.of("to", "of", "with");

    /**
     * Whether token {@code at} is the preposition of an adjective that follows a noun ("supporters loyal [to]",
     * "officials critical [of]"): the adjective's phrase is part of the noun's.
     */
    static boolean adjectivesPreposition(List<Token> tokens, Sentence s, int at) {
        return at - 2 >= s.firstToken() && tokens.get(at - 1).pos().startsWith("JJ") && tokens.get(at - 2).isNoun()
                && ADJECTIVE_PREPOSITIONS.contains(Phrases.low(tokens.get(at)));
    }

    /** "The plane belonging to Trigana Air Service lost contact": an "-ing" participle and "to" with its noun. */
    private static boolean prepositionalTo(List<Token> tokens, Token t, int next, int end) {
        return t.pos().equals("VBG") && tokens.get(next).pos().equals("TO") && next + 1 < end
                && NounPhrases.isNounPhraseStart(tokens.get(next + 1));
    }

    /**
     * The participle after a noun whose infinitive ends at token {@code at} ("An Islamic teacher [believed] to have
     * recruited suicide bombers was convicted"): a reduced relative clause inside the subject; -1 if none. Not a verb
     * whose subject does what the infinitive says ("The ministers failed to agree": the clause's own verb).
     */
    static int participleOfInfinitive(List<Token> tokens, Sentence s, int at, boolean[] covered) {
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
        return form && !VerbTitles.controlsItsSubject(participle.lemma()) && tokens.get(j - 2).isNoun() ? j - 1 : -1;
    }

    /** How many words a quoted name inside a subject may have. */
    private static final int QUOTED_WORDS = 4;

    /**
     * The index of the opening quotation mark of a name quoted right before {@code subjectStart}, inside the subject
     * that ends at {@code subjectEnd} ("A glossy "Lessons Learned" document"); -1 if none.
     */
    static int quotedNameBefore(List<Token> tokens, int floor, int subjectStart, int subjectEnd) {
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
    static int quotationMarks(List<Token> tokens, int from, int to) {
        int n = 0;
        for (int k = from; k < to; k++) {
            n += Phrases.isQuote(tokens.get(k).text()) ? 1 : 0;
        }
        return n;
    }
}
