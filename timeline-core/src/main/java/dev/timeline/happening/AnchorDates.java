package dev.timeline.happening;

import dev.timeline.event.EventClass;
import dev.timeline.event.EventMention;
import dev.timeline.event.Tense;
import dev.timeline.event.TimeAnchor;
import dev.timeline.event.TimeAnchorer;
import dev.timeline.tag.Mention;
import dev.timeline.tag.TimexType;
import dev.timeline.text.AnalyzedText;
import dev.timeline.text.LanguageLayer;
import dev.timeline.text.Sentence;
import dev.timeline.text.Token;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether the date an anchored event has is its own (see {@link LearnedHappenings}): the nearest date of its sentence
 * ("was founded in 2005 and went public in 2006"), not an edition's year ("at the 2007 Oscars"), not a bound of the
 * happening ("has taught since 1986", "until May", "made the appeal ahead of a summit Thursday"), and not the date of
 * a report or a wish that governs it ("said on Thursday that Kim will travel", "raising the prospect of a summit").
 * Whether a date stands in another clause is {@link ClauseBoundaries}'.
 */
final class AnchorDates {
    /** Words before a date that make it a bound of the happening rather than its time. */
    private static final Set<String> BOUNDS = Set.of("since", "before", "after", "following", "until", "till", "by",
            "ahead");
    /** Verbs of naming, whose "after" says whom a name honours: "named after its founder". */
    private static final Set<String> NAMINGS = Set.of("name", "rename");
    /** Times of a day that "before" or "after" keeps within the day they are of: "before dawn on Monday". */
    private static final Set<String> PARTS_OF_A_DAY = Set.of("dawn", "daybreak", "sunrise", "noon", "midday",
            "sunset", "dusk", "nightfall", "midnight", "dark");
    /** Words before "after" or "before" that put a happening on the day of the noun it follows: "shortly after". */
    private static final Set<String> SAME_DAY_ORDERS = Set.of("shortly", "soon", "just", "immediately", "moments",
            "minutes", "seconds", "right");
    /** Tags of the words between a bound and the date of the noun phrase it governs: "since its 1980 independence". */
    static final Set<String> MODIFIERS_OF_A_DATE = Set.of("DT", "PRP$", "POS");
    /** A year written as four digits: "2007". */
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private AnchorDates() {
    }

    /** Whether no other date or time of the sentence lies nearer the event than its anchor. */
    static boolean nearestDate(AnalyzedText text, List<Mention> datesOfSentence, TimeAnchor a) {
        int e = a.event().token().index();
        int own = distance(text, e, a.timex());
        for (Mention m : datesOfSentence) {
            // a date of an earlier clause ("was founded in 2005 and went public in 2006", "left on Sunday after
            // reaching a deal on Saturday") or an edition's year ("as Miss World 2005 on Sunday") is not the verb's
            // nor is a date inside a phrase fronted before its clause ("Notorious for a brawl three years ago, he")
            // or inside a relative aside before its verb ("Ortiz, who has lived in Spain since 1990, was detained")
            // or a participle phrase on its subject ("Three men released on Saturday arrived in Velo on Sunday")
            // or the day of a saying that tells the verb's clause ("said Monday that rebels seized it on Sunday")
            // or a date that modifies a noun ("sealed an agreement on a 2026-2030 farm budget on Saturday", "arrested
            // the gunman in Sunday's shooting on Tuesday"), nor a dateline's, which dates the page, nor a live page's
            // stamp, which dates the line
            if (m != a.timex() && distance(text, e, m) < own && !TimeAnchorer.inAnEarlierClause(text, m, e)
                    && !DateOwners.modifiesANoun(text, m)
                    && !(FrontedPhraseAnchors.possessiveAfterItsVerb(text, m, a.event().token())
                    && a.timex().start() > m.end()
                    && !FrontedPhraseAnchors.possessiveAfterItsVerb(text, a.timex(), a.event().token()))
                    && !TimeAnchorer.yearOfAName(text, m) && !yearBeforeAName(text, m)
                    && !FrontedPhraseAnchors.inAFrontedPhrase(text, m, a.event().token())
                    && !FrontedPhraseAnchors.inAnAsideBeforeItsVerb(text, m, a.event().token())
                    && !FrontedPhraseAnchors.inAParticiplePhraseBeforeItsVerb(text, m, a.event().token())
                    && !ReportedHappenings.datesASayingBefore(text, m, e)
                    && !FrontedPhraseAnchors.inThePagesPrefix(text, m) // "HOUSTON | Tue Jun 29, 2010 7:45 pm EDT"
                    && !StampAnchors.isStamp(text, m) // "3.45pm: Ivo Rask was paid ... last year"
                    && !declaredDay(text, m)) { // "on Thursday declared Saturday a day of mourning"
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code m} is a year alone, or a month and its day, between "the" and a capitalized noun: "at the [2007]
     * Oscars", "the 2010 World Cup", "the [Sept. 11] Victims Fund". It names an edition or a body, not the day of a
     * verb.
     */
    static boolean yearBeforeAName(AnalyzedText text, Mention m) {
        List<Token> covered = text.tokensIn(m.start(), m.end());
        boolean year = covered.size() == 1 && YEAR.matcher(covered.get(0).text()).matches();
        // "the Sept. 11 Victims Fund": a month and its day, written out, name it as well
        boolean monthDay = covered.size() >= 2 && covered.size() <= 3 && DAY_VALUE.matcher(m.value()).matches()
                && covered.get(0).pos().equals("NNP") && covered.get(covered.size() - 1).pos().equals("CD");
        if (!year && !monthDay) {
            return false;
        }
        int at = covered.get(0).index();
        int after = covered.get(covered.size() - 1).index() + 1;
        List<Token> tokens = text.tokens();
        return at > 0 && after < tokens.size() && Phrases.low(tokens.get(at - 1)).equals("the")
                && tokens.get(after).isNoun() && Character.isUpperCase(tokens.get(after).text().charAt(0));
    }

    /** A TIMEX3 value of one day: "2001-09-11". */
    private static final Pattern DAY_VALUE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private static int distance(AnalyzedText text, int event, Mention m) {
        List<Token> covered = text.tokensIn(m.start(), m.end());
        int first = covered.get(0).index();
        int last = covered.get(covered.size() - 1).index();
        return event < first ? first - event : Math.max(0, event - last);
    }

    /** How far left of a date a bound that governs its phrase is looked for. */
    private static final int BOUND_PHRASE_REACH = 12;

    /**
     * Whether the date at token {@code date} closes a fronted phrase that a bound opens and the event follows it: "A
     * few weeks after taking the reins on July 31, Raul Castro hinted" (the date is the taking's). Read leftwards
     * within its clause, up to {@value #BOUND_PHRASE_REACH} words.
     */
    private static boolean insideBoundPhrase(AnalyzedText text, int date, int event) {
        Sentence s = text.sentenceOf(text.tokens().get(date));
        for (int i = date - 1; i >= s.firstToken() && i >= date - BOUND_PHRASE_REACH; i--) {
            Token t = text.tokens().get(i);
            String pos = t.pos();
            if (i == event || t.text().equals(",") || t.text().equals(";") || pos.equals("VBD") || pos.equals("VBZ")
                    || pos.equals("VBP") || pos.equals("MD")) {
                return false;
            }
            if (BOUNDS.contains(t.text().toLowerCase(java.util.Locale.ROOT)) && !t.text().equals("by")) {
                // only a phrase fronted before its clause: an event before it is often that day's ("died after a
                // long illness on November 17", "paraded prisoners before a crowd on Monday"), and one after the
                // date inside it the phrase's own ("since the 2019 crisis shook the market")
                return event > date && commaBetween(text, date, event);
            }
        }
        return false;
    }

    private static boolean commaBetween(AnalyzedText text, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            if (text.tokens().get(i).text().equals(",")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the date is a bound, not the time of the happening: where a state began ("has taught since 1986"), a
     * time the happening came before or after ("sales fell before June 2007", "left after 2010"), or a deadline
     * ("by Friday", "until May"), or the date of what the happening was for ("for the 2008 Olympic Games"), for the
     * event at token {@code event}.
     */
    static boolean bound(AnalyzedText text, Mention timex, int event) {
        Optional<Token> first = text.tokensIn(timex.start(), timex.end()).stream().findFirst();
        if (first.isEmpty() || first.get().index() == 0) {
            return false;
        }
        if (relativeOfItsHazard(text, timex, event)) {
            // "since the 20 April explosion on the rig, which killed 11 workers": the bound governs the explosion,
            // whose date is its own, and its toll's
            return false;
        }
        if (datesItsNoun(text, timex, event)) {
            // "after Tuesday's bombing", "since last fall's economic collapse": the bound governs the phrase whose
            // noun the date modifies; the date is the noun's own
            return false;
        }
        List<Token> covered = text.tokensIn(timex.start(), timex.end());
        if (ClauseBoundaries.inWhenClauseAfterItsDate(text, event, covered.get(covered.size() - 1).index())) {
            return false; // "since 1998, when Russia defaulted on its debt": the clause tells what happened then
        }
        int at = first.get().index() - 1;
        // "led the island since its 1980 independence": the bound governs the date's noun phrase, and so the event
        // before it; an event after the date is the phrase's own ("since the 1997 crisis blew apart the market")
        boolean modified = false;
        for (int k = 0; k < 2 && at > event && MODIFIERS_OF_A_DATE.contains(text.tokens().get(at).pos()); k++) {
            at--;
            modified = true;
        }
        // the event before the date or after it ("closed until at least Thursday after a girl was diagnosed")
        if ((at - 2 > event || event > at && at - 2 >= 0) && LIMITS.contains(text.tokens().get(at).lowerText())
                && text.tokens().get(at - 1).lowerText().equals("at")) {
            at -= 2; // "until at least May 28", "by the latest Friday": the bound before the limit
        }
        String before = text.tokens().get(at).text().toLowerCase(java.util.Locale.ROOT);
        String own = timex.text().toLowerCase(java.util.Locale.ROOT);
        if ((before.equals("before") || before.equals("after")) && PARTS_OF_A_DAY.contains(first.get().lowerText())) {
            return false; // "withdrew after noon on Tuesday": a time of that day
        }
        // "unveiled the mascots for the 2008 Olympic Games", "futures for December delivery": a dated noun phrase
        // of purpose is not the event's time ("scheduled for Friday" is)
        int next = first.get().index() + text.tokensIn(timex.start(), timex.end()).size();
        boolean premodifier = modified || next < text.tokens().size() && text.tokens().get(next).isNoun()
                && text.sentenceOf(text.tokens().get(next)).index() == text.sentenceOf(first.get()).index();
        // "the Nikkei rose 34 points from Tuesday": a change is measured from that day, not on it
        Token verb = text.tokens().get(event);
        boolean base = before.equals("from") && at > event && (Measures.isChange(verb.lemma())
                || LanguageLayer.english().irregularPastLemma(verb.text()).filter(Measures::isChange).isPresent());
        // "will suspend its dividend for the rest of this year": the span it lasts, not the day it was decided
        boolean span = before.equals("of") && at - 2 > event
                && PredicateEnds.PARTS_OF_A_PERIOD.contains(text.tokens().get(at - 1).lowerText())
                && (text.tokens().get(at - 2).lowerText().equals("the") && at - 3 > event
                && text.tokens().get(at - 3).lowerText().equals("for"));
        // "has been banned at least through August": the end of a span, a bound only right before its date ("tore
        // through France in early March" is a happening of March)
        return BOUNDS.contains(before) || before.equals("through") || premodifier && before.equals("for") || base
                || span
                // "decorated his home for Christmas", "went home for Easter": an occasion, not the day of the verb
                || before.equals("for") && HOLIDAY.matcher(own).lookingAt() && !DateOwners.schedules(verb.lemma())
                || insideBoundPhrase(text, first.get().index(), event)
                || BOUNDS.stream().anyMatch(b -> own.startsWith(b + " "))
                || boundNounPhrase(text, first.get().index() - 1, event)
                || before.equals("to") && first.get().index() >= 2
                && text.tokens().get(first.get().index() - 2).text().equalsIgnoreCase("prior")
                // "as of Monday, 2 million barrels released": a running total up to the day, not a day's happening
                // and so fronted before a perfect ("As of Friday, 119,611 suggestions had been sent") or a count
                // ("As of 3 July, a total of 12,400 barrels were collected")
                || before.equals("of") && at - 1 >= 0 && text.tokens().get(at - 1).lowerText().equals("as")
                && (at - 1 > event || perfect(text, event) || countBefore(text, at, event));
    }

    /** Tags of the words a date's possessive may stand before its noun with: "Monday's 504-point drop". */
    private static final Set<String> NOUN_MODIFIERS = Set.of("JJ", "JJR", "JJS", "CD", "NN", "NNS", "VBN", "HYPH");
    /** How many modifiers may stand between a date's possessive and its noun. */
    private static final int NOUN_MODIFIER_REACH = 4;

    /**
     * Whether date {@code timex} is the possessive of the noun at token {@code event}, with at most {@value
     * #NOUN_MODIFIER_REACH} modifiers between ("Monday's 504-point drop", "last week's bombing"), the noun ending its
     * phrase: the date is the noun's own, whatever word governs the phrase.
     */
    static boolean datesItsNoun(AnalyzedText text, Mention timex, int event) {
        List<Token> own = text.tokensIn(timex.start(), timex.end());
        List<Token> tokens = text.tokens();
        if (own.isEmpty() || event + 1 > tokens.size() || !tokens.get(event).isNoun()
                || tokens.get(event).pos().startsWith("NNP")) {
            return false;
        }
        int next = own.get(own.size() - 1).index() + 1;
        if (next >= event || !tokens.get(next).pos().equals("POS")) {
            return false;
        }
        if (event - next - 1 > NOUN_MODIFIER_REACH) {
            return false;
        }
        for (int i = next + 1; i < event; i++) {
            Token t = tokens.get(i);
            if (!NOUN_MODIFIERS.contains(t.pos()) && !t.text().equals("-")) {
                return false;
            }
        }
        return event + 1 == tokens.size() || !tokens.get(event + 1).isNoun();
    }

    /** How many words may stand between a hazard's noun and the relative clause {@link #relativeOfItsHazard} reads. */
    private static final int HAZARD_REACH = 10;
    /** Words that open a relative clause on a thing. */
    private static final Set<String> THING_RELATIVES = Set.of("which", "that");

    /**
     * Whether the verb at token {@code event} follows "which" or "that" after the noun of a hazard ({@link
     * NounTitles#isHazard}) that the date modifies right before it, with at most an "on" phrase of its site and a comma
     * between, no verb: "the 20 April explosion on the Velo rig, which killed 11 workers".
     */
    private static boolean relativeOfItsHazard(AnalyzedText text, Mention timex, int event) {
        List<Token> own = text.tokensIn(timex.start(), timex.end());
        List<Token> tokens = text.tokens();
        if (own.isEmpty() || !tokens.get(event).isVerb() || event - 1 <= own.get(own.size() - 1).index()
                || !THING_RELATIVES.contains(tokens.get(event - 1).lowerText())) {
            return false;
        }
        int noun = own.get(own.size() - 1).index() + 1;
        if (noun >= event - 1 || !tokens.get(noun).isNoun()
                || !NounTitles.isHazard(tokens.get(noun))) {
            return false;
        }
        for (int i = noun + 1; i < event - 1; i++) {
            Token t = tokens.get(i);
            if (t.isVerb() || i - noun > HAZARD_REACH || t.pos().equals("IN") && !t.lowerText().equals("on")) {
                return false;
            }
        }
        return true;
    }

    /** A holiday's name, which after "for" tells an occasion: "for Christmas", "for New Year's Eve". */
    private static final Pattern HOLIDAY = Pattern.compile(
            "(?:christmas|easter|thanksgiving|halloween|new year)\\b");

    /** The words after "at" that make a date a limit: "until at least May 28". */
    private static final Set<String> LIMITS = Set.of("least", "earliest", "latest", "most");

    /** Whether a number or "total" stands between token {@code from} and the verb at token {@code event}. */
    private static boolean countBefore(AnalyzedText text, int from, int event) {
        for (int i = from + 1; i < event; i++) {
            Token t = text.tokens().get(i);
            if (t.pos().equals("CD") && !text.tokens().get(i - 1).isNoun() || t.lowerText().equals("total")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the verb at token {@code event} follows "have" within its verb group: "had been sent". */
    private static boolean perfect(AnalyzedText text, int event) {
        for (int i = event - 1; i >= 0 && i >= event - 3; i--) {
            Token t = text.tokens().get(i);
            if (t.lemma().equals("have") && t.isVerb()) {
                return true;
            }
            if (!(t.isVerb() || t.pos().equals("RB"))) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether the date dates a noun phrase that a bound governs, the event standing before the bound: "music sales
     * have surged since his death on Thursday" (the death was on Thursday, not the surge), "made the appeal ahead of
     * a summit Thursday" (the date right after the noun, without a preposition).
     */
    private static boolean boundNounPhrase(AnalyzedText text, int at, int event) {
        List<Token> tokens = text.tokens();
        if (at <= event) {
            return false;
        }
        String preposition = tokens.get(at).text().toLowerCase(java.util.Locale.ROOT);
        int i;
        if (preposition.equals("on") || preposition.equals("in") || preposition.equals("at")) {
            i = at - 1;
        } else if (tokens.get(at).isNoun()) {
            i = at;
        } else {
            return false;
        }
        int words = 0;
        while (i > event && words < 4 && (tokens.get(i).isNoun() || MODIFIERS_OF_A_DATE.contains(tokens.get(i).pos())
                || tokens.get(i).pos().startsWith("JJ"))) {
            i--;
            words++;
        }
        if (i - 1 > event && tokens.get(i).lowerText().equals("of") && tokens.get(i - 1).lowerText().equals("ahead")) {
            i--; // "ahead of a summit Thursday"
        }
        Token head = preposition.equals("on") || preposition.equals("in") || preposition.equals("at")
                ? tokens.get(at - 1) : tokens.get(at);
        if (tokens.get(i).lowerText().equals("before") && PredicateParts.isBody(head)) {
            return false; // "appeared before the House energy committee on Tuesday": before whom, not before when
        }
        if (tokens.get(i).lowerText().equals("after") && NAMINGS.contains(tokens.get(i - 1).lowerLemma())) {
            return false; // "was renamed after Orvo Danek in 2002": whom it honours, no time before or after
        }
        if (i - 1 > event && SAME_DAY_ORDERS.contains(tokens.get(i - 1).lowerText())) {
            return false; // "crashed shortly after take-off on Wednesday": moments after it, on its day
        }
        if (words == 1 && PARTS_OF_A_DAY.contains(head.lowerText())
                && (tokens.get(i).lowerText().equals("before") || tokens.get(i).lowerText().equals("after"))) {
            return false; // "escaped before dawn on Monday": a time of that day
        }
        return words > 0 && i > event && BOUNDS.contains(tokens.get(i).text().toLowerCase(java.util.Locale.ROOT))
                && !tokens.get(i).text().equalsIgnoreCase("by");
    }

    static boolean sameSentence(AnalyzedText text, TimeAnchor a) {
        List<Token> covered = text.tokensIn(a.timex().start(), a.timex().end());
        return !covered.isEmpty() && text.sentenceOf(covered.get(0)).equals(text.sentenceOf(a.event().token()));
    }

    /**
     * Whether the "that" at {@code that} is the subject of a relative clause whose verb in the past is {@code verb},
     * after a noun of the phrase that the date ending at {@code date} stands in, with only adverbs between ("the April
     * 20 explosion that [later] killed 11 workers", "a mortar attack Friday that killed"): no report's "that".
     */
    private static boolean relativeSubject(List<Token> tokens, int date, int that, int verb) {
        if (that < 1 || verb <= that || !tokens.get(that - 1).isNoun() || !tokens.get(verb).pos().equals("VBD")) {
            return false;
        }
        for (int k = date + 1; k < that; k++) {
            if (!(tokens.get(k).pos().startsWith("NN") || tokens.get(k).pos().startsWith("JJ"))) {
                return false; // "an explosion on the rig that killed": which noun the clause tells of, unsure
            }
        }
        for (int k = that + 1; k < verb; k++) {
            if (!tokens.get(k).pos().startsWith("RB")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the date belongs to another event or the event is not asserted: a report nearer the date ("said on
     * Thursday that Kim will travel": Thursday dates the saying), a complement clause between them, a date that
     * modifies another noun ("before Thursday's announcement"), or a wish or expectation that governs the event
     * ("raising the prospect of a summit", "expected to attend").
     */
    static boolean reportedOrWished(AnalyzedText text, List<EventMention> eventsOfSentence, TimeAnchor a) {
        int e = a.event().token().index();
        List<Token> timex = text.tokensIn(a.timex().start(), a.timex().end());
        int first = timex.get(0).index();
        int last = timex.get(timex.size() - 1).index();
        int distance = e < first ? first - e : e - last;
        if (last + 1 < text.tokens().size() && text.tokens().get(last + 1).pos().equals("POS")
                && e > last + 2 && e <= last + 4) {
            return true;
        }
        for (int i = Math.min(e, last) + 1; i < Math.max(e, first); i++) {
            String w = text.tokens().get(i).text().toLowerCase(java.util.Locale.ROOT);
            if ((w.equals("that") && !(e > last && relativeSubject(text.tokens(), last, i, e)))
                    || w.equals("because") || w.equals("if") || w.equals("whether")) {
                return true;
            }
        }
        int schedule = Plans.scheduled(text, a.event()); // "is due to hold": a schedule, no wish
        for (EventMention other : eventsOfSentence) {
            int o = other.token().index();
            if (other == a.event() || o == schedule) {
                continue;
            }
            int d = o < first ? first - o : o - last;
            boolean governs = o < e && o >= e - 4;
            boolean between = o > Math.min(e, last) && o < Math.max(e, first);
            boolean intensional = (other.eventClass() == EventClass.I_STATE
                    || other.eventClass() == EventClass.I_ACTION && !other.isAsserted())
                    // "Suspected insurgents shot dead four men": an adjective, which governs nothing
                    && !NounPhrases.isParticipleAsFirstAdjective(text.tokens(),
                    text.sentenceOf(other.token()).firstToken(), o);
            boolean aside = o > e && ClauseBoundaries.trailingAttribution(text, e, o);
            // a report in the infinitive is a purpose, not this text's report ("packed the streets to say farewell")
            // and only a verb of saying: the model classes "called" as a report as often as not ("called in the army")
            // and a verb: "opened an investigation in August after a report by the comptroller" reports nothing
            boolean report = other.eventClass() == EventClass.REPORTING && other.tense() != Tense.INFINITIVE
                    && other.token().isVerb() && HappeningFilters.SAYING.contains(other.verbLemma());
            // "BP returned to profit in the third quarter but said it ...": a saying in a later conjunct reports
            // what follows it, not the clause the date closes
            boolean laterConjunct = e < first && o > last && conjunctionBetween(text, last, o);
            if (report && d < distance && !aside && !laterConjunct
                    || (between || governs) && intensional) {
                return true;
            }
        }
        return false;
    }

    /** Whether "but" or "and" stands between tokens {@code from} and {@code to} (exclusive). */
    private static boolean conjunctionBetween(AnalyzedText text, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            String w = text.tokens().get(i).lowerText();
            if (w.equals("but") || w.equals("and")) {
                return true;
            }
        }
        return false;
    }

    /** The date or time of the event's sentence, not its anchor's, nearest the event in characters; null if none. */
    static Mention nearestOtherDate(AnalyzedText text, TimeAnchor a, List<Mention> timexes) {
        Token event = a.event().token();
        Sentence s = text.sentenceOf(event);
        Mention best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Mention m : timexes) {
            if (m == a.timex() || m.start() < s.start() || m.end() > s.end()
                    || m.type() != TimexType.DATE && m.type() != TimexType.TIME) {
                continue;
            }
            int distance = Math.abs(m.start() - event.start());
            if (distance < bestDistance) {
                best = m;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** Verbs that make a day what their object's complement says: "declared Saturday a public holiday". */
    private static final Set<String> DECLARINGS = Set.of("declare", "proclaim", "designate", "name", "make");

    /**
     * Whether date {@code m}, a day by its name, is the object of a verb of declaring with "a" or "an" opening its
     * complement ("declared Saturday a public holiday", "proclaimed Monday a day of mourning"): the day is what was
     * declared, not when.
     */
    static boolean declaredDay(AnalyzedText text, Mention m) {
        List<Token> own = text.tokensIn(m.start(), m.end());
        if (own.isEmpty() || own.get(0).index() == 0) {
            return false;
        }
        List<Token> tokens = text.tokens();
        Token before = tokens.get(own.get(0).index() - 1);
        int next = own.get(own.size() - 1).index() + 1;
        // "was named today as the first victim": a day of the calendar by its name, not one of the deictic words
        return before.isVerb() && DECLARINGS.contains(before.lowerLemma()) && next < tokens.size()
                && (tokens.get(next).lowerText().equals("a") || tokens.get(next).lowerText().equals("an"))
                && own.get(0).pos().startsWith("NNP");
    }

    /** Whether the time expression lies between tokens {@code from} and {@code to} (exclusive). */
    static boolean within(AnalyzedText text, Mention timex, int from, int to) {
        List<Token> covered = text.tokensIn(timex.start(), timex.end());
        return !covered.isEmpty() && covered.get(0).index() > from && covered.get(covered.size() - 1).index() < to;
    }
}
