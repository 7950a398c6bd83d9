package dev.timeline.text;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTML or XML markup inside a text, which is not prose: tags ({@code <b>}, {@code </script>}), comments, and the
 * content of {@code script} and {@code style} elements. {@link #blank} replaces each by spaces, so the prose around it
 * keeps its offsets. A {@code <} that opens no tag ({@code "a < b"}) is left alone. The work is linear in the text: a tag is
 * at most 1,000 characters long, and an element or comment that is never closed is left as text.
 */
public final class Markup {
    private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z][A-Za-z0-9:-]{0,40})(?:\\s[^<>]{0,1000})?/?>");

    private Markup() {
    }

    /**
     * Returns {@code text} with its markup replaced by spaces (line breaks kept), the same length as {@code text};
     * {@code text} itself when it holds none.
     */
    public static String blank(String text) {
        if (text.indexOf('<') < 0) {
            return text;
        }
        StringBuilder out = null;
        boolean commentsClosed = true;
        Set<String> unclosed = new HashSet<>();
        Matcher tag = TAG.matcher(text);
        int at = text.indexOf('<');
        while (at >= 0) {
            int end = -1;
            if (text.startsWith("<!--", at)) {
                int close = commentsClosed ? text.indexOf("-->", at + 4) : -1;
                commentsClosed = close >= 0; // no "-->" after this one: none after later ones either
                end = close < 0 ? -1 : close + 3;
            } else if (tag.region(at, text.length()).lookingAt()) {
                end = tag.end();
                String name = tag.group(2).toLowerCase(Locale.ROOT);
                if (tag.group(1).isEmpty() && (name.equals("script") || name.equals("style"))
                        && !unclosed.contains(name)) {
                    int close = text.indexOf("</", end);
                    while (close >= 0 && !text.regionMatches(true, close + 2, name, 0, name.length())) {
                        close = text.indexOf("</", close + 2);
                    }
                    if (close < 0) {
                        unclosed.add(name); // none after this one: none after later ones either
                    } else {
                        int gt = text.indexOf('>', close);
                        end = gt < 0 ? close + name.length() + 2 : gt + 1;
                    }
                }
            }
            if (end > at) {
                if (out == null) {
                    out = new StringBuilder(text);
                }
                for (int i = at; i < end; i++) {
                    char c = text.charAt(i);
                    if (c != '\n' && c != '\r') {
                        out.setCharAt(i, ' ');
                    }
                }
                at = text.indexOf('<', end);
            } else {
                at = text.indexOf('<', at + 1);
            }
        }
        return out == null ? text : out.toString();
    }
}
