package dev.timeline.document;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a creation date stated in a header line at the very start of a text, {@code date 2025-08-28} (also
 * {@code dct}, {@code published} or {@code dateline} followed by an ISO date), which is metadata: it is blanked out of
 * the text (each of its characters but line breaks becomes a space), so that the text keeps its length and every
 * offset into it is an offset into the file as the user sees it. A date the article itself prints (a dateline such as
 * {@code BEIJING, Aug. 28, 2025 (Reuters) -}, a byline) stays part of the text and is read by the creation-date
 * inference ({@code dev.timeline.dct.DctInference}), which reports it as printed.
 */
final class DocumentHeader {
    private static final Pattern HEADER = Pattern.compile(
            "\\A\\s*(?:date|dct|published|dateline)\\s*[:=]?\\s*(\\d{4})-(\\d{2})-(\\d{2})\\b\\s*",
            Pattern.CASE_INSENSITIVE);

    private DocumentHeader() {
    }

    /** What a header says: the date, and the text with the header blanked out. */
    record Result(Optional<LocalDate> date, String body, String evidence) {
    }

    static Result read(String text) {
        Matcher m = HEADER.matcher(text);
        if (m.lookingAt()) {
            Optional<LocalDate> date = date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
            if (date.isPresent()) {
                return new Result(date, blank(text, m.end()),
                        "header \"" + m.group().strip() + "\"");
            }
        }
        return new Result(Optional.empty(), text, "");
    }

    /** {@code text} with its first {@code end} characters blanked: spaces, line breaks kept. */
    private static String blank(String text, int end) {
        StringBuilder s = new StringBuilder(text);
        for (int i = 0; i < end; i++) {
            char c = s.charAt(i);
            if (c != '\n' && c != '\r') {
                s.setCharAt(i, ' ');
            }
        }
        return s.toString();
    }

    private static Optional<LocalDate> date(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
