package dev.timeline.tag.timeml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.timeline.tag.Mention;
import dev.timeline.tag.TimexType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class TimeMlWriterTest {
    private static final String TEXT = "On Jan. 8 & <later> \"AT&T\" said\r\nprices rose for a week \uD83D\uDE00 in Zürich.";

    private static TimeMlDocument sample() {
        return TimeMlDocument.of("s.tml", TEXT, Optional.of(LocalDate.of(1998, 1, 8))).withTimexes(List.of(
                Mention.of(TEXT, 3, 9, TimexType.DATE, "1998-01-08", null, null, null),
                Mention.of(TEXT, 49, 55, TimexType.DURATION, "P1W", "APPROX", null, null)));
    }

    @Test
    void writtenDocumentReadsBackToTheSameTextAndTimexes() {
        TimeMlDocument d = sample();
        TimeMlDocument back = TimeMlDocument.parse(TimeMlWriter.format(d), "s.tml");
        assertThat(back.text()).isEqualTo(TEXT);
        assertThat(back.timexes()).isEqualTo(d.timexes());
        assertThat(back.dct()).isEqualTo(d.dct());
        assertThat(back.id()).isEqualTo("s");
    }

    @Test
    void writtenTimexesCarryTidTypeValueAndModifiers() {
        String xml = TimeMlWriter.format(sample());
        assertThat(xml).contains("<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998-01-08\">Jan. 8</TIMEX3>")
                .contains("<TIMEX3 tid=\"t2\" type=\"DURATION\" value=\"P1W\" mod=\"APPROX\">a week</TIMEX3>")
                .contains("functionInDocument=\"CREATION_TIME\"");
    }

    @Test
    void attributeValuesAreEscaped() {
        String text = "sometime";
        TimeMlDocument d = TimeMlDocument.of("a.tml", text, Optional.empty())
                .withTimexes(List.of(Mention.of(text, 0, 8, TimexType.DATE, "a\"<&>\tb", null, "EACH", "1X")));
        Mention back = TimeMlDocument.parse(TimeMlWriter.format(d), "a.tml").timexes().get(0);
        assertThat(back).isEqualTo(d.timexes().get(0));
    }

    @Test
    void nestedTimexesAreWrittenAsNestedElements() {
        String text = "the week of May 5";
        List<Mention> nested = List.of(Mention.of(text, 0, 17, TimexType.DATE, "W"),
                Mention.of(text, 12, 17, TimexType.DATE, "D"));
        TimeMlDocument d = TimeMlDocument.of("n.tml", text, Optional.empty()).withTimexes(nested);
        assertThat(TimeMlDocument.parse(TimeMlWriter.format(d), "n.tml").timexes()).isEqualTo(d.timexes());
    }

    @Test
    void crossingTimexesAreRejected() {
        String text = "May 5 to 6";
        TimeMlDocument d = TimeMlDocument.of("c.tml", text, Optional.empty()).withTimexes(
                List.of(Mention.of(text, 0, 5, TimexType.DATE, "A"), Mention.of(text, 4, 10, TimexType.DATE, "B")));
        assertThatThrownBy(() -> TimeMlWriter.format(d)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cross");
    }

    @Test
    void controlCharactersThatXmlCannotCarryAreRejected() {
        TimeMlDocument d = TimeMlDocument.of("x.tml", "bell\u0007", Optional.empty());
        assertThatThrownBy(() -> TimeMlWriter.format(d)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("U+0007");
    }

    @Property(tries = 200)
    void formatThenParseIsTheIdentity(@ForAll("documents") TimeMlDocument d) {
        TimeMlDocument back = TimeMlDocument.parse(TimeMlWriter.format(d), d.name());
        // blank timexes are dropped by withTimexes and so never written: only text, header and timexes must agree
        assertThat(back.text()).isEqualTo(d.text());
        assertThat(back.timexes()).isEqualTo(d.timexes());
        assertThat(back.dctValue()).isEqualTo(d.dctValue());
        assertThat(back.id()).isEqualTo(d.id());
    }

    @Provide
    Arbitrary<TimeMlDocument> documents() {
        Arbitrary<String> text = Arbitraries.strings().withChars("ab <>&\"'\n\r\t\u00e9\u00a0")
                .withChars("\uD83D\uDE00".toCharArray()[0]).ofMinLength(0).ofMaxLength(60)
                .map(s -> s.replace("\uD83D", "\uD83D\uDE00"));
        Arbitrary<List<Integer>> cuts = Arbitraries.integers().between(0, 60).list().ofMaxSize(8);
        return Combinators.combine(text, cuts).as(TimeMlWriterTest::document);
    }

    /** A document whose timexes are disjoint spans between sorted cut points, skipping surrogate splits. */
    private static TimeMlDocument document(String text, List<Integer> cuts) {
        List<Integer> points = cuts.stream().map(c -> Math.min(c, text.length())).distinct().sorted()
                .filter(c -> c == 0 || c == text.length() || !Character.isLowSurrogate(text.charAt(c))).toList();
        List<Mention> mentions = new ArrayList<>();
        for (int i = 0; i + 1 < points.size(); i += 2) {
            mentions.add(Mention.of(text, points.get(i), points.get(i + 1), TimexType.values()[i % 4], "v" + i));
        }
        return TimeMlDocument.of("p.tml", text, Optional.of(LocalDate.of(2013, 3, 22))).withTimexes(mentions);
    }
}
