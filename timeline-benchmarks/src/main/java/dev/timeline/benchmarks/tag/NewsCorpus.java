package dev.timeline.benchmarks.tag;

import dev.timeline.benchmarks.SharedData;
import dev.timeline.tag.Anchor;
import dev.timeline.tag.timeml.TimeMlDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * At least {@link #MIN_BYTES} of news text (UTF-8), as the TEXT of TimeML files in file-name order, each with its DCT
 * anchor. Immutable once loaded.
 */
final class NewsCorpus {
    /** One megabyte (10^6 bytes), the least a corpus holds unless the data runs out. */
    static final long MIN_BYTES = 1_000_000;

    /** One document to tag. */
    record Doc(String text, Anchor anchor) {
    }

    private final List<Doc> docs;
    private final long utf8Bytes;
    private final String source;

    private NewsCorpus(List<Doc> docs, long utf8Bytes, String source) {
        this.docs = List.copyOf(docs);
        this.utf8Bytes = utf8Bytes;
        this.source = source;
    }

    /**
     * Loads the silver corpus, or TimeBank+AQUAINT if there is no silver corpus.
     *
     * @throws IllegalStateException if neither can be found
     */
    static NewsCorpus load() throws IOException {
        Path data = SharedData.dataDir().orElseThrow(() -> new IllegalStateException(
                "no shared/data/silver or shared/data/tbaq above " + Path.of("").toAbsolutePath()
                        + "; pass -Dtimeline.data=/path/to/shared/data"));
        Path dir = Files.isDirectory(data.resolve("silver")) ? data.resolve("silver") : data.resolve("tbaq");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(p -> p.toString().endsWith(".tml")).sorted().collect(Collectors.toList());
        }
        List<Doc> docs = new ArrayList<>();
        long bytes = 0;
        for (Path f : files) {
            if (bytes >= MIN_BYTES) {
                break;
            }
            TimeMlDocument d = TimeMlDocument.read(f);
            docs.add(new Doc(d.text(), d.dct().map(Anchor::news).orElse(Anchor.none())));
            bytes += d.text().getBytes(StandardCharsets.UTF_8).length;
        }
        return new NewsCorpus(docs, bytes, dir.toString());
    }

    List<Doc> docs() {
        return docs;
    }

    long utf8Bytes() {
        return utf8Bytes;
    }

    @Override
    public String toString() {
        return String.format("%d documents, %.3f MB of UTF-8 text from %s", docs.size(), utf8Bytes / 1e6, source);
    }
}
