package dev.timeline.dct;

import java.util.regex.Pattern;

/**
 * Whether a clause reports something past or announces something to come, judged from its auxiliaries and verbs
 * around a position. A cheap heuristic, good enough to tell "announced on Thursday" from "will attend on Sept. 3".
 */
enum ClauseTense {
    PAST, FUTURE, UNKNOWN;

    private static final Pattern FUTURE_MARKER = Pattern.compile(
            "\\b(will|won't|'ll|shall|is set to|are set to|is due to|are due to|is expected to|are expected to|"
                    + "expected|scheduled|plans? to|upcoming|next|to attend|to join|to travel|would)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PAST_MARKER = Pattern.compile(
            "\\b(said|says|announced|confirmed|reported|noted|told|took|taken|taking|was|were|had|has|have|met|"
                    + "visited|held|joined|sent|ended|died|began|became|won|lost|signed|launched|since|ago|last|"
                    + "previous|previously|earlier|inherit\\w*|accounting|accounted|recently|preceded|"
                    + "\\w+ed)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:—–(]|\\b(that|when|while|where|which)\\b");
    private static final Pattern NOT_PAST = Pattern.compile("\\b(expected|scheduled|planned|invited)\\b",
            Pattern.CASE_INSENSITIVE);

    /** The tense of the clause around {@code start..end} in {@code sentence} (offsets relative to the sentence). */
    static ClauseTense around(String sentence, int start, int end) {
        String before = clauseBefore(sentence, start);
        if (FUTURE_MARKER.matcher(before).find()) {
            return FUTURE;
        }
        if (hasPast(before)) {
            return PAST;
        }
        String after = sentence.substring(end, Math.min(sentence.length(), end + 70));
        if (FUTURE_MARKER.matcher(after).find()) {
            return FUTURE;
        }
        return hasPast(after) ? PAST : UNKNOWN;
    }

    private static boolean hasPast(String s) {
        var m = PAST_MARKER.matcher(s);
        while (m.find()) {
            if (!NOT_PAST.matcher(m.group()).matches()) {
                return true;
            }
        }
        return false;
    }

    private static String clauseBefore(String sentence, int start) {
        String window = sentence.substring(Math.max(0, start - 80), start);
        var m = CLAUSE_BREAK.matcher(window);
        int cut = 0;
        while (m.find()) {
            // a break right before the expression ("..., on Sept. 3") leaves nothing to judge: keep the clause before
            if (window.substring(m.end()).trim().split("\\s+").length > 1) {
                cut = m.end();
            }
        }
        return window.substring(cut);
    }
}
