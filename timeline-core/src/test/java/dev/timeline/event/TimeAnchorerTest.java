package dev.timeline.event;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.tag.Anchor;
import dev.timeline.tag.Mention;
import dev.timeline.tag.Tagger;
import dev.timeline.text.AnalyzedText;
import dev.timeline.text.LanguageLayer;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where the shipped anchorer places events of sentences with more than one date. */
class TimeAnchorerTest {
    /** The text of the expression that anchors the event on {@code word}, or "-" for none. */
    private static String anchorOf(String text, String word) {
        List<Mention> timexes = Tagger.english().tag(text, Anchor.news(LocalDate.of(2010, 6, 23)));
        AnalyzedText analyzed = LanguageLayer.english().analyze(text);
        EventAnalysis a = EventAnalysis.of(analyzed, timexes);
        return a.anchors().stream().filter(x -> x.event().token().text().equals(word))
                .map(x -> text.substring(x.timex().start(), x.timex().end())).findFirst().orElse("-");
    }

    @Test
    void aVerbAfterAndTakesTheDateOfItsOwnPredicateNotTheEarlierConjuncts() {
        // the model preferred the date before "and", which is the first verb's
        assertThat(anchorOf("The bank was founded in 1921 and went bankrupt in 1998.", "went")).isEqualTo("1998");
        assertThat(anchorOf("The bank was founded in 1921 and went bankrupt in 1998.", "founded"))
                .isEqualTo("1921");
        assertThat(anchorOf("The rebels will hold talks on Monday and sign the accord on Friday.", "sign"))
                .isEqualTo("Friday");
    }

    @Test
    void aDateOfTheSameConjunctStaysTheVerbsWhateverFollows() {
        // no "and" between the verb and the date before it: the rule leaves the model's choice
        assertThat(anchorOf("The rebels seized the town on Monday, officials said on Friday.", "seized"))
                .isEqualTo("Monday");
    }
}
