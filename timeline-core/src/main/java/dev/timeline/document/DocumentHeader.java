package dev.timeline.document;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a creation date stated at the head of a text: a {@code date 2025-08-28} header line, or a dateline such as
 * {@code BEIJING, Aug. 28, 2025 (Reuters) -}. Only the first few hundred characters are looked at, and only a full
 * date (with its year) counts.
 */
final class DocumentHeader {
    private static final int HEAD = 300;
    private static final Pattern HEADER = Pattern.compile(
            "\\A\\s*(?:date|dct|published|dateline)\\s*[:=]?\\s*(\\d{4})-(\\d{2})-(\\d{2})\\b\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DATELINE = Pattern.compile(
            "(?:^|\\n)\\s*[A-Z][A-Z .'-]{1,40},\\s+([A-Z][a-z]{2,8})\\.?\\s+(\\d{1,2}),\\s+(\\d{4})\\b");

    private DocumentHeader() {
    }

    /** What a header says: the date, and the text without the header line (a dateline stays in the text). */
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
        Matcher d = DATELINE.matcher(text.substring(0, Math.min(HEAD, text.length())));
        if (d.find()) {
            Optional<Month> month = month(d.group(1));
            if (month.isPresent()) {
                Optional<LocalDate> date = date(Integer.parseInt(d.group(3)), month.get().getValue(),
                        Integer.parseInt(d.group(2)));
                if (date.isPresent()) {
                    return new Result(date, text, "dateline \"" + d.group().strip() + "\"");
                }
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

    static Optional<Month> month(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.length() < 3) {
            return Optional.empty();
        }
        for (Month month : Month.values()) {
            String full = month.name().toLowerCase(Locale.ROOT);
            if (full.startsWith(n) || (n.equals("sept") && month == Month.SEPTEMBER)) {
                return Optional.of(month);
            }
        }
        return Optional.empty();
    }
}
