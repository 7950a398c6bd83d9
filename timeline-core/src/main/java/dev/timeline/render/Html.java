package dev.timeline.render;

/** Escaping of document text for HTML and SVG, in element content and in quoted attribute values alike. */
final class Html {
    private Html() {
    }

    /** Appends {@code text} with {@code & < > " '} escaped and control characters other than tab and newline dropped. */
    static StringBuilder escape(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c >= 0x20 && c != 0x7F || c == '\t' || c == '\n') {
                        out.append(c);
                    }
                }
            }
        }
        return out;
    }

    /** Returns {@code text} escaped as by {@link #escape(StringBuilder, String)}. */
    static String escape(String text) {
        return escape(new StringBuilder(text.length() + 16), text).toString();
    }
}
