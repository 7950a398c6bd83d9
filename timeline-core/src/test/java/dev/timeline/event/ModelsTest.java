package dev.timeline.event;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.event.AnchorFeatures.EventSpot;
import dev.timeline.event.AnchorFeatures.TimexSpot;
import dev.timeline.tag.Anchor;
import dev.timeline.tag.Mention;
import dev.timeline.tag.Tagger;
import dev.timeline.text.AnalyzedText;
import dev.timeline.text.LanguageLayer;
import dev.timeline.text.MaxentWeights;
import dev.timeline.text.Token;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.MaxentModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped event and anchor models read into {@link MaxentWeights} give OpenNLP's probabilities to the bit, on the
 * contexts of every candidate word and every candidate anchor of the seed articles, including OpenNLP's way of adding
 * the sums to what the array held before.
 */
class ModelsTest {
    private static final List<String[]> eventContexts = new ArrayList<>();
    private static final List<AnalyzedText> texts = new ArrayList<>();
    private static final List<boolean[]> timexCover = new ArrayList<>();
    private static final List<String[]> anchorContexts = new ArrayList<>();
    /** The anchorer's probabilities from feature indexes, candidate after candidate, as it chains them. */
    private static final List<double[]> anchorByIndex = new ArrayList<>();
    private static final FeatureIds ANCHOR_IDS = new FeatureIds(Models.load(Models.ANCHORS));

    @BeforeAll
    static void contexts() throws IOException {
        try (Stream<Path> seeds = Files.list(Path.of("..", "seeds"))) {
            for (Path p : seeds.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String text = Files.readString(p);
                AnalyzedText a = LanguageLayer.english().analyze(text);
                List<Mention> timexes = Tagger.english().tag(text, Anchor.none());
                boolean[] inTimex = EventRecognizer.coveredByTimexes(a, timexes);
                texts.add(a);
                timexCover.add(inTimex);
                for (Token t : a.tokens()) {
                    if (EventFeatures.isCandidate(t)) {
                        eventContexts.add(EventFeatures.of(a, t.index(), inTimex, NewsLexicons.english()));
                    }
                }
                anchorContexts.addAll(anchorContexts(a, EventRecognizer.english().recognize(a, timexes), timexes,
                        ANCHOR_IDS));
            }
        }
        assertThat(eventContexts).hasSizeGreaterThan(500);
        assertThat(anchorContexts).hasSizeGreaterThan(50);
    }

    @Test
    void eventProbabilitiesAreOpenNlpsToTheBit() throws IOException {
        assertSameProbabilities(Models.EVENTS, eventContexts);
    }

    @Test
    void anchorProbabilitiesAreOpenNlpsToTheBit() throws IOException {
        assertSameProbabilities(Models.ANCHORS, anchorContexts);
    }

    @Test
    void featureIndexesGiveWhatTheFeatureNamesGive() {
        MaxentWeights model = Models.load(Models.EVENTS);
        FeatureIds ids = new FeatureIds(model);
        double[] byName = new double[model.outcomes()];
        double[] byIndex = new double[model.outcomes()];
        int words = 0;
        for (int d = 0; d < texts.size(); d++) {
            for (Token t : texts.get(d).tokens()) {
                if (EventFeatures.isCandidate(t)) {
                    String[] names = EventFeatures.of(texts.get(d), t.index(), timexCover.get(d),
                            NewsLexicons.english());
                    EventFeatures.of(texts.get(d), t.index(), timexCover.get(d), NewsLexicons.english(), ids.clear());
                    assertThat(ids.qnProbabilities(byIndex)).containsExactly(model.qnProbabilities(names, byName));
                    words++;
                }
            }
        }
        assertThat(words).isEqualTo(eventContexts.size());
    }

    @Test
    void anchorFeatureIndexesGiveWhatTheFeatureNamesGive() {
        MaxentWeights model = Models.load(Models.ANCHORS);
        double[] byName = new double[model.outcomes()];
        for (int i = 0; i < anchorContexts.size(); i++) {
            assertThat(anchorByIndex.get(i)).containsExactly(model.qnProbabilities(anchorContexts.get(i), byName));
        }
    }

    @Test
    void weightsOfAModelObjectAreThoseOfItsFile() throws IOException {
        MaxentWeights fromFile = Models.load(Models.EVENTS);
        MaxentWeights fromObject = MaxentWeights.of(openNlp(Models.EVENTS));
        double[] a = new double[fromFile.outcomes()];
        double[] b = new double[fromObject.outcomes()];
        for (String[] context : eventContexts) {
            assertThat(fromObject.qnProbabilities(context, b)).containsExactly(fromFile.qnProbabilities(context, a));
        }
    }

    private static void assertSameProbabilities(String name, List<String[]> contexts) throws IOException {
        MaxentModel theirs = openNlp(name);
        MaxentWeights ours = Models.load(name);
        assertThat(ours.outcomes()).isEqualTo(theirs.getNumOutcomes());
        double[] expected = new double[theirs.getNumOutcomes()];
        double[] actual = new double[ours.outcomes()];
        for (String[] context : contexts) {
            expected = theirs.eval(context, expected);
            assertThat(ours.qnProbabilities(context, actual)).as(String.join(" ", context)).containsExactly(expected);
        }
        for (int o = 0; o < ours.outcomes(); o++) {
            assertThat(ours.outcome(o)).isEqualTo(theirs.getOutcome(o));
        }
    }

    /** The contexts the anchorer evaluates, candidate by candidate, in its order. */
    private static List<String[]> anchorContexts(AnalyzedText a, List<EventMention> events, List<Mention> timexes,
            FeatureIds ids) {
        List<List<TimexSpot>> spots = new ArrayList<>();
        List<List<EventSpot>> eventSpots = new ArrayList<>();
        for (int i = 0; i < a.sentences().size(); i++) {
            spots.add(new ArrayList<>());
            eventSpots.add(new ArrayList<>());
        }
        for (Mention m : timexes) {
            List<Token> covered = a.tokensIn(m.start(), m.end());
            if (!covered.isEmpty()) {
                spots.get(a.sentenceOf(covered.get(0)).index()).add(TimeAnchorer.spot(covered, m));
            }
        }
        for (EventMention e : events) {
            eventSpots.get(a.sentenceOf(e.token()).index()).add(TimeAnchorer.spot(e));
        }
        AnchorCandidates.Document candidates = new AnchorCandidates.Document(spots);
        List<String[]> out = new ArrayList<>();
        for (EventMention e : events) {
            int s = a.sentenceOf(e.token()).index();
            for (AnchorCandidates.Candidate c : candidates.of(s, e.token().index())) {
                out.add(AnchorFeatures.of(a, TimeAnchorer.spot(e), c, eventSpots.get(s), spots.get(s)));
                AnchorFeatures.of(a, TimeAnchorer.spot(e), c, eventSpots.get(s), spots.get(s), ids.clear());
                double[] last = anchorByIndex.isEmpty() ? new double[2] : anchorByIndex.get(anchorByIndex.size() - 1);
                anchorByIndex.add(ids.qnProbabilities(last.clone()));
            }
        }
        return out;
    }

    private static MaxentModel openNlp(String name) throws IOException {
        try (InputStream in = Models.class.getResourceAsStream(name)) {
            return new GenericModelReader(new BinaryFileDataReader(new BufferedInputStream(new GZIPInputStream(in))))
                    .getModel();
        }
    }
}
