package dev.timeline.event.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.timeline.event.EventRecognizer;
import dev.timeline.event.TimeAnchorer;
import dev.timeline.tag.Tagger;
import dev.timeline.tag.eval.Evaluation;
import dev.timeline.tag.eval.PrecisionRecall;
import dev.timeline.tag.timeml.SharedData;
import dev.timeline.tag.timeml.TimeMlAnnotations;
import dev.timeline.tag.timeml.TimeMlDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scores the same system output with {@link EventScorer} and with the reference {@code anchor_score.py}: every figure
 * the script prints must equal the Java counts, to the printed precision. Runs on 20 TimeBank and AQUAINT files;
 * skipped with a message without the shared data or {@code python3}.
 */
class EventScorerAgreementTest {
    private static final double HALF_A_HUNDREDTH = 0.005 + 1e-9;

    @TempDir
    static Path tmp;

    private static List<Path> files;
    private static Path goldLinks;

    /** The 20 gold files and the flat folder of links to them, made on first use; skips without shared data. */
    private static synchronized Path gold() throws IOException {
        Path tbaq = SharedData.tbaq();
        SharedData.anchorScore();
        if (goldLinks == null) {
            List<Path> all = Evaluation.goldFiles(tbaq);
            files = new ArrayList<>();
            for (int i = 0; i < all.size() && files.size() < 20; i += 13) {
                files.add(all.get(i));
            }
            Path links = Files.createDirectories(tmp.resolve("gold"));
            for (Path f : files) {
                Files.createSymbolicLink(links.resolve(f.getFileName().toString()), f.toAbsolutePath());
            }
            goldLinks = links;
        }
        return goldLinks;
    }

    /** Removes the links before JUnit cleans up, which would warn about each link to a file outside. */
    @AfterAll
    static void unlinkGoldFiles() throws IOException {
        if (goldLinks != null) {
            try (var links = Files.list(goldLinks)) {
                for (Path link : links.toList()) {
                    Files.delete(link);
                }
            }
        }
    }

    @Test
    void theFilesComeFromBothCorpora() throws IOException {
        gold();
        assertThat(files).hasSize(20);
        assertThat(files).anySatisfy(f -> assertThat(f.toString()).contains("TimeBank"))
                .anySatisfy(f -> assertThat(f.toString()).contains("AQUAINT"));
    }

    @Test
    void shippedModelsOutputScoresTheSameAndIsReportedInTheScriptsLayout() throws Exception {
        Path gold = gold();
        Path out = tmp.resolve("shipped");
        EventCounts mine = EventEvaluation.run(files, Optional.of(out), Tagger.english(), EventRecognizer.english(),
                TimeAnchorer.english()).events();
        String reference = SharedData.runAnchorScore(List.of(gold.toString(), out.toString()));
        assertAgreement(mine, reference);
        assertThat(mine.systemEvents()).isPositive();
        assertThat(mine.systemAnchors()).isPositive();
        assertThat(EventReport.summary(mine, "shipped models").lines()).containsAll(reference.lines().toList());
    }

    @Test
    void goldAgainstItselfIsPerfectForBoth() throws Exception {
        Path gold = gold();
        EventCounts mine = EventCounts.ZERO;
        for (Path f : files) {
            TimeMlAnnotations g = TimeMlAnnotations.read(f);
            mine = mine.plus(EventScorer.score(g, g));
        }
        String reference = SharedData.runAnchorScore(List.of(gold.toString(), gold.toString()));
        assertAgreement(mine, reference);
        assertThat(mine.relaxed().f1()).isEqualTo(1.0);
        assertThat(mine.anchors().f1()).isEqualTo(1.0);
    }

    @Test
    void perturbedGoldScoresTheSame() throws Exception {
        EventCounts mine = assertPerturbedAgreement(0);
        assertImperfect(mine);
    }

    @Test
    void differentlyPerturbedGoldScoresTheSame() throws Exception {
        EventCounts mine = assertPerturbedAgreement(5);
        assertImperfect(mine);
    }

    @Test
    void aTimexOfNoBreakSpacesCountsForNeither() throws Exception {
        // anchor_score.py drops a TIMEX3 whose text is blank by str.strip(), which strips U+00A0
        String xml = "<TimeML><TEXT>Talks <EVENT eid=\"e1\" class=\"OCCURRENCE\">ended</EVENT> "
                + "<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2010-04-20\">\u00A0</TIMEX3> on "
                + "<TIMEX3 tid=\"t2\" type=\"DATE\" value=\"2010-04-20\">Tuesday</TIMEX3>.</TEXT>"
                + "<MAKEINSTANCE eiid=\"ei1\" eventID=\"e1\"/>"
                + "<TLINK lid=\"l1\" relType=\"IS_INCLUDED\" eventInstanceID=\"ei1\" relatedToTime=\"t1\"/>"
                + "<TLINK lid=\"l2\" relType=\"IS_INCLUDED\" eventInstanceID=\"ei1\" relatedToTime=\"t2\"/>"
                + "</TimeML>";
        Path dir = Files.createDirectories(tmp.resolve("no-break-space"));
        Files.writeString(dir.resolve("nbsp.tml"), xml, StandardCharsets.UTF_8);
        TimeMlAnnotations a = TimeMlAnnotations.parse(xml, "nbsp.tml");
        EventCounts mine = EventScorer.score(a, a);
        assertAgreement(mine, SharedData.runAnchorScore(List.of(dir.toString(), dir.toString())));
        assertThat(mine.goldAnchors()).isEqualTo(1);
    }

    @Test
    void instancesAndLinksInsideTheTextCountForBoth() throws Exception {
        // anchor_score.py reads MAKEINSTANCE and TLINK wherever they are in the document
        String xml = "<TimeML><TEXT>Talks <EVENT eid=\"e1\" class=\"OCCURRENCE\">ended</EVENT> "
                + "<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2010-04-20\">Tuesday</TIMEX3>."
                + "<MAKEINSTANCE eiid=\"ei1\" eventID=\"e1\"/>"
                + "<TLINK lid=\"l1\" relType=\"IS_INCLUDED\" eventInstanceID=\"ei1\" relatedToTime=\"t1\"/>"
                + "</TEXT></TimeML>";
        Path dir = Files.createDirectories(tmp.resolve("links-inside"));
        Files.writeString(dir.resolve("inside.tml"), xml, StandardCharsets.UTF_8);
        TimeMlAnnotations a = TimeMlAnnotations.parse(xml, "inside.tml");
        EventCounts mine = EventScorer.score(a, a);
        assertAgreement(mine, SharedData.runAnchorScore(List.of(dir.toString(), dir.toString())));
        assertThat(mine.goldAnchors()).isEqualTo(1);
    }

    private static void assertImperfect(EventCounts c) {
        assertThat(c.relaxed().precision()).isLessThan(1);
        assertThat(c.relaxed().recall()).isLessThan(1);
        assertThat(c.strictEvents()).isLessThan(c.matchedEvents());
        assertThat(c.foundAnchors()).isLessThan(c.goldAnchors()).isPositive();
        assertThat(c.wrongAnchors()).as("wrong anchors").isPositive();
        assertThat(c.rightAnchors()).as("right anchors").isPositive();
        assertThat(c.systemAnchors() - c.rightAnchors() - c.wrongAnchors()).as("unjudged anchors").isPositive();
    }

    private static EventCounts assertPerturbedAgreement(int seed) throws Exception {
        Path gold = gold();
        Path sys = Files.createDirectories(tmp.resolve("perturbed-" + seed));
        EventCounts mine = EventCounts.ZERO;
        for (Path f : files) {
            TimeMlAnnotations g = TimeMlAnnotations.read(f);
            String xml = EventPerturbation.of(TimeMlDocument.read(f), g, seed);
            Files.writeString(sys.resolve(f.getFileName().toString()), xml, StandardCharsets.UTF_8);
            mine = mine.plus(EventScorer.score(g, TimeMlAnnotations.parse(xml, f.getFileName().toString())));
        }
        assertAgreement(mine, SharedData.runAnchorScore(List.of(gold.toString(), sys.toString())));
        return mine;
    }

    private static void assertAgreement(EventCounts mine, String reference) {
        System.out.println("anchor_score agreement: " + mine);
        assertThat(reference).doesNotContain("warning");
        Matcher events = find(reference, "^events: gold (\\d+)  system (\\d+)$");
        assertThat(List.of(events.group(1), events.group(2))).as("event counts").containsExactly(
                String.valueOf(mine.goldEvents()), String.valueOf(mine.systemEvents()));
        Matcher anchors = find(reference, "^anchors: gold (\\d+)  system (\\d+)  judged (\\d+)  unjudged (\\d+)$");
        int judged = mine.rightAnchors() + mine.wrongAnchors();
        assertThat(List.of(anchors.group(1), anchors.group(2), anchors.group(3), anchors.group(4)))
                .as("anchor counts").containsExactly(String.valueOf(mine.goldAnchors()),
                        String.valueOf(mine.systemAnchors()), String.valueOf(judged),
                        String.valueOf(mine.systemAnchors() - judged));
        assertFigures(reference, "event_relaxed", mine.relaxed());
        assertFigures(reference, "event_strict", mine.strict());
        assertFigures(reference, "anchor", mine.anchors());
    }

    private static void assertFigures(String reference, String label, PrecisionRecall mine) {
        Matcher m = find(reference, "^" + label + " +P ([\\d.]+)  R ([\\d.]+)  F1 ([\\d.]+)$");
        assertThat(Double.parseDouble(m.group(1))).as(label + " P").isCloseTo(100 * mine.precision(),
                within(HALF_A_HUNDREDTH));
        assertThat(Double.parseDouble(m.group(2))).as(label + " R").isCloseTo(100 * mine.recall(),
                within(HALF_A_HUNDREDTH));
        assertThat(Double.parseDouble(m.group(3))).as(label + " F1").isCloseTo(100 * mine.f1(),
                within(HALF_A_HUNDREDTH));
    }

    private static Matcher find(String text, String regex) {
        Matcher m = Pattern.compile(regex, Pattern.MULTILINE).matcher(text);
        assertThat(m.find()).as("a line /%s/ in:%n%s", regex, text).isTrue();
        return m;
    }
}
