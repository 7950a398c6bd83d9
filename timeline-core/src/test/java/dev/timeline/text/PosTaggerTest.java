package dev.timeline.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.tag.timeml.SharedData;
import dev.timeline.tag.timeml.TimeMlAnnotations;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The part-of-speech decoder gives the tags of OpenNLP's own model evaluation, decoded greedily, word for word, and
 * its model reader the same probabilities, on the seed articles and (where the shared data are present) 150 silver
 * AFP articles.
 */
class PosTaggerTest {
    private static final String MODEL = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    private static POSModel openNlp;
    private static PosModel compact;
    private static List<String[]> sentences;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = PosTaggerTest.class.getClassLoader().getResourceAsStream(MODEL)) {
            openNlp = new POSModel(in);
        }
        try (InputStream in = PosTaggerTest.class.getClassLoader().getResourceAsStream(MODEL)) {
            compact = PosModel.read(in);
        }
        sentences = new ArrayList<>();
        for (String text : texts()) {
            List<TextSpan> tokens = LanguageLayer.english().tokens(text);
            for (TextSpan s : LanguageLayer.english().sentences(text)) {
                sentences.add(tokens.stream().filter(t -> t.start() >= s.start() && t.end() <= s.end())
                        .limit(LanguageLayer.MAX_TAGGED).map(t -> text.substring(t.start(), t.end()))
                        .toArray(String[]::new));
            }
        }
    }

    @Test
    void tagsAreThoseOfOpenNlpsModelDecodedGreedily() {
        PosTagger tagger = new PosTagger(compact);
        MaxentModel model = openNlp.getArtifact("pos.model");
        POSContextGenerator contexts = openNlp.getFactory().getPOSContextGenerator(0);
        int words = 0;
        for (String[] sentence : sentences) {
            assertThat(tagger.tag(sentence)).as(String.join(" ", sentence))
                    .containsExactly(greedy(model, contexts, sentence));
            words += sentence.length;
        }
        assertThat(words).isGreaterThan(1_000);
    }

    @Test
    void probabilitiesAreThoseOfOpenNlpToTheBit() {
        MaxentModel model = openNlp.getArtifact("pos.model");
        POSContextGenerator contexts = openNlp.getFactory().getPOSContextGenerator(0);
        MaxentWeights weights = compact.weights();
        double[] ours = new double[weights.outcomes()];
        for (String[] sentence : sentences.subList(0, Math.min(200, sentences.size()))) {
            String[] tags = greedy(model, contexts, sentence);
            for (int i = 0; i < sentence.length; i++) {
                String[] context = contexts.getContext(i, sentence, tags, null);
                assertThat(weights.gisProbabilities(context, ours)).containsExactly(model.eval(context));
            }
        }
        for (int o = 0; o < weights.outcomes(); o++) {
            assertThat(weights.outcome(o)).isEqualTo(model.getOutcome(o));
        }
    }

    @Test
    void nearTiesAreDecidedAsOpenNlpDecidesThem() {
        PosTagger tagger = new PosTagger(compact);
        MaxentModel model = openNlp.getArtifact("pos.model");
        POSContextGenerator contexts = openNlp.getFactory().getPOSContextGenerator(0);
        for (String[] sentence : sentences.subList(0, Math.min(50, sentences.size()))) {
            String[] tags = greedy(model, contexts, sentence);
            String[] prefix = new String[sentence.length];
            for (int i = 0; i < sentence.length; i++) {
                assertThat(compact.weights().outcome(tagger.exactBest(i, sentence, prefix))).isEqualTo(tags[i]);
                prefix[i] = tags[i];
            }
        }
    }

    @Test
    void featuresBuiltInCodeAreThoseTheModelsXmlConfigures() throws IOException {
        POSContextGenerator configured = compact.newConfiguredContextGenerator();
        POSContextGenerator inCode = PosModel.newContextGenerator();
        MaxentModel model = openNlp.getArtifact("pos.model");
        for (String[] sentence : sentences) {
            String[] tags = greedy(model, configured, sentence);
            for (int i = 0; i < sentence.length; i++) {
                assertThat(inCode.getContext(i, sentence, tags, null))
                        .containsExactly(configured.getContext(i, sentence, tags, null));
            }
        }
    }

    /** The decoder this class replaced: OpenNLP's evaluation, the best tag word by word. */
    private static String[] greedy(MaxentModel model, POSContextGenerator contexts, String[] words) {
        String[] tags = new String[words.length];
        for (int i = 0; i < words.length; i++) {
            double[] probs = model.eval(contexts.getContext(i, words, tags, null));
            int best = 0;
            for (int k = 1; k < probs.length; k++) {
                if (probs[k] > probs[best]) {
                    best = k;
                }
            }
            tags[i] = model.getOutcome(best);
        }
        return tags;
    }

    private static List<String> texts() throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> seeds = Files.list(Path.of("..", "seeds"))) {
            for (Path p : seeds.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Files.readString(p));
            }
        }
        Path silver = SharedData.root().map(r -> r.resolve("data/silver")).orElse(Path.of("absent"));
        if (Files.isDirectory(silver)) {
            try (Stream<Path> files = Files.list(silver)) {
                for (Path p : files.filter(p -> p.toString().endsWith(".tml")).sorted().limit(150).toList()) {
                    texts.add(TimeMlAnnotations.read(p).text());
                }
            }
        }
        return texts;
    }
}
