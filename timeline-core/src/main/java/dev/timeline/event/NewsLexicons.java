package dev.timeline.event;

import dev.timeline.tag.Anchor;
import dev.timeline.tag.Tagger;
import dev.timeline.text.AnalyzedText;
import dev.timeline.text.LanguageLayer;
import java.util.List;
import java.util.Objects;

/**
 * What the event recognizer knows from raw, unannotated news besides the annotated data: which lemmas news uses as
 * verbs ({@link VerbLemmas}), how often a noun stands where happenings go ({@link NounContexts}) and which
 * words stand between the same neighbours ({@link WordClusters}). Counted by
 * {@link EventTraining} and shipped as resources; immutable and thread-safe.
 *
 * @param verbs the verb lemmas of news
 * @param nouns the event contexts of nouns
 * @param clusters the distributional classes of words
 */
record NewsLexicons(VerbLemmas verbs, NounContexts nouns, WordClusters clusters) {
    NewsLexicons {
        Objects.requireNonNull(verbs, "verbs");
        Objects.requireNonNull(nouns, "nouns");
        Objects.requireNonNull(clusters, "clusters");
    }

    /** The lexicons shipped with the library. */
    static NewsLexicons english() {
        return new NewsLexicons(VerbLemmas.english(), NounContexts.english(), WordClusters.english());
    }

    /** Counts both lexicons in the raw news {@code texts}, each analyzed and time-tagged once. */
    static NewsLexicons count(List<String> texts) {
        VerbLemmas.Counter verbs = new VerbLemmas.Counter();
        NounContexts.Counter nouns = new NounContexts.Counter();
        WordClusters.Counter clusters = new WordClusters.Counter();
        for (String text : texts) {
            AnalyzedText a = LanguageLayer.english().analyze(text);
            verbs.add(a);
            clusters.add(a);
            nouns.add(a, Tagger.english().tag(text, Anchor.none()));
        }
        return new NewsLexicons(verbs.build(), nouns.build(), clusters.build());
    }
}
