package dev.timeline.event;

import dev.timeline.event.AnchorFeatures.EventSpot;
import dev.timeline.event.AnchorFeatures.TimexSpot;
import dev.timeline.tag.timeml.TimeMlAnnotations.AnnotatedEvent;
import dev.timeline.tag.timeml.TimeMlAnnotations.AnnotatedTimex;
import dev.timeline.tag.timeml.TimeMlAnnotations;
import dev.timeline.text.AnalyzedText;
import dev.timeline.text.LanguageLayer;
import dev.timeline.text.MaxentWeights;
import dev.timeline.text.Token;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;

/**
 * Trains the event recognizer and the time anchorer from TimeML gold (the EVENT, MAKEINSTANCE and TLINK annotation of
 * TimeBank and AQUAINT), reproducibly: the same files give the same models, byte for byte (maximum entropy fitted by
 * a fixed number of OWL-QN iterations with an L1 and an L2 penalty on OpenNLP's objective, one thread, fixed cut-offs,
 * samples in the order of the files).
 *
 * <p>The recognizer learns, for every word that can name an event, its class or none. The anchorer learns, for every
 * pair of a gold event and a gold time expression of one sentence, whether a TLINK places the event at that time.
 * Only the events that the gold anchors to some time expression give pairs: the annotation links only some of the
 * events, so an event without a link is unknown, not a negative example; {@code anchor_score.py} judges precision
 * the same way.
 */
public final class EventTraining {
    /**
     * The number of OWL-QN iterations, always run in full ({@link FixedLengthOwlQn}). OpenNLP's own minimizer stops
     * when one iteration lowers the objective by less than a relative 1e-4 (a constant no parameter sets): on TimeBank
     * + AQUAINT after 50 to 85 iterations, 1.9 % to 4.6 % above the minimum, at an iteration that moves with the data.
     * Dropping one sample of about 50,000 moved that stop from 71 to 50 iterations and changed 591 of 11,636 predicted
     * events on 400 held-out silver articles; with 150 fixed iterations the same drop changed 53 (2026-12-01,
     * docs/events.md).
     */
    private static final int ITERATIONS = 150;
    private static final String RESOURCES = "dev/timeline/event";
    /**
     * The recognizer's L2 penalty. 5-fold cross-validation on TimeBank (event F1, with the lexicons of raw news as
     * features and "no event" at 0.8): 81.66 at 0.03, 81.87 at 0.1, 82.40 at 0.3, 82.37 at 1 (docs/events.md).
     */
    private static final double L2 = 0.3;
    /**
     * The anchorer's L2 penalty: its samples are far fewer than the recognizer's, and a stronger penalty generalizes
     * better.
     * 5-fold cross-validation on TimeBank + AQUAINT gave anchoring F1 73.65 at 0.1, 74.28 at 1, 74.87 at 3, 73.95 at
     * 10 (docs/events.md).
     */
    private static final double ANCHOR_L2 = 3.0;
    /**
     * The L1 penalty of both models (OpenNLP's {@code QNTrainer} default, which training used before the minimizer
     * was the project's own): most of the recognizer's weights come out exactly zero (about 55,000 of 285,000 are
     * not), and, since both penalties are set, the weights are multiplied by sqrt(1 + L2) at the end as OpenNLP does.
     * 0 would give pure L2 models 3.6 times the size with other thresholds to tune.
     */
    private static final double L1 = 0.1;

    private EventTraining() {
    }

    /** The two trained models. */
    public static final class Trained {
        private final MaxentModel events;
        private final MaxentModel anchors;
        private final NewsLexicons lexicons;

        Trained(MaxentModel events, MaxentModel anchors, NewsLexicons lexicons) {
            this.events = events;
            this.anchors = anchors;
            this.lexicons = lexicons;
        }

        /** The recognizer with the trained model. */
        public EventRecognizer recognizer() {
            return new EventRecognizer(MaxentWeights.of(events), lexicons);
        }

        /** The anchorer with the trained model. */
        public TimeAnchorer anchorer() {
            return new TimeAnchorer(MaxentWeights.of(anchors));
        }

        /**
         * Writes the models and the lexicons of raw news under the resource root {@code root} (such as
         * {@code timeline-core/src/main/resources}), where the library reads them: {@code dev/timeline/event/}
         * {@code events.bin.gz}, {@code anchors.bin.gz}, {@code verb-lemmas.txt}, {@code noun-contexts.txt} and
         * {@code word-clusters.txt}.
         *
         * @throws IOException if a file cannot be written
         */
        public void writeTo(Path root) throws IOException {
            Path dir = Files.createDirectories(root.resolve(RESOURCES));
            Files.write(dir.resolve(Models.EVENTS), Models.bytes(events));
            Files.write(dir.resolve(Models.ANCHORS), Models.bytes(anchors));
            Files.writeString(dir.resolve(VerbLemmas.RESOURCE), lexicons.verbs().format(), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve(NounContexts.RESOURCE), lexicons.nouns().format(), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve(WordClusters.RESOURCE), lexicons.clusters().format(),
                    StandardCharsets.UTF_8);
        }
    }

    /**
     * What raw news tells beside the annotation (the TEXT of the TimeML files {@code files}, annotation ignored): the
     * verb lemmas that tell the recognizer which nouns come from verbs, how often each noun stands where happenings
     * go, and the words' distributional classes.
     *
     * @throws UncheckedIOException if a file cannot be read
     */
    public static Lexicons countRawNews(List<Path> files) {
        List<String> texts = new ArrayList<>();
        for (Path f : files) {
            try {
                texts.add(TimeMlAnnotations.read(f).text());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + f, e);
            }
        }
        return new Lexicons(NewsLexicons.count(texts));
    }

    /** The lexicons counted in raw news ({@link #countRawNews}), to train with. */
    public static final class Lexicons {
        private final NewsLexicons lexicons;

        private Lexicons(NewsLexicons lexicons) {
            this.lexicons = lexicons;
        }

        /** The number of verb lemmas. */
        public int verbLemmas() {
            return lexicons.verbs().lemmas().size();
        }
    }

    /** One gold document with its language layer. */
    record Gold(TimeMlAnnotations annotations, AnalyzedText text) {
        static Gold read(Path file) {
            try {
                TimeMlAnnotations a = TimeMlAnnotations.read(file);
                return new Gold(a, LanguageLayer.english().analyze(a.text()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }
    }

    /**
     * Trains both models on {@code files}, read in the order given.
     *
     * @throws UncheckedIOException if a file cannot be read
     */
    public static Trained train(List<Path> files) {
        return train(files, NewsLexicons.english());
    }

    /**
     * Trains both models on {@code files} with the lexicons {@code raw} counted in raw news (see
     * {@link #countRawNews}).
     *
     * @throws UncheckedIOException if a file cannot be read
     */
    public static Trained train(List<Path> files, Lexicons raw) {
        return train(files, raw.lexicons);
    }

    private static Trained train(List<Path> files, NewsLexicons lexicons) {
        List<Gold> golds = requireFiles(files).stream().map(Gold::read).toList();
        List<Event> eventSamples = new ArrayList<>();
        List<Event> anchorSamples = new ArrayList<>();
        for (Gold g : golds) {
            eventSamples.addAll(eventSamples(g, lexicons));
            anchorSamples.addAll(anchorSamples(g));
        }
        return new Trained(MaxentFitting.fit(eventSamples, new MaxentFitting.Settings(2, L1, L2, ITERATIONS)),
                MaxentFitting.fit(anchorSamples, new MaxentFitting.Settings(1, L1, ANCHOR_L2, ITERATIONS)), lexicons);
    }

    /** The gold event on each token of the document, by token index. */
    static Map<Integer, AnnotatedEvent> eventsByToken(Gold g) {
        Map<Integer, AnnotatedEvent> out = new HashMap<>();
        for (AnnotatedEvent e : g.annotations().events()) {
            List<Token> covered = g.text().tokensIn(e.start(), e.end());
            if (!covered.isEmpty()) {
                out.putIfAbsent(covered.get(covered.size() - 1).index(), e);
            }
        }
        return out;
    }

    static boolean[] goldTimexTokens(Gold g) {
        boolean[] in = new boolean[g.text().tokens().size()];
        for (AnnotatedTimex t : g.annotations().timexes()) {
            for (Token tok : g.text().tokensIn(t.start(), t.end())) {
                in[tok.index()] = true;
            }
        }
        return in;
    }

    private static List<Event> eventSamples(Gold g, NewsLexicons lexicons) {
        Map<Integer, AnnotatedEvent> gold = eventsByToken(g);
        boolean[] inTimex = goldTimexTokens(g);
        List<Event> out = new ArrayList<>();
        for (Token t : g.text().tokens()) {
            if (!EventFeatures.isCandidate(t)) {
                continue;
            }
            AnnotatedEvent e = gold.get(t.index());
            String outcome = e == null ? "O" : outcome(e.eventClass());
            out.add(new Event(outcome, EventFeatures.of(g.text(), t.index(), inTimex, lexicons)));
        }
        return out;
    }

    private static String outcome(String eventClass) {
        try {
            return EventClass.valueOf(eventClass).name();
        } catch (IllegalArgumentException unknown) {
            return EventClass.OCCURRENCE.name();
        }
    }

    private static List<Event> anchorSamples(Gold g) {
        TimeMlAnnotations a = g.annotations();
        Map<String, AnnotatedTimex> timexById = new HashMap<>();
        a.timexes().forEach(t -> timexById.put(t.tid(), t));
        Set<String> anchored = new HashSet<>();
        Set<List<String>> positive = new HashSet<>();
        Set<String> linked = new HashSet<>();
        for (TimeMlAnnotations.TimeLink l : a.links()) {
            if (!timexById.containsKey(l.tid())) {
                continue;
            }
            linked.add(l.eid());
            if (dev.timeline.event.eval.EventScorer.ANCHORING.contains(l.relType())) {
                anchored.add(l.eid());
                positive.add(List.of(l.eid(), l.tid()));
            }
        }
        Map<Integer, AnnotatedEvent> byToken = eventsByToken(g);
        Map<Integer, List<EventSpot>> eventsBySentence = new HashMap<>();
        Map<Integer, List<TimexSpot>> timexesBySentence = new HashMap<>();
        Map<TimexSpot, String> tids = new HashMap<>();
        for (Map.Entry<Integer, AnnotatedEvent> e : byToken.entrySet()) {
            Token t = g.text().tokens().get(e.getKey());
            eventsBySentence.computeIfAbsent(g.text().sentenceOf(t).index(), k -> new ArrayList<>())
                    .add(spot(g, t, e.getValue()));
        }
        for (AnnotatedTimex t : a.timexes()) {
            List<Token> covered = g.text().tokensIn(t.start(), t.end());
            if (covered.isEmpty()) {
                continue;
            }
            TimexSpot spot = new TimexSpot(covered.get(0).index(), covered.get(covered.size() - 1).index(), t.type(),
                    t.value());
            tids.put(spot, t.tid());
            timexesBySentence.computeIfAbsent(g.text().sentenceOf(covered.get(0)).index(), k -> new ArrayList<>())
                    .add(spot);
        }
        List<List<TimexSpot>> bySentence = new ArrayList<>();
        for (int i = 0; i < g.text().sentences().size(); i++) {
            List<TimexSpot> spots = timexesBySentence.getOrDefault(i, new ArrayList<>());
            spots.sort(java.util.Comparator.comparingInt(TimexSpot::first));
            bySentence.add(spots);
        }
        List<Event> out = new ArrayList<>();
        AnchorCandidates.Document candidates = new AnchorCandidates.Document(bySentence);
        List<Integer> tokens = new ArrayList<>(byToken.keySet());
        tokens.sort(null);
        for (int ti : tokens) {
            AnnotatedEvent e = byToken.get(ti);
            if (!linked.contains(e.eid())) {
                continue;
            }
            Token t = g.text().tokens().get(ti);
            int s = g.text().sentenceOf(t).index();
            EventSpot es = spot(g, t, e);
            for (AnchorCandidates.Candidate c : candidates.of(s, ti)) {
                boolean yes = positive.contains(List.of(e.eid(), tids.get(c.timex())));
                out.add(new Event(yes ? TimeAnchorer.YES : "no", AnchorFeatures.of(g.text(), es, c,
                        eventsBySentence.getOrDefault(s, List.of()), bySentence.get(s))));
            }
        }
        return out;
    }

    private static EventSpot spot(Gold g, Token t, AnnotatedEvent e) {
        return new EventSpot(t.index(), outcome(e.eventClass()), VerbGroup.of(g.text(), t).tense().name());
    }

    /** Checks that {@code files} is not empty. */
    static List<Path> requireFiles(List<Path> files) {
        Objects.requireNonNull(files, "files");
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no TimeML files to train on");
        }
        return files;
    }
}
