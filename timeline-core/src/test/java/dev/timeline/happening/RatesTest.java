package dev.timeline.happening;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A rate that a verb's predicate gives tells how fast something goes on, not what happened. */
class RatesTest {
    @Test
    void anAmountPerUnitOfTimeIsARate() {
        assertThat(LexiconExamples.titles("Tarn Petroleum said on Wednesday it was siphoning 5,000 barrels per day from"
                + " the leak.")).isEmpty();
        assertThat(LexiconExamples.titles("From 2002 to 2006, Velo house prices rose at a rate of 16 percent a year."))
                .isEmpty();
    }

    @Test
    void anAmountWithoutAUnitOfTimeOrAChangeByARateIsNoRate() {
        assertThat(LexiconExamples.titles("Tarn Petroleum collected 14,800 barrels of oil from the leaking well on"
                + " Monday.")).containsExactly("Tarn Petroleum collects 14,800 barrels of oil from the leaking well");
        assertThat(LexiconExamples.titles("On Thursday, Velo ministers agreed to cut production by 500,000 barrels per"
                + " day from February.")).isNotEmpty();
    }
}
