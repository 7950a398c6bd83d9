package dev.timeline.happening;

import dev.timeline.event.Aspect;
import dev.timeline.event.EventMention;
import dev.timeline.event.Tense;
import dev.timeline.tag.Mention;
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
import java.util.regex.Pattern;

/**
 * What a sentence says of a quantity or a mood rather than of a happening: how a quantity changed ({@code
 * statistic-verbs.txt}), the level it stood at ({@code level-verbs.txt}), how much of it flowed over a period ({@code
 * flow-verbs.txt}), a mood that grows or eases ({@code mood-nouns.txt}), a state that became true, a quantity someone
 * had ({@code holding-verbs.txt}). The rules, each with its examples, are the resources. Stateless.
 */
final class Measures {
    private static final Set<String> CHANGES = Lexicons.firstColumn("statistic-verbs.txt");
    private static final Set<String> LEVELS = Lexicons.firstColumn("level-verbs.txt");
    private static final Set<String> FLOWS = Lexicons.firstColumn("flow-verbs.txt");
    static final Set<String> MOODS = Lexicons.firstColumn("mood-nouns.txt");
    private static final Set<String> SESSION_PHRASES = Lexicons.firstColumn("trading-session-phrases.txt");
    /**
     * A period that runs up to the time of writing: "the past month", "the last five years", "past 24 hours"; not a
     * calendar unit ("last year", "last week").
     */
    private static final Pattern PERIOD_TO_NOW = Pattern.compile(
            "(?i)the (?:past|last) (?:[\\w-]+ )?(?:days?|weeks?|months?|years?|decades?)"
            + "|(?:past|last) [\\w-]+ (?:days|weeks|months|years|decades)");
    /** Which quantities a verb of having makes a figure of: the second column of {@code holding-verbs.txt}. */
    private enum Quantities {
        /** Any number: "had 1,039 fans". */
        ANY,
        /** Only a sum, a share or a large amount ({@link #isAmount}): "held 50m barrels", not "held three men". */
        AMOUNT
    }

    /** Verbs of having, each with the quantities it makes a figure of. */
    private static final java.util.Map<String, Quantities> HOLDINGS = java.util.Map.copyOf(
            com.google.common.collect.Maps.transformValues(Lexicons.secondColumn("holding-verbs.txt"),
                    column -> Quantities.valueOf(column.toUpperCase(java.util.Locale.ROOT))));
    /** TIMEX3 values of a period coarser than a day: a year, a month, a quarter, a half or a season. */
    static final Pattern PERIOD_VALUE = Pattern.compile("\\d{4}(-(\\d{2}|Q\\d|H\\d|SP|SU|FA|WI))?");
    /** How far before its verb the share that opens a clause may stand. */
    private static final int PROPORTION_REACH = 14;
    /** Nouns of a share of a whole, before "of": "half of", "a third of", "the majority of". */
    private static final Set<String> SHARES = Set.of("half", "third", "thirds", "quarter", "quarters", "fifth",
            "majority", "minority", "proportion", "share", "fraction", "most");
    /** Words that open a clause after "of", which makes a share a comparison: "half of what the tanker spilled". */
    private static final Set<String> WH_WORDS = Set.of("what", "which", "whatever", "those", "that");
    /** Words that make a share approximate: "almost half of", "more than a third of". */
    private static final Set<String> APPROXIMATIONS = Set.of("almost", "nearly", "about", "around", "roughly", "some",
            "more", "less", "fewer", "than", "over", "under", "just", "the");
    /** What a holder sells as one transaction, never a flow: "6.25 million shares were sold in June". */
    private static final Set<String> SECURITIES = Set.of("share", "stake", "stock", "bond", "holding");
    /** Verbs that begin, go on with or end what follows them: "started slowing down", "began to rise". */
    private static final Set<String> ASPECTUAL = Set.of("start", "begin", "continue", "keep", "stop", "resume");
    /** Nouns of a rate or level, which a verb of flow or report gives for a period: "the unemployment rate". */
    private static final Set<String> RATES = Set.of("rate", "index", "level", "ratio", "percentage");
    /** Verbs that give a rate for a period as a figure: "released a jobless rate of 15.3 percent in September". */
    private static final Set<String> RATE_VERBS = Set.of("release", "post", "record", "report", "publish", "hit",
            "reach");
    /** A number written with its magnitude or as a percentage: "50m", "2.5bn", "20%". */
    private static final Pattern LARGE_NUMBER = Pattern.compile("[\\d.,]+(m|bn|k|%)");
    /** Words after a number that make it a share or a large amount: "20 percent", "2 million shares". */
    private static final Set<String> AMOUNT_WORDS = Set.of("percent", "%", "per", "million", "billion", "trillion",
            "bn", "m");
    /** Words that may open a quantity before its number: "had about 500", "held between $350,000 and $750,000". */
    private static final Set<String> QUANTIFIERS = Set.of("about", "some", "around", "nearly", "almost", "over",
            "under", "between", "just", "roughly", "only", "approximately", "up", "to", "more", "less", "fewer", "than",
            "at", "least", "close", "an", "estimated", "still");
    /** How many words a determined object of a verb of change may run to its noun: "a ban", "its new offer". */
    private static final int DETERMINED_OBJECT_REACH = 3;
    /** A number or a currency sign as one token. */
    private static final Pattern NUMBER_OR_CURRENCY = Pattern.compile("[\\d.,]*\\d[\\d.,]*|[$€£¥]");
    /** Parts of a day, which a determiner makes a date, not an object: "rose this morning". */
    private static final Set<String> DAY_PARTS = Set.of("morning", "afternoon", "evening", "night", "weekend");
    /** Nouns that measure what a verb of change moved: "gained a point", "slipped a notch", "rose a bit". */
    private static final Set<String> MEASURE_OBJECTS = Set.of("point", "points", "notch", "notches", "bit", "lot",
            "record", "tenth", "penny", "cent", "cents", "level", "peak", "high", "low", "gdp", "output", "price",
            "prices");
    /** Verbs by which a mood changes, besides those of {@code statistic-verbs.txt}. */
    private static final Set<String> MOOD_CHANGES = Set.of("mount", "build", "fade", "subside", "deepen", "intensify",
            "spread", "linger", "persist", "erode", "evaporate", "wane", "heighten", "simmer", "grip", "sweep", "seize",
            "engulf", "reign", "prevail", "switch", "shift", "turn"); // "attention switched to the summit"
    /** Words between a period and the date that ends it: "the week to Friday", "the year ending March 31". */
    private static final Set<String> PERIOD_ENDS = Set.of("to", "through", "till", "until", "ending", "ended");
    /** Periods a change is measured over. */
    private static final Set<String> PERIODS = Set.of("hours", "day", "days", "week", "weeks", "month", "months",
            "quarter", "quarters", "year", "years", "period");
    /** Prepositions after the head noun of a subject: "Fears of a pandemic", "Concern over the dam". */
    private static final Set<String> HEAD_PREPOSITIONS = Set.of("of", "over", "about", "in", "on", "among", "with");
    /** How far before a noun the verb whose object it ends may come: "registered a 6.1-percent growth". */
    private static final int OBJECT_REACH = 5;
    /** Verbs of level that quote a market within its session, not at its close: "opened higher", "traded lower". */
    private static final Set<String> WITHIN_THE_SESSION = Set.of("open", "trade");
    /** Verbs of level that close a session: "closed higher", "ended down 2 percent", "finished flat". */
    private static final Set<String> SESSION_ENDS = Set.of("close", "end", "finish", "settle");
    /** Where a verb of level leaves a market or a quantity: "opened higher", "traded mixed". */
    static final Set<String> DIRECTIONS = Set.of("higher", "lower", "up", "down", "flat", "steady", "mixed",
            "firmer", "weaker", "stronger", "unchanged");
    /** How far after a verb of level its "at", "to" or "around" may come: "closed up 2 percent at 1,866.36". */
    private static final int LEVEL_REACH = 4;
    /** Verbs that link a subject to an adjective that tells its state ("became evident", "appeared determined"). */
    private static final Set<String> LINKING_VERBS = Set.of("become", "appear", "look", "prove", "seem", "sound",
            "feel", "grow", "get"); // "get" with a comparative only: "things got worse", not "talks got underway"

    private Measures() {
    }

    /** A title that opens on a count made approximate: "More than 8,340 illegal immigrants", "Almost 5 million". */
    private static final Pattern APPROXIMATE_COUNT = Pattern.compile("(?i)(?:at least|"
            + String.join("|", NounPhrases.APPROXIMATORS) + ") (?:[\\d,.]+|two|three|four|five|six|seven|eight|nine|ten"
            + "|a dozen|dozens|hundreds|thousands)\\b.*");
    /** A TIMEX3 value of a year, a decade, a season, a quarter or a half: longer than a month. */
    private static final Pattern LONG_PERIOD_VALUE = Pattern.compile("\\d{3,4}(?:-(?:SP|SU|FA|WI|Q\\d|H\\d))?");

    /**
     * Whether {@code title}, dated {@code value}, counts a happening over a whole year or season, a total rather than
     * a happening: "More than 8,340 illegal immigrants are detained" last year, "Almost 5 million people are infected
     * with HIV" in 2005, a count of thousands ({@link #LARGE_COUNT}); "More than 30 people are injured" on Sunday is a
     * happening.
     */
    static boolean approximateTotal(String title, String value) {
        return LONG_PERIOD_VALUE.matcher(value).matches() && APPROXIMATE_COUNT.matcher(title).matches()
                || countOfThousands(title, value);
    }

    /**
     * Whether {@code title}, dated {@code value}, opens on a count of thousands ({@link #LARGE_COUNT}) over a year or
     * a season without its cause: a total of the period, whatever the clause ("10,000 people die in the US" in 2008).
     */
    static boolean countOfThousands(String title, String value) {
        return LONG_PERIOD_VALUE.matcher(value).matches() && LARGE_COUNT.matcher(title).lookingAt()
                && !title.contains(" when ");
    }

    /**
     * A title that opens on a count of thousands, not its cause: "5,039 people are killed in non-political violence"
     * in 1994, "1.24 million university and college graduates graduate" this year ("1,800 are killed when a mudslide
     * ..." tells its happening).
     */
    private static final Pattern LARGE_COUNT = Pattern.compile(
            "\\d{1,3}(?:,\\d{3})+\\b|[\\d.]+ (?:million|billion)\\b");

    /** Whether {@code lemma} tells how a quantity changed ({@code statistic-verbs.txt}): "rise", "fall", "double". */
    static boolean isChange(String lemma) {
        return CHANGES.contains(lemma);
    }

    /** Adverbs of a small degree: "eased slightly", "rose marginally". */
    private static final Set<String> SLIGHT = Set.of("slightly", "marginally", "fractionally", "modestly");

    /**
     * Whether a change verb {@code e} is said to be small, by an adverb right before or after it or one word on ("Oil
     * prices fell slightly Wednesday", "slightly eased", "rose only marginally"): a small move is no news.
     */
    static boolean slight(AnalyzedText text, EventMention e) {
        List<Token> tokens = text.tokens();
        Sentence s = text.sentenceOf(e.token());
        int at = e.token().index();
        for (int k = Math.max(s.firstToken(), at - 1); k < Math.min(s.endToken(), at + 3); k++) {
            if (k != at && SLIGHT.contains(Phrases.low(tokens.get(k)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether verb {@code e} tells how a quantity changed: a verb of {@code statistic-verbs.txt}, not as a phrasal verb
     * of something that broke ("Enron fell apart in 2001"), or a verb that begins or goes on with one ("started
     * slowing down").
     */
    static boolean changes(AnalyzedText text, EventMention e) {
        List<Token> tokens = text.tokens();
        int next = e.token().index() + 1;
        if (ASPECTUAL.contains(e.verbLemma()) && next < tokens.size()) {
            // "Population growth started slowing down in 2000", "Prices began to rise in May": the change it begins
            int verb = tokens.get(next).lowerText().equals("to") ? next + 1 : next;
            String lemma = verb < tokens.size() ? tokens.get(verb).lemma().toLowerCase(java.util.Locale.ROOT) : "";
            return verb < tokens.size() && tokens.get(verb).isVerb() && (isChange(lemma) || lemma.equals("slow"));
        }
        return isChange(e.verbLemma()) && !(next < tokens.size() && tokens.get(next).lowerText().equals("apart"))
                && !actsOnAThing(tokens, text.sentenceOf(e.token()), next);
    }

    /**
     * Whether the words from {@code at} are a determined object that counts nothing, which makes a verb of change an
     * act on a thing ("Governor Welk eased a ban on night fishing", "dropped its bid", "added a third shift"), not a
     * statistic ("chalked up a 12 percent rise", "gained a third", "shed 40,000 jobs").
     */
    static boolean actsOnAThing(List<Token> tokens, Sentence s, int at) {
        if (at >= s.endToken() || !(tokens.get(at).pos().equals("DT") || tokens.get(at).pos().equals("PRP$"))) {
            return false;
        }
        for (int i = at + 1; i < s.endToken() && i <= at + DETERMINED_OBJECT_REACH; i++) {
            Token t = tokens.get(i);
            String low = t.lowerText();
            boolean ordinal = SHARES.contains(low) && i + 1 < s.endToken() && tokens.get(i + 1).isNoun();
            if (counts(t) || AMOUNT_WORDS.contains(low) || SHARES.contains(low) && !ordinal
                    || MEASURE_OBJECTS.contains(low) || RATES.contains(low)
                    || isChange(t.lemma().toLowerCase(java.util.Locale.ROOT))) {
                return false;
            }
            if (t.isNoun()) {
                return !PERIODS.contains(low) && !DAY_PARTS.contains(low) && !countedAfter(tokens, s, i + 1);
            }
            if (!t.pos().startsWith("JJ") && !ordinal) {
                return false; // "added a third/JJ shift"
            }
        }
        return false;
    }

    /** Whether {@code t} is a number or a currency sign, however tagged: "18", "$", "7.5". */
    private static boolean counts(Token t) {
        return t.pos().equals("CD") || t.pos().equals("$") || NUMBER_OR_CURRENCY.matcher(t.text()).matches();
    }

    /**
     * Whether a number follows the object that ends before {@code at}, right after it or after "to" or "by" within the
     * clause: "averaged a modest 18", "tripled its estimate of costs to $7.5 billion".
     */
    private static boolean countedAfter(List<Token> tokens, Sentence s, int at) {
        for (int i = at; i < s.endToken() && i <= at + DETERMINED_OBJECT_REACH; i++) {
            Token t = tokens.get(i);
            if (counts(t)) {
                return i == at || tokens.get(i - 1).pos().equals("TO") || Phrases.low(tokens.get(i - 1)).equals("by")
                        || counts(tokens.get(i - 1));
            }
            if (t.text().equals(",") || t.isVerb()) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether the sentence of {@code e} places a move inside one trading session ({@code
     * trading-session-phrases.txt}: "in early trade", "at the start of trading"): a quote, not the day's close.
     */
    static boolean withinTheSession(AnalyzedText text, EventMention e) {
        String sentence = text.textOf(text.sentenceOf(e.token())).toLowerCase(java.util.Locale.ROOT);
        for (String phrase : SESSION_PHRASES) {
            if (sentence.contains(phrase)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether date {@code t} ends the period a change is measured over: "tripled in the week to Friday", "rose 3% in
     * the 12 months through June", "in the week ending Saturday".
     */
    static boolean endOfAPeriod(AnalyzedText text, Mention t) {
        List<Token> covered = text.tokensIn(t.start(), t.end());
        if (covered.isEmpty()) {
            return false;
        }
        int i = covered.get(0).index();
        Sentence s = text.sentenceOf(covered.get(0));
        if (i - 2 < s.firstToken()) {
            return false;
        }
        String link = Phrases.low(text.tokens().get(i - 1));
        String period = Phrases.low(text.tokens().get(i - 2));
        return PERIOD_ENDS.contains(link) && PERIODS.contains(period);
    }

    /** Prepositions whose object is a number of people or things, not a level: "settled with around 150 people". */
    private static final Set<String> COUNTED_WITH = Set.of("with", "of", "among", "for");

    /**
     * Whether verb {@code e} reports the level a quantity stood at ({@code level-verbs.txt}, or a verb of {@code
     * statistic-verbs.txt}): a word of {@link #LEVEL_PREPOSITIONS} ("at", "to", "around") and a number follow it
     * within {@value #LEVEL_REACH} words in its clause, the number not part of one of {@code datesOfSentence} ("opened
     * at 10 a.m." is a time); or it opens, trades or closes in a direction, a quote within the session or the
     * session's close ("opened higher", "closed lower", "ended down 4 percent"; a date before the move too: "ended
     * Tuesday trading down 2.3%"); or it reaches a high or a low ({@link #reachesAnExtreme}); or it compares a
     * session's {@link #BREADTH} ("Losers led gainers").
     */
    static boolean level(AnalyzedText text, EventMention e, List<Mention> datesOfSentence) {
        if (e.token().isVerb() && REACHING.contains(e.verbLemma())) {
            return reachesAnExtreme(text, e) || reachesAPrice(text, e);
        }
        if (e.token().isVerb() && TALLYING.contains(e.verbLemma()) && raisesATally(text, e)) {
            return true; // "The deaths of six more soldiers raised the death toll for October to 93": a running toll
        }
        int before = e.token().index() - 1;
        while (before > 0 && text.tokens().get(before).pos().equals("RB")) {
            before--; // "Gainers narrowly beat losers"
        }
        if (e.token().isVerb() && before >= 0 && BREADTH.contains(Phrases.low(text.tokens().get(before)))) {
            return true; // "Losers led gainers by 252 to 235": how many shares fell and rose, the session's breadth
        }
        if (!e.token().isVerb() || !LEVELS.contains(e.verbLemma()) && !CHANGES.contains(e.verbLemma())) {
            return false;
        }
        List<Token> tokens = text.tokens();
        Sentence s = text.sentenceOf(e.token());
        int end = Math.min(s.endToken() - 1, e.token().index() + LEVEL_REACH);
        // a session's close, not a closure: "closed up 0.3 percent", not "was closed"
        boolean closes = SESSION_ENDS.contains(e.verbLemma()) && !Phrases.afterBe(tokens, s, e.token().index());
        int next = e.token().index() + 1;
        while (next < end && tokens.get(next).pos().startsWith("RB") && !DIRECTIONS.contains(Phrases.low(
                tokens.get(next)))) {
            next++; // "opened slightly higher"
        }
        if ((WITHIN_THE_SESSION.contains(e.verbLemma()) || closes && !shutDown(tokens, next, end)) && next <= end
                && DIRECTIONS.contains(Phrases.low(tokens.get(next)))) {
            // "US stocks opened higher Tuesday": a quote within the session, as "in early trade" is; "Share prices
            // closed up 0.3 percent Wednesday", "US stocks ended higher": the session's close, a market's statistic
            return true;
        }
        boolean direction = false;
        boolean amount = false;
        boolean afterADate = false;
        for (int i = e.token().index() + 1; i <= end; i++) {
            String low = Phrases.low(tokens.get(i));
            if (low.equals(",") || low.equals(";")) {
                return false;
            }
            // "ended Tuesday trading down 2.3%": where a price closed, a quote that a title cut at the date would
            // leave bare; "closed down 4 percent in Oslo on Wednesday" is the day's move
            boolean date = inADate(tokens.get(i), datesOfSentence);
            afterADate |= date && !direction;
            direction |= DIRECTIONS.contains(low);
            amount |= tokens.get(i).pos().equals("CD") && !date;
            if (LEVELS.contains(e.verbLemma()) && direction && amount && (afterADate
                    || WITHIN_THE_SESSION.contains(e.verbLemma()) // "opened 207 points lower"
                    || closes)) {
                return true; // "closed 0.6 percent higher"
            }
            if (LEVEL_PREPOSITIONS.contains(low) && i + 1 < tokens.size()
                    && !COUNTED_WITH.contains(Phrases.low(tokens.get(i - 1)))) { // "settled with around 150 people"
                // "closed at $4.95", "at £4.95"
                Token n = NounPhrases.CURRENCY_SIGNS.contains(tokens.get(i + 1).text()) && i + 2 < tokens.size()
                        ? tokens.get(i + 2) : tokens.get(i + 1);
                boolean number = n.pos().equals("CD") || Character.isDigit(n.text().charAt(0)); // "61.30/NNP"
                return number && !inADate(n, datesOfSentence);
            }
        }
        return false;
    }

    /**
     * Whether "up" or "down" at {@code next} is a particle with no amount after it ("the plant closed down on
     * Monday", "ended up in court"), not a market's move ("closed down 4 percent").
     */
    private static boolean shutDown(List<Token> tokens, int next, int end) {
        String low = Phrases.low(tokens.get(next));
        if (!low.equals("up") && !low.equals("down")) {
            return false;
        }
        for (int k = next + 1; k <= end && k < tokens.size(); k++) {
            if (tokens.get(k).pos().equals("CD")) {
                return false;
            }
            if (!tokens.get(k).pos().equals("RB")) {
                break; // past the adverbs only: "closed down almost 7 percent"
            }
        }
        return true;
    }

    /** The counts of a market's breadth, before the verb that compares them: "Losers led gainers by 252 to 235". */
    private static final Set<String> BREADTH = Set.of("gainers", "losers", "advancers", "decliners", "advances",
            "declines");
    /** Verbs that reach a level: "hit a record low of 94 pence", "reached a two-year high", "touched a low". */
    private static final Set<String> REACHING = Set.of("hit", "reach", "touch", "strike", "plumb");
    /** The nouns of a quantity's extreme: "a record low", "a 13-year high", "fresh highs". */
    private static final Set<String> EXTREMES = Set.of("high", "low", "highs", "lows", "peak");

    /** Verbs that move a running count to its new figure: "raised the death toll to 93", "brings the tally to". */
    private static final Set<String> TALLYING = Set.of("raise", "bring", "push", "take", "lift", "increase", "put");
    /** Nouns of a running count: "the death toll", "its global tally", "the total". */
    private static final Set<String> TALLIES = Set.of("toll", "tally", "total");
    /** How far after its verb the noun of a tally may stand: "raised the US military death toll". */
    private static final int TALLY_REACH = 6;

    /**
     * Whether verb {@code e} of {@link #TALLYING} takes a running count of {@link #TALLIES} for its object, within
     * {@value #TALLY_REACH} words with no comma: the count's new figure, a statistic, whatever happening moved it.
     */
    private static boolean raisesATally(AnalyzedText text, EventMention e) {
        List<Token> tokens = text.tokens();
        // the head of its phrase, whatever its tag ("its global tally/IN of"; not "total output")
        return inItsObject(text, e, 1, TALLY_REACH, i -> TALLIES.contains(Phrases.low(tokens.get(i)))
                && !tokens.get(i).isVerb() && (i + 1 >= tokens.size() || !tokens.get(i + 1).isNoun()));
    }

    /**
     * Whether verb {@code e} of {@link #REACHING} has an extreme of {@link #EXTREMES} for its object, within {@value
     * #LEVEL_REACH} words with no comma: a level a quantity stood at ("Shares hit a record low of 94 pence"), not the
     * happening that moved it.
     */
    private static boolean reachesAnExtreme(AnalyzedText text, EventMention e) {
        List<Token> tokens = text.tokens();
        // "a record low", "an all-time high"; not "hit high/RB"
        return inItsObject(text, e, 2, LEVEL_REACH, i -> EXTREMES.contains(Phrases.low(tokens.get(i)))
                && !tokens.get(i - 1).isVerb());
    }

    /** Units of a price or an index: "hit 125.86 yen", "reached 10,000 points". */
    private static final Set<String> PRICE_UNITS = Set.of("yen", "dollars", "euros", "pounds", "cents", "points",
            "percent");

    /**
     * Whether verb {@code e} of {@link #REACHING} takes a price or an index level for its object, a number after a
     * currency sign or before a unit of {@link #PRICE_UNITS} right after it ("the US unit hit 125.86 yen", "crude
     * reached $100 a barrel"): where a quote stood, a statistic.
     */
    private static boolean reachesAPrice(AnalyzedText text, EventMention e) {
        List<Token> tokens = text.tokens();
        int i = e.token().index() + 1;
        int end = text.sentenceOf(e.token()).endToken();
        boolean sign = i < end && NounPhrases.CURRENCY_SIGNS.contains(tokens.get(i).text());
        int number = sign ? i + 1 : i;
        return number < end && tokens.get(number).pos().equals("CD") && (sign || number + 1 < end
                && PRICE_UNITS.contains(Phrases.low(tokens.get(number + 1))));
    }

    /**
     * Whether a token that {@code test} accepts stands from {@code skip} to {@code reach} words after verb {@code e},
     * in its sentence, with no comma or semicolon before it.
     */
    private static boolean inItsObject(AnalyzedText text, EventMention e, int skip, int reach,
            java.util.function.IntPredicate test) {
        List<Token> tokens = text.tokens();
        int end = Math.min(text.sentenceOf(e.token()).endToken() - 1, e.token().index() + reach);
        for (int i = e.token().index() + skip; i <= end; i++) {
            String low = Phrases.low(tokens.get(i));
            if (low.equals(",") || low.equals(";")) {
                return false;
            }
            if (test.test(i)) {
                return true;
            }
        }
        return false;
    }

    /** Words before the number a level stands at: "closed at 1,866", "rose to 68", "was trading around $3 a pound". */
    private static final Set<String> LEVEL_PREPOSITIONS = Set.of("at", "to", "around", "near", "above", "below");

    /**
     * Whether verb {@code e}, dated by a period coarser than a day, tells of a proportion: its clause opens with a
     * share of a whole ("Almost half of all first children born in 2005 were born outside marriage", "One in three
     * children ...", "20 percent of the workers ...") at the start of the sentence or after a comma, a statistic of
     * the period, not a happening.
     */
    static boolean proportionOfAPeriod(AnalyzedText text, EventMention e, Mention timex) {
        if (!e.token().isVerb() || !PERIOD_VALUE.matcher(timex.value()).matches()) {
            return false;
        }
        List<Token> tokens = text.tokens();
        Sentence s = text.sentenceOf(e.token());
        for (int i = e.token().index() - 1; i >= Math.max(s.firstToken(), e.token().index() - PROPORTION_REACH); i--) {
            boolean opens = i == s.firstToken() || tokens.get(i - 1).text().equals(",");
            int k = i;
            while (opens && k < e.token().index() && APPROXIMATIONS.contains(Phrases.low(tokens.get(k)))) {
                k++; // "[almost] half of", "[more than] a third of"
            }
            if (opens && k + 2 < e.token().index() && isProportion(tokens, k)) {
                return true;
            }
        }
        return false;
    }

    /** Verbs that take an ordinal period of something going on for object: "entered its third week". */
    private static final Set<String> PERIOD_ENTERING = Set.of("enter", "begin", "start", "reach", "mark");
    /** Words that count a period as an ordinal does ({@link Phrases#isOrdinal}): "its final day". */
    private static final Set<String> LAST_OF_A_PERIOD = Set.of("final", "last");
    /** Periods counted by an ordinal: "the second day". */
    private static final Set<String> COUNTED_PERIODS = Set.of("day", "week", "month", "year", "hour");

    /**
     * Whether verb {@code e} tells how long something has gone on: its object is an ordinal period after an article or
     * a possessive, perhaps with a word or two between ("Indonesia entered the second day of its election campaign",
     * "The strike entered its third straight week on Monday"), a state of what goes on, no happening.
     */
    static boolean entersAPeriod(AnalyzedText text, EventMention e) {
        if (!e.token().isVerb() || !PERIOD_ENTERING.contains(e.verbLemma())) {
            return false;
        }
        List<Token> tokens = text.tokens();
        int end = text.sentenceOf(e.token()).endToken();
        int k = e.token().index() + 1;
        if (k + 1 >= end || !(tokens.get(k).pos().equals("DT") || tokens.get(k).pos().equals("PRP$"))) {
            return false; // "began last week": a date, no ordinal period
        }
        k++;
        if (!Phrases.isOrdinal(tokens.get(k)) && !LAST_OF_A_PERIOD.contains(Phrases.low(tokens.get(k)))) {
            return false;
        }
        for (int i = k + 1; i < Math.min(end, k + 4); i++) {
            if (COUNTED_PERIODS.contains(Phrases.low(tokens.get(i)))) {
                return true;
            }
            if (!tokens.get(i).pos().startsWith("JJ")) {
                return false;
            }
        }
        return false;
    }

    /** Whether a share of a whole opens at token {@code k}: "half of", "a third of", "20 percent of", "one in 3". */
    private static boolean isProportion(List<Token> tokens, int k) {
        int w = Phrases.low(tokens.get(k)).equals("a") ? k + 1 : k;
        String low = Phrases.low(tokens.get(w));
        if (tokens.get(w).pos().equals("CD") && w + 2 < tokens.size()) {
            String next = Phrases.low(tokens.get(w + 1));
            if (next.equals("in") && tokens.get(w + 2).pos().equals("CD")) {
                return true; // "one in three children"
            }
            if ((next.equals("percent") || next.equals("%")) && Phrases.low(tokens.get(w + 2)).equals("of")) {
                return true; // "20 percent of the workers"
            }
        }
        // "more than half of what the tanker spilled in 1989": a comparison with a happening, no share of a whole
        return SHARES.contains(low) && w + 2 < tokens.size() && Phrases.low(tokens.get(w + 1)).equals("of")
                && !WH_WORDS.contains(Phrases.low(tokens.get(w + 2)));
    }

    /**
     * Whether verb {@code e} tells what someone or something had ({@code holding-verbs.txt}): its object opens with a
     * number ("had 1,039 fans", "held between $350,000 and $750,000 in BP stock", "had $74.3 billion"), and what it
     * counts is none of {@code eventsOfSentence} ("will hold two other ceremonies" is a happening).
     */
    static boolean holding(AnalyzedText text, EventMention e, List<EventMention> eventsOfSentence) {
        Quantities quantities = e.token().isVerb() ? HOLDINGS.get(e.verbLemma()) : null;
        if (quantities == null) {
            return false;
        }
        List<Token> tokens = text.tokens();
        int end = text.sentenceOf(e.token()).endToken();
        int i = numberAfter(tokens, e.token().index() + 1, end);
        if (i < 0) {
            return false;
        }
        boolean money = NounPhrases.CURRENCY_SIGNS.contains(tokens.get(i - 1).text());
        if (quantities == Quantities.AMOUNT && !money && !isAmount(tokens, i, end)) {
            return false; // "Police held three men": a detention
        }
        // what is counted: the first noun after the number, within a few words ("50m barrels", "two other ceremonies")
        for (int j = i + 1; j < Math.min(end, i + 4); j++) {
            Token t = tokens.get(j);
            if (t.isNoun() && !t.pos().equals("CD")) {
                // counted happenings: events of the sentence, or nouns of the trigger lexicon ("ceremonies")
                int counted = j;
                return eventsOfSentence.stream().noneMatch(x -> x.token().index() == counted)
                        && Triggers.find(t.text()).isEmpty();
            }
            if (t.isVerb() || Phrases.low(t).equals(",")) {
                break;
            }
        }
        return true;
    }

    /**
     * Whether {@code e} tells how much flowed: a verb of {@code flow-verbs.txt} (with its particle: "brought in")
     * whose object opens with a quantity ("sold 2.1 million cars", "earned $3 billion") or is a noun of the amount it
     * came to ("registered revenue amounting to 307.4 billion kwacha"), or a noun inside such an object ("registered a
     * 6.1-percent growth"). Over a period coarser than a day, a figure; the caller checks the date.
     */
    static boolean flow(AnalyzedText text, EventMention e) {
        List<Token> tokens = text.tokens();
        int verb = e.token().index();
        if (!e.token().isVerb()) {
            // the verb whose object the noun ends: "registered a 6.1-percent growth"
            int from = Math.max(text.sentenceOf(e.token()).firstToken(), verb - OBJECT_REACH);
            do {
                verb--;
            } while (verb >= from && !tokens.get(verb).isVerb());
            if (verb < from) {
                return false;
            }
        }
        String lemma = tokens.get(verb).lemma().toLowerCase(java.util.Locale.ROOT);
        int i = verb + 1;
        if (i < tokens.size() && FLOWS.contains(lemma + " " + Phrases.low(tokens.get(i)))) {
            lemma = lemma + " " + Phrases.low(tokens.get(i)); // "brought in $2 billion": a verb with its particle
            i++;
        }
        if (e.token().isVerb() && (FLOWS.contains(lemma) || RATE_VERBS.contains(lemma))
                && objectIsARate(text, verb)) {
            return true; // "Sao Paulo registered its lowest unemployment rate in October", "released a jobless rate"
        }
        if (!FLOWS.contains(lemma)) {
            return false;
        }
        if (e.token().isVerb() && quantifiedPassiveSubject(text, verb)) {
            return true; // "Around 94,000 job positions were created in October"
        }
        int end = Math.min(text.sentenceOf(e.token()).endToken(), e.token().isVerb() ? Integer.MAX_VALUE
                : e.token().index());
        if (i + 1 < end && tokens.get(i).isNoun() && AMOUNTED.contains(Phrases.low(tokens.get(i + 1)))) {
            // "registered revenue amounting to 307.4 billion kwacha", "recorded sales worth $2 billion"
            i += Phrases.low(tokens.get(i + 1)).equals("amounting") && i + 2 < end
                    && Phrases.low(tokens.get(i + 2)).equals("to") ? 3 : 2;
        }
        while (i < end && opensAQuantity(Phrases.low(tokens.get(i)))) {
            i++;
        }
        if (i < end && NounPhrases.CURRENCY_SIGNS.contains(tokens.get(i).text())) {
            i++;
        }
        return i < end && (tokens.get(i).pos().equals("CD") || Character.isDigit(tokens.get(i).text().charAt(0)));
    }

    /** Words between a noun and the amount it comes to: "revenue amounting to", "sales worth", "exports of". */
    private static final Set<String> AMOUNTED = Set.of("amounting", "worth", "totaling", "totalling", "of");

    /** Whether the object of the verb at {@code verb} is headed by a rate: "its lowest unemployment rate". */
    private static boolean objectIsARate(AnalyzedText text, int verb) {
        List<Token> tokens = text.tokens();
        int end = Math.min(text.sentenceOf(tokens.get(verb)).endToken(), verb + 1 + OBJECT_REACH);
        int head = -1;
        for (int k = verb + 1; k < end; k++) {
            Token t = tokens.get(k);
            if (t.isNoun()) {
                head = k;
            } else if (!(NounPhrases.isNounPhrasePart(t) || t.pos().startsWith("JJ") || t.pos().equals("PRP$"))) {
                break;
            }
        }
        return head > verb && RATES.contains(tokens.get(head).lemma().toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * Whether the subject of verb {@code e} is a total ("A total of 31 panda cubs were born via artificial
     * insemination this year"): a count, a figure over a period; the caller checks the date.
     */
    static boolean totalOf(AnalyzedText text, EventMention e) {
        List<Token> tokens = text.tokens();
        int first = text.sentenceOf(e.token()).firstToken();
        for (int k = e.token().index() - 1; k > first; k--) {
            Token t = tokens.get(k);
            if (t.isVerb() && k < e.token().index() - 1 || t.pos().equals("MD") || t.text().equals(",")) {
                return false;
            }
            if (Phrases.low(t).equals("total") && k + 1 < e.token().index()
                    && Phrases.low(tokens.get(k + 1)).equals("of") && Phrases.low(tokens.get(k - 1)).equals("a")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the verb at {@code verb} is a passive whose subject opens with a quantity: "Around [94,000] job positions
     * were created", "[2.1 million] cars were sold".
     */
    private static boolean quantifiedPassiveSubject(AnalyzedText text, int verb) {
        List<Token> tokens = text.tokens();
        int first = text.sentenceOf(tokens.get(verb)).firstToken();
        int be = verb - 1;
        while (be >= first && tokens.get(be).pos().startsWith("RB")) {
            be--;
        }
        if (be < first || !tokens.get(be).lemma().equals("be") || !tokens.get(be).isVerb()) {
            return false;
        }
        int k = be - 1;
        if (k < first || SECURITIES.contains(tokens.get(k).lemma().toLowerCase(java.util.Locale.ROOT))) {
            return false; // "6.25 million shares were sold in June": a holding sold, a transaction
        }
        while (k >= first && be - k <= OBJECT_REACH
                && (tokens.get(k).isNoun() || tokens.get(k).pos().startsWith("JJ"))) {
            k--;
        }
        return k >= first && k < be - 1 && (tokens.get(k).pos().equals("CD") || isAmount(tokens, k, be));
    }

    /**
     * Whether verb {@code e} changes by a share right after it ("narrowed 29.6 percent", "expanded by 0.7 percent",
     * "soared 60%") or after its object with the level it left ("cut its foreign aid in 2007 by 3.5 percent, to $21.7
     * billion"), not by a share of something ("bought a 19 percent stake"): over a period coarser than a day, a figure
     * whatever the verb; the caller checks the date.
     */
    static boolean changeByAShare(AnalyzedText text, EventMention e) {
        if (!e.token().isVerb()) {
            return false;
        }
        List<Token> tokens = text.tokens();
        int end = text.sentenceOf(e.token()).endToken();
        int i = e.token().index() + 1;
        if (i < end && SHARE_OPENERS.contains(Phrases.low(tokens.get(i)))) {
            return shareAt(tokens, i + 1, end);
        }
        if (shareAt(tokens, i, end)) {
            return true;
        }
        // "cut its foreign aid in 2007 by 3.5 percent, to $21.7 billion": the share after the object, with the level
        // it left ("devalued the dollar by 41 percent against gold" in 1933 was an act)
        for (int k = i; k < end && k <= i + BY_REACH; k++) {
            Token t = tokens.get(k);
            if (t.isVerb() || t.text().equals(",") || t.text().equals(";") || t.pos().startsWith("W")) {
                return false;
            }
            if (Phrases.low(t).equals("by")) {
                return shareAt(tokens, k + 1, end) && leavesALevel(tokens, k + 1, end);
            }
        }
        return false;
    }

    /** How far after a verb of change the "by" of its share may come past the object: "cut its aid in 2007 by". */
    private static final int BY_REACH = 8;

    /** How far after its share a change may give the level it left: "by 3.5 percent, to $21.7 billion". */
    private static final int LEVEL_AFTER_SHARE = 5;

    /** Whether "to" and a number follow the share from {@code i} closely: "3.5 percent, to $21.7 billion". */
    private static boolean leavesALevel(List<Token> tokens, int i, int end) {
        for (int k = i; k + 1 < end && k <= i + LEVEL_AFTER_SHARE; k++) {
            if (Phrases.low(tokens.get(k)).equals("to") && counts(tokens.get(k + 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the words from {@code i} (before {@code end}) are a share of no named thing: "29.6 percent", "about 5
     * per cent", "2 percentage points", not "a 19 percent stake".
     */
    private static boolean shareAt(List<Token> tokens, int i, int end) {
        i = pastQuantifiers(tokens, i, end);
        if (i >= end || !(tokens.get(i).pos().equals("CD") || Character.isDigit(tokens.get(i).text().charAt(0)))) {
            return false;
        }
        String number = Phrases.low(tokens.get(i));
        int after = number.endsWith("%") ? i + 1 : i + 2;
        boolean share = number.endsWith("%") || i + 1 < end && SHARE_WORDS.contains(Phrases.low(tokens.get(i + 1)));
        if (share && i + 2 < end && Phrases.low(tokens.get(i + 1)).equals("per")) {
            after = Phrases.low(tokens.get(i + 2)).equals("cent") ? i + 3 : after; // "5 per cent"
        }
        if (share && i + 2 < end && Phrases.low(tokens.get(i + 2)).equals("points")) {
            after = i + 3; // "50 basis points", "2 percentage points"
        }
        return share && (after >= end || !tokens.get(after).isNoun() && !tokens.get(after).pos().startsWith("JJ"));
    }

    /** Words after a number that make it a share: "20 percent", "5 per cent", "2 percentage points". */
    private static final Set<String> SHARE_WORDS = Set.of("percent", "%", "per", "percentage", "basis");
    /** Words between a verb and the share it changes by: "expanded by 0.7 percent", "closed up 2 percent". */
    private static final Set<String> SHARE_OPENERS = Set.of("by", "up", "down");

    /** The first token from {@code i} (before {@code end}) that is no word of {@code QUANTIFIERS}: "about", "some". */
    private static int pastQuantifiers(List<Token> tokens, int i, int end) {
        while (i < end && QUANTIFIERS.contains(Phrases.low(tokens.get(i)))) {
            i++;
        }
        return i;
    }

    /** Whether a word may come before the number of a quantity: "about", "some", "a" ("a 6.1-percent growth"). */
    private static boolean opensAQuantity(String low) {
        return QUANTIFIERS.contains(low) || low.equals("a");
    }

    /**
     * Whether the object of verb {@code e} is a sum of money or a large amount ("pledged 250 million dollars in aid",
     * "promised $500 million"), not a thing nor a feeling ("pledged support").
     */
    static boolean objectIsAnAmount(AnalyzedText text, EventMention e) {
        List<Token> tokens = text.tokens();
        int end = text.sentenceOf(e.token()).endToken();
        int i = numberAfter(tokens, e.token().index() + 1, end);
        return i >= 0 && (NounPhrases.CURRENCY_SIGNS.contains(tokens.get(i - 1).text()) || isAmount(tokens, i, end));
    }

    /**
     * The number that opens the object starting at token {@code from}, before {@code end}, past words that make it
     * approximate and a currency sign ("about 250 million", "$500 million"); -1 if the object opens with no number.
     */
    private static int numberAfter(List<Token> tokens, int from, int end) {
        int i = pastQuantifiers(tokens, from, end);
        if (i < end && NounPhrases.CURRENCY_SIGNS.contains(tokens.get(i).text())) {
            i++;
        }
        return i < end && (tokens.get(i).pos().equals("CD") || Character.isDigit(tokens.get(i).text().charAt(0)))
                ? i : -1;
    }

    /** Words before "today" or "now" that make what is dated a state that lasts: "even today", "still now". */
    private static final Set<String> STILL = Set.of("even", "still");

    /**
     * Whether {@code timex} says that what it dates still holds rather than happened: "today" or "now" after "even" or
     * "still" ("The Franco era deeply divides Spain even today").
     */
    static boolean stillSo(AnalyzedText text, Mention timex) {
        List<Token> own = text.tokensIn(timex.start(), timex.end());
        if (own.size() != 1 || !(own.get(0).lowerText().equals("today") || own.get(0).lowerText().equals("now"))) {
            return false;
        }
        int before = own.get(0).index() - 1;
        return before >= text.sentenceOf(own.get(0)).firstToken()
                && STILL.contains(text.tokens().get(before).lowerText());
    }

    /** Whether the number at {@code i} is a share or a large amount: "20 percent", "2 million", "50m barrels". */
    private static boolean isAmount(List<Token> tokens, int i, int end) {
        String number = Phrases.low(tokens.get(i));
        return LARGE_NUMBER.matcher(number).matches()
                || i + 1 < end && AMOUNT_WORDS.contains(Phrases.low(tokens.get(i + 1)));
    }

    /** Whether token {@code t} starts inside one of {@code dates}: "opened at 10 a.m.", "determined Wednesday". */
    private static boolean inADate(Token t, List<Mention> dates) {
        return dates.stream().anyMatch(m -> t.start() >= m.start() && t.start() < m.end());
    }

    /**
     * Whether verb {@code e} tells of a mood or a state rather than a happening: a mood noun of {@code mood-nouns.txt}
     * that grows, mounts or eases ("Fears of a pandemic grew", "Tensions mounted"), or a linking verb with an
     * adjective ("The rift became evident", "Arafat appeared determined", "The repair proved difficult", "things got
     * worse"; "became
     * president" and "appeared in court" are happenings), before a noun only when one of {@code datesOfSentence}
     * holds it ("appeared determined Wednesday"; "became British territory" is a happening).
     */
    static boolean moodOrState(AnalyzedText text, EventMention e, List<Mention> datesOfSentence) {
        List<Token> tokens = text.tokens();
        int at = e.token().index();
        Sentence s = text.sentenceOf(e.token());
        if (LINKING_VERBS.contains(e.verbLemma())) {
            int next = at + 1;
            while (next < s.endToken() && tokens.get(next).pos().equals("RB")) {
                next++;
            }
            // "became evident", not "became British territory" nor "became premier" (a title the tagger took for
            // an adjective)
            if (next < s.endToken() && tokens.get(next).pos().startsWith("JJ")
                    && (!e.verbLemma().equals("get") || tokens.get(next).pos().equals("JJR")
                    || tokens.get(next).lowerText().equals("worse") || tokens.get(next).lowerText().equals("better"))
                    && !Entities.TITLES.contains(tokens.get(next).lowerText())
                    && !(next + 1 < s.endToken() && tokens.get(next + 1).isNoun()
                    && !inADate(tokens.get(next + 1), datesOfSentence))) {
                // "appeared determined Wednesday": a day after the adjective is no noun it modifies
                return true;
            }
        }
        // "Tensions rose/NN": an irregular past the tagger took for a noun is read as the verb
        String lemma = e.token().isVerb() ? e.verbLemma()
                : LanguageLayer.english().irregularPastLemma(e.token().text()).orElse("");
        if (!CHANGES.contains(lemma) && !MOOD_CHANGES.contains(lemma)) {
            return false;
        }
        // the subject's head: the noun before the verb group ("Fears have grown", "attention would switch"), or the
        // first noun before "of", "over", "about" or "in"
        int group = at;
        while (group - 1 >= s.firstToken() && (tokens.get(group - 1).pos().equals("MD")
                || tokens.get(group - 1).pos().equals("RB") || tokens.get(group - 1).isVerb()
                && (tokens.get(group - 1).lemma().equals("have") || tokens.get(group - 1).lemma().equals("be")))) {
            group--;
        }
        for (int i = group - 1; i >= Math.max(s.firstToken(), group - 8); i--) {
            Token t = tokens.get(i);
            if (t.isNoun()) {
                boolean head = i + 1 == group
                        || i + 1 < group && HEAD_PREPOSITIONS.contains(tokens.get(i + 1).lowerText());
                String word = t.lowerText();
                // "Fears/NNP of a flu pandemic": a capital may hide the plural from the tagger
                if (head && (MOODS.contains(t.lowerLemma())
                        || word.endsWith("s") && MOODS.contains(word.substring(0, word.length() - 1)))) {
                    return true;
                }
            } else if (t.isVerb() || Phrases.low(t).equals(",")) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether {@code e} tells a trend that goes on: a present progressive dated by a month or a longer period that
     * has begun by the creation date ("The 2010 hurricane season is running just ahead of a typical pace", "Prices
     * are rising this year"); not a plan ("is traveling to China in November", a period still to come; "hearings
     * that are starting this week").
     */
    static boolean ongoingTrend(EventMention e, Mention timex, Optional<LocalDate> dct) {
        if (e.tense() != Tense.PRESENT || e.aspect() != Aspect.PROGRESSIVE
                || dct.isEmpty()) {
            return false;
        }
        try {
            When w = HappeningFilters.when(timex.value(), timex.mod().orElse(null));
            return w.precision().compareTo(Precision.WEEK) < 0 && !w.earliestDay().isAfter(dct.get());
        } catch (IllegalArgumentException | UnsupportedOperationException notADate) {
            return false;
        }
    }

    /**
     * Whether a present perfect is dated by a period that runs up to the time of writing ("13 women and nine children
     * have died in the past month", "100 tar balls have been recovered in the last week", "Violence has swept several
     * towns in the past month"): a running count or a trend over the period, not one happening on it.
     */
    static boolean overAPeriodToNow(AnalyzedText text, EventMention e, Mention timex) {
        return e.tense() == Tense.PRESENT && e.aspect() == Aspect.PERFECTIVE
                && PERIOD_TO_NOW.matcher(text.text().substring(timex.start(), timex.end())).matches();
    }
}
