package dev.timeline.tag.timeml;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One CAT XML document converted to TimeML by {@link CatXml}: the TimeML text, the same read back as a
 * {@link TimeMlDocument}, what the conversion had to leave out or approximate, and what it wrote.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class CatConversion {
    private final String name;
    private final String timeMl;
    private final TimeMlDocument document;
    private final ImmutableList<String> notes;
    private final int events;
    private final int timexes;
    private final int timeLinks;
    private final int anchors;

    CatConversion(String name, String timeMl, TimeMlDocument document, List<String> notes, int events, int timexes,
            int timeLinks, int anchors) {
        this.name = name;
        this.timeMl = timeMl;
        this.document = document;
        this.notes = ImmutableList.copyOf(notes);
        this.events = events;
        this.timexes = timexes;
        this.timeLinks = timeLinks;
        this.anchors = anchors;
    }

    /** The TimeML file name: the CAT file name with {@code .xml} replaced by {@code .tml}, as {@code 10450.tml}. */
    public String name() {
        return name;
    }

    /** The whole TimeML document, UTF-8 ready. */
    public String timeMl() {
        return timeMl;
    }

    /** {@link #timeMl()} as {@link TimeMlDocument#parse} reads it: TEXT string, creation time and timexes. */
    public TimeMlDocument document() {
        return document;
    }

    /**
     * What a user of the gold should know about this document, one sentence each: markables whose tokens are not
     * contiguous or that had to be cut, event mentions without tokens, TLINKs left out and why. Empty when nothing
     * was left out or approximated.
     */
    public List<String> notes() {
        return notes;
    }

    /** How many {@code EVENT} elements the TEXT holds (each with one {@code MAKEINSTANCE}). */
    public int events() {
        return events;
    }

    /**
     * How many {@code TIMEX3} elements with non-blank text the TEXT holds, as the TempEval-3 scorer counts them: the
     * date line is one of them, the {@code DCT} element and non-consuming timexes are not.
     */
    public int timexes() {
        return timexes;
    }

    /** How many event-to-timex {@code TLINK}s were written, links to the creation time included. */
    public int timeLinks() {
        return timeLinks;
    }

    /**
     * How many distinct (event, timex) pairs a TLINK anchors, as {@code anchor_score.py} counts gold anchors: the
     * relType is one that places the event at the time (IS_INCLUDED, DURING, SIMULTANEOUS, IDENTITY, BEGINS, ENDS,
     * BEGUN_BY, ENDED_BY, INCLUDES, DURING_INV) and the timex is in the TEXT (not the {@code DCT} element).
     */
    public int anchors() {
        return anchors;
    }

    /**
     * Writes {@link #timeMl()} in UTF-8 to {@code folder}/{@link #name()}, replacing the file if it exists.
     *
     * @return the file written
     * @throws IOException if the file cannot be written
     */
    public Path writeTo(Path folder) throws IOException {
        Objects.requireNonNull(folder, "folder");
        Path file = folder.resolve(name);
        Files.writeString(file, timeMl, StandardCharsets.UTF_8);
        return file;
    }

    @Override
    public String toString() {
        return name + " (" + events + " events, " + timexes + " timexes, " + anchors + " anchors, " + notes.size()
                + " notes)";
    }
}
