package dev.timeline.assertj;

import static dev.timeline.assertj.Assertions.assertThat;
import static dev.timeline.assertj.Assertions.assertThatThrownBy;

import dev.timeline.tag.Anchor;
import dev.timeline.tag.Mention;
import dev.timeline.tag.Tagger;
import dev.timeline.tag.TimexType;
import dev.timeline.time.When;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.threeten.extra.YearWeek;

/** Tagger output is checked as it comes, without unwrapping its value. */
class MentionAssertTest {
    private static final String NL = System.lineSeparator();
    private static final Anchor ANCHOR = Anchor.news(LocalDate.of(2025, 8, 28));
    private static final String TEXT = "They meet again next Wednesday, after talks lasting six years.";

    private static List<Mention> mentions() {
        return Tagger.english().tag(TEXT, ANCHOR);
    }

    @Test
    void aDateMentionHasItsTextTypeValueAndRelations() {
        Mention wednesday = mentions().get(0);
        assertThat(wednesday)
                .hasText("next Wednesday")
                .hasType(TimexType.DATE)
                .hasValue("2025-09-03")
                .hasValue(When.parse("2025-09-03"))
                .isCertainlyDuring(YearWeek.of(2025, 36))
                .isCertainlyAfter(LocalDate.of(2025, 8, 28))
                .hasSameDaysAs("2025-09-03");
    }

    @Test
    void aWrongValueNamesTheMention() {
        assertThatThrownBy(() -> assertThat(mentions().get(0)).hasValue("2025-09-10"))
                .isInstanceOf(AssertionError.class)
                .hasMessage(NL + "expected mention " + mentions().get(0) + " to have value 2025-09-10 but its value is"
                        + " 2025-09-03");
    }

    @Test
    void aRelationOnALengthFailsSayingWhatTheValueIs() {
        Mention sixYears = mentions().stream().filter(m -> m.type() == TimexType.DURATION).findFirst().orElseThrow();
        assertThat(sixYears).hasValue("P6Y");
        assertThatThrownBy(() -> assertThat(sixYears).isCertainlyBefore("2025"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("to have a date or range value but its value P6Y is TimeSpan \"6 years\"");
    }

    @Test
    void aMentionBuiltByHandWithAModifierComparesAsItsValue() {
        Mention late = Mention.of("late 2011", 0, 9, TimexType.DATE, "2011", "END", null, null);
        assertThat(late).hasMod("END").hasValue(When.parse("2011-39")).isPossiblyBefore("2011-12");
    }
}
