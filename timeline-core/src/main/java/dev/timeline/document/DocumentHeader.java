package dev.timeline.document;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a creation date stated in a header line at the very start of a text, {@code date 2025-08-28} (also
 * {@code dct}, {@code published} or {@code dateline} followed by an ISO date), which is metadata and is removed from
 * the text. A date the article itself prints (a dateline such as {@code BEIJING, Aug. 28, 2025 (Reuters) -}, a
 * byline) stays part of the text and is read by the creation-date inference ({@code dev.timeline.extract
 * .DctInference}), which reports it as printed.
 */
final class DocumentHeader {
    private static final Pattern HEADER = Pattern.compile(
            "\\A\\s*(?:date|dct|published|dateline)\\s*[:=]?\\s*(\\d{4})-(\\d{2})-(\\d{2})\\b\\s*",
            Pattern.CASE_INSENSITIVE);

    private DocumentHeader() {
    }

    /** What a header says: the date, and the text without the header line. */
    record Result(Optional<LocalDate> date, String body, String evidence) {
    }

    static Result read(String text) {
        Matcher m = HEADER.matcher(text);
        if (m.lookingAt()) {
            Optional<LocalDate> date = date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
            if (date.isPresent()) {
                return new Result(date, text.substring(m.end()), "header \"" + m.group().strip() + "\"");
            }
        }
        return new Result(Optional.empty(), text, "");
    }

    private static Optional<LocalDate> date(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
