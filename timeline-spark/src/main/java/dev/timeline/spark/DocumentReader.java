package dev.timeline.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.format_string;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.split;
import static org.apache.spark.sql.functions.trim;

import dev.timeline.document.Datelines;
import dev.timeline.document.Document;
import dev.timeline.document.Documents;
import dev.timeline.tag.timeml.TimeMlDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.GlobFilter;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads documents from any Hadoop-compatible path into rows of {@link Columns#RAW}: one row a document, with the
 * reason it cannot be used when it cannot (bytes that are not UTF-8, a file over the size limit, a line that is not
 * JSON, a file that is not TimeML). Files over the limit are never loaded: their size is read from the listing.
 */
final class DocumentReader {
    private DocumentReader() {
    }

    static Dataset<Row> read(SparkSession spark, String path, InputFormat format, long maxBytes) {
        return format == InputFormat.JSONL ? jsonLines(spark, path, maxBytes) : files(spark, path, format, maxBytes);
    }

    private static Dataset<Row> files(SparkSession spark, String path, InputFormat format, long maxBytes) {
        Dataset<Row> listing = spark.read().format("binaryFile").option("pathGlobFilter", format.glob())
                .option("recursiveFileLookup", "true").load(path);
        Dataset<Row> tooLarge = listing.filter(col("length").gt(maxBytes)).select(
                regexp_replace(element_at(split(col("path"), "/"), -1), "\\.[^.]*$", "").as("id"),
                lit(null).cast("string").as("text"),
                lit(null).cast("string").as("date"),
                col("path").as("source"),
                format_string("too large: %d bytes, over the limit of " + maxBytes + " bytes", col("length"))
                        .as("reason"),
                lit(null).cast("string").as("place"));
        boolean timeMl = format == InputFormat.TIMEML;
        Dataset<Row> decoded = listing.filter(col("length").leq(maxBytes)).select(col("path"), col("content"))
                .mapPartitions((MapPartitionsFunction<Row, Row>) rows -> map(rows, r -> decodeFile(r, timeMl)),
                        Encoders.row(Columns.RAW));
        return decoded.unionByName(tooLarge).unionByName(emptyFiles(spark, path, format));
    }

    /**
     * Spark's file sources skip files of zero bytes; list them here so that they are reported, not lost. A listing
     * of names and sizes on the driver, as Spark's own file index does.
     */
    private static Dataset<Row> emptyFiles(SparkSession spark, String path, InputFormat format) {
        List<Row> rows = new ArrayList<>();
        try {
            Path root = new Path(path);
            FileSystem fs = root.getFileSystem(spark.sparkContext().hadoopConfiguration());
            GlobFilter filter = new GlobFilter(format.glob());
            FileStatus[] matches = fs.globStatus(root);
            for (FileStatus match : matches == null ? new FileStatus[0] : matches) {
                RemoteIterator<LocatedFileStatus> files = fs.listFiles(match.getPath(), true);
                while (files.hasNext()) {
                    LocatedFileStatus f = files.next();
                    String name = f.getPath().getName();
                    if (f.getLen() == 0 && filter.accept(f.getPath()) && !name.startsWith("_")
                            && !name.startsWith(".")) {
                        int dot = name.lastIndexOf('.');
                        rows.add(Columns.raw(dot <= 0 ? name : name.substring(0, dot), null, null,
                                f.getPath().toString(), "empty file"));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + path + ": " + e.getMessage(), e);
        }
        return spark.createDataFrame(rows, Columns.RAW);
    }

    private static Row decodeFile(Row file, boolean timeMl) {
        String path = file.getString(0);
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        String id = dot <= 0 ? name : name.substring(0, dot);
        byte[] bytes = (byte[]) file.get(1);
        String text;
        try {
            text = strictUtf8(bytes);
        } catch (NotUtf8 e) {
            return Columns.raw(id, null, null, path, e.getMessage());
        }
        if (timeMl) {
            TimeMlDocument tml;
            try {
                tml = TimeMlDocument.parse(text, name);
            } catch (RuntimeException e) {
                return Columns.raw(id, null, null, path, "not TimeML: " + e.getMessage());
            }
            return Columns.raw(tml.id(), tml.text(), tml.dct().map(Object::toString).orElse(null), path, null,
                    Datelines.ofCreationTime(tml.dctText()).orElse(null));
        }
        Document d = Documents.fromText(id, text);
        return Columns.raw(id, d.text(), d.dct().map(Object::toString).orElse(null), path, null);
    }

    private static Dataset<Row> jsonLines(SparkSession spark, String path, long maxBytes) {
        Dataset<Row> lines = spark.read().option("pathGlobFilter", InputFormat.JSONL.glob())
                .option("recursiveFileLookup", "true").text(path)
                .select(col("value"), col("_metadata.file_path").as("source"))
                .filter(trim(col("value")).notEqual(""));
        return lines.mapPartitions((MapPartitionsFunction<Row, Row>) rows -> {
            JsonMapper mapper = JsonMapper.builder().build();
            return map(rows, r -> parseLine(mapper, r.getString(0), r.getString(1), maxBytes));
        }, Encoders.row(Columns.RAW));
    }

    private static Row parseLine(JsonMapper mapper, String line, String source, long maxBytes) {
        long bytes = Limits.utf8Length(line);
        if (bytes > maxBytes) {
            return Columns.raw(null, null, null, source,
                    "too large: a line of " + bytes + " bytes, over the limit of " + maxBytes + " bytes");
        }
        JsonNode node;
        try {
            node = mapper.readTree(line);
        } catch (RuntimeException e) {
            return Columns.raw(null, null, null, source, "not JSON: " + firstLine(e.getMessage()));
        }
        if (!node.isObject()) {
            return Columns.raw(null, null, null, source, "not a JSON object");
        }
        String id = text(node, "id").orElse(null);
        String text = text(node, "text").orElse(null);
        String date = text(node, "date").orElse(null);
        String reason = null;
        if (text != null && text.indexOf('\uFFFD') >= 0) {
            // Spark's text source replaces bytes that are not UTF-8 with U+FFFD; we refuse to tag a damaged text.
            reason = "not UTF-8: the line holds undecodable bytes (U+FFFD at index " + text.indexOf('\uFFFD') + ")";
        }
        return Columns.raw(id, text, date, source, reason);
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? Optional.empty() : Optional.of(v.isString() ? v.stringValue() : v.toString());
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "malformed";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    /** Decodes UTF-8, refusing malformed input with the offset of the first bad byte. */
    static String strictUtf8(byte[] bytes) throws NotUtf8 {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new NotUtf8("not UTF-8: undecodable byte 0x" + String.format("%02X", bytes[in.position()] & 0xFF)
                    + " at offset " + in.position());
        }
        decoder.flush(out);
        out.flip();
        return out.toString();
    }

    /** Raised by {@link #strictUtf8} with the reason to report. */
    static final class NotUtf8 extends Exception {
        private static final long serialVersionUID = 1L;

        NotUtf8(String message) {
            super(message);
        }
    }

    /** A row-to-row function that may not fail: failures must be turned into rows with a reason by the caller. */
    interface RowMapper {
        Row apply(Row row);
    }

    static Iterator<Row> map(Iterator<Row> rows, RowMapper f) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public Row next() {
                return f.apply(rows.next());
            }
        };
    }

    static List<Row> list(Iterator<Row> rows) {
        List<Row> out = new ArrayList<>();
        rows.forEachRemaining(out::add);
        return out;
    }
}
