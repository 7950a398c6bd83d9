package dev.timeline.tag;

import java.util.HashMap;
import java.util.Map;

/**
 * The English temporal vocabulary: lowercased word to its classes and payloads. A word may have two classes: "second"
 * is an ordinal ("a second term") and a unit ("a second later"); the first class given is the one the engine dispatches
 * on, and rules ask a token for the other ({@link Token#has}). Every entry is read by some rule. Immutable after
 * construction.
 */
final class Lexicon {
    /** A word's class and payload, and its second class and payload ({@code alt} null when it has none). */
    record Entry(Cat cat, int num, Cat alt, int altNum) {
        Entry(Cat cat, int num) {
            this(cat, num, null, -1);
        }
    }

    /**
     * A word the tokenizer knows by its characters: the one String its tokens share, the same instance as the literal
     * the rules compare with, and its entry, null for a {@link #COMMON} word.
     */
    record Word(String text, Entry entry) {
    }

    /** Words longer than this are never in the lexicon, so the tokenizer need not lowercase them. */
    static final int MAX_WORD = 14;

    private static final Map<String, Entry> WORDS = build();
    /**
     * Frequent English words of no temporal class, which the tokenizer shares one String for as it does the lexicon's
     * words: more than two words in five of news are among them (43% of the peer corpus), and a token of them then
     * costs no new String.
     */
    private static final String[] COMMON = {"the", "of", "to", "in", "and", "a", "said", "s", "on", "for", "with",
            "was", "is", "by", "he", "as", "at", "from", "it", "be", "has", "will", "have", "an", "his", "are", "but",
            "which", "were", "not", "we", "after", "had", "its", "would", "who", "been", "their", "they", "also", "i",
            "up", "more", "all", "over", "out", "there", "told", "than", "about", "or", "other", "when", "between",
            "into", "since", "while", "if", "only", "during", "before", "under", "could", "no", "she", "her", "you",
            "our", "them", "can", "what", "do", "did", "does", "so", "such", "some", "these", "those", "where", "how",
            "him", "my", "me", "us", "because", "against", "should", "being", "through", "both", "most", "any", "each",
            "just", "very", "new", "t", "until", "ago", "earlier", "later", "end", "set", "says", "say", "according",
            "officials", "percent", "million", "billion", "government", "people", "president", "minister"};
    /** {@link #WORDS} and {@link #COMMON}, by their characters: an open-addressing table of a power-of-two length. */
    private static final Word[] TABLE;
    /** The characters of each word of {@link #TABLE}, at the same index. */
    private static final char[][] KEYS;

    static {
        Map<String, Entry> all = new HashMap<>(WORDS);
        for (String w : COMMON) {
            all.putIfAbsent(w, null);
        }
        Word[] table = new Word[Integer.highestOneBit(all.size() * 3) * 2];
        char[][] keys = new char[table.length][];
        for (Map.Entry<String, Entry> e : all.entrySet()) {
            String w = e.getKey().intern();
            int s = slot(w.hashCode(), table.length);
            while (keys[s] != null) {
                s = (s + 1) & (table.length - 1);
            }
            table[s] = new Word(w, e.getValue());
            keys[s] = w.toCharArray();
        }
        TABLE = table;
        KEYS = keys;
    }

    private Lexicon() {
    }

    /** The entry of a lowercased word, or null if the word has no temporal class. */
    static Entry lookup(String lowercased) {
        return WORDS.get(lowercased);
    }

    /**
     * The word whose lowercase characters are {@code low[0, len)}, {@code hash} their {@link String#hashCode}, if it is
     * in the lexicon or {@link #COMMON}; else null.
     */
    static Word find(char[] low, int len, int hash) {
        int mask = TABLE.length - 1;
        for (int s = slot(hash, TABLE.length); ; s = (s + 1) & mask) {
            char[] key = KEYS[s];
            if (key == null) {
                return null;
            }
            if (key.length == len && same(key, low)) {
                return TABLE[s];
            }
        }
    }

    private static boolean same(char[] key, char[] low) {
        for (int k = 0; k < key.length; k++) {
            if (key[k] != low[k]) {
                return false;
            }
        }
        return true;
    }

    private static int slot(int hash, int length) {
        return (hash ^ (hash >>> 16)) & (length - 1);
    }

    private static Map<String, Entry> build() {
        Map<String, Entry> m = new HashMap<>(512);
        String[][] months = {{"january", "jan"}, {"february", "feb"}, {"march", "mar"}, {"april", "apr"}, {"may"},
                {"june", "jun"}, {"july", "jul"}, {"august", "aug"}, {"september", "sep", "sept"},
                {"october", "oct"}, {"november", "nov"}, {"december", "dec"}};
        for (int i = 0; i < months.length; i++) {
            for (String w : months[i]) {
                m.put(w, new Entry(Cat.MONTH, i + 1));
            }
        }
        String[][] days = {{"monday", "mon"}, {"tuesday", "tue", "tues"}, {"wednesday", "wed"},
                {"thursday", "thu", "thur", "thurs"}, {"friday", "fri"}, {"saturday", "sat"}, {"sunday", "sun"}};
        for (int i = 0; i < days.length; i++) {
            for (String w : days[i]) {
                m.put(w, new Entry(Cat.WEEKDAY, i + 1));
            }
            m.put(days[i][0] + "s", new Entry(Cat.WEEKDAY, i + 1));
        }
        put(m, Cat.UNIT, Unit.SECOND.ordinal(), "second", "seconds", "sec", "secs");
        put(m, Cat.UNIT, Unit.MINUTE.ordinal(), "minute", "minutes", "min", "mins");
        put(m, Cat.UNIT, Unit.HOUR.ordinal(), "hour", "hours", "hr", "hrs");
        put(m, Cat.UNIT, Unit.DAY.ordinal(), "day", "days");
        put(m, Cat.UNIT, Unit.WEEKEND.ordinal(), "weekend", "weekends");
        put(m, Cat.UNIT, Unit.WEEK.ordinal(), "week", "weeks");
        put(m, Cat.UNIT, Unit.MONTH.ordinal(), "month", "months");
        put(m, Cat.UNIT, Unit.QUARTER.ordinal(), "quarter", "quarters");
        put(m, Cat.UNIT, Unit.YEAR.ordinal(), "year", "years", "yr", "yrs");
        put(m, Cat.UNIT, Unit.DECADE.ordinal(), "decade", "decades");
        put(m, Cat.UNIT, Unit.CENTURY.ordinal(), "century", "centuries");
        String[] nums = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
        for (int i = 0; i < nums.length; i++) {
            m.put(nums[i], new Entry(Cat.NUMWORD, i));
        }
        String[] tens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
        for (int i = 0; i < tens.length; i++) {
            m.put(tens[i], new Entry(Cat.NUMWORD, 20 + 10 * i));
        }
        m.put("hundred", new Entry(Cat.NUMWORD, 100));
        m.put("dozen", new Entry(Cat.NUMWORD, 12));
        String[] ords = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
                "eighteenth", "nineteenth", "twentieth"};
        for (int i = 0; i < ords.length; i++) {
            Entry unit = m.get(ords[i]);
            // "second" is also a unit: the ordinal comes first ("a second term"), AmountRules reads the unit
            m.put(ords[i], unit == null ? new Entry(Cat.ORDINAL, i + 1)
                    : new Entry(Cat.ORDINAL, i + 1, unit.cat(), unit.num()));
        }
        m.put("thirtieth", new Entry(Cat.ORDINAL, 30));
        put(m, Cat.SEASON, 0, "spring", "springtime");
        put(m, Cat.SEASON, 1, "summer", "summertime");
        put(m, Cat.SEASON, 2, "fall", "autumn");
        put(m, Cat.SEASON, 3, "winter", "wintertime");
        put(m, Cat.DAYPART, 0, "morning", "mornings");
        put(m, Cat.DAYPART, 1, "afternoon", "afternoons");
        put(m, Cat.DAYPART, 2, "evening", "evenings");
        put(m, Cat.DAYPART, 3, "night", "nights", "overnight");
        put(m, Cat.DAYPART, 4, "noon", "midday");
        put(m, Cat.DAYPART, 5, "midnight");
        put(m, Cat.DEICTIC, 0, "today");
        put(m, Cat.DEICTIC, -1, "yesterday");
        put(m, Cat.DEICTIC, 1, "tomorrow");
        put(m, Cat.DEICTIC, 10, "tonight");
        put(m, Cat.DEICTIC, 20, "now", "nowadays");
        put(m, Cat.REL, 0, "this", "current", "present");
        put(m, Cat.REL, -1, "last", "past", "previous", "preceding", "prior");
        put(m, Cat.REL, 1, "next", "coming", "following", "upcoming");
        put(m, Cat.REL, 2, "latest", "recent");
        put(m, Cat.REL, 3, "same", "that");
        // the words that open a part of a period ("the end of", "early") and qualifiers ("about", "more than") are read
        // as words by Prefix; only the decade words read the class ("the late eighties", "the mid-seventies")
        put(m, Cat.POSMOD, 0, "early");
        put(m, Cat.POSMOD, 1, "mid", "middle");
        put(m, Cat.POSMOD, 2, "late");
        put(m, Cat.SETWORD, 0, "daily", "weekly", "monthly", "quarterly", "annually", "yearly", "hourly",
                "nightly", "biweekly");
        put(m, Cat.REFWORD, 0, "recently", "lately");
        put(m, Cat.REFWORD, 1, "currently", "presently");
        put(m, Cat.REFWORD, 2, "future");
        put(m, Cat.VAGUE, 0, "several", "few", "many", "couple", "some", "numerous");
        return Map.copyOf(m);
    }

    /** Gives each word its class; a word never silently loses a class it was given before. */
    private static void put(Map<String, Entry> m, Cat cat, int num, String... words) {
        for (String w : words) {
            Entry old = m.putIfAbsent(w, new Entry(cat, num));
            if (old != null) {
                throw new IllegalStateException(w + " is already " + old.cat() + "; give it a second class explicitly");
            }
        }
    }
}
