package dev.timeline.tag.timeml;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Converts CAT XML, the format of the MEANTIME corpus (Minard et al. 2016), to TimeML that the project's readers and
 * the TempEval-3 scorers ({@code te3score.py}, {@code anchor_score.py}) take as gold.
 *
 * <p><b>Text.</b> CAT holds tokens, not text, and no spacing. The TEXT string is the tokens in document order, one
 * space between the tokens of a sentence and a line feed after every sentence, so that the title (sentence 0), the
 * date line (sentence 1) and each sentence of the body stand on lines of their own: {@code "Jobs ' keynote ."}
 * reads as tokenized. Offsets are UTF-16 indexes into that string, as everywhere in this package.
 *
 * <p><b>Creation time.</b> The first {@code TIMEX3} with {@code functionInDocument="CREATION_TIME"} becomes the
 * {@code DCT} element, with {@code tid="t0"}; every TLINK to it, and every {@code anchorTimeID}, {@code beginPoint}
 * or {@code endPoint} naming it, says {@code t0}. When it has tokens (MEANTIME anchors it to the date line) those
 * words are also a {@code TIMEX3} of the TEXT, with {@code tid} t&lt;m_id&gt; and the same value, as any timex that
 * the text names; the scorers then count the date line as a timex, and a tagger that finds it is right.
 *
 * <p><b>Timexes.</b> Each other {@code TIMEX3} with tokens becomes a {@code TIMEX3} element around them: {@code tid}
 * t&lt;m_id&gt;, {@code type}, {@code value}, {@code functionInDocument} ({@code NONE} when empty) and the
 * {@code anchorTimeID}, {@code beginPoint} and {@code endPoint} that name another timex. A {@code TIMEX3} without
 * tokens is written empty (non-consuming) at the end of the TEXT; the scorers ignore it.
 *
 * <p><b>Events.</b> Each {@code EVENT_MENTION} with tokens becomes an {@code EVENT} ({@code eid} e&lt;m_id&gt;)
 * with one {@code MAKEINSTANCE} ({@code eiid} ei&lt;m_id&gt;). This includes the mentions MEANTIME annotated only
 * for cross-document coreference, which have no attributes. MEANTIME has no TimeML class: the class is
 * {@code REPORTING} when the mention {@code REFERS_TO} an event instance of class {@code SPEECH_COGNITIVE}, otherwise
 * {@code OCCURRENCE}. {@code tense} and {@code aspect} use TimeML's names already and are kept; {@code polarity}
 * {@code NEG} is kept and {@code UNDERSPECIFIED} becomes {@code POS}; {@code pos} {@code VERB}, {@code NOUN} and
 * {@code OTHER} are kept; a one-word {@code modality} ({@code can}, {@code would}) is kept. Empty values become the
 * TimeML defaults ({@code NONE}, {@code POS}, {@code OTHER}). {@code certainty}, {@code time}, {@code special_cases}
 * and {@code pred} have no TimeML place and are dropped.
 *
 * <p><b>Spans.</b> A markable covers its tokens from the first to the last; when they are not contiguous ("welcomed
 * ... announced", "took [Monday] off") the words between are covered too and a {@link CatConversion#notes() note}
 * says so. Elements nest where markables do. XML cannot hold two crossing elements: markables are placed timexes
 * first, then contiguous events, then non-contiguous ones, and one that would cross a placed markable is cut to its
 * first token, with a note.
 *
 * <p><b>Links.</b> Each CAT {@code TLINK} from an {@code EVENT_MENTION} to a {@code TIMEX3} becomes a {@code TLINK}
 * with {@code eventInstanceID} and {@code relatedToTime}. A CAT {@code TLINK} from a {@code TIMEX3} to an
 * {@code EVENT_MENTION} is written the same way with the inverse relType ({@code INCLUDES} becomes
 * {@code IS_INCLUDED}, {@code BEFORE} becomes {@code AFTER}, ...), so that the scorers, which read event-to-time links
 * only, see it. relTypes that are TimeML names are kept; {@code MEASURE} (an event and its duration) becomes
 * {@code DURING}; any other is left out with a note. Event-event and timex-timex TLINKs, SLINKs, CLINKs, GLINKs,
 * participants, entities and signals are not converted.
 *
 * <p>Reading never resolves external entities and ignores any DTD, as {@link TimeMlDocument#read} does. All methods
 * are static and thread-safe.
 */
public final class CatXml {
    private CatXml() {
    }

    /**
     * Converts the CAT XML file {@code file}; the TimeML name is its file name with {@code .xml} replaced by
     * {@code .tml}.
     *
     * @throws IOException if the file cannot be read
     * @throws CatXmlException if it is not well-formed XML or not a CAT document this converter can hold, naming the
     *     file and the line and column
     */
    public static CatConversion convert(Path file) throws IOException {
        return convert(file, Integer.MAX_VALUE);
    }

    /**
     * Converts the first {@code sentences} sentences of the CAT XML file {@code file} (sentence numbers 0 to
     * {@code sentences - 1}; MEANTIME annotates sentences 0-5 fully, the title and the date line among them), with
     * the markables and relations inside them.
     *
     * @throws IllegalArgumentException if {@code sentences} is below 1
     * @throws IOException if the file cannot be read
     * @throws CatXmlException as {@link #convert(Path)}
     */
    public static CatConversion convert(Path file, int sentences) throws IOException {
        Objects.requireNonNull(file, "file");
        if (sentences < 1) {
            throw new IllegalArgumentException("cannot keep " + sentences + " sentences: at least 1");
        }
        Path fileName = file.getFileName();
        String name = fileName == null ? file.toString() : fileName.toString();
        try (InputStream in = Files.newInputStream(file)) {
            CatDocument doc = CatReader.read(in, name);
            return CatTimeMl.convert(sentences == Integer.MAX_VALUE ? doc : doc.firstSentences(sentences),
                    timeMlName(name));
        }
    }

    /**
     * Converts a CAT XML document held in a string.
     *
     * @param name the name reported in error messages, typically the CAT file name; the TimeML name is derived from
     *     it as in {@link #convert(Path)}
     * @throws CatXmlException if it is not well-formed XML or not a CAT document this converter can hold
     */
    public static CatConversion convert(String xml, String name) {
        Objects.requireNonNull(xml, "xml");
        Objects.requireNonNull(name, "name");
        return CatTimeMl.convert(CatReader.read(new StringReader(xml), name), timeMlName(name));
    }

    /**
     * Reads the CAT XML file {@code file} as a {@link TimeMlDocument}: the rebuilt TEXT string, the creation time
     * and the timexes; the same as {@code convert(file).document()}.
     *
     * @throws IOException if the file cannot be read
     * @throws CatXmlException as {@link #convert(Path)}
     */
    public static TimeMlDocument read(Path file) throws IOException {
        return convert(file).document();
    }

    static String timeMlName(String name) {
        String stem = name.endsWith(".xml") ? name.substring(0, name.length() - 4) : name;
        return stem + ".tml";
    }
}
