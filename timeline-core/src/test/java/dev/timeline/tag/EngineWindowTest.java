package dev.timeline.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EngineWindowTest {
    private static final Engine STRICT = Engine.create(false, true);

    @Test
    void holdsABoundedWindowOfTokensHoweverLongTheText() {
        List<Mention> out = new ArrayList<>();
        Scan scan = STRICT.scan("May ".repeat(200_000), Anchor.none(), out);
        assertThat(scan.held()).isLessThanOrEqualTo(4 * Scan.BEHIND);
    }

    @Test
    void noRuleLooksBehindTheWindowInDenseDates() {
        // a strict engine throws when a rule asks for a token the window has released
        String dense = "On Monday March 3 2013 at 3:45 p.m., two weeks ago, the president visited Paris; in late 2011 "
                + "Kim Jong Un took power, and the summit will open next Wednesday, the third quarter of fiscal 2012. ";
        List<Mention> out = new ArrayList<>();
        Scan scan = STRICT.scan(dense.repeat(2_000), Anchor.news(LocalDate.of(2013, 3, 10)), out);
        assertThat(out).hasSizeGreaterThan(2_000 * 5);
        assertThat(scan.held()).isLessThanOrEqualTo(4 * Scan.BEHIND);
    }

    @Test
    void theLastTokenOfTheTextIsStillRead() {
        List<Mention> out = new ArrayList<>();
        STRICT.scan("the summit opens on Monday", Anchor.news(LocalDate.of(2025, 9, 3)), out);
        assertThat(out).extracting(Mention::text).containsExactly("Monday");
    }
}
