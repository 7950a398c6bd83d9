package dev.timeline.dct;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.document.Document;
import dev.timeline.tag.TimeTagger;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DctPrintedDatesTest {
    @Test
    void everyLayoutReadsItsExamplesAndNotItsCounterExamples() {
        assertThat(DctPrintedDates.layouts()).isNotEmpty();
        for (DctPrintedDates.Layout layout : DctPrintedDates.layouts()) {
            for (String[] example : layout.examples()) {
                var printed = DctPrintedDates.find(example[0]);
                assertThat(printed).as(example[0]).isPresent();
                String read = printed.get().date().map(LocalDate::toString)
                        .orElse(printed.get().monthDay().toString());
                assertThat(read).as(example[0]).isEqualTo(example[1]);
            }
            for (String counter : layout.counterExamples()) {
                assertThat(DctPrintedDates.find(counter)).as(counter).isEmpty();
            }
        }
    }

    @Test
    void aPrintedDateIsNotOverriddenByAWeekdayOfTheBody() {
        DctInference inference = DctInference.using((text, anchor) -> List.of());
        DctEstimate e = inference.estimate(Document.of("a",
                "CAIRO, May 9, 2011 (Reuters) - The army said on Friday that the curfew would end.")).orElseThrow();
        assertThat(e.date()).isEqualTo(LocalDate.of(2011, 5, 9));
        assertThat(e.method()).isEqualTo(DctEstimate.Method.PRINTED);
        assertThat(e.confidence()).isGreaterThan(0.95);
        assertThat(e.evidence().get(0)).contains("CAIRO, May 9, 2011");
    }

    @Test
    void aDatelineWithoutYearTakesItsYearFromTheBody() {
        DctInference inference = DctInference.using(TimeTagger.english());
        DctEstimate e = inference.estimate(Document.of("a", "CAIRO, June 3 (Reuters) - Egypt's army said on "
                + "Friday that elections held in March 2011 were valid.")).orElseThrow();
        assertThat(e.date()).isEqualTo(LocalDate.of(2011, 6, 3));
        assertThat(e.method()).isEqualTo(DctEstimate.Method.PRINTED);
        assertThat(e.evidence().get(0)).contains("the year from the text");
    }

    @Test
    void onlyTheHeadOfTheTextIsLookedAt() {
        String comments = "x".repeat(DctPrintedDates.HEAD) + "\nPosted: Friday 8 April 2005\n";
        assertThat(DctPrintedDates.find("The pope was buried." + comments)).isEmpty();
    }
}
