package dev.timeline.happening;

import dev.timeline.event.Aspect;
import dev.timeline.event.CommonNouns;
import dev.timeline.event.EventMention;
import dev.timeline.event.Tense;
import dev.timeline.tag.Mention;
import dev.timeline.text.AnalyzedText;
import dev.timeline.text.Sentence;
import dev.timeline.text.Token;
import dev.timeline.time.When;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whose date a date is: the event's, or another happening's that the event only names. A past event dated to come
 * ("boycotted the January 30 election", written in December) was read in the wrong direction, unless it set that
 * date ("set a July 4 deadline"); a date inside another happening's noun phrase ("widened its probe into the 2019
 * election") dates that phrase. Stateless.
 */
final class DateOwners {
    /** The most tokens between an aside's mark and its event, either way. */
    private static final int ASIDE_REACH = 20;
    private static final Set<String> SCHEDULING = Lexicons.firstColumn("scheduling-verbs.txt");
    /** An expression that names its year or the direction of its date: it cannot be read as another year's. */
    private static final Pattern YEAR_OR_DIRECTION = Pattern.compile(
            "\\b(\\d{4}|next|coming|tomorrow|later|following|upcoming|after|ago|last|this|yesterday|today)\\b");
    /** A value of a day, with a time or not ("2006-12-29", "2006-12-29T10:00"). */
    private static final Pattern DAY_OR_TIME_VALUE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** A value of a day ("2006-12-29", with a time or not) or a month ("2006-01"). */
    private static final Pattern DAY_OR_MONTH_VALUE = Pattern.compile("\\d{4}-\\d{2}(-\\d{2})?(T|$)");
    private static final Pattern WEEKDAY = Pattern.compile("\\b(monday|tuesday|wednesday|thursday|friday|saturday"
            + "|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\\b");
    private static final Pattern MONTH = Pattern.compile("\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)");
    /**
     * Prepositions whose dated noun phrase names another happening than the verb's ("a probe into the 1996
     * election"), unlike "at", "in" or "during", which place the verb ("won at the 2002 World Cup").
     */
    private static final Set<String> NOUN_PREPOSITIONS = Set.of("of", "for", "into", "from", "with", "against",
            "about", "over", "despite", "to", "toward", "towards");
    /**
     * Prepositions that order a verb after or before the happening of the noun they govern: the noun's date is not the
     * verb's ("BP was fined after a deadly 2005 refinery explosion"), unless that noun is the verb's own subject
     * ("since an April 20 blast triggered the spill").
     */
    private static final Set<String> ORDERING_PREPOSITIONS = Set.of("after", "following", "since", "before");

    /** Participles that open a phrase of where someone spoke: "Speaking at a Senate hearing last week, ...". */
    private static final Set<String> SPEAKING = Set.of("speaking", "testifying", "addressing", "talking", "writing",
            "commenting", "appearing");
    /** The prepositions that open what talk is about or calls for: "condemnation of", "called for". */
    private static final Set<String> TALK_PREPOSITIONS = Set.of("of", "for", "about", "over", "on");
    /** How many words after the preposition the noun of what talk is about may come: "for [early] elections". */
    private static final int TALK_REACH = 8;
    /** Words between talk and its date: "called [on] Saturday", "called [here] Monday", "called [late] Friday". */
    private static final Set<String> DATE_LEADS = Set.of("on", "here", "there", "late", "early");
    /**
     * Words of time order whose noun phrase names another, earlier happening than the verb's: "detained in a sweep
     * [following] bomb attacks in Riyadh on May 12", "have fought three wars [since] independence in 1947".
     */
    private static final Set<String> ORDER_WORDS = Set.of("following", "since");
    /**
     * Verbs with the preposition that links a cause to a later effect: a date after them is the effect's ("a coup in
     * 1960, which eventually led to the hanging of the prime minister in 1961").
     */
    private static final Set<String> EFFECT_LINKS = Set.of("lead to", "result in", "give rise to", "pave the way");
    /** Conjunctions that open a clause told as earlier than the main clause: "after a new cap stopped the flow". */
    private static final Set<String> EARLIER_CLAUSE_WORDS = Set.of("after", "since");

    /** Prepositions whose gerund tells another happening than the verb's: "convicted of blowing up", "charged with". */
    private static final Set<String> GERUND_PREPOSITIONS = Set.of("of", "with");
    /** How many nouns may stand between a holiday's name that modifies a noun and its phrase's article. */
    private static final int NOUNS_BEFORE_A_HOLIDAY = 2;

    private DateOwners() {
    }

    /** Whether {@code lemma} sets the date of another happening ({@code scheduling-verbs.txt}): "scheduled the hearing". */
    static boolean schedules(String lemma) {
        return SCHEDULING.contains(lemma);
    }

    /**
     * Whether an event told as past (the simple past or the present perfect) is dated wholly after the creation date:
     * the date is then another happening's, the one set, called or scheduled ("the court set April 29 for the next
     * hearing", "have called a general shutdown on May 3", "has given BP a deadline of New Year's Day").
     */
    static boolean pastDatedToCome(EventMention e, String value, String mod, Optional<LocalDate> dct) {
        boolean past = e.tense() == Tense.PAST || e.tense() == Tense.PRESENT && e.aspect() == Aspect.PERFECTIVE;
        return past && dct.isPresent() && afterTheDay(value, mod, dct.get());
    }

    /**
     * Whether {@code e}, a present perfect, is dated by an expression that ended more than a year before the creation
     * date: the perfect tells what holds now, and so a date long past is another phrase's ("has beaten her best
     * seasons of 41 goals in 2001": the seasons'). A bound ("since 2001") or a modified value is not asked about.
     */
    static boolean perfectOfLongAgo(AnalyzedText text, EventMention e, String value, String mod,
            Optional<LocalDate> dct) {
        if (e.tense() != Tense.PRESENT || e.aspect() != Aspect.PERFECTIVE || mod != null || dct.isEmpty()
                || countsItsTimes(text, e)) {
            return false;
        }
        try {
            When w = HappeningFilters.when(value, null);
            return w != null && w.latestDay().isBefore(dct.get().minusYears(1));
        } catch (IllegalArgumentException | UnsupportedOperationException notADate) {
            return false;
        }
    }

    /** Words that count how often something happened: "has twice won", "has won it three times". */
    private static final Set<String> TIMES = Set.of("twice", "thrice", "times");

    /**
     * Whether the sentence of {@code e} counts how often it happened, before or after it: then its dates are the
     * occasions ("has twice won the Golden Palm, in 1985 and in 1995").
     */
    private static boolean countsItsTimes(AnalyzedText text, EventMention e) {
        Sentence s = text.sentenceOf(e.token());
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            String low = Phrases.low(text.tokens().get(i));
            if (TIMES.contains(low) && (!low.equals("times") || i > s.firstToken()
                    && text.tokens().get(i - 1).pos().equals("CD"))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the date of TIMEX3 value {@code value} and mod {@code mod} (or null) lies wholly after {@code day}. */
    static boolean afterTheDay(String value, String mod, LocalDate day) {
        try {
            When w = HappeningFilters.when(value, mod);
            return w != null && w.earliestDay().isAfter(day);
        } catch (IllegalArgumentException | UnsupportedOperationException notADate) {
            return false;
        }
    }

    /**
     * The value of a date that the tagger placed in the future although the event it dates is told as past, moved
     * back to the occurrence before the creation date, if the expression leaves its year or week open: a weekday a
     * week back ("on Friday sacked the speaker", read as the coming Friday), a month or a day of a month a year back
     * ("boycotted the January 30 election", "an election in January", written in December). Empty when the
     * expression names its year or its direction ("2008", "next month", "a year later") or the event is one of
     * {@code scheduling-verbs.txt}: then the date is another happening's, set or scheduled by the event ("set a July 4
     * deadline"), and dates nothing here.
     */
    static Optional<String> backToThePast(EventMention e, Mention timex, LocalDate dct) {
        return backToThePast(e.verbLemma(), timex.text(), timex.value(), timex.mod().orElse(null), dct);
    }

    /**
     * {@link #backToThePast(EventMention, Mention, LocalDate)} for the verb of lemma {@code lemma} and the expression
     * written {@code text}, of TIMEX3 value {@code value} and mod {@code mod} (or null).
     */
    static Optional<String> backToThePast(String lemma, String text, String value, String mod, LocalDate dct) {
        String low = text.toLowerCase(java.util.Locale.ROOT);
        if (SCHEDULING.contains(lemma) || YEAR_OR_DIRECTION.matcher(low).find()
                || !DAY_OR_MONTH_VALUE.matcher(value).lookingAt()) {
            return Optional.empty();
        }
        try {
            String moved;
            if (WEEKDAY.matcher(low).find() && value.length() >= 10) {
                moved = LocalDate.parse(value.substring(0, 10)).minusDays(7) + value.substring(10);
            } else if (MONTH.matcher(low).find()) {
                moved = (Integer.parseInt(value.substring(0, 4)) - 1) + value.substring(4);
            } else {
                return Optional.empty();
            }
            When w = HappeningFilters.when(moved, mod);
            return w != null && !w.earliestDay().isAfter(dct) ? Optional.of(moved) : Optional.empty();
        } catch (RuntimeException notADate) {
            return Optional.empty();
        }
    }

    /**
     * Whether the words from {@code from} to the verb at {@code verb} go on with one noun phrase, the verb's subject:
     * nouns, adjectives, articles, prepositions and participles, and at least one word ("the April 26 truce agreement
     * ending the Israeli offensive has met"), but no comma, clause word or infinitive ("the talks, Wu Yi accepted",
     * "last weekend's alert when the race was postponed", "a Wednesday rally to be headlined").
     */
    private static boolean insideTheSubject(List<Token> tokens, int from, int verb) {
        int group = verb;
        while (group - 1 >= from && (tokens.get(group - 1).lemma().equals("be")
                || tokens.get(group - 1).lemma().equals("have") || tokens.get(group - 1).pos().equals("MD")
                || tokens.get(group - 1).pos().equals("RB"))) {
            group--; // the verb's own auxiliaries: "has met"
        }
        if (group <= from) {
            return false;
        }
        for (int i = from; i < group; i++) {
            Token t = tokens.get(i);
            boolean phrase = t.isNoun() || t.pos().startsWith("JJ") || t.pos().equals("DT") || t.pos().equals("IN")
                    && !Phrases.isClauseWord(t) || t.pos().equals("VBG") || t.pos().equals("VBN")
                    || t.pos().equals("CD") || t.pos().equals("POS") || t.pos().equals("PRP$");
            if (!phrase) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the date modifies a noun inside a phrase after the verb ("oversees the fund for victims of the Sept.
     * 11, 2001, terrorist attacks", "beef up a probe into Thursday's blast") or inside the subject before it ("a
     * committee set up under the terms of the April 26 truce agreement has met"): an article or possessive before it
     * and a noun or a comma and a noun after it, or a possessive "'s" after it, in a phrase of {@code
     * NOUN_PREPOSITIONS}.
     * It dates that noun, not the verb ("held the 2004 elections", "won at the 2002 World Cup" keep their date), nor an
     * event noun before the phrase ("adopted the changes to its 2007 prohibition list in September").
     */
    static boolean datesANounAfterAPreposition(AnalyzedText text, EventMention e, Mention timex) {
        List<Token> covered = text.tokensIn(timex.start(), timex.end());
        if (covered.isEmpty() || !e.token().isVerb() && covered.get(0).index() < e.token().index()) {
            return false; // a noun: only a phrase after it ("adopted the changes to its 2007 prohibition list")
        }
        List<Token> tokens = text.tokens();
        Sentence s = text.sentenceOf(e.token());
        int first = covered.get(0).index();
        // before the verb, in its subject: "A committee set up under the terms of the April 26 truce agreement has
        // met 14 times" (the phrase ends before the verb; "The 2004 elections were held" has no preposition)
        int floor = first < e.token().index() ? s.firstToken() - 1 : e.token().index();
        if (first - 1 < s.firstToken() || first < e.token().index()
                && !insideTheSubject(tokens, covered.get(covered.size() - 1).index() + 1, e.token().index())) {
            return false;
        }
        int next = covered.get(covered.size() - 1).index() + 1;
        if (next >= s.endToken()) {
            return false;
        }
        Token after = tokens.get(next);
        boolean possessive = after.pos().equals("POS");
        int opening = first - 1; // "from his scheduled/NN [Christmas] trip": a participle before the date
        while (opening > floor + 1 && NounPhrases.modifiesLikeAnAdjective(tokens.get(opening))) {
            opening--; // "after a deadly/JJ [2005] refinery explosion"
        }
        // "of Christmas commodities": a holiday's name alone before a noun in lower case modifies it, article or none
        boolean named = covered.size() == 1 && Character.isUpperCase(covered.get(0).text().charAt(0))
                && after.isNoun() && Character.isLowerCase(after.text().charAt(0));
        boolean article = named || AnchorDates.MODIFIERS_OF_A_DATE.contains(tokens.get(opening).pos());
        boolean commaNoun = after.text().equals(",") && next + 1 < s.endToken()
                && (tokens.get(next + 1).pos().startsWith("JJ") || tokens.get(next + 1).isNoun());
        if (!(possessive || article && (after.isNoun() || commaNoun))) {
            return false;
        }
        if (!e.token().isVerb() && Character.isUpperCase(after.text().charAt(0))) {
            return false; // "a defeat in their opener of the 2002 World Cup": a named event is the noun's time
        }
        // the preposition that governs the date's noun phrase: "at the 2002 World Cup" places the verb there,
        // "into the 1996 election", "of the 1989 crackdown", "for Tuesday's match" only name another happening
        int i = first - 1;
        int nouns = 0; // "for its mainland Europe [Christmas] gifts tour": a holiday's name after the phrase's nouns
        while (i > floor && (AnchorDates.MODIFIERS_OF_A_DATE.contains(tokens.get(i).pos())
                || NounPhrases.modifiesLikeAnAdjective(tokens.get(i))
                || named && tokens.get(i).isNoun() && nouns++ < NOUNS_BEFORE_A_HOLIDAY)) {
            i--;
        }
        return i > floor && (NOUN_PREPOSITIONS.contains(tokens.get(i).lowerText())
                || first > e.token().index() && ORDERING_PREPOSITIONS.contains(tokens.get(i).lowerText()));
    }

    /**
     * Whether the date after noun event {@code e} ends a chain of phrases that dates a nearer noun: two or more
     * prepositions besides "of" between them, not counting the date's own ("The trial of Saddam Hussein on genocide
     * charges against Kurd minority in the 1980s resumed Wednesday": the 1980s are the charges'), or one and the word
     * right before the date is an event of {@code events} or a noun that often names a happening ("the trial of a
     * warlord over a village massacre 20 years ago": {@link CommonNouns#oftenAHappening}). "The explosion aboard the
     * rig on April 20" keeps its date. After a verb, a year inside a name at the end of such a chain ({@link
     * #datesANameFartherIn}).
     */
    static boolean datesANounFartherIn(AnalyzedText text, EventMention e, Mention timex, List<EventMention> events) {
        List<Token> covered = text.tokensIn(timex.start(), timex.end());
        if (covered.isEmpty() || covered.get(0).index() <= e.token().index()) {
            return false;
        }
        if (e.token().isVerb()) {
            return datesANameFartherIn(text, e, covered);
        }
        if (!e.token().isNoun()) {
            return false;
        }
        List<Token> tokens = text.tokens();
        int first = covered.get(0).index();
        int own = first - 1 > e.token().index() && tokens.get(first - 1).pos().equals("IN") ? first - 1 : first;
        int chain = prepositionsBesidesOf(tokens, e.token().index() + 1, own);
        Token before = tokens.get(own - 1);
        return chain >= 2 || chain == 1 && own - 1 > e.token().index() && (events.stream().anyMatch(n -> n.token()
                .index() == own - 1) || before.pos().matches("NNS?|JJ") // "a village massacre/JJ 20 years ago"
                && CommonNouns.oftenAHappening(before.lemma().toLowerCase(java.util.Locale.ROOT)));
    }

    /**
     * Whether a year inside a name ends a chain of two or more phrases after verb {@code e}, prepositions besides "of"
     * between them ("will play the first leg of the play-offs against Bahrain for a place in [the 2006] German World
     * Cup": the Cup's year, not the match's); "won the title at the 2002 Asian Games" keeps its date.
     */
    private static boolean datesANameFartherIn(AnalyzedText text, EventMention e, List<Token> covered) {
        List<Token> tokens = text.tokens();
        int first = covered.get(0).index();
        int last = covered.get(covered.size() - 1).index();
        boolean name = first - 1 > e.token().index() && tokens.get(first - 1).pos().equals("DT") && last + 1 < tokens
                .size() && Character.isUpperCase(tokens.get(last + 1).text().charAt(0));
        if (!name || first - 2 <= e.token().index() || !tokens.get(first - 2).pos().equals("IN")) {
            return false;
        }
        Sentence s = text.sentenceOf(e.token());
        for (int k = e.token().index() + 1; k < first - 2; k++) {
            Token t = tokens.get(k);
            if (k >= s.endToken() || t.isVerb() || t.text().equals(",")) {
                return false; // another clause
            }
        }
        return prepositionsBesidesOf(tokens, e.token().index() + 1, first - 2) >= 2;
    }

    /** How many of tokens {@code [from, to)} are prepositions other than "of": the phrases a chain runs through. */
    private static int prepositionsBesidesOf(List<Token> tokens, int from, int to) {
        int prepositions = 0;
        for (int k = from; k < to; k++) {
            if (tokens.get(k).pos().equals("IN") && !tokens.get(k).lowerText().equals("of")) {
                prepositions++;
            }
        }
        return prepositions;
    }

    /**
     * Whether the date stands between a word of talk and the phrase of the noun event after it, so that it dates the
     * talk: a noun of {@code talk-nouns.txt} ("renewed its condemnation [on Wednesday] of the verbal attacks") or a
     * call of {@code not-happenings.txt} ("called [Saturday] for early elections"), the date then a preposition of
     * {@code TALK_PREPOSITIONS}, the noun at most {@code TALK_REACH} words after it with no verb or comma between.
     */
    static boolean datesTheTalkBefore(AnalyzedText text, EventMention e, Mention timex) {
        List<Token> covered = text.tokensIn(timex.start(), timex.end());
        if (e.token().isVerb() || covered.isEmpty()) {
            return false;
        }
        List<Token> tokens = text.tokens();
        Sentence s = text.sentenceOf(e.token());
        int first = covered.get(0).index();
        int preposition = covered.get(covered.size() - 1).index() + 1;
        if (e.token().index() <= preposition || e.token().index() - preposition > TALK_REACH
                || !TALK_PREPOSITIONS.contains(tokens.get(preposition).lowerText())) {
            return false;
        }
        int before = first - 1;
        while (before > s.firstToken() && DATE_LEADS.contains(tokens.get(before).lowerText())) {
            before--; // "called [on] Saturday for", "called [here] Monday for"
        }
        if (before < s.firstToken()) {
            return false; // the date opens the sentence: no talk before it
        }
        Token w = tokens.get(before);
        boolean talk = Responses.isTalkNoun(w) || w.isVerb()
                && HappeningFilters.isCall(w.lemma(), tokens.get(preposition).lowerText());
        for (int k = preposition + 1; talk && k < e.token().index(); k++) {
            if (tokens.get(k).isVerb() || tokens.get(k).text().equals(",")) {
                return false; // "called Monday for troops to end the fighting": the fighting is another clause's
            }
        }
        return talk;
    }

    /**
     * Whether the date after the verb ends a noun phrase that a word of time order opens ({@code ORDER_WORDS}): "was
     * detained in a sweep following bomb attacks in Riyadh on May 12, 2003" dates the attacks, not the detention.
     * Another verb or a clause's end between them leaves the date to whatever stands nearer. "In the wake of" counts
     * ("set up in the wake of the 11 September 2001 attacks"); "after" only before a definite noun and its "of"
     * ("agreed to bankroll the fund after the sinking of its rig in April"): otherwise its date as often dates the
     * verb ("resigned after a long battle with the unions on Tuesday"), and "before" places as often as it orders
     * ("paraded the prisoners before a crowd on Monday").
     */
    static boolean datesAnotherHappeningInOrder(AnalyzedText text, EventMention e, Mention timex) {
        int date = firstTokenOfVerbsDate(text, e, timex);
        if (date < 0) {
            return false;
        }
        List<Token> tokens = text.tokens();
        boolean noun = false;
        for (int k = date - 1; k > e.token().index(); k--) {
            Token t = tokens.get(k);
            if (t.lowerText().equals("wake") && Phrases.low(tokens.get(k + 1)).equals("of")) {
                return true; // "set up in the wake of the 11 September 2001 attacks": the attacks' date
            }
            boolean afterANominalization = t.lowerText().equals("after") && nominalizationAfter(tokens, k + 1, date);
            if (Phrases.endsClause(t) && !ORDER_WORDS.contains(t.lowerText()) && !afterANominalization
                    || t.isVerb() && !t.pos().equals("VBG")) {
                return false;
            }
            if (ORDER_WORDS.contains(t.lowerText()) && (t.pos().equals("IN") || t.pos().equals("VBG"))
                    || afterANominalization) {
                return noun;
            }
            noun |= t.isNoun();
        }
        return false;
    }

    /**
     * Whether a definite noun with its "of" phrase opens at {@code at}, before {@code date}: "the sinking of its rig",
     * "the collapse of Lehman Brothers", a happening the reader is told of by name and date ("agreed to bankroll the
     * fund after the sinking of its rig in April").
     */
    private static boolean nominalizationAfter(List<Token> tokens, int at, int date) {
        if (at + 2 >= date) {
            return false;
        }
        Token determiner = tokens.get(at);
        boolean definite = determiner.lowerText().equals("the") || determiner.pos().equals("PRP$");
        return definite && (tokens.get(at + 1).isNoun() || tokens.get(at + 1).pos().equals("VBG"))
                && tokens.get(at + 2).lowerText().equals("of");
    }

    /** How many words before the happening's noun "anniversary" may stand when the date comes after both. */
    private static final int ANNIVERSARY_REACH = 6;
    /** An ordinal before "anniversary": "first", "10th", "50th". */
    private static final Pattern ORDINAL = Pattern.compile("(\\d{1,3})(st|nd|rd|th)");
    /** The ordinals written as words, in order: the n-th counts n years. */
    private static final List<String> ORDINAL_WORDS = List.of("first", "second", "third", "fourth", "fifth", "sixth",
            "seventh", "eighth", "ninth", "tenth");

    /**
     * How many years before its date the happening {@code e} took place when the date is an anniversary's and
     * {@code e} stands in what the anniversary is of ("marked the first anniversary on Friday of Israel's shelling of
     * a UN compound which killed 105": the killing, a year before that Friday; "the 20th anniversary of the protests
     * on June 4th": the protests, 20 years before); 0 when the date is no anniversary's,
     * -1 when it is but no ordinal says how many years.
     */
    static int yearsBeforeAnniversary(AnalyzedText text, EventMention e, Mention timex) {
        List<Token> covered = text.tokensIn(timex.start(), timex.end());
        Sentence s = text.sentenceOf(e.token());
        if (covered.isEmpty()) {
            return 0;
        }
        List<Token> tokens = text.tokens();
        int first = covered.get(0).index();
        // the date before the happening ("the first anniversary on Friday of the shelling"), or after the phrase that
        // names it ("the 20th anniversary of the Tiananmen Square protests ... on June 4th")
        int from = first > e.token().index() ? e.token().index() - ANNIVERSARY_REACH : first - 3;
        int to = first > e.token().index() ? e.token().index() : first + covered.size() + 3;
        for (int k = Math.max(s.firstToken(), from); k < e.token().index() && k <= to; k++) {
            if (!tokens.get(k).lowerText().startsWith("anniversar") || !ofBetween(tokens, k, e.token().index())) {
                continue;
            }
            String before = k - 1 >= s.firstToken() ? tokens.get(k - 1).lowerText() : "";
            Matcher ordinal = ORDINAL.matcher(before);
            int word = ORDINAL_WORDS.indexOf(before) + 1;
            return ordinal.matches() ? Integer.parseInt(ordinal.group(1)) : word > 0 ? word : -1;
        }
        return 0;
    }

    /**
     * Whether an "of" stands between tokens {@code from} and {@code to}, and no semicolon or colon does, nor a comma
     * after it that closes the phrase: "On Sunday, the third anniversary of his becoming chief executive, Hayward
     * began" (a relative clause after the comma goes on with it: "of the shelling, which killed 105").
     */
    private static boolean ofBetween(List<Token> tokens, int from, int to) {
        boolean of = false;
        for (int k = from + 1; k < to; k++) {
            String w = tokens.get(k).lowerText();
            of |= w.equals("of");
            if (w.equals(";") || w.equals(":") || of && w.equals(",") && k + 1 < to
                    && !Phrases.RELATIVE_PRONOUNS.contains(tokens.get(k + 1).lowerText())) {
                return false;
            }
        }
        return of;
    }

    /**
     * Whether {@code e} links a cause to an effect ({@code EFFECT_LINKS}: "led to", "resulted in") that its date,
     * after it in the same clause and coarser than a day, dates: "led to the adoption in November 2002 of the
     * certification scheme" tells when the scheme was adopted, not when the process led to it.
     */
    static boolean datesTheEffect(AnalyzedText text, EventMention e, Mention timex) {
        int date = firstTokenOfVerbsDate(text, e, timex);
        int at = e.token().index();
        if (date <= at + 1 || DAY_OR_TIME_VALUE.matcher(timex.value()).lookingAt()) {
            return false; // "led to a 0.6 percent decline Tuesday": a day's link and its effect are that day's
        }
        List<Token> tokens = text.tokens();
        String lemma = e.verbLemma();
        String link = lemma + " " + tokens.get(at + 1).lowerText();
        String longer = at + 2 < date ? link + " " + tokens.get(at + 2).lowerText() : link;
        if (!EFFECT_LINKS.contains(link) && !EFFECT_LINKS.contains(longer)) {
            return false;
        }
        for (int k = at + 2; k < date; k++) {
            if (Phrases.endsClause(tokens.get(k)) || Phrases.isFiniteOrModal(tokens.get(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code e} is the verb of a clause that "after" or "since" opens after its date ("The well showed no
     * signs of leaking on Friday after a new cap stopped the flow"): the date is the main clause's, and the clause
     * tells what came before it.
     */
    static boolean inAnEarlierClauseAfterItsDate(AnalyzedText text, EventMention e, Mention timex) {
        List<Token> covered = text.tokensIn(timex.start(), timex.end());
        if (covered.isEmpty() || !e.token().isVerb() || e.token().pos().equals("VBG")) {
            return false;
        }
        List<Token> tokens = text.tokens();
        for (int k = e.token().index() - 1; k > covered.get(covered.size() - 1).index(); k--) {
            Token t = tokens.get(k);
            if (EARLIER_CLAUSE_WORDS.contains(t.lowerText()) && t.pos().equals("IN")) {
                return k < e.token().index() - 1; // a subject between the conjunction and the verb
            }
            if (Phrases.endsClause(t) || Phrases.isFiniteOrModal(t) && !t.lemma().equals("have")
                    && !t.lemma().equals("be")) {
                return false;
            }
        }
        return false;
    }

    /** Prepositions after which a date is where a gerund of motion goes: "going into the weekend". */
    private static final Set<String> INTO = Set.of("into", "toward", "towards");

    /**
     * Whether gerund {@code e} goes into the date right after its preposition ("Going into the weekend, most people
     * assumed", "heading into the holidays"): a frame of time for another clause, no happening of its own.
     */
    static boolean gerundIntoADate(AnalyzedText text, EventMention e, Mention timex) {
        List<Token> own = text.tokensIn(timex.start(), timex.end());
        int at = e.token().index() + 1;
        return e.token().pos().equals("VBG") && !own.isEmpty() && at < own.get(0).index()
                && INTO.contains(text.tokens().get(at).lowerText())
                && (own.get(0).index() == at + 1 || own.get(0).index() == at + 2
                && text.tokens().get(at + 1).lowerText().equals("the"));
    }

    /**
     * Whether the date follows a gerund that a preposition of {@code GERUND_PREPOSITIONS} right after the verb opens,
     * in the gerund's own clause ("was convicted [of blowing up] a Pan Am jet over Lockerbie in 1988", "charged [with
     * stealing] the funds in May"): it dates what the gerund tells, not the verb. A noun's gerund ("triggered a wave
     * of buying across Asia on Wednesday", "started the practice of closing the territories in 1993") and "by" ("won
     * the title by beating Federer on Sunday") keep the verb's date.
     */
    static boolean datesAGerund(AnalyzedText text, EventMention e, Mention timex) {
        int date = firstTokenOfVerbsDate(text, e, timex);
        int of = e.token().index() + 1;
        if (date < 0 || of + 1 >= date) {
            return false;
        }
        List<Token> tokens = text.tokens();
        if (!GERUND_PREPOSITIONS.contains(tokens.get(of).lowerText()) || !tokens.get(of + 1).pos().equals("VBG")) {
            return false;
        }
        for (int k = of + 2; k < date; k++) {
            if (Phrases.endsClause(tokens.get(k))) {
                return false; // "accused of lying, and resigned on Monday": the date is the next clause's
            }
        }
        return true;
    }

    /**
     * Whether the date before event noun {@code e} modifies another noun that "and" or "or" joins to {@code e}'s
     * phrase: "those who died in the Sept. 11, 2001, attacks and the Tarn Tech shootings" dates the attacks, not the
     * shootings.
     */
    static boolean datesAnEarlierConjunct(AnalyzedText text, EventMention e, Mention timex) {
        List<Token> covered = text.tokensIn(timex.start(), timex.end());
        if (e.token().isVerb() || covered.isEmpty() || covered.get(0).index() >= e.token().index()) {
            return false;
        }
        List<Token> tokens = text.tokens();
        boolean noun = false;
        for (int k = covered.get(covered.size() - 1).index() + 1; k < e.token().index(); k++) {
            String low = tokens.get(k).lowerText();
            if (noun && (low.equals("and") || low.equals("or"))) {
                return true;
            }
            if (tokens.get(k).isVerb() || !low.equals(",") && Phrases.endsClause(tokens.get(k))) {
                return false;
            }
            noun |= tokens.get(k).isNoun();
        }
        return false;
    }

    /**
     * Whether the date of verb {@code e} stands in a gerund's clause that "before" opens after the verb, the gerund
     * before the date with no punctuation or clause word between ("had prepared the ground for a meeting [before
     * cancelling the consultations on Nov. 2]"): the date is the gerund's, and what the verb tells came before it, on
     * a day the sentence does not say.
     */
    static boolean datesAGerundAfterBefore(AnalyzedText text, EventMention e, Mention timex) {
        int date = firstTokenOfVerbsDate(text, e, timex);
        if (date < 0 || date <= e.token().index()) {
            return false;
        }
        List<Token> tokens = text.tokens();
        for (int k = date - 1; k > e.token().index(); k--) {
            if (tokens.get(k).pos().equals("VBG") && tokens.get(k - 1).lowerText().equals("before")) {
                return true;
            }
            if (Phrases.endsClause(tokens.get(k))) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether {@code e} is a gerund whose clause "after", "before", "since" or "upon" opens ({@link
     * SharedSubjects#opensAGerundClause}), dated outside that clause: "was recovering in hospital [Monday] after seeing
     * her sister killed", "was voted Player of the Year [last season] after scoring 18 goals". The date is the main
     * clause's; the gerund's happening came before or after it, on a day the sentence does not say. Only a date after
     * the gerund, with no punctuation between, is its own ("after reaching a deal with the government on Saturday"),
     * and a day before a gerund after "after" bounds it ({@link #gerundAfterItsDay}).
     */
    static boolean datedOutsideItsGerundClause(AnalyzedText text, EventMention e, Mention timex) {
        return datedBeforeItsGerundClause(text, e, timex) && !gerundAfterItsDay(text, e, timex);
    }

    /** Words that open a gerund's clause of what came before the clause around it: "after meeting with". */
    private static final Set<String> AFTER = Set.of("after", "following", "upon");

    /**
     * Whether {@code e} is a gerund after "after" or "upon" whose date, a day, stands before it in the clause around
     * it: "Dorn and Vale made the statements [on Monday] after meeting with rebel leaders in Tarsk". The gerund's
     * happening came first, on or before that day ({@link LearnedHappenings} so dates it).
     */
    static boolean gerundAfterItsDay(AnalyzedText text, EventMention e, Mention timex) {
        List<Token> tokens = text.tokens();
        int g = e.token().index();
        List<Token> own = text.tokensIn(timex.start(), timex.end());
        return SharedSubjects.opensAGerundClause(tokens, text.sentenceOf(e.token()), g)
                && AFTER.contains(Phrases.low(tokens.get(g - 1))) && !own.isEmpty() && own.get(0).index() < g
                && DAY_OR_TIME_VALUE.matcher(timex.value()).lookingAt() && !toldWithItsVerb(tokens, own, g - 1);
    }

    /**
     * Whether the word before the date that ends before "after" at {@code after} is the main clause's verb with no
     * object, no verb of saying: "Three climbers died on Monday after falling into a crevasse" tells the fall with the
     * death, "were poisoned on Wednesday after eating breakfast" the meal with the poisoning.
     */
    private static boolean toldWithItsVerb(List<Token> tokens, List<Token> date, int after) {
        int k = after - 1;
        while (k > 0 && tokens.get(k).pos().equals("RB")) {
            k--; // "shortly after"
        }
        if (k != date.get(date.size() - 1).index()) {
            return false;
        }
        k = date.get(0).index() - 1;
        if (k > 0 && tokens.get(k).pos().equals("IN")) {
            k--; // "on Monday"
        }
        return k >= 0 && tokens.get(k).isVerb() && !SpeechVerbs.isSpeech(tokens.get(k))
                && !ClauseSubjects.isReportingVerb(tokens.get(k));
    }

    /** {@link #datedOutsideItsGerundClause}, for any date: the gerund's clause does not hold it. */
    private static boolean datedBeforeItsGerundClause(AnalyzedText text, EventMention e, Mention timex) {
        List<Token> tokens = text.tokens();
        int g = e.token().index();
        if (!SharedSubjects.opensAGerundClause(tokens, text.sentenceOf(e.token()), g)) {
            return false;
        }
        List<Token> own = text.tokensIn(timex.start(), timex.end());
        if (own.isEmpty() || own.get(0).index() <= g) {
            return true;
        }
        for (int k = g + 1; k < own.get(0).index(); k++) {
            if (!Character.isLetterOrDigit(tokens.get(k).text().charAt(0))) {
                return true; // "before trapping Prince lbw for 28, moving past Lillee's 1981 haul"
            }
        }
        return false;
    }

    /**
     * Whether {@code e} stands in an aside set off by dashes or brackets that names a date of its own, and the date
     * outside it ("The broadcast Christmas speech -- a tradition started by King George V in 1932 -- was recorded this
     * year"): such an aside tells of its own time, so the sentence's date is not the aside's happening's.
     */
    static boolean outsideItsAside(AnalyzedText text, EventMention e, Mention timex, List<Mention> datesOfSentence) {
        List<Token> tokens = text.tokens();
        int[] aside = Asides.around(tokens, text.sentenceOf(e.token()), e.token().index(), ASIDE_REACH);
        if (aside.length == 0) {
            return false;
        }
        int from = tokens.get(aside[0]).end();
        int to = tokens.get(aside[1]).start();
        boolean ownDate = datesOfSentence.stream().anyMatch(d -> d.start() >= from && d.end() <= to);
        return ownDate && (timex.end() <= from || timex.start() >= to);
    }

    /**
     * Whether noun event {@code e} is the setting of speech in a phrase that opens the sentence before its comma
     * ("Speaking at a Senate hearing last week, Overton and other experts called the spill ...", "In a House hearing
     * Thursday, Rep. Duncan said, ...", "At a news conference on Monday, the minister told reporters"): where someone
     * spoke, told for the speech, not a happening the article reports.
     */
    static boolean settingOfOpeningSpeech(AnalyzedText text, EventMention e) {
        List<Token> tokens = text.tokens();
        Sentence s = text.sentenceOf(e.token());
        int first = ArticleProse.articleStart(text, s);
        if (e.token().isVerb() || first >= e.token().index()) {
            return false;
        }
        for (int k = first + 1; k < e.token().index(); k++) {
            if (tokens.get(k).text().equals(",")) {
                return false;
            }
        }
        if (tokens.get(first).pos().equals("VBG") && SPEAKING.contains(tokens.get(first).lowerText())) {
            return true;
        }
        // "In a House hearing Thursday, Rep. Duncan said": the phrase sets the saying after its comma
        if (!SETTING_PREPOSITIONS.contains(tokens.get(first).lowerText())
                || !SPEECH_SETTINGS.contains(e.token().lowerLemma())) {
            return false; // "During the summit on Monday, Venn said": a summit is a happening of its own
        }
        int comma = e.token().index() + 1;
        while (comma < s.endToken() && comma - e.token().index() <= SETTING_REACH
                && !tokens.get(comma).text().equals(",")) {
            comma++;
        }
        if (comma >= s.endToken() || !tokens.get(comma).text().equals(",")) {
            return false;
        }
        for (int k = comma + 1; k < s.endToken() && k - comma <= SAYER_REACH; k++) {
            if (tokens.get(k).isVerb()) {
                return HappeningFilters.SAYING.contains(tokens.get(k).lowerLemma());
            }
        }
        return false;
    }

    /** Prepositions of a phrase that sets where someone spoke: "In a House hearing Thursday, ... said". */
    private static final Set<String> SETTING_PREPOSITIONS = Set.of("in", "at", "during");
    /** Nouns of a setting held for talk: "In a House hearing Thursday", "At a news conference on Monday". */
    private static final Set<String> SPEECH_SETTINGS = Set.of("hearing", "conference", "briefing", "interview",
            "session", "speech", "address", "testimony");
    /** How many words the setting's noun may stand from its comma. */
    private static final int SETTING_REACH = 6;
    /** How many words the saying's verb may stand from that comma: "Rep. John J. "Jimmy" Duncan Jr. (R-Tenn.) said". */
    private static final int SAYER_REACH = 20;

    /**
     * Whether the date stands in a participle's phrase that opens the sentence and {@code e} comes after that phrase's
     * comma ("Born on October 6, 1945, in the northeast of Brazil, Lula learned to read when he was 10", "Founded in
     * 1998 by two students, Google grew into a giant"): the date is the participle's, not the main clause's.
     */
    static boolean inOpeningParticiple(AnalyzedText text, EventMention e, Mention timex) {
        List<Token> tokens = text.tokens();
        Sentence s = text.sentenceOf(e.token());
        int first = ArticleProse.articleStart(text, s);
        List<Token> date = text.tokensIn(timex.start(), timex.end());
        if (first >= s.endToken() || date.isEmpty() || date.get(0).index() <= first
                || date.get(date.size() - 1).index() >= e.token().index()) {
            return false;
        }
        Token opener = tokens.get(first);
        boolean participle = opener.pos().equals("VBN") || opener.lowerText().equals("born")
                || opener.pos().equals("VBD") && opener.mayBePastParticiple();
        if (!participle || ClauseBoundaries.inRelativeClause(text, e.token().index())) {
            return false; // "Accused of taking part in the 1994 genocide, which killed 500,000 people": the phrase's
        }
        for (int k = first + 1; k < date.get(0).index(); k++) {
            if (Phrases.isFiniteOrModal(tokens.get(k)) || tokens.get(k).text().equals(",")) {
                return false; // "Hit by the storm, the town was evacuated on Monday": the date is past the phrase
            }
        }
        for (int k = date.get(date.size() - 1).index() + 1; k < e.token().index(); k++) {
            if (tokens.get(k).text().equals(",")) {
                return true;
            }
        }
        return false;
    }

    /** Participles that gather a subject for what its verb then tells: "EU leaders, gathered in Brussels, agreed". */
    private static final Set<String> GATHERED = Set.of("gathered", "assembled", "convened", "reunited");

    /** The most tokens an apposition's date stands from its commas and the verb after it. */
    private static final int MAX_APPOSITION = 40;

    /**
     * Whether the date stands in an apposition that an article or a participle opens, set off by commas between the
     * subject and {@code e} ("Yegor Gaidar, the victim of a suspicious poisoning last week, has been released from
     * hospital", "BP's plan, submitted to regulators in February 2009, minimized the danger"): it dates what the
     * apposition tells, not the verb.
     */
    static boolean inApposition(AnalyzedText text, EventMention e, Mention timex) {
        List<Token> tokens = text.tokens();
        Sentence s = text.sentenceOf(e.token());
        List<Token> date = text.tokensIn(timex.start(), timex.end());
        if (date.isEmpty() || date.get(date.size() - 1).index() >= e.token().index()
                || date.get(0).index() <= s.firstToken()
                || e.token().index() - date.get(date.size() - 1).index() > MAX_APPOSITION) {
            return false;
        }
        int close = -1;
        for (int k = date.get(date.size() - 1).index() + 1; k < e.token().index(); k++) {
            Token t = tokens.get(k);
            if (close < 0 && t.text().equals(",")) {
                close = k;
            } else if (close < 0 && (Phrases.isFiniteOrModal(t) || Phrases.isQuote(t.text()))) {
                return false;
            } else if (close >= 0 && !(t.isVerb() || t.pos().equals("MD") || t.pos().equals("RB"))) {
                return false; // only the verb's auxiliaries and adverbs between the closing comma and the verb
            }
        }
        if (close < 0) {
            return false;
        }
        for (int k = date.get(0).index() - 1; k > s.firstToken() && date.get(0).index() - k <= MAX_APPOSITION; k--) {
            Token t = tokens.get(k);
            if (t.text().equals(",")) {
                Token opener = tokens.get(k + 1);
                // "Charles Sobhraj, linked to a series of murders in the 1970s, was deported": a participle's aside,
                // but for one that gathers the subject where the verb's happening took place ("EU leaders, gathered
                // in Brussels on Tuesday, agreed")
                boolean participle = (opener.pos().equals("VBN") || opener.pos().equals("VBD")
                        && opener.mayBePastParticiple()) && !GATHERED.contains(opener.lowerText());
                return (opener.pos().equals("DT") || participle) && tokens.get(k - 1).isNoun();
            }
            boolean opensTheAside = t.pos().equals("VBD") && t.mayBePastParticiple()
                    && tokens.get(k - 1).text().equals(",");
            if (Phrases.isFiniteOrModal(t) && !opensTheAside || Phrases.isQuote(t.text())) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether the date, set off by commas with no preposition before it, follows a noun after verb {@code e}
     * ("recovered from the ravages of Hurricane Katrina[, five years ago,]"): it dates that noun, not the verb; not
     * after an apposition ("resumed uranium conversion activities, a preparatory step for uranium enrichment, in
     * early August,") nor a place.
     */
    static boolean datesTheNounBeforeItsCommas(AnalyzedText text, EventMention e, Mention timex) {
        List<Token> tokens = text.tokens();
        List<Token> date = text.tokensIn(timex.start(), timex.end());
        if (date.isEmpty()) {
            return false;
        }
        int open = date.get(0).index() - 1;
        int close = date.get(date.size() - 1).index() + 1;
        if (!(open - 1 > e.token().index() && close < tokens.size() && tokens.get(open).text().equals(",")
                && tokens.get(close).text().equals(",") && tokens.get(open - 1).isNoun()
                && text.sentenceOf(tokens.get(close)).index() == text.sentenceOf(e.token()).index())) {
            return false;
        }
        // "won 20 titles at the Asian Games in Busan, South Korea, four years ago": a place is where the verb was
        int name = open - 1;
        while (name - 1 > e.token().index() && tokens.get(name - 1).pos().startsWith("NNP")) {
            name--;
        }
        String before = tokens.get(name - 1).lowerText();
        if (before.equals(",") || SubjectPhrases.PLACE_PREPOSITIONS.contains(before)) {
            return false;
        }
        for (int k = open - 1; k > e.token().index(); k--) {
            if (tokens.get(k).text().equals(",")) {
                return false; // ", a preparatory step for uranium enrichment, two years ago,": the apposition's
            }
        }
        return true;
    }

    /**
     * Whether the date is the period of a noun after the verb, after "for" ("announced the charge alongside its
     * results [for the third quarter]", "reported a loss for 2009", "scheduled the talks for Tuesday"): it dates that
     * noun, not the verb.
     */
    static boolean periodOfANoun(AnalyzedText text, EventMention e, Mention timex) {
        int date = firstTokenOfVerbsDate(text, e, timex);
        if (date < 0) {
            return false;
        }
        List<Token> tokens = text.tokens();
        int i = date - 1;
        if (i >= 0 && tokens.get(i).pos().equals("DT")) {
            i--; // "for [the] third quarter" when the tagger left the article out of the expression
        }
        return i - 1 > e.token().index() && tokens.get(i).lowerText().equals("for")
                && (tokens.get(i - 1).pos().equals("NN") || tokens.get(i - 1).pos().equals("NNS"));
    }

    /** The index of the first token of {@code timex} when {@code e} is a verb and the date covers tokens, else -1. */
    private static int firstTokenOfVerbsDate(AnalyzedText text, EventMention e, Mention timex) {
        List<Token> covered = text.tokensIn(timex.start(), timex.end());
        return e.token().isVerb() && !covered.isEmpty() ? covered.get(0).index() : -1;
    }

    /**
     * Whether date {@code m}, a noun's modifier ({@link #modifiesANoun}), stands after verb {@code e} in the object of
     * another verb between them: "mulled a proposal to lift the 1992 arms embargo" dates the embargo, not the mulling
     * ("held the 2004 elections" keeps its date).
     */
    static boolean inAnotherVerbsObject(AnalyzedText text, EventMention e, Mention m) {
        List<Token> own = text.tokensIn(m.start(), m.end());
        if (!e.token().isVerb() || own.isEmpty() || own.get(0).index() <= e.token().index()
                || !modifiesANoun(text, m)) {
            return false;
        }
        for (int i = e.token().index() + 1; i < own.get(0).index(); i++) {
            if (text.tokens().get(i).isVerb()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether date {@code m} stands inside a noun phrase as its noun's modifier: a determiner before it and a common
     * noun in lower case after it ("a 2026-2030 farm budget", "the March 9 refinery blast").
     */
    static boolean modifiesANoun(AnalyzedText text, Mention m) {
        List<Token> own = text.tokensIn(m.start(), m.end());
        if (own.isEmpty() || own.get(0).index() == 0) {
            return false;
        }
        List<Token> tokens = text.tokens();
        int next = own.get(own.size() - 1).index() + 1;
        Token before = tokens.get(own.get(0).index() - 1);
        // "the 1930s" holds its determiner
        boolean determined = own.get(0).pos().equals("DT") || before.pos().equals("DT");
        // "the 1930s Glass-Steagall attempt": a name of one or two words between the date and its noun
        for (int k = 0; k < 2 && next + 1 < tokens.size() && (tokens.get(next).pos().startsWith("NNP")
                || tokens.get(next).pos().equals("JJ")) // "Glass-Steagall/JJ"
                && Character.isUpperCase(tokens.get(next).text().charAt(0)) && determined; k++) {
            if (lowerCaseNoun(tokens.get(next + 1))) {
                next++;
                break;
            }
            next++;
        }
        return next < tokens.size() && lowerCaseNoun(tokens.get(next))
                && (determined || AnchorDates.MODIFIERS_OF_A_DATE.contains(before.pos()));
    }

    private static boolean lowerCaseNoun(Token t) {
        return t.isNoun() && !t.pos().startsWith("NNP") && Character.isLowerCase(t.text().charAt(0));
    }
}
