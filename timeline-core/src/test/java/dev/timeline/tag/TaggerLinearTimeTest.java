package dev.timeline.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TaggerLinearTimeTest {
    private static final Tagger TAGGER = Tagger.builder().strict(true).build();
    private static final Anchor ANCHOR = Anchor.news(LocalDate.of(2025, 8, 28));
    private static final int MEGABYTE = 1 << 20;

    private static String repeat(String unit) {
        return unit.repeat(MEGABYTE / unit.length() + 1).substring(0, MEGABYTE);
    }

    private static void tagsQuickly(String text) {
        long t0 = System.nanoTime();
        TAGGER.tag(text, ANCHOR);
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void longDigitRunIsLinear() {
        tagsQuickly(repeat("0123456789"));
    }

    @Test
    void repeatedRelativeWordsAreLinear() {
        tagsQuickly(repeat("next "));
    }

    @Test
    void repeatedMonthNamesAreLinear() {
        tagsQuickly(repeat("Sept. 3-"));
    }

    @Test
    void repeatedDashesAreLinear() {
        tagsQuickly(repeat("\u2013-"));
    }

    @Test
    void hugeSingleTokenIsLinear() {
        tagsQuickly("a".repeat(100_000) + " " + repeat("the late early mid 1990s to 2018-19 "));
    }

    @Test
    void constructionIsCheap() {
        long t0 = System.nanoTime();
        Tagger.builder().dayFirst(true).build().tag("next week", ANCHOR);
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofMillis(200));
    }
}
