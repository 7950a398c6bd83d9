package dev.timeline.story.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.story.StorySummarizer;
import dev.timeline.story.Timeline17Format;
import dev.timeline.tag.timeml.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link TlsScorer} against the reference {@code tls_score.py}: the script's printed figures, pair by pair and
 * averaged, must equal the Java figures formatted the same way. On random timelines built to exercise the alignment
 * (dates apart, ties, empty days, shared and repeated words, punctuation and stop words), and on the system timelines
 * of two development stories; skipped with a message without {@code python3}, the script or the data.
 */
class TlsScoreAgreementTest {
    private static final String[] WORDS = ("oil spill BP well cap the of 's , . `` '' -LRB- -RRB- leak Gulf rig"
            + " explosion fire coast guard 11 workers killed says said relief drilling sealed $ 20bn fund").split(" ");

    @TempDir
    Path dir;

    @Test
    void randomTimelinesScoreAlikeInJavaAndInTheReferenceScript() throws Exception {
        SharedData.tlsScore();
        Random random = new Random(17);
        List<String> args = new ArrayList<>();
        List<TlsScores> scores = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Path gold = write(dir.resolve("gold" + i + ".txt"), randomTimeline(random));
            Path system = write(dir.resolve("system" + i + ".txt"), i == 5 ? "" : randomTimeline(random));
            args.add(gold.toString());
            args.add(system.toString());
            scores.add(TlsScorer.score(Timeline17Format.read(gold), Timeline17Format.read(system)));
        }
        assertAgrees(SharedData.runTlsScore(args), scores);
    }

    @Test
    void systemTimelinesOfTwoDevelopmentStoriesScoreAlike() throws Exception {
        Path t17 = SharedData.timeline17();
        SharedData.tlsScore();
        List<String> args = new ArrayList<>();
        List<TlsScores> scores = new ArrayList<>();
        for (String story : List.of("H1N1_guardian", "H1N1_bbc")) {
            for (StoryEvaluation.Run run : StoryEvaluation.run(t17.resolve(story), dir, StorySummarizer.english())) {
                args.add(run.gold().toString());
                args.add(run.written().toString());
                scores.add(run.scores());
            }
        }
        String out = assertAgrees(SharedData.runTlsScore(args), scores);
        assertThat(out).contains("timelines 2");
    }

    private static String assertAgrees(String script, List<TlsScores> scores) {
        List<String> lines = script.lines().toList();
        for (int i = 0; i < scores.size(); i++) {
            TlsScores s = scores.get(i);
            assertThat(lines.get(i)).endsWith(String.format(Locale.ROOT, "date F1 %.3f  AR-1 F %.3f  AR-2 F %.3f",
                    s.dateF1(), s.ar1F1(), s.ar2F1()));
        }
        TlsScores avg = TlsScores.average(scores);
        assertThat(lines).contains(
                String.format(Locale.ROOT, "date  P %.3f  R %.3f  F1 %.3f", avg.dateP(), avg.dateR(), avg.dateF1()),
                String.format(Locale.ROOT, "ar1   P %.3f  R %.3f  F1 %.3f", avg.ar1P(), avg.ar1R(), avg.ar1F1()),
                String.format(Locale.ROOT, "ar2   P %.3f  R %.3f  F1 %.3f", avg.ar2P(), avg.ar2R(), avg.ar2F1()));
        return script;
    }

    private static String randomTimeline(Random random) {
        StringBuilder out = new StringBuilder("preamble line before any date\n");
        LocalDate day = LocalDate.of(2010, 4, 20);
        int days = 1 + random.nextInt(6);
        for (int d = 0; d < days; d++) {
            day = day.plusDays(random.nextInt(4));
            out.append(day).append('\n');
            int sentences = random.nextInt(3);
            for (int s = 0; s < sentences; s++) {
                int words = 1 + random.nextInt(9);
                for (int w = 0; w < words; w++) {
                    out.append(w == 0 ? "" : " ").append(random.nextBoolean()
                            ? WORDS[random.nextInt(WORDS.length)].toUpperCase(Locale.ROOT)
                            : WORDS[random.nextInt(WORDS.length)]);
                }
                out.append('\n');
            }
            out.append(random.nextBoolean() ? "--------------------------------\n" : "\n");
        }
        return out.toString();
    }

    private static Path write(Path file, String text) throws IOException {
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
