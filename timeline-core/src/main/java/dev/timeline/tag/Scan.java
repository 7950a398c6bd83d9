package dev.timeline.tag;

/**
 * The state of one tagging call: the tokens and what was mentioned last. The date relative expressions resolve against
 * is no part of it: the engine passes it to the rules as a {@link Reference}. Confined to the calling thread; never
 * shared.
 *
 * <p>The tokens are read from the text as the rules ask for them and forgotten {@value #BEHIND} tokens behind the
 * token the engine has reached ({@link #release}), so that a call holds a bounded window of tokens, not all the
 * tokens of the text: the rules look a few tokens back and a bounded number ahead.
 */
final class Scan {
    /** Pasts in "-ed" of four letters, which the length test for "-ed" pasts leaves out ("used", not "bred"). */
    private static final java.util.Set<String> SHORT_PASTS = java.util.Set.of("used", "owed", "axed", "tied", "eyed");
    /**
     * Past tenses that set the tense of the dates near them: the commonest pasts of reports and events ("said",
     * "announced", "killed"), "ago", "earlier", "since" and "last", and the irregular pasts, which the test for "-ed"
     * does not see. A set, not a switch, so that the tense cues compile to little code.
     */
    private static final java.util.Set<String> PASTS = java.util.Set.of(
        "said", "was", "were", "had", "did", "ago", "told", "announced", "reported", "came", "took", "made", "won",
        "lost", "fell", "rose", "began", "met", "left", "went", "gave", "saw", "held", "got", "became", "earlier",
        "since", "wrote", "died", "killed", "last", "found", "sent", "paid", "brought", "fought", "hit", "quit",
        "spoke", "struck", "fled", "led", "sold", "bought", "built", "chose", "drew", "drove", "felt", "grew",
        "heard", "kept", "knew", "meant", "ran", "sat", "shot", "sought", "spent", "stood", "stole", "taught",
        "threw", "understood", "woke", "wore", "withdrew", "broke", "caught", "dealt", "shook", "swept", "tore",
        "forgot", "froze", "hid", "laid", "lent", "rode", "rang", "sang", "swore", "overtook", "undertook", "mistook",
        "forgave", "arose", "awoke", "slid", "bled", "fed", "sped", "wept", "slept", "crept", "dug", "stuck", "clung",
        "flung", "spun", "strove", "flew", "blew", "drank", "ate", "sank", "shrank", "swam", "sprang", "swung",
        "hung", "shone", "slew", "strode", "stung", "upheld", "withheld", "overcame", "overran", "overthrew",
        "oversaw", "underwent", "withstood", "foresaw", "forbade", "knelt", "leapt", "rebuilt", "bent");
    /**
     * Irregular past participles that are no simple past, which the test for "-ed" does not see either: "has drawn",
     * "had taken", "was shown". Not those that often look ahead or are no verb: "given until Tuesday", "must be done
     * by Friday", "is seen rising in May", "will be known in March".
     */
    private static final java.util.Set<String> PARTICIPLES = java.util.Set.of("drawn", "taken", "gone", "shown",
            "grown", "thrown", "written", "driven", "risen", "fallen", "broken", "chosen", "spoken", "stolen",
            "frozen", "beaten", "eaten", "hidden", "ridden", "forgotten", "begun", "sung", "swum", "sunk", "shrunk",
            "drunk", "flown", "blown", "worn", "torn", "sworn", "woken", "arisen", "forgiven", "undertaken",
            "overtaken", "withdrawn", "shaken", "proven", "mistaken", "overseen", "undergone", "forbidden", "foreseen",
            "overthrown");
    private static final Token END = new Token(0, 0, "", Cat.PUNCT, -1, false, true);
    private static final int BACK = 15;
    private static final int AHEAD = 12;
    /**
     * Pasts of putting off: a date after one looks ahead ("postponed until Tuesday"), a date before one that the clause
     * opens on is the delay's own ("On Monday, a judge delayed the trial").
     */
    private static final java.util.Set<String> DELAYS = java.util.Set.of("postponed", "delayed", "adjourned",
            "deferred");
    /** How many lower-case words after a date its noun of a mishap may stand: "the April 20 oil rig blast". */
    private static final int MISHAP_REACH = 3;
    /** How many words before an infinitive's "to" its governing verb may stand: "summoned [his top advisers] to". */
    private static final int GOVERNOR_REACH = 5;
    /** The longest gap between two tokens that {@link #paragraphBefore} reads for a blank line. */
    private static final int GAP = 64;
    /** How many tokens behind the engine's position stay readable: far more than any rule looks back. */
    static final int BEHIND = 256;

    final CharSequence text;
    /** The document creation time, which "'98" is read against even when a narrative moves the reference. */
    final Reference dct;
    private final Tokenizer.Cursor cursor;
    /** Tokens {@code [base, base + count)} of the text; the array grows only while the rules look further ahead. */
    private Token[] window = new Token[2 * BEHIND];
    private int base;
    private int count;
    private boolean exhausted;
    /** The most tokens held at once, for tests. */
    private int held;
    /** The value of the last DATE mentioned, for anaphora such as "a year earlier"; empty when none. */
    String lastDate = "";
    /** The last quarter named outright ("the third quarter"), for "a year ago" and "the quarter"; empty if none. */
    String lastQuarter = "";
    /**
     * Whether the text last turned from a quarter to a year-to-date period ("in the first nine months"), so that "a
     * year earlier" means the year before rather than the quarter a year before.
     */
    boolean yearToDate;
    /** The last calendar day named ("2025-09-03"), which a week or a quarter named since does not replace. */
    private String lastDay = "";
    private int lastDayEnd = -1000;
    /** Token index where {@link #lastDate} ended. */
    int lastDateEnd = -1000;

    Scan(CharSequence text, Reference dct) {
        this.text = text;
        this.cursor = new Tokenizer.Cursor(text);
        this.dct = dct;
    }

    /** The token at {@code i}, or an empty punctuation sentinel outside the text. */
    Token t(int i) {
        if (i < 0) {
            return END;
        }
        while (i >= base + count && !exhausted) {
            read();
        }
        if (i >= base + count) {
            return END;
        }
        if (i < base) {
            throw new IllegalStateException("token " + i + " was released: the window starts at " + base);
        }
        return window[i - base];
    }

    /** Whether the text has a token {@code i}. */
    boolean has(int i) {
        return i >= 0 && t(i) != END;
    }

    /** Forgets the tokens more than {@value #BEHIND} before token {@code i}, which the engine has reached. */
    void release(int i) {
        int drop = i - BEHIND - base;
        // the array is shifted only when half of it is free, so that each token is moved a bounded number of times
        if (drop > 0 && drop >= window.length / 2 && drop <= count) {
            System.arraycopy(window, drop, window, 0, count - drop);
            java.util.Arrays.fill(window, count - drop, count, null);
            base += drop;
            count -= drop;
        }
    }

    /** The most tokens this scan has held at once. */
    int held() {
        return held;
    }

    private void read() {
        Token next = cursor.next();
        if (next == null) {
            exhausted = true;
            return;
        }
        if (count == window.length) {
            window = java.util.Arrays.copyOf(window, 2 * window.length);
        }
        window[count++] = next;
        held = Math.max(held, count);
    }

    boolean w(int i, String word) {
        return t(i).low.equals(word);
    }

    boolean any(int i, String... words) {
        String low = t(i).low;
        for (String s : words) {
            if (low.equals(s)) {
                return true;
            }
        }
        return false;
    }

    /** Whether token {@code i} directly follows the previous token with no space. */
    boolean glued(int i) {
        return has(i) && !t(i).spaceBefore;
    }

    Cat cat(int i) {
        return t(i).cat;
    }

    /** Index past an optional "." glued to token {@code i - 1} (as in "Sept."). */
    int skipDot(int i) {
        return w(i, ".") && glued(i) ? i + 1 : i;
    }

    /** Index past the word at {@code i} and, if the word is an abbreviation such as "Sept", its glued ".". */
    int skipDotIfAbbrev(int i) {
        Token k = t(i);
        boolean abbrev = k.length() <= 4 && !k.low.equals("may") && !k.low.equals("june") && !k.low.equals("july");
        return abbrev ? skipDot(i + 1) : i + 1;
    }

    /**
     * Whether a blank line stands between token {@code i} and the one before it: a headline without its full stop
     * ("Oil spill ends") is no part of the sentence after it, whose tense it must not lend. Reads at most {@value
     * #GAP} characters of the gap; a longer gap counts as a break.
     */
    boolean paragraphBefore(int i) {
        if (i <= 0 || !has(i) || !t(i).spaceBefore) {
            return false;
        }
        int from = t(i - 1).end;
        int to = t(i).start;
        if (to - from > GAP) {
            return true;
        }
        int lines = 0;
        for (int k = from; k < to; k++) {
            lines += text.charAt(k) == '\n' ? 1 : 0;
        }
        return lines >= 2;
    }

    /** Whether token {@code i} ends a sentence or clause, which bounds the search for tense cues. */
    boolean boundary(int i) {
        Token k = t(i);
        if (k.cat != Cat.PUNCT) {
            return false;
        }
        switch (k.low) {
            case ";": case "?": case "!": case "\"": case "\u201c": case "\u201d": return true;
            case ".": {
                Token p = t(i - 1);
                Token n = t(i + 1);
                // "Birmingham, Ala., killed": an abbreviation's period, since a sentence opens with a capital
                boolean continues = n.low.equals(",")
                        || !n.cap && !n.low.isEmpty() && Character.isLetter(n.low.charAt(0));
                // "Sept." and "Tues." are abbreviations; "in March." and "on Tuesday." end their sentences
                boolean abbreviation = p.cat == Cat.MONTH && p.length() <= 4 && !any(i - 1, "may", "june", "july")
                        || p.cat == Cat.WEEKDAY && p.length() <= 5
                        // "Mr.", "St.", "J." and "vs." are abbreviations; "the clean-up." and "stepped in." end
                        || p.low.length() <= 2 && (p.length() == 1 || p.cap || p.low.equals("vs"));
                return !(abbreviation || continues);
            }
            default: return false;
        }
    }

    /**
     * The day the text last named, as "yyyy-mm-dd", if it ended no more than {@code reach} tokens before token
     * {@code i}; null when the last date is no calendar day ("2025-W36-WE", "2025-Q3") or lies further back.
     */
    String lastDay(int i, int reach) {
        return !lastDay.isEmpty() && lastDayEnd >= i - reach ? lastDay : null;
    }

    /** Notes a date the text names, ending before token {@code end}, for anaphora such as "a year earlier". */
    void noteDate(String v, int end) {
        lastDate = v;
        lastDateEnd = end;
        boolean day = v.length() >= 10 && v.charAt(4) == '-' && v.charAt(7) == '-' && Character.isDigit(v.charAt(0))
                && Character.isDigit(v.charAt(5)) && Character.isDigit(v.charAt(8)) && Character.isDigit(v.charAt(9));
        if (day) {
            lastDay = v.substring(0, 10);
            lastDayEnd = end;
        }
    }

    /** Whether a possessive "'s" starts at token {@code i}: "Tuesday's declaration", "the week's gains". */
    boolean possessive(int i) {
        return any(i, "'", "\u2019") && glued(i) && w(i + 1, "s") && glued(i + 1);
    }

    /**
     * The tense around the expression at tokens {@code [first, last)}: +1 future, -1 past, 0 unknown. Reads the nearest
     * cue word before the expression within its sentence, else after it.
     */
    int tense(int first, int last) {
        if (listItem(first, last)) {
            return 0; // "May 2 - Obama visits the coast": an item of a dated list, told in the present of lists
        }
        if (untilFromNow(first)) {
            return 1; // "remains closed until Thursday", "has been closed until at least Thursday": still to come
        }
        if (setFor(first)) {
            return 1; // "has called a special meeting of trade finance players for Wednesday": the day it was set for
        }
        if (mishapNamed(first, last) || mishapBefore(first)) {
            return -1; // "faces lawsuits over the April 20 explosion": what befell lies behind
        }
        if (fronted(first, last)) {
            int c = tenseAfter(last);
            return c != 0 ? c : tenseBefore(first);
        }
        int c = tenseBefore(first);
        return c != 0 ? c : tenseAfter(last);
    }

    /** Prepositions of an occasion before a day in the possessive: "will play in Sunday's final", "be at Friday's". */
    private static final java.util.Set<String> OCCASION_WORDS = java.util.Set.of("in", "at", "on", "during", "for",
            "before", "until");

    /**
     * The tense of a day written in the possessive at token {@code first} ("Tuesday's ruling"): a day past (-1), as
     * news tells what was, unless it names the occasion of a clause told in the future, after a preposition of
     * {@link #OCCASION_WORDS}: "The coaches will all be at Friday's draw" is the Friday to come; "will look for ways to
     * get around Wednesday's ruling" is not.
     */
    int possessiveTense(int first) {
        return has(first - 1) && OCCASION_WORDS.contains(t(first - 1).low) && tenseBefore(first) > 0 ? 1 : -1;
    }

    /** How many words before "for" and a day the verb that set the day may stand: "called a meeting [of X] for". */
    private static final int SET_FOR_REACH = 8;
    /** Verbs that set the day of what they call or fix: "called a meeting for Wednesday", "set a vote for Friday". */
    private static final java.util.Set<String> SETTING = java.util.Set.of("called", "set", "fixed");

    /**
     * Whether "for" stands right before the expression at token {@code first} and, at most {@value #SET_FOR_REACH}
     * words before it in its sentence with no comma between, a verb of {@link #SETTING} with its object after it (not
     * "called for"): the day of what was called or set ("The WTO has called a special meeting of trade finance
     * players for Wednesday", written on a Monday, is the Wednesday after).
     */
    private boolean setFor(int first) {
        if (!w(first - 1, "for")) {
            return false;
        }
        for (int j = first - 3; j >= first - 1 - SET_FOR_REACH && has(j) && !boundary(j)
                && t(j).cat != Cat.PUNCT; j--) {
            if (SETTING.contains(t(j).low)) {
                return true;
            }
        }
        return false;
    }

    /** How many words before "until" the present that a state holds in may stand: "remains closed [until]". */
    private static final int UNTIL_REACH = 4;

    /**
     * Whether "until" or "till" (maybe "at least" after it) stands right before the expression at token {@code first}
     * in a clause told in the present or the present perfect, "is", "are", "remains", "stays", "has" or "have" at
     * most {@value #UNTIL_REACH} words before "until" with no comma between: a state that holds from now until then
     * ("The school remains closed until Thursday"; not "was closed until Thursday", told of a past).
     */
    private boolean untilFromNow(int first) {
        int k = w(first - 1, "least") && w(first - 2, "at") ? first - 3 : first - 1;
        if (!any(k, "until", "till")) {
            return false;
        }
        for (int j = k - 1; j >= k - UNTIL_REACH && has(j) && t(j).cat != Cat.PUNCT; j--) {
            if (any(j, "is", "are", "remains", "remain", "stays", "stay", "has", "have")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the expression at tokens {@code [first, last)} stands between "the" (maybe an adjective after it) and a
     * noun of a mishap ({@code tense-cues.tsv}), maybe after two lower-case words: "the April 20 explosion", "the
     * deadly March 3 oil rig blast".
     */
    private boolean mishapNamed(int first, int last) {
        int before = first - 1;
        if (has(before) && !t(before).cap && t(before).cat == Cat.OTHER && !determiner(before)) {
            before--; // "the deadly [March 3] blast"
        }
        if (!any(before, "the")) {
            return false;
        }
        for (int i = last; i < last + MISHAP_REACH && has(i) && !t(i).cap && t(i).cat == Cat.OTHER; i++) {
            if (TenseCues.is(TenseCues.Kind.MISHAP, t(i).low)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether "on" stands right before the expression at token {@code first} and a noun of a mishap ({@code
     * tense-cues.tsv}) after "after", "since", "following" or "before" at most {@value #MISHAP_PHRASE} words before it,
     * in a phrase of its place with no verb's word between: "lost their right to sue over the spill that lasted 100
     * days after an explosion on the Velo rig on April 22", written in November: what befell lies behind.
     */
    private boolean mishapBefore(int first) {
        if (!w(first - 1, "on")) {
            return false;
        }
        for (int i = first - 2; i >= 0 && i >= first - 2 - MISHAP_PHRASE && !boundary(i); i--) {
            if (TenseCues.is(TenseCues.Kind.MISHAP, t(i).low)) {
                // "since/after an explosion": a time told by what befell ("grilled about the disaster in the US on
                // Thursday" is the grilling's day)
                int opener = any(i - 1, "the", "a", "an") ? i - 2 : i - 1;
                return any(opener, "after", "since", "following", "before");
            }
            if (t(i).cat != Cat.OTHER || !t(i).cap && !PLACE_PHRASE_WORDS.contains(t(i).low)
                    && !TenseCues.is(TenseCues.Kind.SITE, t(i).low)) {
                return false;
            }
        }
        return false;
    }

    /** The most words of a place's phrase between a noun of a mishap and "on" and its date ({@link #mishapBefore}). */
    private static final int MISHAP_PHRASE = 6;
    /**
     * Prepositions and articles of a place's phrase after a noun of a mishap, besides capitalized names and the site
     * words of {@code tense-cues.tsv}: "on the Velo drilling rig".
     */
    private static final java.util.Set<String> PLACE_PHRASE_WORDS = java.util.Set.of("on", "at", "in", "aboard",
            "off", "near", "of", "the", "a", "an");

    /** Whether the expression at tokens {@code [first, last)} opens an item of a dated list: "May 2 - Obama visits". */
    boolean listItem(int first, int last) {
        return (first == 0 || boundary(first - 1)) && any(last, ":", "-", "\u2013", "\u2014");
    }

    /**
     * Whether the nearest tense cue before token {@code first} in its sentence is a schedule told in the past ("was due
     * to start", "were scheduled to begin"): wire copy's past of a plan still to come, or of one whose day has passed.
     */
    boolean pastTenseSchedule(int first) {
        for (int i = first - 1; i >= 0 && i >= first - BACK && !boundary(i); i--) {
            if (cue(i) == 0) {
                continue;
            }
            // "was due to [start]": the infinitive's cue is its schedule word's
            int schedule = TenseCues.is(TenseCues.Kind.ARRANGEMENT, t(i).low) && w(i - 1, "to") ? i - 2 : i;
            return schedule >= 1 && TenseCues.is(TenseCues.Kind.SCHEDULE, t(schedule).low)
                    && any(schedule - 1, "was", "were");
        }
        return false;
    }

    private int tenseBefore(int first) {
        for (int i = first - 1; i >= 0 && i >= first - BACK && !boundary(i) && !paragraphBefore(i + 1); i--) {
            int c = cue(i);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private int tenseAfter(int last) {
        int limit = last + AHEAD;
        boolean skipped = false;
        for (int i = last; i < limit && has(i) && !boundary(i) && !(i > last && paragraphBefore(i)); i++) {
            if (any(i, "planned", "planning")) {
                continue; // "On Friday, the government planned to pay": the plan was made that Friday
            }
            if (DELAYS.contains(t(i).low)) {
                return -1; // "On Monday, a judge delayed the trial": a date before the verb is the delay's own
            }
            if (!skipped && w(i, ",") && any(i + 1, "who", "which")) {
                // "On Tuesday his brothers, who will be taking part in the concert, defended it": an aside's tense
                // is not the clause's (one aside, so that a reading stays within a few dozen words)
                int close = i + 2;
                while (close < i + 2 + AHEAD && has(close) && !boundary(close) && !w(close, ",")) {
                    close++;
                }
                if (w(close, ",")) {
                    limit += close - i; // the words after the aside are read as far as they would be without it
                    i = close;
                    skipped = true;
                    continue;
                }
            }
            int c = cue(i);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /**
     * Whether the expression at {@code [first, last)} opens its sentence, maybe after "On", and a comma follows it:
     * "Monday, stocks fell" is told by the clause after the comma, even where a period {@link #boundary} takes for an
     * abbreviation's ("rose 5 pct. Monday, stocks fell") or a dateline's dash comes before.
     */
    private boolean fronted(int first, int last) {
        if (!w(last, ",")) {
            return false;
        }
        int j = any(first - 1, "on") && t(first - 1).cap ? first - 2 : first - 1;
        // a dash between spaces, not the one of "mid-January"
        return j < 0 || boundary(j) || w(j, ".") || cat(j) == Cat.DASH && !glued(j) && !glued(j + 1);
    }

    /**
     * Whether the nearest tense cue before token {@code first}, within its sentence, is the past of an event the
     * expression dates ("killed 19 soldiers in June"), not of a report, a decision or a plan, whose object may lie
     * ahead ("told the companies of a cutback in September", "agreed to buy it in February"), nor an auxiliary.
     */
    boolean eventPast(int first) {
        if (determiner(first - 1) || possessive(first - 2)) {
            return false; // "stuck to its August target": the month names what the noun after it is for
        }
        for (int i = first - 1; i >= 0 && i >= first - BACK && !boundary(i); i--) {
            if (w(i, "to") && t(i + 1).cat == Cat.OTHER && !t(i + 1).cap && !determiner(i + 1)) {
                return false; // "paid $5 million to settle the suit in June": an infinitive may look ahead
            }
            if (any(i, "until", "till", "through", "by", "before", "effective")) {
                return false; // "gave them until mid-November to reply": a deadline
            }
            int c = cue(i);
            if (c != 0) {
                // "when the case is heard in May": a participle after a present "be" is no past
                // "since" and "earlier" are no verbs
                int aux = any(i - 1, "not", "n't", "never", "also", "still") ? i - 2 : i - 1;
                // "if the flow is not stopped in August", and a capitalized title ("The Day That Lehman Died")
                return c < 0 && t(i).cat == Cat.OTHER && !t(i).cap
                        && !TenseCues.is(TenseCues.Kind.PROSPECTIVE, t(i).low)
                        && !any(aux, "is", "are", "am", "be", "been", "being")
                        && !any(i, "since", "earlier", "ago", "last");
            }
        }
        return false;
    }

    /** Whether the word at {@code i} is a verb's past, a cue of the past in lower case: "held", "met". */
    boolean pastVerbAt(int i) {
        return has(i) && cue(i) < 0 && t(i).cat == Cat.OTHER && !t(i).cap
                && !any(i, "since", "earlier", "ago", "last");
    }

    /**
     * Whether the word at {@code i} follows a determiner, a possessive or an adjective in "-al" ("a visit", "his
     * return", "an official visit", "the vote"): then it is a noun, which sets no tense.
     */
    private boolean nounBefore(int i) {
        if (w(i - 1, ")")) {
            // "a Knesset (parliament) vote": the words before the gloss
            for (int j = i - 2; j >= i - 6 && j >= 0; j--) {
                if (w(j, "(")) {
                    return nounBefore(j);
                }
            }
        }
        // "returning from [India] visit on Wednesday": a name between a preposition and the word modifies a noun
        boolean named = has(i - 1) && t(i - 1).cap && any(i - 2, "from", "after", "before", "during", "since", "of");
        return named || determiner(i - 1) || any(i - 1, "first", "state", "landmark", "historic", "brief", "surprise")
                || has(i - 1) && t(i - 1).low.length() > 4 && t(i - 1).low.endsWith("al")
                || has(i - 1) && t(i - 1).low.endsWith("-day")
                // a singular noun between the determiner and the noun: "the Knesset vote", "the budget vote"; in
                // "the Senate votes Monday" and "the senators vote Monday" the verb agrees with its subject
                || !t(i).low.endsWith("s") && t(i - 1).cat == Cat.OTHER && !t(i - 1).low.endsWith("s")
                && determiner(i - 2);
    }

    /**
     * Whether a verb in the past governs the infinitive whose "to" is at {@code to}: the nearest tense cue within
     * {@value #GOVERNOR_REACH} words before it is a past ("summoned his top advisers to meet").
     */
    private boolean pastBefore(int to) {
        for (int j = to - 1; j >= 0 && j >= to - GOVERNOR_REACH && !boundary(j); j--) {
            if (TenseCues.is(TenseCues.Kind.ARRANGEMENT, t(j).low) || TenseCues.is(TenseCues.Kind.SCHEDULE, t(j).low)
                    || any(j, ",", "and", "but", "or", "is", "are", "am", "was", "were", "which", "who", "that")) {
                return false; // "were to meet", "is being traded in London and is to resume": no past governs it
            }
            int c = cue(j);
            if (c != 0) {
                // "is being traded": a participle after a present "be" is no past
                return c < 0 && !any(j - 1, "is", "are", "am", "be", "been", "being");
            }
        }
        return false;
    }

    private boolean determiner(int i) {
        return any(i, "a", "an", "the", "his", "her", "its", "their", "our", "this", "that");
    }

    /**
     * Whether an implicative past verb within {@value #GOVERNOR_REACH} words before it governs the infinitive whose
     * "to" is at {@code to}: "forced the weekend's final to be abandoned".
     */
    private boolean implicativeBefore(int to) {
        for (int i = to - 1; i >= 0 && i >= to - GOVERNOR_REACH && !boundary(i); i--) {
            if (TenseCues.is(TenseCues.Kind.IMPLICATIVE, t(i).low)) {
                // "were forced to be evacuated" too; the present "is forced to be closed" may still look ahead
                return !any(i - 1, "is", "are", "am", "be");
            }
        }
        return false;
    }

    /** Whether token {@code i} is a word in lower case that sets a tense, a verb: "in April first [triggered]". */
    boolean tenseWord(int i) {
        return has(i) && !t(i).cap && cue(i) != 0;
    }

    private int cue(int i) {
        Token k = t(i);
        if (k.cat != Cat.OTHER && k.cat != Cat.REFWORD && k.cat != Cat.POSMOD) {
            return 0;
        }
        if (w(i - 1, "be") && w(i - 2, "to") && any(i - 3, "had")) {
            return -1; // "had to be moved on Saturday": what had to be done was done
        }
        if (w(i - 1, "be") && w(i - 2, "to") && implicativeBefore(i - 2)) {
            return -1; // "forced the operation to be suspended at the weekend": what was forced was done
        }
        if (w(i - 1, "be") && (any(i - 2, "will", "would", "ll", "to", "should")
                || any(i - 3, "will", "would", "ll", "to", "should")
                && t(i - 2).cat == Cat.OTHER && !t(i - 2).cap)) {
            // "will be named", "would be paid", "to be completed", "would still be held", "should be finished" look
            // ahead ("could be located Wednesday" was told of a day past)
            return 1;
        }
        if (w(i - 1, "to") && any(i - 2, "is", "are", "am") && k.cat == Cat.OTHER && !k.cap) {
            return 1; // "schools are to close for ten days from Tuesday": the present of "be to" looks ahead
        }
        if (k.low.equals("due") && w(i + 1, "to") && (has(i - 1) && !t(i - 1).cap && t(i - 1).low.endsWith("ed")
                || determiner(i + 2))) {
            return 0; // "wounds sustained due to enemy action", "cancelled due to the storm": a cause, no plan
        }
        if (TenseCues.is(TenseCues.Kind.SCHEDULE, k.low)) {
            // "had been scheduled to expire Friday" looks back from a past vantage point; "was scheduled to return
            // home on Friday" is the reporter's past tense of a plan still to come
            return any(i - 1, "had") || any(i - 2, "had") ? -1 : 1;
        }
        if (TenseCues.is(TenseCues.Kind.ARRANGEMENT, k.low)) {
            if (nounBefore(i)) {
                return 0; // "paid a landmark official visit to Iran in mid-July": the noun, not the verb
            }
            // in "had been due to expire Friday" the word governing the infinitive sets the tense
            if (w(i - 1, "to") && (TenseCues.is(TenseCues.Kind.SCHEDULE, t(i - 2).low) || w(i - 2, "set"))) {
                return cue(i - 2);
            }
            // "summoned his top advisers to meet with him on Sept. 14": arranged in the past, for a day on either
            // side of the article's; the nearer one
            return w(i - 1, "to") && pastBefore(i - 1) ? 0 : 1;
        }
        if (w(i - 1, "after") && !k.cap && k.low.length() > 5 && k.low.endsWith("ing")) {
            return -1; // "is heading to Moscow after winning the trophy Friday": what came before
        }
        if (TenseCues.is(TenseCues.Kind.PROGRESSIVE, k.low)) {
            // "is traveling to Nairobi on Tuesday" is an arrangement; "was traveling" leaves the tense to "was"
            // "he's traveling", not the possessive of "Obama's meeting"
            int be = any(i - 1, "also", "now", "still") ? i - 2 : i - 1;
            return any(be, "is", "are", "am") || any(be, "s", "re") && any(be - 1, "'", "\u2019") && glued(be)
                    && any(be - 2, "he", "she", "it", "we", "you", "they", "who", "that", "there") ? 1 : 0;
        }
        if (DELAYS.contains(k.low)) {
            return 1; // "postponed until Tuesday"
        }
        switch (k.low) {
            case "will": case "shall": case "ll": case "would": case "could": case "might": case "may": case "wo":
            case "upcoming": case "soon": case "hopes": case "intends": case "aims":
                return 1;
            case "plans": case "plan":
                return w(i + 1, "to") ? 1 : 0; // not the noun in "set aside vacation plans"
            case "ahead":
                return w(i + 1, "of") ? 1 : 0; // "paid tribute ahead of his funeral Wednesday": the funeral is to come
            case "planned": case "planning":
                // the verb with its object looks ahead ("planned a rally for Saturday", "were planning to march"); the
                // participle of "a service planned for Saturday was canceled" and "as planned" do not
                return any(i + 1, "a", "an", "the", "to", "another") && !any(i - 1, "previously", "originally", "had",
                        "as") ? 1 : 0;
            case "set":
                // "set Friday as the deadline" is past; "is set to vote Friday" looks ahead
                if (!w(i + 1, "to") && !w(i + 1, "for")) {
                    return 0;
                }
                return any(i - 1, "had", "was", "were") || any(i - 2, "had", "was", "were") ? -1 : 1;
            case "going":
                return w(i + 1, "to") ? 1 : 0;
            case "early":
                return w(i - 1, "as") && w(i + 1, "as") ? 1 : 0;
            default:
                if (PASTS.contains(k.low) || PARTICIPLES.contains(k.low)) {
                    return -1; // "has drawn few donations since January": a perfect looks back, as an "-ed" does
                }
                if (any(i - 1, "a", "an", "the", "still", "its", "their", "his", "her", "this", "that")) {
                    return 0; // an adjective ("a still unspecified date", "the revised plan"), not a past verb
                }
                if (any(i - 1, "is", "are", "am")) {
                    return 0; // a present passive ("until a relief well is drilled, sometime in August") is no past
                }
                // a capitalized "-ed" word is a name more often than a verb: "the United States", "Mohammed"
                return !k.cap && (k.low.length() > 4 || SHORT_PASTS.contains(k.low)) && k.low.endsWith("ed")
                        && !k.low.endsWith("eed") ? -1 : 0;
        }
    }
}
