package dev.timeline.dct;

import dev.timeline.document.StartFilteredPattern;
import java.util.Locale;
import java.util.Set;
import java.util.regex.MatchResult;

/**
 * Whether a clause reports something past or announces something to come, judged from its auxiliaries and verbs
 * around a position. A cheap heuristic, good enough to tell "announced on Thursday" from "will attend on Sept. 3".
 */
enum ClauseTense {
    PAST, FUTURE, UNKNOWN;

    private static final StartFilteredPattern FUTURE_MARKER = StartFilteredPattern.compile(
            "(?i)\\b(will|won't|'ll|shall|is set to|are set to|is due to|are due to|is expected to|are expected to|"
                    + "expected|scheduled|plans? to|upcoming|next|to attend|to join|to travel|would)\\b");
    /** The words that mark a past clause, besides any word that begins with "inherit" or ends in "ed". */
    private static final Set<String> PAST_WORDS = Set.of("said", "says", "announced", "confirmed", "reported", "noted",
            "told", "took", "taken", "taking", "was", "were", "had", "has", "have", "met", "visited", "held", "joined",
            "sent", "ended", "died", "began", "became", "won", "lost", "signed", "launched", "since", "ago", "last",
            "previous", "previously", "earlier", "accounting", "accounted", "recently", "preceded");
    /** A word of ASCII letters, digits and underscores that stands alone: the only span a past marker can be. */
    private static final StartFilteredPattern WORD = StartFilteredPattern.compile("\\b\\w+\\b");
    private static final StartFilteredPattern CLAUSE_BREAK = StartFilteredPattern.compile(
            "[,;:—–(]|\\b(that|when|while|where|which)\\b");
    /** Words ending in "ed" that mark no past. */
    private static final Set<String> NOT_PAST = Set.of("expected", "scheduled", "planned", "invited");

    /** The tense of the clause around {@code start..end} in {@code sentence} (offsets relative to the sentence). */
    static ClauseTense around(String sentence, int start, int end) {
        String before = clauseBefore(sentence, start);
        if (FUTURE_MARKER.search(before).find()) {
            return FUTURE;
        }
        if (hasPast(before)) {
            return PAST;
        }
        String after = sentence.substring(end, Math.min(sentence.length(), end + 70));
        if (FUTURE_MARKER.search(after).find()) {
            return FUTURE;
        }
        return hasPast(after) ? PAST : UNKNOWN;
    }

    /** Whether {@code s} holds a word that marks a past clause. */
    private static boolean hasPast(String s) {
        StartFilteredPattern.Search words = WORD.search(s);
        while (words.find()) {
            String word = words.match().group().toLowerCase(Locale.ROOT);
            if ((PAST_WORDS.contains(word) || word.startsWith("inherit") || word.length() > 2 && word.endsWith("ed"))
                    && !NOT_PAST.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static String clauseBefore(String sentence, int start) {
        String window = sentence.substring(Math.max(0, start - 80), start);
        StartFilteredPattern.Search breaks = CLAUSE_BREAK.search(window);
        int cut = 0;
        while (breaks.find()) {
            MatchResult m = breaks.match();
            // a break right before the expression ("..., on Sept. 3") leaves nothing to judge: keep the clause before
            if (hasTwoWords(window, m.end())) {
                cut = m.end();
            }
        }
        return window.substring(cut);
    }

    /** Whether {@code s} from {@code from} on holds two words or more, split at whitespace. */
    private static boolean hasTwoWords(String s, int from) {
        boolean word = false;
        boolean space = false;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c > ' ') {
                if (space && word) {
                    return true;
                }
                word = true;
                space = false;
            } else if (isSpace(c)) {
                space = true;
            }
        }
        return false;
    }

    /** Whether {@code c} is whitespace as {@code \s} of a regular expression reads it. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
