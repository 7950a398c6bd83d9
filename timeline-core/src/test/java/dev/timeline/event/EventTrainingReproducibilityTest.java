package dev.timeline.event;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.tag.Mention;
import dev.timeline.tag.Tagger;
import dev.timeline.tag.eval.Evaluation;
import dev.timeline.tag.timeml.SharedData;
import dev.timeline.text.AnalyzedText;
import dev.timeline.text.LanguageLayer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Training is reproducible: the same TimeML files in the same order give the same model files, byte for byte; other
 * files, or the same files in another order, give other bytes (so that the comparison means something). Trains on 10
 * TimeBank+AQUAINT files; skipped with a message without the shared data.
 */
class EventTrainingReproducibilityTest {
    /** Where {@code writeTo} puts the models under a resource root. */
    private static final String EVENT_RESOURCES = "dev/timeline/event";

    private static final List<String> MODEL_FILES = List.of(Models.EVENTS, Models.ANCHORS, VerbLemmas.RESOURCE,
            NounContexts.RESOURCE);

    @TempDir
    static Path tmp;

    private static List<Path> ten;
    private static List<Path> otherTen;
    private static EventTraining.Trained first;
    private static Path firstDir;

    @BeforeAll
    static void trainOnTenFiles() throws IOException {
        List<Path> all = Evaluation.goldFiles(SharedData.tbaq());
        ten = new ArrayList<>();
        otherTen = new ArrayList<>();
        for (int i = 0; i < all.size() && otherTen.size() < 10; i += 23) {
            (ten.size() < 10 ? ten : otherTen).add(all.get(i));
        }
        first = EventTraining.train(ten);
        first.writeTo(tmp.resolve("first"));
        firstDir = tmp.resolve("first").resolve(EVENT_RESOURCES);
    }

    private static void assertSameBytes(Path a, Path b) throws IOException {
        for (String name : MODEL_FILES) {
            assertThat(Files.readAllBytes(b.resolve(name))).as(name).isEqualTo(Files.readAllBytes(a.resolve(name)));
        }
    }

    private static boolean sameModels(Path a, Path b) throws IOException {
        return Files.mismatch(a.resolve(Models.EVENTS), b.resolve(Models.EVENTS)) < 0
                && Files.mismatch(a.resolve(Models.ANCHORS), b.resolve(Models.ANCHORS)) < 0;
    }

    @Test
    void trainingTwiceOnTheSameFilesWritesTheSameBytes() throws IOException {
        EventTraining.train(List.copyOf(ten)).writeTo(tmp.resolve("again"));
        Path again = tmp.resolve("again").resolve(EVENT_RESOURCES);
        assertThat(MODEL_FILES).allSatisfy(name -> assertThat(again.resolve(name)).isRegularFile());
        assertSameBytes(firstDir, again);
    }

    @Test
    void anotherJvmTrainsTheSameBytes() throws Exception {
        // hash codes of enums and objects change from one JVM to the next: a second JVM would see any order they
        // leak into the samples or features
        Path fresh = tmp.resolve("fresh-jvm");
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"), "-cp",
                System.getProperty("java.class.path"), TrainInAnotherJvm.class.getName(), fresh.toString()));
        ten.forEach(f -> command.add(f.toString()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)).as("training finishes").isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertSameBytes(firstDir, fresh.resolve(EVENT_RESOURCES));
    }

    /** Trains on the files given after the output folder and writes the models there. */
    static final class TrainInAnotherJvm {
        public static void main(String[] args) throws IOException {
            List<Path> files = java.util.Arrays.stream(args).skip(1).map(Path::of).toList();
            EventTraining.train(files).writeTo(Path.of(args[0]));
        }
    }

    @Test
    void trainingOnOtherFilesGivesOtherModels() throws IOException {
        EventTraining.train(otherTen).writeTo(tmp.resolve("other"));
        Path other = tmp.resolve("other").resolve(EVENT_RESOURCES);
        assertThat(sameModels(firstDir, other)).isFalse();
    }

    @Test
    void trainingOnTheSameFilesInAnotherOrderGivesOtherBytes() throws IOException {
        List<Path> reversed = new ArrayList<>(ten);
        Collections.reverse(reversed);
        EventTraining.train(reversed).writeTo(tmp.resolve("reversed"));
        Path other = tmp.resolve("reversed").resolve(EVENT_RESOURCES);
        assertThat(sameModels(firstDir, other)).isFalse();
    }

    @Test
    void theWrittenModelsReadBackToTheTrainedOnes() throws IOException {
        String text = "The rebels seized the town on Monday after a week of fighting, officials said.";
        AnalyzedText a = LanguageLayer.english().analyze(text);
        List<Mention> timexes = Tagger.english().tag(text, dev.timeline.tag.Anchor.none());
        EventRecognizer trained = first.recognizer();
        EventRecognizer read;
        TimeAnchorer readAnchorer;
        try (InputStream events = Files.newInputStream(firstDir.resolve(Models.EVENTS));
                InputStream anchors = Files.newInputStream(firstDir.resolve(Models.ANCHORS))) {
            read = new EventRecognizer(Models.read(events), NewsLexicons.english());
            readAnchorer = new TimeAnchorer(Models.read(anchors));
        }
        List<EventMention> expected = trained.recognize(a, timexes);
        assertThat(expected).isNotEmpty();
        assertThat(read.recognize(a, timexes)).isEqualTo(expected);
        assertThat(readAnchorer.anchor(a, expected, timexes)).isEqualTo(first.anchorer().anchor(a, expected,
                timexes));
    }
}
