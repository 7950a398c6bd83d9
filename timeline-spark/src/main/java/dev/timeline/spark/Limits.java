package dev.timeline.spark;

/** Sizes of documents, in the UTF-8 bytes a file of them would take. */
final class Limits {
    /** The default largest document accepted: 10 MB (10,000,000 bytes). */
    static final long DEFAULT_MAX_BYTES = 10_000_000L;

    private Limits() {
    }

    /** The number of bytes {@code s} takes in UTF-8, without encoding it. */
    static long utf8Length(CharSequence s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n += 1;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }
}
