package dev.timeline.happening;

import dev.timeline.event.EventClass;
import dev.timeline.event.EventMention;
import dev.timeline.text.AnalyzedText;
import dev.timeline.text.Sentence;
import dev.timeline.text.Token;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The title of an event noun, as {@link ClauseTitles} asks for it: its noun phrase of two words or more, its
 * modifiers before it ("the Oil and Money conference") and its "of" or place phrase after it ("the bombing of a
 * railway station in Pyatigorsk"), past a date between ("the failure this weekend of BP's top kill attempt", "BP's
 * agreement on 16 June to put $20bn into a fund"), with a proper noun in it or a place that tells an occurrence
 * ("a refinery explosion in Texas"); else the agent its clause names or a name before it ("Gingrich's visit"), or the
 * one who set its date ("Snap election called by Prime Minister Tam Rell"). "The ceremony", "next policy meeting" or
 * "talks in Moscow" say too little.
 */
final class NounTitles {
    /** Prepositions inside a name: "the Forum on China-Africa Cooperation", "the Council for Trade". */
    private static final Set<String> NAME_PREPOSITIONS = Set.of("of", "on", "for");

    /** Prepositions that may open a date between an event noun and its "of": "the death on Friday of a minister". */
    private static final Set<String> DATE_PREPOSITIONS = Set.of("on", "in", "at");

    private NounTitles() {
    }

    /**
     * Where the "of" stands that follows a date right after an event noun, the date perhaps opened by a preposition:
     * "the failure [this weekend] of", "the death [on Friday] of"; -1 if none.
     */
    private static int ofAfterItsDate(List<Token> tokens, Sentence s, int from, boolean[] covered) {
        int i = pastADate(tokens, s, from, covered, DATE_PREPOSITIONS);
        return i >= 0 && i < s.endToken() && Phrases.low(tokens.get(i)).equals("of") ? i : -1;
    }

    /**
     * Where the place preposition stands that follows a date right after a hazard noun ("the explosion [on April 20]
     * at the Dunrig platform"); -1 if none.
     */
    private static int placeAfterItsDate(List<Token> tokens, Sentence s, int from, boolean[] covered) {
        int i = pastADate(tokens, s, from, covered, DATE_PREPOSITIONS);
        return i >= 0 && i + 1 < s.endToken() && PLACE_NAMERS.contains(Phrases.low(tokens.get(i)))
                && !covered[i + 1] ? i : -1;
    }

    /**
     * Where the date that starts at token {@code from} ends, a preposition of {@code prepositions} perhaps opening it
     * ("[on 16 June] to put", "[this weekend] of"): the index after its last word; -1 if no date starts there.
     */
    private static int pastADate(List<Token> tokens, Sentence s, int from, boolean[] covered,
            Set<String> prepositions) {
        int i = from + 1 < s.endToken() && !covered[from] && covered[from + 1]
                && prepositions.contains(Phrases.low(tokens.get(from))) ? from + 1 : from;
        if (i >= s.endToken() || !covered[i]) {
            return -1;
        }
        while (i < s.endToken() && covered[i]) {
            i++;
        }
        return i;
    }

    static Optional<ClauseTitles.Title> nounTitle(AnalyzedText text, EventMention e, boolean[] covered,
            ClauseTitles.Names entities) {
        List<Token> tokens = text.tokens();
        Sentence s = text.sentenceOf(e.token());
        int at = e.token().index();
        if (e.token().pos().equals("VBG") && at > s.firstToken() && tokens.get(at - 1).isNoun()) {
            return Optional.empty(); // "a resolution slapping sanctions": a participle, not a gerund
        }
        if (at + 1 < s.endToken() && tokens.get(at + 1).isNoun() && !covered[at + 1]) {
            return Optional.empty(); // "an election committee": the noun modifies another
        }
        int start = e.token().index();
        while (start - 1 >= s.firstToken() && e.token().index() - start < 4 && !covered[start - 1]
                && (isModifier(tokens.get(start - 1)) || andInsideAName(tokens, s, start - 1))) {
            start--; // "the Oil and Money conference": "and" between two words of a name is the name's
        }
        while (start < e.token().index() && isDroppedModifier(tokens.get(start))) {
            start++;
        }
        if (start < at && TitlePredicates.isGerund(tokens.get(start)) && start - 1 >= s.firstToken()
                && tokens.get(start - 1).pos().equals("IN")) {
            // "supporters of easing/JJ US sanctions": the object of a preposition's gerund, which tells no happening
            return Optional.empty();
        }
        int end = e.token().index() + 1;
        // "the failure this weekend of BP's top kill attempt": the date between, the phrase after it says whose
        int of = ofAfterItsDate(tokens, s, end, covered);
        // "the explosion on April 20 at the Dunrig platform": a hazard's place after its date
        int placed = of < 0 && isHazard(e.token()) ? placeAfterItsDate(tokens, s, end, covered) : -1;
        of = of < 0 ? placed : of;
        end = of < 0 ? end : of;
        if (end + 1 < s.endToken() && !covered[end] && !covered[end + 1]
                && (Phrases.low(tokens.get(end)).equals("of")
                || Phrases.PLACE_PREPOSITIONS.contains(Phrases.low(tokens.get(end)))
                // "the explosion [on the Velo rig]", "[aboard the Velo]": where a hazard struck
                || isHazard(e.token()) && ABOARD.contains(Phrases.low(tokens.get(end))))
                && NounPhrases.isNounPhraseStart(tokens.get(end + 1))) {
            int to = NounPhrases.objectEnd(tokens, s, end + 1, covered);
            int past = end + 2;
            while (past < s.endToken() && covered[past]) {
                past++; // "hosting of the [2015] All-Africa Games": a year inside the object's phrase
            }
            if (past > end + 2 && past < s.endToken() && tokens.get(end + 1).pos().equals("DT")
                    && NounPhrases.isNounPhraseStart(tokens.get(past))) {
                to = NounPhrases.objectEnd(tokens, s, past, covered);
            }
            if (to > end + 1 && NounPhrases.hasNoun(tokens, end + 1, to)) {
                end = to;
            }
        }
        if (end == of) {
            end = at + 1; // no phrase after the date: the noun's title ends before it
            of = -1;
        }
        end = throughTheName(tokens, s, nameGoesOn(tokens, s, placeAfter(tokens, s, at + 1, end, covered), covered),
                covered);
        if (!(e.token().isNoun() || e.token().pos().equals("VBG")) || end - start < 2) {
            return Optional.empty();
        }
        int infinitive = HappeningFilters.isDecision(e.verbLemma()) ? infinitiveAfterItsDate(tokens, s, end, covered)
                : -1;
        // "BP's agreement on 16 June to put $20bn into a fund": the date between, the infinitive says what was decided
        String words = of < 0 ? Phrases.words(text, start, end)
                : Phrases.words(text, start, at + 1) + " " + Phrases.words(text, of, end);
        String phrase = infinitive < 0 ? words : words + " "
                + Phrases.words(text, infinitive, Math.max(infinitive + 2,
                        PredicateEnds.predicateEnd(tokens, s, infinitive + 2, covered, false)));
        boolean agent = NounAgents.needsAgent(e.token());
        Optional<String> np = Optional.of(phrase);
        if (agent ? !NounAgents.namesTheAgent(tokens, start, at, end)
                : !NounPhrases.namesSomeone(tokens, start, end) && !(placeTells(e, tokens, s)
                && namesAPlace(tokens, at + 1, end) && (ofPhraseAfter(tokens, at, end) || of >= 0
                || isHazard(e.token())))) {
            // "Gingrich told Jiang during a visit to China": Gingrich's visit; "a large-scale military parade" after
            // "China's military parade": that one; "during a trip to North Carolina", "Next policy meeting": whose?
            Optional<String> who = agent ? NounAgents.clauseAgent(text, s, start, covered, entities)
                    .map(name -> name + "'s " + phrase) : Optional.empty();
            int from = tokens.get(start).start();
            int opens = start;
            np = who.or(() -> Titles.namedBefore(text.text(), phrase, e.token().text(), from))
                    .or(() -> modifierNamedBefore(text, s, opens, at, phrase, covered));
        }
        int first = start;
        int last = end - 1;
        int phraseEnd = end;
        // "a meeting of experts" is "Experts meet"; "A meeting of experts called by the WHO" stays a phrase
        return np.map(MeetingClauses::of).or(() -> scheduledBy(text, s, e, phraseEnd, phrase, covered, entities))
                .map(title -> new ClauseTitles.Title(Phrases.capitalize(title), tokens.get(first).start(),
                        tokens.get(last).end(), false, e.verbLemma()));
    }

    /** Prepositions that open the date a happening is set for: "called an election for November 20". */
    private static final Set<String> SET_FOR = Set.of("for", "on");

    /**
     * The phrase {@code phrase} of noun {@code e}, the object of a past verb that set its date ({@link
     * HappeningFilters#schedulingVerb}), dated right after the phrase (which ends before {@code end}), with that verb
     * and its named subject: "Prime Minister Tam Rell called a snap election for November 20" is "Snap election called
     * by Prime Minister Tam Rell" on November 20. Empty if the subject names no one or the date is not the noun's
     * ("On Monday, Rell called a snap election": the day of the call).
     */
    private static Optional<String> scheduledBy(AnalyzedText text, Sentence s, EventMention e, int end,
            String phrase, boolean[] covered, ClauseTitles.Names names) {
        List<Token> tokens = text.tokens();
        int verb = HappeningFilters.schedulingVerb(text, e);
        boolean dated = end < s.endToken() && (covered[end]
                || end + 1 < s.endToken() && covered[end + 1] && SET_FOR.contains(Phrases.low(tokens.get(end))));
        if (verb < 0 || !dated) {
            return Optional.empty();
        }
        int group = verb;
        while (group - 1 >= s.firstToken() && (Phrases.isFiniteOrModal(tokens.get(group - 1))
                || tokens.get(group - 1).pos().equals("RB"))) {
            group--; // "has called", "had earlier set"
        }
        int subjectEnd = group;
        return ClauseSubjects.before(text, s, group, true, covered, names)
                .filter(subject -> NounPhrases.namesSomeone(tokens, subject.start(), subjectEnd)) // "Prime/JJ"
                .map(subject -> phrase + " " + tokens.get(verb).text() + " by " + subject.text());
    }

    /**
     * The phrase {@code phrase} of the hazard noun at {@code at} after "the", with the name that the article gave a
     * site modifying it between {@code start} and the noun ({@code hazard-sites.txt}, {@link NamedThings#namedBefore}):
     * "the April 20 rig explosion" after "the Deepwater Horizon rig" is "The Deepwater Horizon rig explosion"; empty
     * if no such site was named before.
     */
    private static Optional<String> modifierNamedBefore(AnalyzedText text, Sentence s, int start, int at,
            String phrase, boolean[] covered) {
        List<Token> tokens = text.tokens();
        int determiner = start - 1;
        while (determiner >= s.firstToken() && covered[determiner]) {
            determiner--; // "the [April 20] rig explosion"
        }
        if (!isHazard(tokens.get(at)) || determiner < s.firstToken()
                || !Phrases.low(tokens.get(determiner)).equals("the")) {
            return Optional.empty();
        }
        for (int i = at - 1; i >= start; i--) {
            Token t = tokens.get(i);
            // "rig/JJ explosion": the tag of a noun before a noun may be an adjective's
            if (isSite(t) && (t.isNoun() || t.pos().equals("JJ"))) {
                String tail = phrase.substring(Phrases.words(text, start, i + 1).length());
                return NamedThings.namedBefore(text.text(), t.text(), tokens.get(start).start())
                        .map(name -> name + tail);
            }
        }
        return Optional.empty();
    }

    /** Sites and craft that a hazard strikes ({@code hazard-sites.txt}): "rig", "mine", "plane". */
    private static final Set<String> SITES = Lexicons.firstColumn("hazard-sites.txt");

    /** Whether {@code t}, in lower case, is a site or craft a hazard strikes ({@code hazard-sites.txt}): "rig". */
    static boolean isSite(Token t) {
        return SITES.contains(Phrases.low(t));
    }

    /**
     * The index of the "to" of an infinitive that follows the noun phrase ending at {@code end} past its date ("the
     * cabinet's decision [on Monday] to close the plant"), its verb in the base form; -1 if none.
     */
    private static int infinitiveAfterItsDate(List<Token> tokens, Sentence s, int end, boolean[] covered) {
        int k = end < s.endToken() ? pastADate(tokens, s, end, covered, ClauseSubjects.DATE_PREPOSITIONS) : -1;
        return k >= 0 && k + 1 < s.endToken() && Phrases.low(tokens.get(k)).equals("to")
                && tokens.get(k + 1).pos().equals("VB") ? k : -1;
    }

    /**
     * Nouns of what strikes a place with nobody doing it, which the place alone tells ("Earthquake in Haiti"), from
     * {@code hazard-nouns.txt}. Any other noun needs an "of" phrase beside the place ("Bombing of a railway station in
     * Pyatigorsk"): "Assault in Lima", "Violence in Baghdad", "Trial in Los Angeles" say where, not what or whose. Of
     * the 26 events a place alone told in the eight working sets on 2026-12-05, the 8 with an "of" phrase or such a
     * noun were all right, the 18 others right for 4 at most.
     */
    private static final Set<String> HAZARDS = Lexicons.firstColumn("hazard-nouns.txt");

    /** Whether {@code t}'s lemma is a noun of what strikes a place ({@code hazard-nouns.txt}): "blast", "storm". */
    static boolean isHazard(Token t) {
        return HAZARDS.contains(t.lowerLemma());
    }

    /** Whether an "of" phrase follows the noun at {@code at} inside its title, which ends at {@code end}. */
    private static boolean ofPhraseAfter(List<Token> tokens, int at, int end) {
        return at + 1 < end && Phrases.low(tokens.get(at + 1)).equals("of");
    }

    /** Prepositions that set a place after a noun's phrase: "the bombing of a railway station [in Pyatigorsk]". */
    private static final Set<String> PLACE_OPENERS = Set.of("in", "near");

    /**
     * Whether a place may tell the happening that the noun {@code e} names, when no name says who: an occurrence
     * ("bombings in Casablanca"), not the start or end of another, nor a verb after "to" read as a noun ("talks due
     * to start/NN in South Africa"), nor a gerund with no object of its own ("scoring in Chelsea": whose?).
     */
    private static boolean placeTells(EventMention e, List<Token> tokens, Sentence s) {
        int at = e.token().index();
        return e.eventClass() == EventClass.OCCURRENCE && (at == s.firstToken()
                || !Phrases.low(tokens.get(at - 1)).equals("to"))
                && !(TitlePredicates.isGerund(e.token()) && (at + 1 >= s.endToken()
                || !Phrases.low(tokens.get(at + 1)).equals("of")));
    }

    /**
     * Where the phrase of a noun ends when a place's name follows its "of" phrase, that ends at {@code end} after the
     * noun ({@code end} greater than {@code afterNoun}): "the bombing of a railway station [in Pyatigorsk]", up to the
     * end of the name's capitalized words; {@code end} if none follows.
     */
    private static int placeAfter(List<Token> tokens, Sentence s, int afterNoun, int end, boolean[] covered) {
        if (end <= afterNoun || end + 1 >= s.endToken() || covered[end] || covered[end + 1]
                || !PLACE_OPENERS.contains(Phrases.low(tokens.get(end)))
                || !Phrases.isProperName(tokens.get(end + 1))) {
            return end;
        }
        int next = end + 1;
        while (next < s.endToken() && !covered[next] && Phrases.isProperName(tokens.get(next))) {
            next++;
        }
        return next;
    }

    /**
     * Whether tokens {@code [from, to)} after an event noun hold a place's name, a capitalized proper noun after "in",
     * "at", "near", "on" or "aboard", all but the first maybe after "the" ("a refinery explosion in Texas", "the blast
     * at the Dalen refinery", "the explosion on the Velo rig"): a happening that needs nobody to do it is told by
     * where.
     */
    private static boolean namesAPlace(List<Token> tokens, int from, int to) {
        for (int i = from; i + 1 < to; i++) {
            // "at the Dalen refinery" names a site; "in the Gulf" a region, which tells no happening
            int name = i + 2 < to && Phrases.low(tokens.get(i + 1)).equals("the")
                    && !Phrases.low(tokens.get(i)).equals("in") ? i + 2 : i + 1;
            while (name + 1 < to && name - i <= 2 && tokens.get(name).pos().equals("JJ")
                    && Character.isLowerCase(tokens.get(name).text().charAt(0))) {
                name++; // "in northern Colombia"
            }
            // "at the Deepwater/NN Horizon rig": a capital inside a sentence names, whatever its tag
            if (PLACE_NAMERS.contains(Phrases.low(tokens.get(i))) && (Phrases.isProperName(tokens.get(name))
                    || tokens.get(name).isNoun() && Character.isUpperCase(tokens.get(name).text().charAt(0)))) {
                return true;
            }
        }
        return false;
    }

    /** Prepositions before a place's name after an event noun ({@link #namesAPlace}). */
    private static final Set<String> PLACE_NAMERS = Set.of("in", "at", "near", "on", "aboard");
    /** Prepositions of a vessel or a platform where a hazard struck: "the explosion on/aboard the Velo rig". */
    private static final Set<String> ABOARD = Set.of("on", "aboard");

    /**
     * Where a name that ends at {@code end} ends when "of", "on" or "for" and more capitalized words go on from it:
     * "the Beijing Summit of Forum [on Sino-Africa Cooperation]"; {@code end} if the name stops there.
     */
    private static int nameGoesOn(List<Token> tokens, Sentence s, int end, boolean[] covered) {
        while (end + 1 < s.endToken() && end - 1 >= s.firstToken() && !covered[end] && !covered[end + 1]
                && Phrases.isProperName(tokens.get(end - 1)) && NAME_PREPOSITIONS.contains(Phrases.low(tokens.get(end)))
                && capitalizedWord(tokens.get(end + 1))) {
            int next = end + 1;
            // "the Organization for [Economic Cooperation/NN and Development]": a name's capitalized words, and "and"
            // between two of them
            while (next < s.endToken() && !covered[next] && (capitalizedWord(tokens.get(next))
                    || Phrases.low(tokens.get(next)).equals("and") && next + 1 < s.endToken() && !covered[next + 1]
                    && capitalizedWord(tokens.get(next + 1)))) {
                next++;
            }
            end = next;
        }
        return end;
    }

    /** How many words past a phrase's length limit {@link #throughTheName} reads to finish a name. */
    private static final int NAME_RUN = 4;

    /**
     * Where the name that the phrase's length limit cut at {@code end} ends: its capitalized words go on, at most
     * {@value #NAME_RUN} of them ("the draw with the exception of Tarnia manager Ivo [Rask Velo]", "the trial in
     * Los [Angeles]"); {@code end} when no name is cut there.
     */
    private static int throughTheName(List<Token> tokens, Sentence s, int end, boolean[] covered) {
        int k = end;
        while (k < s.endToken() && k - end < NAME_RUN && k - 1 >= s.firstToken() && !covered[k]
                && Phrases.isProperName(tokens.get(k - 1)) && Phrases.isProperName(tokens.get(k))) {
            k++;
        }
        return k < s.endToken() && k - end == NAME_RUN && tokens.get(k).pos().startsWith("NNP") ? end : k;
    }

    /** Whether {@code t} is a noun or an adjective that opens with a capital: "Economic", "Cooperation". */
    private static boolean capitalizedWord(Token t) {
        return Character.isUpperCase(t.text().charAt(0)) && (t.isNoun() || t.pos().startsWith("JJ"));
    }

    /** Whether token {@code at} is "and" or "&" between two capitalized words of its sentence ("Oil and Money"). */
    private static boolean andInsideAName(List<Token> tokens, Sentence s, int at) {
        String low = Phrases.low(tokens.get(at));
        return (low.equals("and") || low.equals("&")) && at - 1 >= s.firstToken() && at + 1 < s.endToken()
                && tokens.get(at - 1).pos().startsWith("NNP") && tokens.get(at + 1).pos().startsWith("NNP")
                && Character.isUpperCase(tokens.get(at - 1).text().charAt(0))
                && Character.isUpperCase(tokens.get(at + 1).text().charAt(0));
    }

    private static boolean isModifier(Token t) {
        String pos = t.pos();
        return pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("POS") || pos.equals("CD")
                || pos.equals("DT") || pos.equals("PRP$");
    }

    private static boolean isDroppedModifier(Token t) {
        return t.pos().equals("DT") || t.pos().equals("PRP$") || t.pos().equals("POS")
                || ORDER_ADJECTIVES.contains(Phrases.low(t));
    }

    /**
     * Adjectives that place a happening among others of its kind as the sentence sees it ("the last Malian
     * elections five years ago"): a title dated on its own leaves them out.
     */
    private static final Set<String> ORDER_ADJECTIVES = Set.of("last", "previous", "next", "latest");
}
