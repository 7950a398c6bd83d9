package dev.timeline.happening;

import dev.timeline.document.PageFurniture;
import dev.timeline.document.StartFilteredPattern;
import dev.timeline.event.Aspect;
import dev.timeline.event.EventClass;
import dev.timeline.event.EventMention;
import dev.timeline.event.Modality;
import dev.timeline.event.Polarity;
import dev.timeline.event.Tense;
import dev.timeline.event.TimeAnchor;
import dev.timeline.event.TimeAnchorer;
import dev.timeline.tag.Mention;
import dev.timeline.tag.TimexType;
import dev.timeline.text.AnalyzedText;
import dev.timeline.text.LanguageLayer;
import dev.timeline.text.Sentence;
import dev.timeline.text.Token;
import dev.timeline.time.Precision;
import dev.timeline.time.When;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tests a learned, anchored event passes to become a chronology event (see {@link LearnedHappenings}): what it is
 * (an asserted occurrence or decision, not a state, a reaction or a hypothesis), where its date comes from (the
 * nearest date of its own clause ({@link ClauseBoundaries}), not a report's, not one end of a range, not a "since"),
 * and where it stands (prose, not a caption).
 * The word lists are data: {@code not-happenings.txt}, {@code hypothetical-cues.txt} and {@code decision-verbs.txt},
 * each entry with an example; quantities, levels and moods are {@link Measures}'.
 */
final class HappeningFilters {
    /** The least anchor probability a chronology event needs: the anchorer links more freely than a reader does. */
    static final double MIN_ANCHOR = 0.5;
    /** The least event probability an event noun needs: nouns name things as often as happenings. */
    static final double MIN_NOUN = 0.7;
    private static final Set<EventClass> HAPPENINGS = Set.of(EventClass.OCCURRENCE, EventClass.ASPECTUAL);
    /** Words that open a condition: "If the virus returns in the autumn, ...". */
    private static final Set<String> CONDITIONS = Set.of("if", "unless", "should");
    private static final Set<String> NOT_HAPPENINGS = Lexicons.firstColumn("not-happenings.txt");
    /** Pairs of a not-happening's lemma and the word after it that make a happening ({@code happening-objects.txt}). */
    private static final Set<String> HAPPENING_OBJECTS = Lexicons.firstColumn("happening-objects.txt");
    /** The days of the week by name, in lower case. */
    static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");
    /** Days a verb's particle may follow: "called Thursday for talks". */
    private static final Set<String> DAY_NAMES = com.google.common.collect.Sets.union(WEEKDAYS,
            Set.of("today", "yesterday", "tonight"));
    /** Verbs whose passive describes, not tells ({@code descriptive-participles.txt}): "a commission headed by". */
    private static final Set<String> DESCRIPTIVE = Lexicons.firstColumn("descriptive-participles.txt");
    /** Of those, the verbs whose participle names its holder after "to": "licensed to BP" ("headed to Paris" goes). */
    private static final Set<String> GRANTED_TO = Set.of("license", "lease");
    private static final ThreadLocal<LastArticleStart> LAST_ARTICLE_START = ThreadLocal.withInitial(
            () -> new LastArticleStart(new java.lang.ref.WeakReference<>(null), -1, 0));
    private static final Set<String> HYPOTHETICAL = Lexicons.firstColumn("hypothetical-cues.txt");
    /** Intentional actions and reports that are happenings themselves: decisions, appointments, declarations. */
    private static final Set<String> DECISIONS = Lexicons.firstColumn("decision-verbs.txt");
    /** Verbs of saying and showing ({@code reporting-verbs.txt}, {@code speech-verbs.txt}). */
    static final Set<String> SAYING = com.google.common.collect.Sets.union(
            Lexicons.firstColumn("reporting-verbs.txt"), Lexicons.firstColumn("speech-verbs.txt"));
    private static final int CUE_REACH = 6;
    /** Words after "be" that schedule the infinitive after them: "is due to", "is set to". */
    static final Set<String> SCHEDULED = Set.of("due", "scheduled", "set", "slated");
    /** Words before a date that make it a bound of the happening rather than its time. */
    private static final Set<String> BOUNDS = Set.of("since", "before", "after", "following", "until", "till", "by",
            "ahead");
    /** Words before "after" or "before" that put a happening on the day of the noun it follows: "shortly after". */
    private static final Set<String> SAME_DAY_ORDERS = Set.of("shortly", "soon", "just", "immediately", "moments",
            "minutes", "seconds", "right");
    private static final int MIN_PROSE_TOKENS = 6;
    /** A year written in a date: "April 24, 2009", "24/04/2009". */
    private static final Pattern YEAR_IN_DATE = Pattern.compile("\\b(1[89]|20)\\d\\d\\b");
    private static final Pattern QUOTED = Pattern.compile("[\"\u201C][^\"\u201C\u201D]*[\"\u201D]");
    private static final Pattern QUOTE_MARK = Pattern.compile("[\"\u201C\u201D]");
    /** "I" before a verb ("I remember", "I'm"), or a first-person word; an "I" after {@link #NUMERAL_I} is none. */
    private static final StartFilteredPattern FIRST_PERSON = StartFilteredPattern.compile(
            "\\bI(?= [a-z]|'[a-z])|\\b(?:[Mm]y|[Ww]e|[Oo]ur|me|us)\\b");
    /** What makes an "I" right after it a numeral rather than a pronoun: "Congress (I)", "World War I ended". */
    private static final List<String> NUMERAL_I = List.of("(", "War ");
    /**
     * A holiday in apposition to a date, to the clause's end: "Monday, a local public holiday.", "Friday, the Eid
     * holiday,"; not "from Wednesday, a five-day holiday imposed" (a clause of its own).
     */
    private static final Pattern HOLIDAY_APPOSITION = Pattern.compile("(?i),\\s+(?:a|an|the)\\s+"
            + "(?:[\\p{L}'\u2019-]+\\s+){0,4}(?:holiday|bank holiday|day off)(?=\\s*[.,;:]|\\s*$)");
    /** How many characters after a date {@link #HOLIDAY_APPOSITION} reads. */
    private static final int HOLIDAY_REACH = 60;
    private static final Pattern QUESTION = Pattern.compile("\\?[\"\u201D')\\s]*$");
    /** Tags of the words between a bound and the date of the noun phrase it governs: "since its 1980 independence". */
    static final Set<String> MODIFIERS_OF_A_DATE = Set.of("DT", "PRP$", "POS");
    private static final Pattern RANGE_GLUE = Pattern.compile("\\s*(to|through|until|till|and|–|—|-)\\s*");
    /** A day, a month or a year: what a range of the chronology may start or end on. */
    private static final Pattern RANGE_END = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    private HappeningFilters() {
    }

    /** The expressions that are one end of a range ("Aug. 31 to Sept. 3", "2018-2019"), which the finder joins. */
    static Set<Mention> inRanges(String text, List<Mention> timexes) {
        Set<Mention> out = new java.util.HashSet<>();
        for (int i = 0; i + 1 < timexes.size(); i++) {
            Mention a = timexes.get(i);
            Mention b = timexes.get(i + 1);
            if (glued(text, a, b)) {
                out.add(a);
                out.add(b);
            }
        }
        return out;
    }

    /**
     * The range each end of a range of two days, months or years that opens its sentence stands in, by end, as a value
     * "START/END" ("From July to August, researchers took 170 samples": 2010-07/2010-08): "from" or "between" first,
     * the ends in order, of one precision, neither with a modifier, a comma after the second. A range inside the
     * clause may be a state's or a count's ("lived in exile between 1975 and 1980", "scored 358 goals from 1927 to
     * 1956"), and "in 1995 and 1996" is two years; days after "from" are one period there too ("will be held from Nov.
     * 4 to 6").
     */
    static java.util.Map<Mention, String> rangeValues(String text, List<Mention> timexes) {
        java.util.Map<Mention, String> out = new java.util.HashMap<>();
        for (int i = 0; i + 1 < timexes.size(); i++) {
            Mention a = timexes.get(i);
            Mention b = timexes.get(i + 1);
            boolean opening = b.end() < text.length() && text.charAt(b.end()) == ','
                    && opensASentenceWithARange(text, a.start());
            // "will be held from Nov. 4 to 6": days after "from" inside the clause are one period too
            boolean days = a.value().length() == DAY_LENGTH && afterFrom(text, a.start());
            if (glued(text, a, b) && (opening || days) && a.type() == TimexType.DATE && b.type() == TimexType.DATE
                    && a.mod().isEmpty() && b.mod().isEmpty() && RANGE_END.matcher(a.value()).matches()
                    && a.value().length() == b.value().length() && RANGE_END.matcher(b.value()).matches()
                    && b.value().compareTo(a.value()) > 0) {
                String value = a.value() + "/" + b.value();
                out.put(a, value);
                out.put(b, value);
            }
        }
        return out;
    }

    /** "and" between two dates, with spaces around it. */
    private static final Pattern AND = Pattern.compile("\\s+and\\s+");
    /** A year or a month: coordinated, two times of one happening's kind ("in 1989 and 1990"). */
    private static final Pattern YEAR_OR_MONTH = Pattern.compile("\\d{4}(-\\d{2})?");

    /**
     * Each of two years or months that "and" joins ("won the German title in 1989 and 1990", "in March and May 2004"),
     * by the other: the same happening at two times, not a range, unless "between" opens them ("between 1975 and
     * 1980"). Both dates, of one precision, in order, with no modifier. Days are left out: "on Monday and Tuesday"
     * tells one talk of two days as often as two happenings.
     */
    static java.util.Map<Mention, Mention> coordinated(String text, List<Mention> timexes) {
        java.util.Map<Mention, Mention> out = new java.util.HashMap<>();
        for (int i = 0; i + 1 < timexes.size(); i++) {
            Mention a = timexes.get(i);
            Mention b = timexes.get(i + 1);
            if (a.end() <= b.start() && AND.matcher(text.substring(a.end(), b.start())).matches()
                    && a.type() == TimexType.DATE && b.type() == TimexType.DATE && a.mod().isEmpty()
                    && b.mod().isEmpty() && YEAR_OR_MONTH.matcher(a.value()).matches()
                    && a.value().length() == b.value().length() && YEAR_OR_MONTH.matcher(b.value()).matches()
                    && b.value().compareTo(a.value()) > 0 && !afterWord(text, a.start(), "between")) {
                out.put(a, b);
                out.put(b, a);
            }
        }
        return out;
    }

    /** Whether {@code word} (lower case) stands right before offset {@code at}, in any case, spaces between. */
    private static boolean afterWord(String text, int at, String word) {
        int k = at;
        while (k > 0 && Character.isWhitespace(text.charAt(k - 1))) {
            k--;
        }
        int start = k - word.length();
        return start >= 0 && text.regionMatches(true, start, word, 0, word.length())
                && (start == 0 || !Character.isLetter(text.charAt(start - 1)));
    }

    /** Whether only a range's glue stands between {@code a} and the expression after it, {@code b}: "2018-2019". */
    private static boolean glued(String text, Mention a, Mention b) {
        return a.end() <= b.start() && RANGE_GLUE.matcher(text.substring(a.end(), b.start())).matches();
    }

    /** The length of a day's value: "2006-11-04". */
    private static final int DAY_LENGTH = 10;

    /** Whether "from" stands right before offset {@code at}: "held from Nov. 4 to 6". */
    private static boolean afterFrom(String text, int at) {
        int k = at;
        while (k > 0 && Character.isWhitespace(text.charAt(k - 1))) {
            k--;
        }
        return k >= 5 && text.regionMatches(true, k - 4, "from", 0, 4) && !Character.isLetter(text.charAt(k - 5));
    }

    /** Whether "From" or "Between" opens a sentence or a line right before offset {@code at}: "From July to August,". */
    private static boolean opensASentenceWithARange(String text, int at) {
        int k = at;
        while (k > 0 && Character.isWhitespace(text.charAt(k - 1))) {
            k--;
        }
        for (String w : new String[] {"From", "Between"}) {
            int start = k - w.length();
            if (start >= 0 && text.startsWith(w, start)) {
                int p = start;
                while (p > 0 && (text.charAt(p - 1) == ' ' || text.charAt(p - 1) == '\t')) {
                    p--;
                }
                return p == 0 || ".!?\n\"\u201D".indexOf(text.charAt(p - 1)) >= 0;
            }
        }
        return false;
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
            // or the day of a saying that tells the verb's clause ("said Monday that rebels seized it on Sunday")
            // or a date that modifies a noun ("sealed an agreement on a 2026-2030 farm budget on Saturday", "arrested
            // the gunman in Sunday's shooting on Tuesday")
            if (m != a.timex() && distance(text, e, m) < own && !TimeAnchorer.inAnEarlierClause(text, m, e)
                    && !DateOwners.modifiesANoun(text, m)
                    && !(FrontedPhraseAnchors.possessiveAfterItsVerb(text, m, a.event().token())
                    && a.timex().start() > m.end()
                    && !FrontedPhraseAnchors.possessiveAfterItsVerb(text, a.timex(), a.event().token()))
                    && !TimeAnchorer.yearOfAName(text, m) && !yearBeforeAName(text, m)
                    && !FrontedPhraseAnchors.inAFrontedPhrase(text, m, a.event().token())
                    && !FrontedPhraseAnchors.inAnAsideBeforeItsVerb(text, m, a.event().token())
                    && !ReportedHappenings.datesASayingBefore(text, m, e)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code m} is a year alone between "the" and a capitalized noun: "at the [2007] Oscars", "the 2010 World
     * Cup". It names an edition, not the day of a verb.
     */
    static boolean yearBeforeAName(AnalyzedText text, Mention m) {
        List<Token> covered = text.tokensIn(m.start(), m.end());
        if (covered.size() != 1 || !YEAR.matcher(covered.get(0).text()).matches()) {
            return false;
        }
        int at = covered.get(0).index();
        List<Token> tokens = text.tokens();
        return at > 0 && at + 1 < tokens.size() && Phrases.low(tokens.get(at - 1)).equals("the")
                && tokens.get(at + 1).isNoun() && Character.isUpperCase(tokens.get(at + 1).text().charAt(0));
    }

    private static int distance(AnalyzedText text, int event, Mention m) {
        List<Token> covered = text.tokensIn(m.start(), m.end());
        int first = covered.get(0).index();
        int last = covered.get(covered.size() - 1).index();
        return event < first ? first - event : Math.max(0, event - last);
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

    /** A quotation that opens a sentence, its closing mark, then a verb of saying: group 1 ends the quotation. */
    private static final Pattern OPENING_QUOTE_SAID = Pattern.compile(
            "^\\s*[\"\u201C`]+[^\"\u201C\u201D`]{1,600}?([\"\u201D']+)\\s*,?\\s*(?:said|says|told|added)\\b");

    /**
     * Where the quotation that opens sentence {@code s} closes, when a verb of saying follows it ("An attempt at a coup
     * d'etat begins today" said the daily; "... not a single new project was signed in my country," said the
     * director), or -1: an event before that offset is what someone said, not a happening the article tells.
     */
    static int saidQuotationEnd(AnalyzedText text, Sentence s) {
        java.util.regex.Matcher m = OPENING_QUOTE_SAID.matcher(text.text()).region(s.start(), s.end());
        return m.lookingAt() ? m.start(1) : -1;
    }

    /** Whether sentence {@code s} counts new cases that it adds to a total ({@link #ADDED_CASES}). */
    static boolean addsCasesToATotal(AnalyzedText text, Sentence s) {
        return ADDED_CASES.matcher(text.textOf(s)).find();
    }

    /**
     * Whether a happening told in the present perfect counts up to now, as "so far", "to date" or "thus far" in its
     * sentence says ("So far, at least 300 federal lawsuits have been filed"): a running total, whatever date the
     * sentence also names.
     */
    static boolean countedSoFar(AnalyzedText text, EventMention e) {
        if (e.tense() != Tense.PRESENT || e.aspect() != Aspect.PERFECTIVE) {
            return false;
        }
        return SO_FAR.matcher(text.textOf(text.sentenceOf(e.token()))).find();
    }

    /** A TIMEX3 value with its modifier ("2009", "END") as a time value; throws as {@link When#parse} does. */
    static When when(String value, String mod) {
        return mod == null || mod.isEmpty() ? When.parse(value) : When.parseTimex(value, mod);
    }

    /** A TIMEX3 value of a day: "2006-11-15", "2006-11-15T10:00". */
    private static final Pattern DAY_VALUE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** A year written as four digits: "2007". */
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    /** Verbs of wishing, whose "would" plans nothing: "hoped they would return", "wanted", "expected". */
    private static final Set<String> WISHES = Set.of("hope", "wish", "want", "expect", "believe", "think", "fear",
            "predict", "doubt", "urge", "ask");
    /** Words of a condition or a question, under which a "would" plans nothing: "would attend if invited". */
    static final Set<String> WOULD_CONDITIONS = Set.of("if", "unless", "otherwise", "whether", "provided",
            "when");
    /** Words that count up to now: "so far", "to date", "thus far", "up to now". */
    private static final Pattern SO_FAR = Pattern.compile("(?i)\\b(?:so far|to date|thus far|up to now|until now)\\b");
    /**
     * A count of cases that adds to a total: "A further 141 patients were confirmed with H1N1 today, bringing the total
     * to 952", "17 new cases, taking the total number of cases in the UK to 203". A toll of an attack ("bringing the
     * death toll to 30") tells of the attack, and is no such count.
     */
    private static final Pattern ADDED_CASES = Pattern.compile("(?i)\\b(?:cases|infections|patients)\\b.{0,200}?"
            + "\\b(?:bringing|taking|raising|pushing|lifting) (?:the|its|their) (?:total|tally|number)\\b");
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
        int at = first.get().index() - 1;
        // "led the island since its 1980 independence": the bound governs the date's noun phrase, and so the event
        // before it; an event after the date is the phrase's own ("since the 1997 crisis blew apart the market")
        boolean modified = false;
        for (int k = 0; k < 2 && at > event && MODIFIERS_OF_A_DATE.contains(text.tokens().get(at).pos()); k++) {
            at--;
            modified = true;
        }
        if (at - 2 > event && LIMITS.contains(text.tokens().get(at).lowerText())
                && text.tokens().get(at - 1).lowerText().equals("at")) {
            at -= 2; // "until at least May 28", "by the latest Friday": the bound before the limit
        }
        String before = text.tokens().get(at).text().toLowerCase(java.util.Locale.ROOT);
        String own = timex.text().toLowerCase(java.util.Locale.ROOT);
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
                && Phrases.PARTS_OF_A_PERIOD.contains(text.tokens().get(at - 1).lowerText())
                && (text.tokens().get(at - 2).lowerText().equals("the") && at - 3 > event
                && text.tokens().get(at - 3).lowerText().equals("for"));
        return BOUNDS.contains(before) || premodifier && before.equals("for") || base || span
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
     * Whether a sentence speaks in its own voice rather than the news's: in the first person outside quotation marks
     * ("I remember a documentary about a man who died in 1918", "Our plan is ..."), the voice of a column or a
     * reader's comment, or as a question ("How many died of malaria last week?"), which asserts nothing.
     */
    static boolean ownVoice(String sentence) {
        if (sentence.indexOf('?') >= 0 && QUESTION.matcher(sentence).find()) {
            return true;
        }
        if (!firstPerson(sentence)) {
            return false; // most sentences: no first person anywhere, no need to tell quotes apart
        }
        String outside = QUOTED.matcher(sentence).replaceAll(" ");
        Matcher lone = QUOTE_MARK.matcher(outside);
        if (lone.find()) {
            int at = lone.start();
            boolean closes = outside.charAt(at) == '\u201D' || outside.charAt(at) == '"' && at > 0
                    && !Character.isWhitespace(outside.charAt(at - 1));
            // a quote that closes began in an earlier sentence; one that opens runs on to a later one
            outside = closes ? outside.substring(at + 1) : outside.substring(0, at);
        }
        return firstPerson(outside);
    }

    /** Whether {@code text} has a first-person word: {@link #FIRST_PERSON}, an "I" not after {@link #NUMERAL_I}. */
    private static boolean firstPerson(String text) {
        StartFilteredPattern.Search words = FIRST_PERSON.search(text);
        while (words.find()) {
            int at = words.match().start();
            if (text.charAt(at) != 'I' || NUMERAL_I.stream().noneMatch(b -> text.startsWith(b, at - b.length()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first token of {@code s} that is the article's: after the dateline, byline or photo credit that opens it,
     * or the headline and stamp that scraping ran into it (page furniture).
     */
    static int articleStart(AnalyzedText text, Sentence s) {
        // a title's subject search asks again and again of one sentence: the last answer is kept, per thread, and
        // holds its text only weakly
        LastArticleStart last = LAST_ARTICLE_START.get();
        if (last.text.get() == text && last.sentence == s.index()) {
            return last.start;
        }
        int prefix = PageFurniture.prefixLength(text.textOf(s));
        int i = s.firstToken();
        while (prefix > 0 && i < s.endToken() && text.tokens().get(i).start() < s.start() + prefix) {
            i++;
        }
        LAST_ARTICLE_START.set(new LastArticleStart(new java.lang.ref.WeakReference<>(text), s.index(), i));
        return i;
    }

    /** Where the article's words of {@code s} begin ({@link #articleStart}), as a character offset; its end if none. */
    static int articleStartOffset(AnalyzedText text, Sentence s) {
        int first = articleStart(text, s);
        return first < s.endToken() ? text.tokens().get(first).start() : s.end();
    }

    /** The last sentence {@link #articleStart} answered for, on one thread. */
    private record LastArticleStart(java.lang.ref.WeakReference<AnalyzedText> text, int sentence, int start) {
    }

    /**
     * Whether a sentence's text is page furniture, speaks in its own voice or is a listing of dated items, whatever its
     * length and its end.
     */
    static boolean notProse(String sentence) {
        return PageFurniture.of(sentence).isPresent() || ownVoice(sentence) || listing(sentence)
                || truncated(sentence);
    }

    /**
     * A sentence that ends on a word an ellipsis cuts ("... piled more misery on a region b...", "back to the
     * epicenter of the wo..."): the teaser of another story that a page's strip of links ran into the text.
     */
    private static final Pattern TRUNCATED = Pattern.compile("\\p{L}(?:\\.\\.\\.|\u2026)[\"\u201D']?\\s*$");
    /**
     * How many characters a match of {@link #TRUNCATED} holds before its trailing spaces: a letter (two chars beyond
     * the BMP), three dots and a quote.
     */
    private static final int TRUNCATED_REACH = 6;

    /**
     * Whether {@link #TRUNCATED} is found in {@code sentence}. A match ends the sentence, so it is sought only in the
     * last {@value #TRUNCATED_REACH} characters before the trailing spaces and line ends, not from every letter.
     */
    private static boolean truncated(String sentence) {
        int end = sentence.length();
        while (end > 0 && (Character.isWhitespace(sentence.charAt(end - 1)) || sentence.charAt(end - 1) == '\u0085')) {
            end--; // all that \s and $ can take, and perhaps more: the search then starts earlier, never later
        }
        return TRUNCATED.matcher(sentence).region(Math.max(0, end - TRUNCATED_REACH), sentence.length()).find();
    }

    /**
     * A year that opens or closes an item of a listing: "1950: Stood first in BA", "Chandigarh, 1952; Stood". Tried
     * only where a word starts with "1" or "2".
     */
    private static final StartFilteredPattern LISTED_YEAR = StartFilteredPattern.compile(
            "\\b(?:1[89]|20)\\d{2}\\s*[:;]");

    /**
     * Whether the sentence lists dated items, two or more years each before a colon or a semicolon ("1950: Stood first
     * in BA (Hons), Economics, ... 1952; Stood first in MA ...", a curriculum vitae run together): no prose tells it.
     */
    private static boolean listing(String sentence) {
        StartFilteredPattern.Search m = LISTED_YEAR.search(sentence);
        return m.find() && m.find();
    }

    /**
     * Whether the sentence is prose: six words or more, ending with a full stop or an exclamation mark (perhaps
     * inside a quote; a question asserts nothing), and no page furniture. Headlines, captions, credits, reader
     * comments and "page last updated" lines are not.
     */
    static boolean isProse(AnalyzedText text, Sentence s) {
        if (s.endToken() - s.firstToken() < MIN_PROSE_TOKENS) {
            return false;
        }
        if (notProse(text.textOf(s))) {
            return false; // a reader's comment, the page's stamp or a photo caption (page-furniture.txt); a column
        }
        for (int i = s.endToken() - 1; i >= s.firstToken() && i >= s.endToken() - 3; i--) {
            char c = text.tokens().get(i).text().charAt(0);
            if (c == '.' || c == '!' || c == '?') {
                return true; // a question is no prose either, but ownVoice has told that
            }
            if (Character.isLetterOrDigit(c)) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether a word that makes the event hypothetical or expected stands shortly before it in its sentence, or it was
     * to have been and was not ("was to have begun").
     */
    static boolean hypothetical(AnalyzedText text, EventMention e) {
        return hypothetical(text, e, false);
    }

    /** The same, the "would" of a plan ({@link #futureWould}) no cue when {@code would} holds. */
    static boolean hypothetical(AnalyzedText text, EventMention e, boolean would) {
        Sentence s = text.sentenceOf(e.token());
        for (int i = e.token().index() - 1; i >= s.firstToken(); i--) {
            String w = text.tokens().get(i).text().toLowerCase(java.util.Locale.ROOT);
            if (i >= e.token().index() - CUE_REACH && HYPOTHETICAL.contains(w) && !(would && w.equals("would"))
                    && !(w.equals("expected") && expectedAct(text, e, i))
                    && !ClauseBoundaries.inARelativeAsideBefore(text.tokens(), s, i, e.token().index())) {
                return true;
            }
            // farther back, a cue that governs the event's that-clause: "estimates that up to 9,000 jobs in fishing
            // and tourism will be lost"
            if (w.equals("that") && i - 1 >= s.firstToken()
                    && HYPOTHETICAL.contains(text.tokens().get(i - 1).text().toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return insideOpeningCondition(text, s, e.token().index()) || wasToBe(text, e, true);
    }

    /**
     * Whether event {@code e} is a plan that reported speech tells with "would", as the news's future: a day after the
     * creation date ("Republicans would elect their Senate leadership Wednesday", written on Monday), no "would have",
     * no condition in the sentence ("if", "unless", "otherwise") and no wish or guess before it ("hoped",
     * "expected"). A "would" of the past ("would later become") names no day to come.
     */
    static boolean futureWould(AnalyzedText text, EventMention e, Mention timex, Optional<LocalDate> dct) {
        if (dct.isEmpty() || e.modality().filter(m -> m == Modality.WOULD).isEmpty() || !e.token().isVerb()
                || !DAY_VALUE.matcher(timex.value()).lookingAt() || timex.mod().isPresent()) {
            return false;
        }
        try {
            if (!LocalDate.parse(timex.value().substring(0, 10)).isAfter(dct.get())) {
                return false;
            }
        } catch (java.time.format.DateTimeParseException impossibleDay) {
            return false; // "February 30": no day to come
        }
        Sentence s = text.sentenceOf(e.token());
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            Token t = text.tokens().get(i);
            String w = t.lowerText();
            if (WOULD_CONDITIONS.contains(w) || w.equals("would") && i + 1 < s.endToken()
                    && text.tokens().get(i + 1).lowerText().equals("have")
                    || i < e.token().index() && !w.equals("would") && (HYPOTHETICAL.contains(w)
                    || WISHES.contains(t.lemma().toLowerCase(java.util.Locale.ROOT)))) {
                return false; // "hoped all the countries would return to back the motion next Tuesday": a wish
            }
        }
        return true;
    }

    /**
     * Whether "expected" at {@code at} governs {@code e} as a plan of its subject ("Rolf Ekeus was expected to arrive in
     * Baghdad Thursday", "Chirac is expected to announce the dissolution of parliament Monday"): "be expected to"
     * right before it, an act and not a change of a quantity ("stocks were expected to rise": a forecast), and not
     * "had been expected to" ("Denmark had been expected to present its resolution on Wednesday, but ...": a plan
     * that changed).
     */
    private static boolean expectedAct(AnalyzedText text, EventMention e, int at) {
        List<Token> tokens = text.tokens();
        return scheduled(text, e) == at && !Measures.changes(text, e)
                && !(at >= 2 && tokens.get(at - 1).lowerText().equals("been")
                && tokens.get(at - 2).lemma().equals("have"))
                && !toldAfterThat(text, at);
    }

    /**
     * Whether the clause of the word at {@code at} is what a saying before it tells, "that" between ("economists said
     * that the central bank was expected to hold its rates", "adding that stocks were expected to stabilise"): someone's
     * expectation, a forecast, not a plan.
     */
    private static boolean toldAfterThat(AnalyzedText text, int at) {
        List<Token> tokens = text.tokens();
        int first = text.sentenceOf(tokens.get(at)).firstToken();
        for (int i = at - 1; i > first; i--) {
            if (tokens.get(i).lowerText().equals("that")) {
                return SAYING.contains(tokens.get(i - 1).lemma().toLowerCase(java.util.Locale.ROOT));
            }
        }
        return false;
    }

    /**
     * Where the schedule stands that an infinitive's plan follows: "BP is [due] to publish its results on July 27",
     * "is scheduled/set/slated/expected to", "BP [plans] to open a plant"; -1 if none. The infinitive tells the planned
     * happening, as "will" does.
     */
    static int scheduled(AnalyzedText text, EventMention e) {
        List<Token> tokens = text.tokens();
        Sentence s = text.sentenceOf(e.token());
        int k = e.token().index() - 1;
        if (k - 2 < s.firstToken() || !tokens.get(k).lowerText().equals("to")) {
            return -1;
        }
        Token governor = tokens.get(k - 1);
        boolean plans = governor.lemma().equals("plan") && (governor.isVerb() && !governor.pos().equals("VBG")
                || pluralNounTakenForPlans(tokens, s, k - 1));
        return isScheduleAfterBe(tokens, k - 1) || plans ? k - 1 : -1;
    }

    /**
     * Whether "plans" at {@code at}, tagged a plural noun, is the verb of the name or pronoun before it ("MedImmune
     * plans/NNS to ship the vaccine in August"); not "the company's plans to", "its plans to", "expansion plans to".
     */
    private static boolean pluralNounTakenForPlans(List<Token> tokens, Sentence s, int at) {
        Token before = at - 1 >= s.firstToken() ? tokens.get(at - 1) : null;
        return tokens.get(at).lowerText().equals("plans") && before != null
                && (before.pos().startsWith("NNP") || before.pos().equals("PRP"))
                && at + 2 < s.endToken() && tokens.get(at + 2).pos().equals("VB");
    }

    /**
     * Whether the word at {@code at} (not the sentence's first) is a schedule after a form of "be": "is [due]", "are
     * [scheduled]", "was [expected]"; "is expected to" plans too, not "leaders expected to join", a noun phrase's
     * participle.
     */
    private static boolean isScheduleAfterBe(List<Token> tokens, int at) {
        String low = tokens.get(at).lowerText();
        Token before = tokens.get(at - 1);
        return (SCHEDULED.contains(low) || low.equals("expected")) && before.isVerb() && before.lemma().equals("be");
    }

    /** Verbs of a schedule whose past perfect passive tells a plan that was changed: "had been scheduled for". */
    private static final Set<String> SCHEDULE_VERBS = Set.of("schedule", "plan", "set", "slate", "expect");

    /**
     * Whether {@code e} is a schedule in the past perfect passive ("Fresh talks had been scheduled for November, but
     * were put off"): the plan as it stood before it changed, no happening at its date.
     */
    static boolean supersededPlan(AnalyzedText text, EventMention e) {
        int k = e.token().index();
        List<Token> tokens = text.tokens();
        int first = text.sentenceOf(e.token()).firstToken();
        return k - 2 >= first && SCHEDULE_VERBS.contains(e.token().lowerLemma())
                && tokens.get(k - 1).lowerText().equals("been") && tokens.get(k - 2).lowerText().equals("had");
    }

    /**
     * Whether {@code e}, not in the past tense, is dated "later" on the day the article was written ("The OPEC meeting,
     * which opens later Sunday", "is to be broadcast later on Sunday", written on Sunday): a plan of that day, still
     * to come when it was told.
     */
    static boolean laterThatDay(AnalyzedText text, EventMention e, Mention timex, String value, LocalDate dct) {
        List<Token> own = text.tokensIn(timex.start(), timex.end());
        if (dct == null || e.tense() == Tense.PAST || own.isEmpty() || own.get(0).index() == 0
                || !value.equals(dct.toString())) {
            return false;
        }
        int before = own.get(0).index() - 1;
        if (before > 0 && DATE_PREPOSITIONS_AFTER_LATER.contains(text.tokens().get(before).lowerText())) {
            before--; // "is to be broadcast later on Tuesday"
        }
        return text.tokens().get(before).lowerText().equals("later");
    }

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

    /** Prepositions between "later" and the day it is later on: "later on Tuesday", "later in the day". */
    private static final Set<String> DATE_PREPOSITIONS_AFTER_LATER = Set.of("on", "in");

    /**
     * Whether {@code e} was to be: "was to" or "were to" before it ("Ozawa was to meet Hashimoto on Thursday", "Verdi
     * was to be questioned later Sunday", a plan), or with {@code perfect} "was to have" ("The service was to have
     * begun on Thursday": it did not).
     */
    static boolean wasToBe(AnalyzedText text, EventMention e, boolean perfect) {
        return PAST_BE.contains(beBeforeTo(text, e, perfect));
    }

    /**
     * The word before the "to" of {@code e}'s infinitive in lower case, past "be" of a passive ("was to be
     * questioned") or, with {@code perfect}, only past "have" ("was to have begun"); "" when no "to" stands there.
     */
    private static String beBeforeTo(AnalyzedText text, EventMention e, boolean perfect) {
        List<Token> tokens = text.tokens();
        Sentence s = text.sentenceOf(e.token());
        int k = e.token().index() - 1;
        if (!perfect && k - 1 > s.firstToken() && tokens.get(k).lowerText().equals("be")
                && tokens.get(k - 1).lowerText().equals("to")) {
            k--; // a passive: "was to be questioned"
        }
        if (perfect) {
            if (k <= s.firstToken() || !tokens.get(k).lowerText().equals("have")) {
                return "";
            }
            k--;
        }
        return k - 1 >= s.firstToken() && tokens.get(k).lowerText().equals("to") ? tokens.get(k - 1).lowerText() : "";
    }

    /** The past of "be" before a plan's "to": "was to meet". */
    private static final Set<String> PAST_BE = Set.of("was", "were");

    /**
     * Whether {@code e} is to be: "is to", "are to" or "am to" before it ("Northway Air is to build a new cargo hub,
     * Dalen announced on Friday", "The plan is to be discussed on Monday"): a plan, told on the day it was made known.
     */
    static boolean isToBe(AnalyzedText text, EventMention e) {
        return e.token().pos().startsWith("VB") && PRESENT_BE.contains(beBeforeTo(text, e, false));
    }

    /** The present of "be" before a plan's "to": "is to build". */
    private static final Set<String> PRESENT_BE = Set.of("is", "are", "am", "'s", "'re");

    /**
     * Whether a comma before token {@code next} parts two adjectives of one noun: an adjective follows, maybe after an
     * adverb ("a reinvigorated, more virulent form").
     */
    private static boolean beforeAdjective(List<Token> tokens, int next) {
        Token t = tokens.get(next);
        boolean adverb = t.pos().startsWith("RB") && next + 1 < tokens.size();
        Token adjective = adverb ? tokens.get(next + 1) : t;
        return adjective.pos().startsWith("JJ") && Character.isLowerCase(t.text().charAt(0));
    }

    /**
     * Whether token {@code at} lies in a condition that opens its sentence, before the comma that closes it: "If a
     * reinvigorated, more virulent form appears late in the year, workers could prepare", however far the verb is
     * from "If".
     */
    private static boolean insideOpeningCondition(AnalyzedText text, Sentence s, int at) {
        int first = articleStart(text, s);
        if (first >= at || !CONDITIONS.contains(text.tokens().get(first).lowerText())) {
            return false;
        }
        for (int i = first + 1; i < at; i++) {
            if (text.tokens().get(i).text().equals(",") && !beforeAdjective(text.tokens(), i + 1)) {
                return false;
            }
        }
        return true;
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
            if ((w.equals("that") && !(e > last && relativeSubject(text.tokens(), last, i, e))) || w.equals("because") || w.equals("if")
                    || w.equals("whether")) {
                return true;
            }
        }
        int schedule = scheduled(text, a.event()); // "is due to hold": a schedule, no wish
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
                    && !Phrases.isParticipleAsFirstAdjective(text.tokens(), text.sentenceOf(other.token()).firstToken(),
                    o);
            boolean aside = o > e && ClauseBoundaries.trailingAttribution(text, e, o);
            // a report in the infinitive is a purpose, not this text's report ("packed the streets to say farewell")
            // and only a verb of saying: the model classes "called" as a report as often as not ("called in the army")
            // and a verb: "opened an investigation in August after a report by the comptroller" reports nothing
            boolean report = other.eventClass() == EventClass.REPORTING && other.tense() != Tense.INFINITIVE
                    && other.token().isVerb() && SAYING.contains(other.verbLemma());
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

    /** Whether the time expression lies between tokens {@code from} and {@code to} (exclusive). */
    static boolean within(AnalyzedText text, Mention timex, int from, int to) {
        List<Token> covered = text.tokensIn(timex.start(), timex.end());
        return !covered.isEmpty() && covered.get(0).index() > from && covered.get(covered.size() - 1).index() < to;
    }

    /**
     * Whether an event in the present tense is dated before the creation date: the present of a photo caption
     * ("Fire crews battle the blazing rig in April last year", "Teenagers sanitize their hands ... May 20, 2009"),
     * not a report of a happening, which news tells in the past tense.
     */
    static boolean caption(AnalyzedText text, EventMention e, Mention timex, Optional<java.time.LocalDate> dct) {
        if (DatedLists.opensALine(text, timex)) {
            // "Sept. 7: The government seizes Fannie Mae": a dated list tells its items in the present; "May 1: Birds
            // fly past oil booms", a gallery's caption, dates a picture, whatever its verbs tell
            return DatedLists.caption(text, timex);
        }
        if (e.tense() != Tense.PRESENT || e.aspect() != Aspect.NONE || dct.isEmpty() || !e.token().isVerb()) {
            return false; // "has hanged" tells a past happening
        }
        boolean participle = LanguageLayer.english().maybeSimplePast(e.token().text());
        if (participle && !(presentPassive(text, e) && captionDate(text, timex, true))) {
            // "hit" may be the past tense; after "is" a past participle is a present passive, a caption's when it
            // ends on a full date ("The damaged hull is raised from the Gulf of Finland on March 3, 2011.")
            return false;
        }
        if (opensTheSentenceWithItsComma(text, timex)
                && !ClauseBoundaries.inRelativeClause(text, e.token().index())) {
            return false; // "On March 12, 1933, Roosevelt delivers his first fireside chat": a narrative's present
        }
        try {
            When w = when(timex.value(), timex.mod().orElse(null));
            if (participle) {
                return !w.latestDay().isAfter(dct.get()); // a present passive's full date, not to come
            }
            // on the article's own day, a caption shows by its date: the page's stamp before the article's sentence
            // ("... 20.27 BST A sign at a BP petrol station is reflected in raindrops") or a full date with its year
            // that ends the sentence ("A police woman wears a mask in Mexico City April 24, 2009.")
            return w.latestDay().isBefore(dct.get())
                    || !w.latestDay().isAfter(dct.get())
                    && (stampDated(text, e, timex) || captionDate(text, timex, false));
        } catch (IllegalArgumentException | UnsupportedOperationException notADay) {
            return false;
        }
    }

    /** Whether "is" or "are" stands right before {@code e}, maybe past adverbs: a present passive ("is raised"). */
    private static boolean presentPassive(AnalyzedText text, EventMention e) {
        int k = e.token().index() - 1;
        int first = text.sentenceOf(e.token()).firstToken();
        while (k > first && text.tokens().get(k).pos().startsWith("RB")) {
            k--;
        }
        String low = k >= first ? text.tokens().get(k).lowerText() : "";
        return low.equals("is") || low.equals("are");
    }

    /**
     * Whether {@code timex} opens its sentence, after a preposition or none, and a comma follows it ("On March 12,
     * 1933, Roosevelt delivers ..."): a caption puts its date last, and such a date dates the clause after it.
     */
    static boolean opensTheSentenceWithItsComma(AnalyzedText text, Mention timex) {
        List<Token> covered = text.tokensIn(timex.start(), timex.end());
        if (covered.isEmpty()) {
            return false;
        }
        Sentence s = text.sentenceOf(covered.get(0));
        int start = articleStart(text, s); // past a page's stamp or a link's label before it
        int first = covered.get(0).index();
        int after = covered.get(covered.size() - 1).index() + 1;
        boolean opens = first == start || first - 1 == start && text.tokens().get(first - 1).pos().equals("IN");
        return opens && after < s.endToken() && text.tokens().get(after).text().equals(",");
    }

    /** Whether {@code timex} lies in the page's stamp before the article's sentence that holds event {@code e}. */
    static boolean stampDated(AnalyzedText text, EventMention e, Mention timex) {
        Sentence s = text.sentenceOf(e.token());
        int start = articleStart(text, s);
        return start > s.firstToken() && timex.end() <= text.tokens().get(start).start();
    }

    /**
     * Whether {@code timex} is written as a caption dates its picture: a day with its year ("April 24, 2009"), after
     * a preposition only where {@code afterAPreposition} ("on March 3, 2011"), and nothing but the sentence's full
     * stop after it.
     */
    private static boolean captionDate(AnalyzedText text, Mention timex, boolean afterAPreposition) {
        List<Token> covered = text.tokensIn(timex.start(), timex.end());
        if (covered.isEmpty() || !YEAR_IN_DATE.matcher(timex.text()).find() || timex.value().length() != 10) {
            return false;
        }
        Token first = covered.get(0);
        Token last = covered.get(covered.size() - 1);
        Sentence s = text.sentenceOf(first);
        boolean governed = first.index() > s.firstToken() && text.tokens().get(first.index() - 1).pos().equals("IN");
        boolean ends = last.index() + 1 == s.endToken() || last.index() + 2 == s.endToken()
                && text.tokens().get(last.index() + 1).text().equals(".");
        return (afterAPreposition || !governed) && ends;
    }

    /**
     * Whether the reporting verb at token {@code report} closes the sentence as an attribution of the event at
     * {@code event}: a comma after the event, then only the speaker's noun phrase before the verb ("Troops killed a
     * militant, a press release of the defence ministry said Tuesday"). Such a report dates the happening it tells.
     */
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
        if (tokens.get(i).lowerText().equals("before") && Phrases.isBody(head)) {
            return false; // "appeared before the House energy committee on Tuesday": before whom, not before when
        }
        if (i - 1 > event && SAME_DAY_ORDERS.contains(tokens.get(i - 1).lowerText())) {
            return false; // "crashed shortly after take-off on Wednesday": moments after it, on its day
        }
        return words > 0 && i > event && BOUNDS.contains(tokens.get(i).text().toLowerCase(java.util.Locale.ROOT))
                && !tokens.get(i).text().equalsIgnoreCase("by");
    }

    /**
     * Whether a date is a part of a day or a clock time ("this morning", "at 11:30"): a move then is a quote within
     * the day; "today" or "on Tuesday" may be the day's close.
     */
    private static boolean intraday(Mention t) {
        return t.value().indexOf('T') > 0;
    }

    /**
     * Whether the event is an infinitive that another verb governs ("gave them a deadline to submit a report", "plans
     * to tell the committee"): that verb's clause tells the happening, if any. "Is to" is the news's future ("He is
     * to leave Monday for Lebanon"), not governed.
     */
    static boolean governedInfinitive(AnalyzedText text, EventMention e) {
        if (e.tense() != Tense.INFINITIVE || !e.token().isVerb() || scheduled(text, e) >= 0) {
            return false;
        }
        int i = e.token().index() - 1;
        Sentence s = text.sentenceOf(e.token());
        while (i > s.firstToken() && text.tokens().get(i).pos().equals("RB")) {
            i--;
        }
        if (i <= s.firstToken() || !Phrases.low(text.tokens().get(i)).equals("to")) {
            return true;
        }
        Token before = text.tokens().get(i - 1);
        // "BP had to move the device on Saturday": what one had to do, one did
        boolean hadTo = Phrases.low(before).equals("had") && before.isVerb();
        return !(before.lemma().equals("be") && before.isVerb()) && !hadTo && !managed(before);
    }

    /** Whether {@code t} is "managed" before an infinitive: "BP managed to cap the well in July" capped it. */
    static boolean managed(Token t) {
        return Phrases.low(t).equals("managed") && t.isVerb();
    }

    static boolean isHappening(AnalyzedText text, TimeAnchor a) {
        return isHappening(text, a, false);
    }

    /** The same for a "would" of a plan when {@code would} holds ({@link #futureWould}). */
    static boolean isHappening(AnalyzedText text, TimeAnchor a, boolean would) {
        EventMention e = a.event();
        Mention t = a.timex();
        if (!isHappeningEvent(text, e, would) || a.confidence() < MIN_ANCHOR) {
            return false;
        }
        if (t.type() != TimexType.DATE && t.type() != TimexType.TIME) {
            return false;
        }
        if (HOLIDAY_APPOSITION.matcher(text.text()).region(t.end(), Math.min(text.text().length(), t.end()
                + HOLIDAY_REACH)).lookingAt()) {
            return false; // "The stock market will be closed Monday, a local public holiday": a calendar day
        }
        try {
            When w = when(t.value(), t.mod().orElse(null));
            // "Exports rose 4% in March" measures March: a statistic, no happening; "on Monday" may be one
            // "Shares fell 5% this morning": a move within the day the article was written is a quote, no happening
            // "Crude rose slightly in electronic trade Tuesday": a quote within the session
            // "Toyota sold 2.1 million cars in the first half": how much flowed over a period, a figure, as is a
            // change by a share ("output expanded by 0.7 percent in November")
            boolean period = w != null && w.precision().compareTo(Precision.DAY) < 0;
            return w != null && !(Measures.changes(text, e) && (period || intraday(t)
                    || Measures.withinTheSession(text, e) || Measures.endOfAPeriod(text, t)))
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

    /** The same, a "would" of a plan ({@link #futureWould}) asserting as "will" does when {@code would} holds. */
    static boolean isHappeningEvent(AnalyzedText text, EventMention e, boolean would) {
        // whatever class the recognizer gives a decision ("authorized" may come out as a state of mind); a verb with
        // its particle counts as the entry it makes ("called off the strike", "called up reservists")
        int next = e.token().index() + 1;
        String particle = particleAfter(text.tokens(), next);
        boolean decision = (e.eventClass() == EventClass.I_ACTION || e.eventClass() == EventClass.REPORTING
                || e.eventClass() == EventClass.I_STATE) && e.token().isVerb()
                && (DECISIONS.contains(e.verbLemma()) || DECISIONS.contains(e.verbLemma() + " " + particle)
                || beginsAnAct(text, e) || admittedTo(text, e) || pledgesAnAmount(text, e) || confirmsAFirst(text, e)
                || AnnouncedPlans.mayCommit(text, e.token().index()));
        boolean asserted = e.isAsserted() || would && e.polarity() == Polarity.POS;
        // "will stand trial": whatever class the recognizer gives the verb ("stand" may come out as a state)
        boolean phrase = e.token().isVerb() && next < text.tokens().size()
                && HAPPENING_OBJECTS.contains(e.verbLemma() + " " + text.tokens().get(next).lowerText());
        return (HAPPENINGS.contains(e.eventClass()) || decision || phrase) && asserted
                && !(NOT_HAPPENINGS.contains(e.verbLemma()) && !liftsOff(text, next) && !pledgesAnAmount(text, e)
                && !phrase)
                && !NOT_HAPPENINGS.contains(e.verbLemma() + " " + particle)
                && !describes(text, e)
                && !refusesToSpeak(text, e)
                && !CalledOff.isCalledOff(text, e)
                && !schedulesAnInfinitive(text, e)
                && (e.token().isVerb() || e.confidence() >= MIN_NOUN);
    }

    /**
     * Whether {@code e} is the schedule of the infinitive after it ("Officials are [scheduled] to testify on Thursday",
     * "is [due] to open"): the infinitive tells the planned happening ({@link #scheduled}), the schedule none.
     */
    private static boolean schedulesAnInfinitive(AnalyzedText text, EventMention e) {
        List<Token> tokens = text.tokens();
        int at = e.token().index();
        Sentence s = text.sentenceOf(e.token());
        return at - 1 >= s.firstToken() && at + 2 < s.endToken() && isScheduleAfterBe(tokens, at)
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
                && (ClauseTitles.isSpeech(tokens.get(to + 1)) || ClauseSubjects.isReportingVerb(tokens.get(to + 1)));
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
                || Phrases.isNounPhraseStart(tokens.get(next)) && !tokens.get(next).pos().startsWith("NNP")
                || tokens.get(next).pos().equals("VBP") || tokens.get(next).pos().equals("VB")); // "begun work/VBP"
    }

    /**
     * The word that may be the particle of a verb ending before token {@code at}, lower case, past "here" or "there"
     * and a day's name ("called here Monday for a new sense of urgency", "called on Thursday for early elections");
     * empty at the end of the text.
     */
    private static String particleAfter(List<Token> tokens, int at) {
        int i = at;
        for (int skipped = 0; i < tokens.size() && skipped < 3; skipped++) {
            String w = tokens.get(i).lowerText();
            if (w.equals("here") || w.equals("there") || DAY_NAMES.contains(w)) {
                i++;
            } else if ((w.equals("on") || w.equals("late") || w.equals("early")) && i + 1 < tokens.size()
                    && DAY_NAMES.contains(tokens.get(i + 1).lowerText())) {
                i += 2;
            } else {
                break;
            }
        }
        return i < tokens.size() ? tokens.get(i).lowerText() : "";
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
