package dev.timeline.dct;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.document.Document;
import dev.timeline.tag.Mention;
import dev.timeline.tag.TimeTagger;
import dev.timeline.tag.TimexType;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DctInferenceTest {
    private static final String TEXT =
            "The ministry announced on Tuesday that the talks in 2024 will resume next week, on March 12.";

    /** A fake tagger: the explicit dates a real one would find in {@link #TEXT} with no anchor. */
    private static List<Mention> mentions(CharSequence text) {
        String s = text.toString();
        return List.of(
                Mention.of(s, s.indexOf("Tuesday"), s.indexOf("Tuesday") + 7, TimexType.DATE, "XXXX-WXX-2"),
                Mention.of(s, s.indexOf("2024"), s.indexOf("2024") + 4, TimexType.DATE, "2024"),
                Mention.of(s, s.indexOf("March 12"), s.indexOf("March 12") + 8, TimexType.DATE, "XXXX-03-12"));
    }

    @Test
    void aReportedWeekdayAndNextWeekHoldingADatePinTheDay() {
        DctInference inference = DctInference.using((text, anchor) -> mentions(text));
        DctEstimate e = inference.estimate(Document.of("a", TEXT)).orElseThrow();
        // March 12, 2024 is a Tuesday of ISO week 11; the Tuesday of the week before is March 5
        assertThat(e.date()).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(e.confidence()).isBetween(0.0, 1.0);
        assertThat(e.evidence()).anyMatch(line -> line.contains("\"Tuesday\" reported as past"));
    }

    @Test
    void aLongTextIsReadOnlyAsFarAsItsFirstFiftyThousandCharacters() {
        int[] longest = {0};
        DctInference inference = DctInference.using((text, anchor) -> {
            longest[0] = Math.max(longest[0], text.length());
            return mentions(text);
        });
        String text = TEXT + "\n" + "word ".repeat(2 * DctInference.MAX_READ / 5);
        DctEstimate e = inference.estimate(Document.of("a", text)).orElseThrow();
        assertThat(longest[0]).isLessThanOrEqualTo(DctInference.MAX_READ);
        assertThat(e.date()).isEqualTo(LocalDate.of(2024, 3, 5));
    }

    @Test
    void aGivenDateIsKeptWithFullConfidence() {
        DctInference inference = DctInference.using((text, anchor) -> mentions(text));
        DctEstimate e = inference.estimate(Document.of("a", TEXT).withDct(LocalDate.of(2024, 1, 1))).orElseThrow();
        assertThat(e.date()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(e.method()).isEqualTo(DctEstimate.Method.GIVEN);
    }

    @Test
    void aTextWithoutAnyYearHasNoEstimate() {
        DctInference inference = DctInference.using((text, anchor) -> List.of());
        assertThat(inference.estimate(Document.of("a", "He said on Tuesday that it rained."))).isEmpty();
    }

    @Test
    void aBatchLendsItsDatesToADocumentThatStatesNoYear() {
        DctInference inference = DctInference.using(TimeTagger.english());
        List<Document> batch = List.of(Document.of("a", "CAIRO, March 5, 2024 (Reuters) - " + TEXT),
                Document.of("b", "He said on Tuesday it rained."));
        assertThat(inference.estimateAll(batch, false).get(1)).isEmpty();
        DctEstimate lent = inference.estimateAll(batch, true).get(1).orElseThrow();
        assertThat(lent.date()).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(lent.method()).isEqualTo(DctEstimate.Method.INFERRED_WITH_BATCH);
        assertThat(inference.estimateAll(batch, true).get(0).orElseThrow().method())
                .isEqualTo(DctEstimate.Method.PRINTED);
        assertThat(lent.evidence()).anyMatch(line -> line.startsWith("agrees with other documents of the batch"));
    }
}
