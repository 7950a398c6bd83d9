package dev.timeline.benchmarks.tag;

import dev.timeline.benchmarks.SharedData;
import dev.timeline.document.Document;
import dev.timeline.document.Documents;
import dev.timeline.tag.Anchor;
import dev.timeline.tag.Tagger;
import dev.timeline.tag.timeml.TimeMlDocument;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import tools.jackson.databind.json.JsonMapper;

/**
 * The project's side of the side-by-side benchmark with a peer tagger ({@code timeline-benchmarks/peer/run.sh}): the
 * same protocol as {@code peer/chrono.mjs}, on the same JSON Lines corpus, each line one document with its creation
 * date. Not a JMH benchmark: each mode is one whole process, so that start-up and the first pass count as a user
 * feels them.
 *
 * <ul>
 *   <li>{@code corpus OUT.jsonl [WARMUP_CHARS TIMED_CHARS]}: writes the corpus from the silver news of the shared data
 *       (defaults 500,000 and 5,000,000 characters, whole documents of 1,000 to 6,000 characters, in file order,
 *       the files read again with new ids when they hold less); exits 3 when there is no data.
 *   <li>{@code cold CORPUS}: builds the tagger and tags the first document, nothing else.
 *   <li>{@code pass CORPUS}: tags the first {@code WARMUP_CHARS} (the warm-up), then times one pass over the rest.
 *   <li>{@code steady CORPUS}: tags the whole corpus four times untimed, then times three passes over the part
 *       after the warm-up and reports the median pass.
 * </ul>
 *
 * <p>Every mode prints one line {@code mode=... chars=... seconds=... chars_per_s=... timexes=...}.
 */
public final class PeerTagger {
    /** Characters of warm-up before the timed pass, as the peers' protocol has it. */
    static final int WARMUP_CHARS = 500_000;
    /** Characters of the timed pass. */
    static final int TIMED_CHARS = 5_000_000;

    private PeerTagger() {
    }

    /** Runs one mode; see the class comment. */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: PeerTagger corpus|cold|pass|steady FILE");
            System.exit(2);
        }
        Path file = Path.of(args[1]);
        switch (args[0]) {
            case "corpus" -> writeCorpus(file, args.length > 3 ? Integer.parseInt(args[2]) : WARMUP_CHARS,
                    args.length > 3 ? Integer.parseInt(args[3]) : TIMED_CHARS);
            case "cold" -> cold(file);
            case "pass" -> pass(file, 0, 1);
            case "steady" -> pass(file, 4, 3);
            default -> {
                System.err.println("unknown mode " + args[0]);
                System.exit(2);
            }
        }
    }

    private static void cold(Path file) {
        long t0 = System.nanoTime();
        Document first = Documents.readFile(file).get(0);
        List<?> mentions = Tagger.english().tag(first.text(), anchor(first));
        report("cold", first.text().length(), System.nanoTime() - t0, mentions.size());
    }

    private static void pass(Path file, int untimedPasses, int timedPasses) {
        List<Document> docs = Documents.readFile(file);
        Tagger tagger = Tagger.english();
        int warm = 0;
        int chars = 0;
        while (warm < docs.size() && chars < WARMUP_CHARS) {
            tagger.tag(docs.get(warm).text(), anchor(docs.get(warm)));
            chars += docs.get(warm).text().length();
            warm++;
        }
        List<Document> timed = docs.subList(warm, docs.size());
        for (int p = 0; p < untimedPasses; p++) {
            tagAll(tagger, docs);
        }
        List<Long> times = new ArrayList<>();
        int timexes = 0;
        for (int p = 0; p < timedPasses; p++) {
            long t0 = System.nanoTime();
            timexes = tagAll(tagger, timed);
            times.add(System.nanoTime() - t0);
        }
        times.sort(null);
        report(untimedPasses == 0 ? "pass" : "steady", timed.stream().mapToInt(d -> d.text().length()).sum(),
                times.get(times.size() / 2), timexes);
    }

    private static int tagAll(Tagger tagger, List<Document> docs) {
        int n = 0;
        for (Document d : docs) {
            n += tagger.tag(d.text(), anchor(d)).size();
        }
        return n;
    }

    private static Anchor anchor(Document d) {
        return d.dct().map(Anchor::news).orElse(Anchor.none());
    }

    private static void report(String mode, long chars, long nanos, int timexes) {
        double seconds = nanos / 1e9;
        System.out.printf("mode=%s chars=%d seconds=%.4f chars_per_s=%.0f timexes=%d%n", mode, chars, seconds,
                chars / seconds, timexes);
    }

    private static void writeCorpus(Path out, int warmupChars, int timedChars) throws IOException {
        Path silver = SharedData.dataDir().map(d -> d.resolve("silver")).filter(Files::isDirectory).orElse(null);
        if (silver == null) {
            System.err.println("no shared/data/silver found above " + Path.of("").toAbsolutePath()
                    + " (pass -Dtimeline.data=/path/to/shared/data)");
            System.exit(3);
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(silver)) {
            files = walk.filter(p -> p.toString().endsWith(".tml")).sorted().collect(Collectors.toList());
        }
        JsonMapper json = JsonMapper.builder().build();
        long chars = 0;
        int docs = 0;
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            // the silver news holds less than 5.5 MB of such documents: it is read again, with new ids, until full
            for (int round = 1; round <= 10 && chars < (long) warmupChars + timedChars; round++) {
                for (Path f : files) {
                    if (chars >= (long) warmupChars + timedChars) {
                        break;
                    }
                    TimeMlDocument d = TimeMlDocument.read(f);
                    if (d.text().length() < 1_000 || d.text().length() > 6_000 || d.dct().isEmpty()) {
                        continue;
                    }
                    Map<String, Object> line = new LinkedHashMap<>();
                    line.put("id", f.getFileName().toString().replaceFirst("\\.tml$", "")
                            + (round > 1 ? "-" + round : ""));
                    line.put("date", d.dct().get().toString());
                    line.put("text", d.text());
                    w.write(json.writeValueAsString(line));
                    w.write('\n');
                    chars += d.text().length();
                    docs++;
                }
            }
        }
        System.out.printf("corpus=%s documents=%d chars=%d%n", out, docs, chars);
    }
}
