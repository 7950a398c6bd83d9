package dev.timeline.benchmarks.chronology;

import dev.timeline.benchmarks.SharedData;
import dev.timeline.document.Document;
import dev.timeline.tag.timeml.TimeMlDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A batch of news articles without creation dates, so that every one goes through DCT inference: each article is
 * one or more consecutive TEXTs of the development TimeML files (TimeBank, AQUAINT, then the AFP silver corpus)
 * joined while that keeps it nearest to {@link #ARTICLE_BYTES} of UTF-8 (so 1,000 articles hold about 3 MB). When the texts run out they are used again in a rotated
 * order, so a larger batch is new articles that report the same happenings again, with distinct ids.
 */
final class NewsArticles {
    /** The typical UTF-8 size of one article: 3 KB. */
    static final int ARTICLE_BYTES = 3_000;

    private NewsArticles() {
    }

    /**
     * Returns {@code count} articles with ids {@code a00000}, {@code a00001}…, and no creation date.
     *
     * @throws IllegalStateException if the development data cannot be found
     */
    static List<Document> load(int count) throws IOException {
        List<String> texts = texts();
        List<Document> articles = new ArrayList<>(count);
        StringBuilder article = new StringBuilder();
        int bytes = 0;
        for (long k = 0; articles.size() < count; k++) {
            int round = (int) (k / texts.size());
            // each round after the first pairs the texts differently, so no article repeats an earlier one
            String text = texts.get((int) ((k + round * 97L) % texts.size()));
            int size = text.getBytes(StandardCharsets.UTF_8).length;
            if (bytes > 0 && bytes + size / 2 > ARTICLE_BYTES) {
                articles.add(Document.of(String.format(Locale.ROOT, "a%05d", articles.size()), article.toString()));
                article.setLength(0);
                bytes = 0;
            }
            if (articles.size() < count) {
                if (bytes > 0) {
                    article.append("\n\n");
                }
                article.append(text);
                bytes += size + 2;
            }
        }
        return List.copyOf(articles);
    }

    /** The UTF-8 size of {@code articles}, in bytes. */
    static long utf8Bytes(List<Document> articles) {
        return articles.stream().mapToLong(d -> d.text().getBytes(StandardCharsets.UTF_8).length).sum();
    }

    private static List<String> texts() throws IOException {
        Path data = SharedData.dataDir().orElseThrow(() -> new IllegalStateException(
                "no shared/data/tbaq above " + Path.of("").toAbsolutePath()
                        + "; pass -Dtimeline.data=/path/to/shared/data"));
        List<String> texts = new ArrayList<>();
        for (String corpus : List.of("tbaq", "silver")) {
            Path dir = data.resolve(corpus);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            List<Path> files;
            try (Stream<Path> walk = Files.walk(dir)) {
                files = walk.filter(p -> p.toString().endsWith(".tml")).sorted().collect(Collectors.toList());
            }
            for (Path f : files) {
                String text = TimeMlDocument.read(f).text().strip();
                if (!text.isEmpty()) {
                    texts.add(text);
                }
            }
        }
        return texts;
    }
}
