package dev.timeline.spark;

import java.util.Locale;
import java.util.Objects;

/** How documents are stored at an input path. */
public enum InputFormat {
    /** Plain UTF-8 text, one document a file, its id the file name without extension ({@code *.txt}). */
    TEXT("text", "*.txt"),
    /** JSON Lines, one document a line: {@code {"id": "...", "text": "...", "date": "2025-08-28"}}. */
    JSONL("jsonl", "*.jsonl"),
    /** TimeML, one document a file ({@code *.tml}): its TEXT, DOCID and DCT. */
    TIMEML("tml", "*.tml");

    private final String label;
    private final String glob;

    InputFormat(String label, String glob) {
        this.label = label;
        this.glob = glob;
    }

    /** The name used on the command line: {@code text}, {@code jsonl} or {@code tml}. */
    public String label() {
        return label;
    }

    /** The file names read from a folder, such as {@code *.tml}. */
    public String glob() {
        return glob;
    }

    /**
     * Returns the format named {@code label} ({@code text}, {@code jsonl} or {@code tml}, any case).
     *
     * @throws IllegalArgumentException naming the accepted labels if there is no such format
     */
    public static InputFormat of(String label) {
        Objects.requireNonNull(label, "label");
        for (InputFormat f : values()) {
            if (f.label.equals(label.toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown input format \"" + label + "\"; use text, jsonl or tml");
    }
}
