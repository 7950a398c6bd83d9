package dev.timeline.dct;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Tells a four-digit year from a number that only looks like one: a clock time ("0915 GMT", "(1845 GMT)"), a count
 * ("2000 troops") or an identifier ("Resolution 1441"), by the word right before or after it. The words are data
 * ({@code dct-not-years.txt}).
 */
final class NotYears {
    private static final Set<String> BEFORE = new HashSet<>();
    private static final Set<String> AFTER = new HashSet<>();

    static {
        try (InputStream in = NotYears.class.getResourceAsStream("dct-not-years.txt")) {
            if (in == null) {
                throw new IllegalStateException("dct-not-years.txt is missing from the class path");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith("before ")) {
                    BEFORE.add(line.substring(7).strip());
                } else if (line.startsWith("after ")) {
                    AFTER.add(line.substring(6).strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private NotYears() {
    }

    /** Returns false if the number at {@code start..end} of {@code text} is a clock time, a count or an identifier. */
    static boolean isYear(String text, int start, int end) {
        if (start > 0 && (text.charAt(start - 1) == '$' || text.charAt(start - 1) == '#'
                || Character.isLetterOrDigit(text.charAt(start - 1)))) {
            return false;
        }
        return !BEFORE.contains(wordBefore(text, start)) && !AFTER.contains(wordAfter(text, end));
    }

    private static String wordBefore(String text, int start) {
        int e = start;
        while (e > 0 && text.charAt(e - 1) == ' ') {
            e--;
        }
        int s = e;
        while (s > 0 && s > e - 20 && !Character.isWhitespace(text.charAt(s - 1)) && text.charAt(s - 1) != '(') {
            s--;
        }
        return text.substring(s, e).toLowerCase(Locale.ROOT);
    }

    private static String wordAfter(String text, int end) {
        int s = end;
        while (s < text.length() && text.charAt(s) == ' ') {
            s++;
        }
        int e = s;
        while (e < text.length() && e < s + 20 && !Character.isWhitespace(text.charAt(e))
                && ",;)".indexOf(text.charAt(e)) < 0) {
            e++;
        }
        String w = text.substring(s, e).toLowerCase(Locale.ROOT);
        return w.endsWith(".") && !w.equals("a.m.") && !w.equals("p.m.") ? w.substring(0, w.length() - 1) : w;
    }
}
