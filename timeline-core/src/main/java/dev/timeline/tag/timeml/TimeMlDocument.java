package dev.timeline.tag.timeml;

import com.google.common.collect.ImmutableList;
import dev.timeline.tag.Mention;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One TimeML document as TempEval-3 sees it: its name, its {@code TEXT} string, its document creation time (DCT) and
 * the {@code TIMEX3} expressions inside {@code TEXT}.
 *
 * <p>The TEXT string is every piece of character data inside the first {@code TEXT} element, in order, with the inner
 * tags removed and entities decoded, exactly as the reference scorer {@code te3score.py} defines it. Timex offsets
 * are UTF-16 indexes into that string. {@code TIMEX3} elements whose text is blank (see {@link TimeMlText#isBlank})
 * are not part of {@link #timexes()}; {@link #ignoredEmptyTimexes()} counts them.
 *
 * <p>Reading never resolves external entities and ignores any DTD. Instances are immutable and thread-safe.
 */
public final class TimeMlDocument {
    private static final Pattern ISO_DAY = Pattern.compile("^(\\d{4})-?(\\d{2})-?(\\d{2})");
    private static final Comparator<Mention> TEXT_ORDER =
            Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end);

    private final String name;
    private final String id;
    private final String text;
    private final String dctValue;
    private final String dctText;
    private final ImmutableList<Mention> timexes;
    private final int ignoredEmptyTimexes;

    TimeMlDocument(String name, String id, String text, String dctValue, String dctText, List<Mention> timexes,
            int ignoredEmptyTimexes) {
        this.name = name;
        this.id = id;
        this.text = text;
        this.dctValue = dctValue;
        this.dctText = dctText;
        this.timexes = ImmutableList.sortedCopyOf(TEXT_ORDER, timexes);
        this.ignoredEmptyTimexes = ignoredEmptyTimexes;
    }

    /**
     * Reads a TimeML file. The document's {@link #name()} is the file name without its directories.
     *
     * @throws IOException if the file cannot be read
     * @throws TimeMlException if it is not well-formed XML or not a TimeML document this library can hold
     */
    public static TimeMlDocument read(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        Path fileName = file.getFileName();
        String name = fileName == null ? file.toString() : fileName.toString();
        try (InputStream in = Files.newInputStream(file)) {
            return TimeMlReader.read(in, name);
        }
    }

    /**
     * Parses a TimeML document held in a string.
     *
     * @param xml the whole document
     * @param name the name reported by {@link #name()} and in error messages, typically a file name
     * @throws TimeMlException if it is not well-formed XML or not a TimeML document this library can hold
     */
    public static TimeMlDocument parse(String xml, String name) {
        Objects.requireNonNull(xml, "xml");
        Objects.requireNonNull(name, "name");
        return TimeMlReader.read(new StringReader(xml), name);
    }

    /**
     * Returns a document of plain {@code text} with no timexes, for tagging text that did not come from TimeML.
     *
     * @param name the document name, such as {@code story.tml}; the id is the name without {@code .tml}
     * @param text the TEXT string
     * @param dct the document creation time, if known
     */
    public static TimeMlDocument of(String name, String text, Optional<LocalDate> dct) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(dct, "dct");
        return new TimeMlDocument(name, defaultId(name), text, dct.map(LocalDate::toString).orElse(null), "",
                List.of(), 0);
    }

    static String defaultId(String name) {
        return name.endsWith(".tml") ? name.substring(0, name.length() - 4) : name;
    }

    /**
     * Returns a copy of this document whose timexes are {@code mentions} (in any order; stored in text order, with
     * ties kept in the given order). Blank mentions are dropped and counted in {@link #ignoredEmptyTimexes()}.
     *
     * @throws IllegalArgumentException if a mention lies outside the TEXT string or its text differs from it
     */
    public TimeMlDocument withTimexes(List<Mention> mentions) {
        Objects.requireNonNull(mentions, "mentions");
        ImmutableList.Builder<Mention> kept = ImmutableList.builder();
        int ignored = 0;
        for (Mention m : mentions) {
            Objects.requireNonNull(m, "mention");
            if (m.end() > text.length() || !text.substring(m.start(), m.end()).equals(m.text())) {
                throw new IllegalArgumentException("mention " + m + " does not match the TEXT of " + name);
            }
            if (TimeMlText.isBlank(m.text())) {
                ignored++;
            } else {
                kept.add(m);
            }
        }
        return new TimeMlDocument(name, id, text, dctValue, dctText, kept.build(), ignored);
    }

    /** The document's name, typically its file name such as {@code wsj_0006.tml}. */
    public String name() {
        return name;
    }

    /** The {@code DOCID} of the document, or its name without {@code .tml} if it has none. */
    public String id() {
        return id;
    }

    /** The TEXT string, as defined in the class description. */
    public String text() {
        return text;
    }

    /** The raw {@code value} of the DCT's {@code TIMEX3}, such as {@code 1998-01-08T18:30:00}, if there is one. */
    public Optional<String> dctValue() {
        return Optional.ofNullable(dctValue);
    }

    /**
     * The text of the {@code DCT} element, the time expression's words with the rest ("BEIJING, Nov. 22 , 2005
     * (Xinhua)": a dateline), stripped; empty when the document has no DCT element or one without words.
     */
    public String dctText() {
        return dctText;
    }

    /** The day of the document creation time, if the DCT has a value that starts with a calendar date. */
    public Optional<LocalDate> dct() {
        if (dctValue == null) {
            return Optional.empty();
        }
        Matcher m = ISO_DAY.matcher(dctValue);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The non-blank {@code TIMEX3} expressions inside TEXT, ordered by start then end, as TempEval-3 scores them. */
    public List<Mention> timexes() {
        return timexes;
    }

    /** How many {@code TIMEX3} elements inside TEXT were left out of {@link #timexes()} because their text is blank. */
    public int ignoredEmptyTimexes() {
        return ignoredEmptyTimexes;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TimeMlDocument d && name.equals(d.name) && id.equals(d.id) && text.equals(d.text)
                && Objects.equals(dctValue, d.dctValue) && dctText.equals(d.dctText) && timexes.equals(d.timexes)
                && ignoredEmptyTimexes == d.ignoredEmptyTimexes;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, id, text, dctValue, dctText, timexes, ignoredEmptyTimexes);
    }

    @Override
    public String toString() {
        return name + " (" + text.length() + " chars, " + timexes.size() + " timexes"
                + (dctValue == null ? "" : ", DCT " + dctValue) + ")";
    }
}
