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
 */
record Happening(String documentId, String value, String mod, String type, String title, List<String> participants,
        List<String> places, int start, int end, String sentence, double confidence) {
}
