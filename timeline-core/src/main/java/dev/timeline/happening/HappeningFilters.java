package dev.timeline.happening;

import dev.timeline.event.Aspect;
import dev.timeline.event.EventClass;
import dev.timeline.event.EventMention;
import dev.timeline.event.Polarity;
import dev.timeline.event.Tense;
import dev.timeline.event.TimeAnchor;
import dev.timeline.tag.Mention;
import dev.timeline.tag.TimexType;
import dev.timeline.text.AnalyzedText;
import dev.timeline.text.Sentence;
import dev.timeline.text.Token;
import dev.timeline.time.Precision;
import dev.timeline.time.When;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The tests a learned, anchored event passes to become a chronology event (see {@link LearnedHappenings}): what it is
 * (an asserted occurrence or decision, "called off the strike", "was admitted to Flushing Hospital"; not a state of
 * {@code not-happenings.txt}, a refusal to speak, a message sent, a participle that describes, "a commission headed
 * by", or a noun that "without" denies), and whether its date tells one happening (not a figure of a period, "Exports
 * rose 4% in March", nor a running total, "More than 80 soldiers have died this year"). Where its date comes from is
 * {@link AnchorDates}' and {@link DateRanges}', whether it is a plan or a hypothesis {@link Plans}', whether it stands
 * in prose {@link ArticleProse}'. The word lists are data: {@code not-happenings.txt}, {@code decision-verbs.txt},
 * {@code happening-objects.txt} and {@code message-nouns.txt}, each entry with an example; quantities, levels and moods
 * are {@link Measures}'.
 */
final class HappeningFilters {
    /** The least anchor probability a chronology event needs: the anchorer links more freely than a reader does. */
    static final double MIN_ANCHOR = 0.5;
    /** The least event probability an event noun needs: nouns name things as often as happenings. */
    static final double MIN_NOUN = 0.7;
    private static final Set<EventClass> HAPPENINGS = Set.of(EventClass.OCCURRENCE, EventClass.ASPECTUAL);
    private static final Set<String> NOT_HAPPENINGS = Lexicons.firstColumn("not-happenings.txt");
    /** Pairs of a not-happening's lemma and the word after it that make a happening ({@code happening-objects.txt}). */
    private static final Set<String> HAPPENING_OBJECTS = Lexicons.firstColumn("happening-objects.txt");
    /** The days of the week by name, in lower case. */
    static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");
    /** Words of a period a verb's particle may follow: "called earlier this week for the dividends to be cut". */
    private static final Set<String> PERIOD_WORDS = Set.of("earlier", "later", "this", "last", "week", "weekend",
            "month", "morning", "afternoon", "evening", "night");
    /** Days a verb's particle may follow: "called Thursday for talks". */
    private static final Set<String> DAY_NAMES = com.google.common.collect.Sets.union(WEEKDAYS,
            Set.of("today", "yesterday", "tonight"));
    /** Words that deny what their clause's verb tells when they open its subject: "No details were revealed". */
    private static final Set<String> NEGATING_SUBJECTS = Set.of("no", "none", "nobody", "nothing", "neither");
    /** Words after which a subject opens a clause: "... but nobody was hurt", "after no agreement was reached". */
    private static final Set<String> CLAUSE_OPENERS = Set.of("and", "but", "or", "that", "when", "because", "as",
            "since", "though", "although", "after", "before", "while", "if", "so");
    /** How many words before its verb a denying subject may open: "no details on price or stake size were". */
    private static final int NEGATED_SUBJECT_REACH = 12;
    /** Verbs whose passive describes, not tells ({@code descriptive-participles.txt}): "a commission headed by". */
    private static final Set<String> DESCRIPTIVE = Lexicons.firstColumn("descriptive-participles.txt");
    /** Of those, the verbs whose participle names its holder after "to": "licensed to BP" ("headed to Paris" goes). */
    static final Set<String> GRANTED_TO = Set.of("license", "lease");
    /** Intentional actions and reports that are happenings themselves: decisions, appointments, declarations. */
    private static final Set<String> DECISIONS = Lexicons.firstColumn("decision-verbs.txt");
    /** Verbs of saying and showing ({@code reporting-verbs.txt}, {@code speech-verbs.txt}). */
    static final Set<String> SAYING = com.google.common.collect.Sets.union(
            Lexicons.firstColumn("reporting-verbs.txt"), Lexicons.firstColumn("speech-verbs.txt"));
    /**
     * A holiday in apposition to a date, to the clause's end: "Monday, a local public holiday.", "Friday, the Eid
     * holiday,"; not "from Wednesday, a five-day holiday imposed" (a clause of its own).
     */
    private static final Pattern HOLIDAY_APPOSITION = Pattern.compile("(?i),\\s+(?:a|an|the)\\s+"
            + "(?:[\\p{L}'\u2019-]+\\s+){0,4}(?:holiday|bank holiday|day off)(?=\\s*[.,;:]|\\s*$)");
    /** A holiday that a closing is for, right after its date: "Markets were closed Thursday for the Easter holiday". */
    private static final Pattern HOLIDAY_CLOSING = Pattern.compile("(?i)\\s+for\\s+(?:a|an|the)\\s+"
            + "(?:[\\p{L}'\u2019-]+\\s+){0,4}(?:holiday|holidays|bank holiday)\\b");
    /** Verbs of a closing that a holiday dates as the calendar's, no happening: "closed for the holiday". */
    private static final Set<String> CLOSINGS = Set.of("close", "shut");
    /** How many characters after a date the patterns of what follows it read ({@link #rightAfter}). */
    private static final int AFTER_REACH = 60;
    /**
     * What makes a holiday's name before it a stretch of days around the holiday: "during the Easter holidays", "the
     * busy Christmas period" date no happening on the holiday itself ("the Thanksgiving holiday" is the day).
     */
    private static final Pattern AROUND_A_HOLIDAY = Pattern.compile(
            "\\s+(?:holidays|break|period|season|recess|vacation)\\b");
    /**
     * A set of times right after a time or date, which makes it a time of the set: "shows up at work at 5:30 every
     * morning" is a habit, no happening at 5:30 of the article's day.
     */
    private static final Pattern SET_AFTER = Pattern.compile("(?i)\\s+(?:every|each)\\s+(?:morning|afternoon|evening"
            + "|night|day|weekday|week|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b");

    private HappeningFilters() {
    }

    /**
     * Whether a happening told in the present perfect is dated by a period that holds the creation date: a running
     * total, not one happening ("More than 80 soldiers have died this year", "In December alone, 64 soldiers have been
     * killed"). A day, or a period already over, dates a happening ("Rebels have seized the airport on Monday").
     */
    static boolean runningTotal(boolean presentPerfect, String value, String mod, Optional<LocalDate> dct) {
        if (!presentPerfect || dct.isEmpty()) {
            return false;
        }
        try {
            When w = when(value, mod);
            return w != null && w.precision().compareTo(Precision.DAY) < 0
                    && !w.earliestDay().isAfter(dct.get()) && !w.latestDay().isBefore(dct.get());
        } catch (IllegalArgumentException | UnsupportedOperationException notADate) {
            return false;
        }
    }

    /** Whether sentence {@code s} counts new cases that it adds to a total ({@link #ADDED_CASES}). */
    static boolean addsCasesToATotal(AnalyzedText text, Sentence s) {
        String sentence = text.textOf(s);
        return ADDED_CASES.matcher(sentence).find() || MORE_DEAD.matcher(sentence).find();
    }

    /**
     * Whether a happening told in the present perfect counts up to now, as "so far", "to date" or "thus far" in its
     * clause or opening its sentence says ("So far, at least 300 federal lawsuits have been filed", "has so far been
     * paid $3 million"): a running total, whatever date the sentence also names. Another clause's count ("has offered
     * aid against an epidemic that has so far killed 14", "has authorized 17,500 troops, but only a fraction has been
     * deployed so far") leaves the happening one.
     */
    static boolean countedSoFar(AnalyzedText text, EventMention e) {
        if (e.tense() != Tense.PRESENT || e.aspect() != Aspect.PERFECTIVE) {
            return false;
        }
        Sentence s = text.sentenceOf(e.token());
        String raw = text.text();
        java.util.regex.Matcher m = SO_FAR.matcher(raw).region(s.start(), s.end());
        while (m.find()) {
            if (raw.substring(s.start(), m.start()).isBlank()) {
                return true; // "So far, ...": the sentence's own count
            }
            int from = Math.min(m.end(), e.token().end());
            int to = Math.max(m.start(), e.token().start());
            if (text.tokensIn(from, to).stream().noneMatch(HappeningFilters::breaksAClause)) {
                return true;
            }
        }
        return false;
    }

    /** Words that end a clause between a happening and a count's "so far": "but" and the relative pronouns. */
    private static final Set<String> CLAUSE_BREAKS = Set.of("but", "that", "which", "who", "while", "although");

    /** Whether token {@code t} ends a clause before a count's "so far": a mark of punctuation or a word of them. */
    private static boolean breaksAClause(Token t) {
        String w = t.text();
        return w.equals(",") || w.equals(";") || w.equals(":") || w.equals("(") || w.equals(")")
                || w.equals("\u2013") || w.equals("\u2014") || w.equals("-") || w.equals("--")
                || CLAUSE_BREAKS.contains(t.lowerText());
    }

    /** A TIMEX3 value with its modifier ("2009", "END") as a time value; throws as {@link When#parse} does. */
    static When when(String value, String mod) {
        return mod == null || mod.isEmpty() ? When.parse(value) : When.parseTimex(value, mod);
    }

    /**
     * More deaths added to a toll, of no happening the sentence names: "seven more people have died from swine flu,
     * bringing the number of deaths to 17", "Two more patients died, taking the toll to 40".
     */
    private static final Pattern MORE_DEAD = Pattern.compile("(?i)\\b(?:more|further|additional)"
            + " (?:people|persons|deaths|patients|victims)\\b.{0,200}?\\b(?:bringing|taking|raising|pushing|lifting)"
            + " (?:the|its|their) (?:[\\w-]+ )?(?:total|tally|number|toll)\\b");

    /** Words that count up to now: "so far", "to date", "thus far", "up to now". */
    private static final Pattern SO_FAR = Pattern.compile("(?i)\\b(?:so far|to date|thus far|up to now|until now)\\b");
    /**
     * A count of cases that adds to a total: "A further 141 patients were confirmed with H1N1 today, bringing the total
     * to 952", "17 new cases, taking the total number of cases in the UK to 203". A toll of an attack ("bringing the
     * death toll to 30") tells of the attack, and is no such count.
     */
    private static final Pattern ADDED_CASES = Pattern.compile("(?i)\\b(?:cases|infections|patients)\\b.{0,200}?"
            + "\\b(?:bringing|taking|raising|pushing|lifting) (?:the|its|their) (?:total|tally|number)\\b");

    /**
     * Whether {@code e} is a participle after "being" right after a noun: "a forum being hosted in Busan ends on
     * Friday", "the talks being held in Oslo": what goes on with the noun, a reduced relative clause, no happening of
     * its own ("the forum is being hosted" is a clause of its own).
     */
    static boolean beingDoneToANoun(AnalyzedText text, EventMention e) {
        int at = e.token().index();
        int first = text.sentenceOf(e.token()).firstToken();
        return e.token().pos().equals("VBN") && at - 2 >= first
                && text.tokens().get(at - 1).lowerText().equals("being") && text.tokens().get(at - 2).isNoun();
    }

    /** Whether an event noun is denied by "without" or "no" just before it ("without the blessing of"). */
    static boolean negatedNoun(AnalyzedText text, EventMention e) {
        if (e.token().isVerb()) {
            return false;
        }
        for (int i = e.token().index() - 1; i >= Math.max(0, e.token().index() - 3); i--) {
            String w = text.tokens().get(i).text().toLowerCase(java.util.Locale.ROOT);
            if (w.equals("without") || w.equals("no") || w.equals("never")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether verb {@code e} takes for its whole object "the" and a noun that only points back to a happening told
     * elsewhere ({@link #POINTERS}), no "of" phrase or name after it to say which: "after the Coast Guard
     * approved the operation", "Some 300 officials attended the event", "Bush made the announcement". The title
     * would not say what was approved or attended.
     */
    static boolean anaphoricObject(AnalyzedText text, EventMention e) {
        List<Token> tokens = text.tokens();
        int at = e.token().index();
        int end = text.sentenceOf(e.token()).endToken();
        if (!e.token().isVerb() || at + 2 >= end || !tokens.get(at + 1).lowerText().equals("the")
                || !POINTERS.contains(tokens.get(at + 2).lowerText())) {
            return false;
        }
        Token after = at + 3 < end ? tokens.get(at + 3) : null;
        return after == null || !after.isNoun() && !after.lowerText().equals("of") && !after.lowerText().equals("to")
                && !Character.isUpperCase(after.text().charAt(0));
    }

    /** Prepositions before "the" and a noun at a title's end: "salute the images at the ceremony" says where. */
    private static final Set<String> TITLE_PREPOSITIONS = Set.of("of", "on", "at", "in", "into", "for", "from", "to",
            "with", "by", "after", "before", "during", "about", "over", "ahead", "against", "since", "until", "under",
            "near", "around", "across", "through", "toward", "towards", "between", "among", "following", "amid", "as");

    /**
     * Whether a title ends on a verb's object that is "the" and a noun pointing back to a happening told elsewhere
     * ({@link #POINTERS}): "Some 300 officials attend the event", "Bush makes the announcement", "The U.S. Coast Guard
     * approves the operation" say not which; "... at the ceremony", "... of the vote" end on a phrase of a
     * preposition.
     */
    static boolean endsOnAnaphoricObject(String title) {
        String[] words = title.split(" ");
        int n = words.length;
        if (n < 4 || !words[n - 2].equals("the")) {
            return false;
        }
        String noun = words[n - 1].toLowerCase(java.util.Locale.ROOT);
        return POINTERS.contains(noun) && !TITLE_PREPOSITIONS.contains(words[n - 3].toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * The nouns of {@code anaphoric-nouns.txt} that only point back, whatever verb takes them ("attend the event",
     * "made the announcement"); "postponed the vote" or "called off the meeting" says what was put off well enough,
     * and "Exxon and Mobil completed the deal" whose deal.
     */
    private static final Set<String> POINTERS = Set.of("event", "events", "ceremony", "announcement", "move", "moves",
            "decision", "operation", "incident", "measure", "step", "action");

    /** Words before an event noun that make it a bound still to come: "until the arrival of", "pending a review". */
    private static final Set<String> PENDING = Set.of("until", "till", "pending", "awaiting");

    /**
     * Whether event noun {@code e} is what a state lasts until, with no date of its own after it in its clause ("to
     * monitor a ceasefire until the arrival of a full United Nations team, officials said Friday"): a bound still to
     * come, not a happening of the report's day. "ruled until his death in 1990" dates the death.
     */
    static boolean pendingNoun(AnalyzedText text, EventMention e, Mention timex) {
        List<Token> tokens = text.tokens();
        int at = e.token().index();
        if (e.token().isVerb()) {
            return false;
        }
        int first = text.sentenceOf(e.token()).firstToken();
        int k = at - 1;
        while (k >= first && at - k <= 3 && NOUN_OPENERS.contains(tokens.get(k).pos())) {
            k--;
        }
        if (k < first || !PENDING.contains(tokens.get(k).lowerText())) {
            return false;
        }
        List<Token> date = text.tokensIn(timex.start(), timex.end());
        if (date.isEmpty() || date.get(0).index() < at) {
            return true;
        }
        for (int i = at + 1; i < date.get(0).index(); i++) {
            if (Phrases.endsClause(tokens.get(i))) {
                return true; // "..., officials said Friday": the report's day
            }
        }
        return false;
    }

    /** Tags of the words between a preposition and its noun: "until [the first] arrival", "pending [its] review". */
    private static final Set<String> NOUN_OPENERS = Set.of("DT", "JJ", "PRP$", "POS", "NNP", "CD");

    /**
     * Whether verb {@code e} has a subject that denies it: "no", "none", "nobody", "nothing" or "neither" opens its
     * clause ("No details on price or stake size were revealed then", "... but nobody was hurt"); "in no time" does
     * not open one.
     */
    static boolean negatedSubject(AnalyzedText text, EventMention e) {
        if (!e.token().isVerb()) {
            return false;
        }
        List<Token> tokens = text.tokens();
        int floor = Math.max(text.sentenceOf(e.token()).firstToken(), e.token().index() - NEGATED_SUBJECT_REACH);
        for (int i = e.token().index() - 1; i >= floor; i--) {
            Token t = tokens.get(i);
            if (NEGATING_SUBJECTS.contains(t.lowerText())) {
                Token before = i > text.sentenceOf(e.token()).firstToken() ? tokens.get(i - 1) : null;
                return before == null || CLAUSE_OPENERS.contains(before.lowerText()) || before.pos().equals(",");
            }
            if (t.pos().equals(",") || t.pos().equals(":")
                    || t.isVerb() && !ReportedHappenings.AUXILIARIES.contains(t.lowerLemma())) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether a date is a part of a day or a clock time ("this morning", "at 11:30"): a move then is a quote within
     * the day; "today" or "on Tuesday" may be the day's close.
     */
    private static boolean intraday(Mention t) {
        return t.value().indexOf('T') > 0;
    }

    static boolean isHappening(AnalyzedText text, TimeAnchor a) {
        return isHappening(text, a, false);
    }

    /**
     * Whether the date {@code date}, ending at {@code end} of {@code text}, is a holiday's name before a word that
     * makes it a stretch of days around the holiday ({@link #AROUND_A_HOLIDAY}): no number, a capital letter.
     */
    static boolean aroundAHoliday(String text, String date, int end) {
        return date.chars().noneMatch(Character::isDigit) && date.chars().anyMatch(Character::isUpperCase)
                && rightAfter(AROUND_A_HOLIDAY, text, end);
    }

    /** Whether {@code pattern} matches right at offset {@code end} of {@code text}, within {@value #AFTER_REACH}. */
    private static boolean rightAfter(Pattern pattern, String text, int end) {
        return pattern.matcher(text).region(end, Math.min(text.length(), end + AFTER_REACH)).lookingAt();
    }

    /** The same for a "would" of a plan when {@code would} holds ({@link Plans#futureWould}). */
    static boolean isHappening(AnalyzedText text, TimeAnchor a, boolean would) {
        EventMention e = a.event();
        Mention t = a.timex();
        if (!isHappeningEvent(text, e, would) || a.confidence() < MIN_ANCHOR) {
            return false;
        }
        if (!e.token().isVerb() && e.confidence() < MIN_NOUN && !ownDate(text, e.token().index(), t)) {
            return false; // a hazard the recognizer is unsure of, dated by another's day: "blame for the blowout"
        }
        if (t.type() != TimexType.DATE && t.type() != TimexType.TIME) {
            return false;
        }
        if (!e.token().isVerb() && datesTheVerbAfter(text, e.token().index(), t)) {
            return false; // "The Obama campaign last night issued a statement": the date is the verb's
        }
        if (rightAfter(SET_AFTER, text.text(), t.end())) {
            return false; // "shows up at work at 5:30 every morning": a time of a habit
        }
        if (aroundAHoliday(text.text(), t.text(), t.end())) {
            return false; // "who visited the US during the Easter holidays": some day around Easter
        }
        if (rightAfter(HOLIDAY_APPOSITION, text.text(), t.end())) {
            return false; // "The stock market will be closed Monday, a local public holiday": a calendar day
        }
        if (e.token().isVerb() && CLOSINGS.contains(e.verbLemma())
                && rightAfter(HOLIDAY_CLOSING, text.text(), t.end())) {
            return false; // "US markets were closed Thursday for the Thanksgiving holiday": the calendar's too
        }
        try {
            When w = when(t.value(), t.mod().orElse(null));
            // "Exports rose 4% in March" measures March: a statistic, no happening; "on Monday" may be one
            // "Shares fell 5% this morning": a move within the day the article was written is a quote, no happening
            // "Crude rose slightly in electronic trade Tuesday": a quote within the session; "Greek stocks eased
            // slightly on Wednesday": a small move is no news on any day
            // "Toyota sold 2.1 million cars in the first half": how much flowed over a period, a figure, as is a
            // change by a share ("output expanded by 0.7 percent in November")
            boolean period = w != null && w.precision().compareTo(Precision.DAY) < 0;
            return w != null && !(Measures.changes(text, e) && (period || intraday(t)
                    || Measures.withinTheSession(text, e) || Measures.endOfAPeriod(text, t)
                    || Measures.slight(text, e)))
                    && !(period && (Measures.flow(text, e) || Measures.changeByAShare(text, e)
                    || Measures.totalOf(text, e))); // "A total of 31 cubs were born this year": a count
        } catch (IllegalArgumentException notADate) {
            return false; // PRESENT_REF, XXXX-10 and other values the time model cannot place
        }
    }

    /**
     * Whether an event, whatever its date, may be a happening: an asserted occurrence, aspectual event or decision,
     * no state of {@code not-happenings.txt}, a noun only when the recognizer is sure of it.
     */
    static boolean isHappeningEvent(AnalyzedText text, EventMention e) {
        return isHappeningEvent(text, e, false);
    }

    /** The same, a "would" of a plan ({@link Plans#futureWould}) asserting as "will" does when {@code would} holds. */
    static boolean isHappeningEvent(AnalyzedText text, EventMention e, boolean would) {
        // whatever class the recognizer gives a decision ("authorized" may come out as a state of mind); a verb with
        // its particle counts as the entry it makes ("called off the strike", "called up reservists")
        int next = e.token().index() + 1;
        String particle = particleAfter(text.tokens(), next);
        boolean decision = (e.eventClass() == EventClass.I_ACTION || e.eventClass() == EventClass.REPORTING
                || e.eventClass() == EventClass.I_STATE) && e.token().isVerb()
                && (DECISIONS.contains(e.verbLemma()) || DECISIONS.contains(e.verbLemma() + " " + particle)
                || beginsAnAct(text, e) || happeningBegins(text, e) || admittedTo(text, e) || pledgesAnAmount(text, e)
                || confirmsAFirst(text, e) || addsAThing(text, e)
                || AnnouncedPlans.mayCommit(text, e.token().index()));
        boolean asserted = e.isAsserted() || would && e.polarity() == Polarity.POS;
        // "will stand trial": whatever class the recognizer gives the verb ("stand" may come out as a state, "will
        // hold a vote" as an intention)
        boolean phrase = e.token().isVerb() && next < text.tokens().size()
                && (HAPPENING_OBJECTS.contains(e.verbLemma() + " " + text.tokens().get(next).lowerText())
                || HAPPENING_OBJECTS.contains(e.verbLemma() + " " + objectHead(text, next)));
        return (HAPPENINGS.contains(e.eventClass()) || decision || phrase) && asserted
                && !(NOT_HAPPENINGS.contains(e.verbLemma()) && !liftsOff(text, next) && !pledgesAnAmount(text, e)
                && !phrase && !hazard(e, text))
                && !NOT_HAPPENINGS.contains(e.verbLemma() + " " + particle)
                && !describes(text, e)
                && !usedTo(text, e)
                && !negatedSubject(text, e)
                && !refusesToSpeak(text, e)
                && !isToldSomething(text, e)
                && !sendsAMessage(text, e)
                && !causesAnOutcry(text, e)
                && !CalledOff.isCalledOff(text, e)
                && !schedulesAnInfinitive(text, e)
                // what a verb of scheduling set is a happening, however unsure the recognizer is of the noun
                && (e.token().isVerb() || e.confidence() >= MIN_NOUN || hazard(e, text)
                || schedulingVerb(text, e) >= 0);
    }

    /**
     * The index of the verb in the past that set the date of noun {@code e}, the head of its object ({@link
     * DateOwners#schedules}, not "give"): "called a snap election for November 20", "scheduled a vote on the bill for
     * Tuesday"; -1 if none.
     */
    static int schedulingVerb(AnalyzedText text, EventMention e) {
        if (!e.token().isNoun()) {
            return -1;
        }
        int first = text.sentenceOf(e.token()).firstToken();
        for (int i = e.token().index() - 1; i >= first && i >= e.token().index() - PHRASE_REACH; i--) {
            Token t = text.tokens().get(i);
            if (t.isVerb()) {
                String lemma = t.lowerLemma();
                boolean past = t.pos().equals("VBD") || t.pos().equals("VBN"); // not "is planning a pilgrimage"
                return past && DateOwners.schedules(lemma) && !lemma.equals("give") ? i : -1;
            }
            if (!(t.isNoun() || t.pos().startsWith("JJ") || t.pos().equals("DT") || t.pos().equals("CD")
                    || t.pos().equals("PRP$"))) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Whether {@code e} is "add" with a thing for its object, not a remark: "The plant added a third shift in March"
     * (not "He added the talks ended on Wednesday", nor "added 200 jobs").
     */
    private static boolean addsAThing(AnalyzedText text, EventMention e) {
        int next = e.token().index() + 1;
        Sentence s = text.sentenceOf(e.token());
        if (!e.verbLemma().equals("add") || !Measures.actsOnAThing(text.tokens(), s, next)) {
            return false;
        }
        for (int i = next + 1; i < s.endToken() && !text.tokens().get(i).text().equals(","); i++) {
            if (Phrases.isFiniteOrModal(text.tokens().get(i))) {
                return false; // "added the talks ended": a clause, whose verb follows its subject
            }
        }
        return true;
    }

    /**
     * Whether noun {@code e} names a hazard ({@link NounTitles#isHazard}) after a preposition, an occurrence however
     * unsure the recognizer is of it ("after the storm") and though its verb names none ("since the blast", where
     * "blasted the plan" is criticism).
     */
    private static boolean hazard(EventMention e, AnalyzedText text) {
        return e.token().isNoun() && NounTitles.isHazard(e.token())
                && noVerbsObject(text, e.token().index());
    }

    /** How many words may stand between a noun and the date of its own phrase ({@link #ownDate}). */
    private static final int OWN_DATE_REACH = 3;
    /** How many words of its phrase may stand between a noun and a date after it ({@link #ownDate}). */
    private static final int OWN_PHRASE_REACH = 6;

    /**
     * Whether date {@code t} is the noun's at {@code at}, in its phrase: before it with at most nouns, adjectives or a
     * possessive between ("the March 3 refinery blast", "Sunday's storm"), or after it inside its phrase, with no verb
     * or comma between ("the storm on Monday", "the eruption of Mount Velo in 1994").
     */
    private static boolean ownDate(AnalyzedText text, int at, Mention t) {
        List<Token> own = text.tokensIn(t.start(), t.end());
        if (own.isEmpty()) {
            return false;
        }
        int first = own.get(0).index();
        int last = own.get(own.size() - 1).index();
        if (first > at) {
            for (int i = at + 1; i < first; i++) {
                Token b = text.tokens().get(i);
                if (b.isVerb() || b.pos().equals(",") || i - at > OWN_PHRASE_REACH) {
                    return false;
                }
            }
            return true;
        }
        if (at - last > OWN_DATE_REACH) {
            return false;
        }
        for (int i = last + 1; i < at; i++) {
            Token b = text.tokens().get(i);
            if (!(b.isNoun() || b.pos().startsWith("JJ") || b.pos().equals("POS"))) {
                return false;
            }
        }
        return true;
    }

    /** The tags of a finite verb or a modal, which a subject's noun phrase ends before. */
    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");

    /**
     * Whether date {@code t} stands right after the noun at {@code at}, past at most names or nouns of its phrase, and
     * right before a finite verb: an adverb of the verb whose subject the noun heads ("The Obama campaign last night
     * issued a statement"), not the noun's own date.
     */
    private static boolean datesTheVerbAfter(AnalyzedText text, int at, Mention t) {
        List<Token> own = text.tokensIn(t.start(), t.end());
        if (own.isEmpty() || own.get(0).index() <= at) {
            return false;
        }
        int after = own.get(own.size() - 1).index() + 1;
        Sentence s = text.sentenceOf(text.tokens().get(at));
        if (after >= s.endToken() || !FINITE.contains(text.tokens().get(after).pos())) {
            return false;
        }
        for (int i = at + 1; i < own.get(0).index(); i++) {
            if (!text.tokens().get(i).isNoun()) {
                return false;
            }
        }
        return true;
    }

    /** How many words of its phrase may stand before a noun that {@link #noVerbsObject} reads. */
    private static final int PHRASE_REACH = 6;

    /**
     * Whether the phrase of the noun at {@code at} opens its sentence ("The eruption of Mount Velo in 1994 killed 60")
     * or is the object of a preposition ("after [the March 3 blast]"), not of a verb ("had a refinery blast", where
     * the clause may tell the happening better).
     */
    private static boolean noVerbsObject(AnalyzedText text, int at) {
        int first = text.sentenceOf(text.tokens().get(at)).firstToken();
        for (int i = at - 1; i >= at - PHRASE_REACH; i--) {
            if (i < first) {
                return true;
            }
            Token t = text.tokens().get(i);
            if (t.pos().equals("IN")) {
                return true;
            }
            if (!(t.isNoun() || t.pos().startsWith("JJ") || t.pos().equals("DT") || t.pos().equals("CD")
                    || t.pos().equals("POS") || t.pos().equals("PRP$"))) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether {@code e} is the schedule of the infinitive after it ("Officials are [scheduled] to testify on Thursday",
     * "is [due] to open"): the infinitive tells the planned happening ({@link Plans#scheduled}), the schedule none.
     */
    private static boolean schedulesAnInfinitive(AnalyzedText text, EventMention e) {
        List<Token> tokens = text.tokens();
        int at = e.token().index();
        Sentence s = text.sentenceOf(e.token());
        return at - 1 >= s.firstToken() && at + 2 < s.endToken() && Plans.isScheduleAfterBe(tokens, at)
                && tokens.get(at + 1).lowerText().equals("to") && tokens.get(at + 2).pos().equals("VB");
    }

    /** Verbs by which an authority records a case ({@link #confirmsAFirst}). */
    private static final Set<String> RECORDING = Set.of("confirm", "report", "record", "register", "detect");
    /** What a first of an outbreak is ({@link #confirmsAFirst}). */
    private static final Set<String> CASES = Set.of("case", "cases", "death", "deaths", "infection", "infections",
            "outbreak", "fatality", "fatalities");

    /**
     * Whether {@code e} confirms a first case: "Peru confirmed its first case of swine flu on Friday" is the day the
     * outbreak reached Peru, a milestone of the story; a confirmed count or a confirmed clause is a report.
     */
    private static boolean confirmsAFirst(AnalyzedText text, EventMention e) {
        List<Token> tokens = text.tokens();
        Sentence s = text.sentenceOf(e.token());
        int at = e.token().index();
        if (!e.token().isVerb() || !RECORDING.contains(e.verbLemma())) {
            return false;
        }
        for (int i = at + 1; i < Math.min(s.endToken(), at + 5); i++) {
            if (tokens.get(i).lowerText().equals("first")) {
                for (int k = i + 1; k < Math.min(s.endToken(), i + 4); k++) {
                    if (CASES.contains(tokens.get(k).lowerText())) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /** Verbs of giving one's word, which tell a happening when what is given is a sum ({@link #pledgesAnAmount}). */
    private static final Set<String> PLEDGES = Set.of("pledge", "promise");

    /**
     * Whether {@code e} pledges a sum: "Iran pledged 250 million dollars in aid to the Hamas government" is news,
     * "Donors pledged support" is a wish ({@code not-happenings.txt}).
     */
    private static boolean pledgesAnAmount(AnalyzedText text, EventMention e) {
        return e.token().isVerb() && PLEDGES.contains(e.verbLemma()) && Measures.objectIsAnAmount(text, e);
    }

    /** Verbs of telling someone something, whose passive's subject is the one told ({@code telling-verbs.txt}). */
    private static final Set<String> TELLING = Lexicons.firstColumn("telling-verbs.txt");
    /** Forms of "be" and "get" that make a participle after them, maybe an adverb between, a passive. */
    private static final Set<String> PASSIVE_AUXILIARIES = Set.of("be", "get");

    /**
     * Whether {@code e} is the passive of a verb of telling, its subject the one told: "Regional leaders were warned on
     * Monday that unrest could follow", "The school was informed on Wednesday"; what was said is the news, not that
     * someone heard it.
     */
    private static boolean isToldSomething(AnalyzedText text, EventMention e) {
        List<Token> tokens = text.tokens();
        Token verb = e.token();
        if (!verb.pos().equals("VBN") || !TELLING.contains(e.verbLemma())) {
            return false;
        }
        Sentence s = text.sentenceOf(verb);
        int k = Phrases.beforeAdverbs(tokens, s, verb.index()); // "were also warned"
        return k >= s.firstToken() && tokens.get(k).isVerb()
                && PASSIVE_AUXILIARIES.contains(tokens.get(k).lemma().toLowerCase(java.util.Locale.ROOT));
    }

    /** Nouns of a message ({@code message-nouns.txt}): "letter", "note", "petition". */
    private static final Set<String> MESSAGES = Lexicons.firstColumn("message-nouns.txt");
    /** Verbs that send, write, hand over or make a message: "made the appeal", "issued a statement". */
    private static final Set<String> MESSAGE_VERBS = Set.of("send", "write", "deliver", "address", "hand", "pen",
            "dispatch", "submit", "make", "issue");
    /** How far after its verb the message's noun may stand: "sent the Velo ambassador Ana Moro an open letter". */
    private static final int MESSAGE_REACH = 9;

    /**
     * Whether {@code e} sends, writes, hands over or makes a message ({@code message-nouns.txt}): its object, after an
     * indirect object or not, ends on a message's noun within {@value #MESSAGE_REACH} words, no comma, clause word or
     * verb before it ("sent the ambassador an open letter", "delivered a petition to parliament", "made the
     * appeal"): speech.
     */
    private static boolean sendsAMessage(AnalyzedText text, EventMention e) {
        if (!e.token().isVerb() || !MESSAGE_VERBS.contains(e.verbLemma())) {
            return false;
        }
        List<Token> tokens = text.tokens();
        Sentence s = text.sentenceOf(e.token());
        int end = Math.min(s.endToken(), e.token().index() + 1 + MESSAGE_REACH);
        for (int k = e.token().index() + 1; k < end; k++) {
            Token t = tokens.get(k);
            if (t.isVerb() || t.text().equals(",") || Phrases.isClauseWord(t)) {
                return false;
            }
            boolean head = t.isNoun() && (k + 1 >= tokens.size() || !tokens.get(k + 1).isNoun());
            if (head && MESSAGES.contains(t.lowerLemma())) {
                return true;
            }
        }
        return false;
    }

    /** Nouns of an outcry ({@code outcry-nouns.txt}): "uproar", "furore", "criticism". */
    private static final Set<String> OUTCRIES = Lexicons.firstColumn("outcry-nouns.txt");
    /** Verbs that cause an outcry besides the causal verbs ({@code causal-verbs.txt}): "provoked an outcry". */
    private static final Set<String> OUTCRY_VERBS = com.google.common.collect.Sets.union(
            Lexicons.firstColumn("causal-verbs.txt"), Set.of("provoke", "prompt", "draw", "stir", "ignite", "fuel",
                    "unleash", "create", "raise"));

    /**
     * Whether {@code e} is an outcry ({@code outcry-nouns.txt}) or sparks, causes or provokes one, the head of its
     * object: others' reaction, speech ("Olmert sparked an uproar on Monday when he made remarks", "Denmark sparked
     * sharp criticism from China"); what sparked it is the news.
     */
    private static boolean causesAnOutcry(AnalyzedText text, EventMention e) {
        if (e.token().isNoun()) {
            return OUTCRIES.contains(e.token().lowerText());
        }
        int next = e.token().index() + 1;
        return e.token().isVerb() && next < text.tokens().size() && OUTCRY_VERBS.contains(e.verbLemma())
                && OUTCRIES.contains(objectHead(text, next));
    }

    /** Verbs of refusing, whose infinitive says what was not done. */
    private static final Set<String> REFUSALS = Set.of("refuse", "decline");

    /**
     * Whether {@code e} refuses to speak: "refused to comment on the proposal yesterday", "declined to say"; nothing
     * was said, and a refusal to talk is no happening ("The court refused to hear the case" is one).
     */
    private static boolean refusesToSpeak(AnalyzedText text, EventMention e) {
        List<Token> tokens = text.tokens();
        int to = e.token().index() + 1;
        return REFUSALS.contains(e.verbLemma()) && to + 1 < tokens.size()
                && tokens.get(to).lowerText().equals("to")
                && (SpeechVerbs.isSpeech(tokens.get(to + 1)) || ClauseSubjects.isReportingVerb(tokens.get(to + 1)));
    }

    /**
     * Whether {@code e} is the passive of "admit" with the place it admits to after it: "was admitted to Flushing
     * Hospital on Monday" is a happening, whatever class the recognizer gives it; "admitted to the charges" is speech.
     */
    private static boolean admittedTo(AnalyzedText text, EventMention e) {
        int next = e.token().index() + 1;
        return e.verbLemma().equals("admit") && e.token().pos().equals("VBN") && next < text.tokens().size()
                && Phrases.low(text.tokens().get(next)).equals("to");
    }

    /**
     * Whether {@code e} is "begin" or "start" with the act it begins after it: "began to move equipment", "have begun
     * drafting legislation", "had begun work to survey a site"; an act begun is a happening whatever class the
     * recognizer gives the verb ("the meeting which began at 11:00" tells only what the meeting did).
     */
    private static boolean beginsAnAct(AnalyzedText text, EventMention e) {
        String lemma = e.verbLemma();
        int next = e.token().index() + 1;
        List<Token> tokens = text.tokens();
        return (lemma.equals("begin") || lemma.equals("start")) && next < tokens.size()
                && (tokens.get(next).lowerText().equals("to") || tokens.get(next).pos().equals("VBG")
                || NounPhrases.isNounPhraseStart(tokens.get(next)) && !tokens.get(next).pos().startsWith("NNP")
                || tokens.get(next).pos().equals("VBP") || tokens.get(next).pos().equals("VB")); // "begun work/VBP"
    }

    /**
     * The head of the noun phrase that starts at token {@code at}, in lower case: its last noun before anything that is
     * no determiner, adjective, noun, number or possessive ("the Sandmere spill", "the fire"); empty if none.
     */
    private static String objectHead(AnalyzedText text, int at) {
        Sentence s = text.sentenceOf(text.tokens().get(at));
        String head = "";
        for (int i = at; i < s.endToken(); i++) {
            Token t = text.tokens().get(i);
            if (t.isNoun()) {
                head = t.lowerText();
            } else if (!(t.pos().equals("DT") || t.pos().startsWith("JJ") || t.pos().equals("CD")
                    || t.pos().equals("POS") || t.pos().equals("PRP$"))) {
                break;
            }
        }
        return head;
    }

    /** Verbs that tell a happening's start or end when their subject is the happening ("The trial has begun"). */
    private static final Set<String> PHASES = Set.of("begin", "start", "end", "resume");

    /**
     * Whether {@code e} is "begin", "start", "end" or "resume" without an object, in a main clause: the happening its
     * subject names begins or ends ("The trial of Doctor Rell has begun in Tarnville", "The strike has ended"),
     * whatever class the recognizer gives the verb; not in a relative clause ("the meeting which began at 11:00").
     */
    private static boolean happeningBegins(AnalyzedText text, EventMention e) {
        int next = e.token().index() + 1;
        List<Token> tokens = text.tokens();
        return PHASES.contains(e.verbLemma()) && e.token().isVerb()
                && (next >= tokens.size() || !NounPhrases.isNounPhraseStart(tokens.get(next))
                && !tokens.get(next).isVerb() && !tokens.get(next).lowerText().equals("to"))
                && !ClauseBoundaries.inRelativeClause(text, e.token().index());
    }

    /**
     * The word that may be the particle of a verb ending before token {@code at}, lower case, past "here" or "there",
     * a day's name and the words of a period ("called here Monday for a new sense of urgency", "called on Thursday
     * for early elections", "called earlier this week for"); empty at the end of the text.
     */
    private static String particleAfter(List<Token> tokens, int at) {
        int i = at;
        for (int skipped = 0; i < tokens.size() && skipped < 4; skipped++) {
            String w = tokens.get(i).lowerText();
            if (w.equals("here") || w.equals("there") || DAY_NAMES.contains(w) || PERIOD_WORDS.contains(w)) {
                i++;
            } else if ((w.equals("on") || w.equals("late") || w.equals("early")) && i + 1 < tokens.size()
                    && DAY_NAMES.contains(tokens.get(i + 1).lowerText()) && !possessiveAt(tokens, i + 2)) {
                i += 2; // "touched on Friday on the drilling", not "touches on today's capping operation"
            } else {
                break;
            }
        }
        return i < tokens.size() ? tokens.get(i).lowerText() : "";
    }

    /** Whether the token at {@code at} is a possessive clitic: "today['s]", "Friday['s]". */
    private static boolean possessiveAt(List<Token> tokens, int at) {
        return at < tokens.size() && (tokens.get(at).text().equals("'s") || tokens.get(at).text().equals("\u2019s"));
    }

    /**
     * Whether the token at {@code at} is "off" as a particle, no determiner after it: "the shuttle blasted off last
     * Saturday" lifts off, "the reefs existed off the coast" are somewhere.
     */
    private static boolean liftsOff(AnalyzedText text, int at) {
        List<Token> tokens = text.tokens();
        return at < tokens.size() && tokens.get(at).lowerText().equals("off") && (at + 1 >= tokens.size()
                || !(tokens.get(at + 1).pos().equals("DT") || tokens.get(at + 1).pos().equals("PRP$")));
    }

    /** Whether {@code word} is a day of the week by name: "Sunday", "monday". */
    static boolean isWeekday(String word) {
        return WEEKDAYS.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    /** Whether {@code lemma} and {@code particle} make a call of {@code not-happenings.txt}: "call for", "push for". */
    static boolean isCall(String lemma, String particle) {
        return NOT_HAPPENINGS.contains(lemma.toLowerCase(java.util.Locale.ROOT) + " " + particle);
    }

    /** Whether {@code lemma} is a verb of {@code decision-verbs.txt}: "agree", "decide", "vote". */
    static boolean isDecision(String lemma) {
        return DECISIONS.contains(lemma.toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * Whether {@code lemma} and {@code particle} make a verb of two words that a list knows ("call in", "call for"):
     * a place after the verb must not read as its particle.
     */
    static boolean isPhrasal(String lemma, String particle) {
        String entry = lemma.toLowerCase(java.util.Locale.ROOT) + " " + particle;
        return DECISIONS.contains(entry) || NOT_HAPPENINGS.contains(entry);
    }

    /**
     * Whether {@code e} is "used" right before "to" and a verb with no "be" before it: a habit of the past ("BP used to
     * publish its results in November") or a participle that describes its noun ("the booms used to clean up the
     * spill in 1969"), no happening; "a vaccine was used to protect humans in 1976" tells one.
     */
    private static boolean usedTo(AnalyzedText text, EventMention e) {
        Token t = e.token();
        List<Token> tokens = text.tokens();
        int to = t.index() + 1;
        if (!t.lowerText().equals("used") || to + 1 >= tokens.size() || !tokens.get(to).lowerText().equals("to")
                || !tokens.get(to + 1).pos().equals("VB")) {
            return false;
        }
        return !Phrases.afterBe(tokens, text.sentenceOf(t), t.index());
    }

    /**
     * Whether a verb of {@code descriptive-participles.txt} stands in the passive or as a participle after its noun
     * ("a commission headed by the minister", "the rig, licensed to BP,"): it describes the noun, tells no happening.
     */
    private static boolean describes(AnalyzedText text, EventMention e) {
        Token t = e.token();
        if (!t.isVerb() || !DESCRIPTIVE.contains(e.verbLemma())
                || !(t.pos().equals("VBN") || t.pos().equals("VBD") && t.mayBePastParticiple())) {
            return false;
        }
        List<Token> tokens = text.tokens();
        int before = t.index() - 1;
        while (before >= 0 && tokens.get(before).pos().startsWith("RB")) {
            before--; // "was jointly owned by"
        }
        if (before < 0) {
            return false;
        }
        Token b = tokens.get(before);
        int after = t.index() + 1;
        // "has left the company", "Tapie left prison" are no passives: "be" before the participle, or its agent after
        // it and the noun it follows before ("troops backed by Afghan forces", "the rig, licensed to BP,")
        String next = after < tokens.size() ? tokens.get(after).lowerText() : "";
        boolean agent = next.equals("by") || next.equals("to") && GRANTED_TO.contains(e.verbLemma());
        return b.lemma().equals("be") || agent && (b.isNoun() || b.text().equals(","));
    }
}
