package dev.timeline.happening;

import dev.timeline.tag.Anchor;
import dev.timeline.tag.Mention;
import dev.timeline.tag.Tagger;
import dev.timeline.text.LanguageLayer;
import java.time.LocalDate;

/** Reads {@link ComparisonBases} on one expression of a sentence, for the tests. */
final class ComparisonBasesProbe {
    private ComparisonBasesProbe() {
    }

    /** Whether the expression {@code expression} of {@code text} is the base of a comparison. */
    static boolean isBase(String text, String expression) {
        Mention m = Tagger.english().tag(text, Anchor.news(LocalDate.of(2025, 8, 28))).stream()
                .filter(x -> x.text().equals(expression)).findFirst().orElseThrow();
        return ComparisonBases.isBase(LanguageLayer.english().analyze(text), m);
    }
}
