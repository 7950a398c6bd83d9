package dev.timeline.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Content lines of an iCalendar stream (RFC 5545 §3.1): each ends in CRLF and is folded before it would exceed
 * {@value #MAX_OCTETS} octets of UTF-8, by inserting CRLF and a space, never inside a character.
 */
final class IcsLines {
    /** The longest line, in octets of UTF-8, excluding the line break. */
    static final int MAX_OCTETS = 75;

    private IcsLines() {
    }

    /** Appends {@code line}, folded, with its CRLF. */
    static void write(Appendable out, String line) throws IOException {
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            int n = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            if (octets + n > MAX_OCTETS) {
                out.append("\r\n ");
                octets = 1;
            }
            out.append(line, i, i + Character.charCount(cp));
            octets += n;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }

    /**
     * Escapes a TEXT value (§3.3.11): backslash, semicolon and comma get a backslash, a line break becomes {@code \n},
     * and other control characters, which TEXT may not hold, become spaces.
     */
    static String text(String value) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case ';' -> out.append("\\;");
                case ',' -> out.append("\\,");
                case '\n' -> out.append("\\n");
                case '\r' -> {
                    if (i + 1 >= value.length() || value.charAt(i + 1) != '\n') {
                        out.append("\\n");
                    }
                }
                default -> out.append(c < 0x20 && c != '\t' || c == 0x7F ? ' ' : c);
            }
        }
        return out.toString();
    }

    /** The number of UTF-8 octets of {@code s}. */
    static int octets(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
