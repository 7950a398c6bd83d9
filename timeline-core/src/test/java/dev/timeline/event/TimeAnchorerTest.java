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
        // a name counts as one word of the predicate: "met Foreign Minister Orvo Danek on Sunday" took Saturday
        assertThat(anchorOf("Ivo Rask arrived in Velo on Saturday and met Foreign Minister Orvo Danek on Sunday.",
                "met")).isEqualTo("Sunday");
    }

    @Test
    void aGerundThatAfterOpensTakesTheDateOfItsOwnClauseNotTheMainClauses() {
        // the model preferred the nearer date before "after", which is the main verb's
        String text = "Striking nurses returned to work on Monday after reaching a pay deal with the trust on"
                + " Saturday.";
        assertThat(anchorOf(text, "reaching")).isEqualTo("Saturday");
        assertThat(anchorOf(text, "returned")).isEqualTo("Monday");
    }

    @Test
    void aDateOfTheSameConjunctStaysTheVerbsWhateverFollows() {
        // no "and" between the verb and the date before it: the rule leaves the model's choice
        assertThat(anchorOf("The rebels seized the town on Monday, officials said on Friday.", "seized"))
                .isEqualTo("Monday");
    }

    @Test
    void aLengthInOneWordBeforeANounStandsBetweenNoVerbAndItsDate() {
        // the length was counted as a nearer expression between the verb and its day: confidence 0.28, no anchor
        assertThat(anchorOf("Chinese President Hu Jintao began a three-day state visit to Japan on Tuesday.",
                "began")).isEqualTo("Tuesday");
        assertThat(anchorOf("The union launched a two-day strike on Friday.", "launched")).isEqualTo("Friday");
        assertThat(anchorOf("The union launched a two-day strike on Friday.", "strike")).isEqualTo("two-day");
    }

    @Test
    void anEditionsYearDatesNoVerbOfASentenceWithAnotherDate() {
        assertThat(anchorOf("Unnur Birna Vilhjalmsdottir began her reign as Miss World 2005 on Sunday.", "began"))
                .isEqualTo("Sunday");
        // a year after a month is a date, not a name's
        assertThat(anchorOf("The company was founded in March 2005 and closed on Sunday.", "founded"))
                .isEqualTo("March 2005");
    }
}
