package dev.timeline.happening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * {@link NamedThings#mayBeNamed} skips the search for a name before a noun only where that search would find
 * none: whenever {@link NamedThings#namePattern} finds a name in a region, the filter lets the region through.
 */
class NamedThingsNameFilterTest {
    private static boolean found(String text, String noun, int from, int to) {
        Matcher m = NamedThings.namePattern(noun).matcher(text).region(from, to);
        return m.find();
    }

    @Test
    void letsANameThroughAndSkipsALowerCaseWordBefore() {
        String text = "BP's Macondo well leaked; it was then capped, and the well\nwas sealed.";
        assertThat(NamedThings.mayBeNamed(text, "well", 0, text.length())).isTrue();
        assertThat(NamedThings.mayBeNamed(text, "well", 20, text.length())).isFalse();
        assertThat(found(text, "well", 20, text.length())).isFalse();
        assertThat(NamedThings.mayBeNamed(text, "well", 0, 16)).isFalse(); // the noun runs past the region's end
        assertThat(NamedThings.mayBeNamed("Anglo-French summit", "summit", 0, 19)).isTrue();
        String oilRig = "the Deepwater Horizon oil rig";
        assertThat(NamedThings.mayBeNamed(oilRig, "rig", 0, oilRig.length())).isTrue();
        assertThat(found(oilRig, "rig", 0, oilRig.length())).isTrue();
    }

    @Property
    void neverSkipsARegionWhereTheSearchFindsAName(@ForAll("texts") String text, @ForAll @IntRange(max = 40) int a,
            @ForAll @IntRange(max = 40) int b) {
        int from = Math.min(Math.min(a, b), text.length());
        int to = Math.min(Math.max(a, b), text.length());
        for (String noun : new String[] {"well", "rig"}) {
            if (found(text, noun, from, to)) {
                assertThat(NamedThings.mayBeNamed(text, noun, from, to)).as(noun + " in [" + text + "]").isTrue();
            }
        }
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of("well", "rig", "wells", "Macondo", "BP", "'s", "\u2019s", " ", "  ", "\n", "\t", "the",
                "The", "A", "-", "&", "9", ".", "\u00C9", "\u00E9", "x", "oil", "\uD835\uDC00", "\u0301").list()
                .ofMaxSize(14)
                .map(words -> String.join("", words));
    }
}
