package dev.timeline.happening;

import java.util.List;

/**
 * A dated happening found in one document, before it becomes an {@code Event}: its TIMEX3 (or EDTF range) value and
 * modifier, type name, title, who and where, and the evidence span.
 *
 * @param value      a TIMEX3 date value ({@code 2025-09-03}, {@code 2025-W36}) or an EDTF range ({@code 2018/2019})
 * @param mod        the TIMEX3 modifier ({@code END} for "late 2011"), or empty
 * @param start      start of the evidence span in the document text (UTF-16)
 * @param end        end of the evidence span, exclusive
 * @param confidence 0..1
 * @param noun       where the noun that names it starts in the document when the title is only that noun's phrase
 *                   ("Meeting in Paris"), or -1 when the title tells who did what
 */
record Happening(String documentId, String value, String mod, String type, String title, List<String> participants,
        List<String> places, int start, int end, String sentence, double confidence, int noun) {
    Happening(String documentId, String value, String mod, String type, String title, List<String> participants,
            List<String> places, int start, int end, String sentence, double confidence) {
        this(documentId, value, mod, type, title, participants, places, start, end, sentence, confidence, -1);
    }

    /** "here" inside a title, with the space before it. */
    private static final java.util.regex.Pattern HERE = java.util.regex.Pattern.compile(" here\\b");

    /** Whether the title tells who did what (a clause), not only a noun phrase. */
    boolean clause() {
        return noun < 0;
    }

    /** This happening with the type {@code type}. */
    Happening withType(String type) {
        return new Happening(documentId, value, mod, type, title, participants, places, start, end, sentence,
                confidence, noun);
    }

    /**
     * This happening with its title's "here" naming {@code place}, the document's dateline ("Suicide bombing of the
     * Australian embassy here" filed in Jakarta), or left out when the document names no place; unchanged without it.
     */
    Happening withHere(String place) {
        if (!HERE.matcher(title).find()) {
            return this;
        }
        return new Happening(documentId, value, mod, type, nameHere(title, place), participants, places, start, end,
                sentence, confidence, noun);
    }

    /**
     * {@code title} with its "here" naming {@code place} ("Nine people are arrested in Hebron"), or left out where the
     * title names the place already ("ventured out here into Barataria Bay") or {@code place} is empty.
     */
    static String nameHere(String title, String place) {
        return place.isEmpty() || title.contains(place) ? HERE.matcher(title).replaceAll("")
                : HERE.matcher(title).replaceAll(java.util.regex.Matcher.quoteReplacement(" in " + place));
    }

    /** This happening named by the noun at document offset {@code noun}, or by a clause when it is -1. */
    Happening withNoun(int noun) {
        return new Happening(documentId, value, mod, type, title, participants, places, start, end, sentence,
                confidence, noun);
    }
}
