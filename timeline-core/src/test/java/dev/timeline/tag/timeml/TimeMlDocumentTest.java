package dev.timeline.tag.timeml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.timeline.tag.Mention;
import dev.timeline.tag.TimexType;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TimeMlDocumentTest {
    private static String doc(String body) {
        return "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>D1</DOCID>\n"
                + "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"1998-01-08\" functionInDocument=\"CREATION_TIME\">"
                + "January 8</TIMEX3></DCT>\n<TEXT>" + body + "</TEXT>\n</TimeML>\n";
    }

    @Test
    void textIsTheCharacterDataOfTextWithTagsRemoved() {
        TimeMlDocument d = TimeMlDocument.parse(
                doc("\nPrices <EVENT eid=\"e1\">fell</EVENT> on <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998-01-07\">"
                        + "Wednesday</TIMEX3>.\n"),
                "d.tml");
        assertThat(d.text()).isEqualTo("\nPrices fell on Wednesday.\n");
        assertThat(d.timexes()).containsExactly(Mention.of(d.text(), 16, 25, TimexType.DATE, "1998-01-07"));
    }

    @Test
    void entitiesAreDecodedBeforeOffsetsAreCounted() {
        TimeMlDocument d = TimeMlDocument.parse(
                doc("AT&amp;T &lt;&#65;&gt; <TIMEX3 tid=\"t1\" type=\"DURATION\" value=\"P1W\">week</TIMEX3>"),
                "d.tml");
        assertThat(d.text()).isEqualTo("AT&T <A> week");
        assertThat(d.timexes().get(0).start()).isEqualTo(9);
    }

    @Test
    void eventsInsideATimexAreTextOfTheTimex() {
        TimeMlDocument d = TimeMlDocument.parse(doc("<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"PAST_REF\">"
                + "before the <EVENT eid=\"e1\">war</EVENT></TIMEX3> ended"), "d.tml");
        assertThat(d.timexes()).extracting(Mention::text).containsExactly("before the war");
    }

    @Test
    void blankTimexesAreIgnoredAndCounted() {
        TimeMlDocument d = TimeMlDocument.parse(doc("a <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"X\"></TIMEX3>"
                + "<TIMEX3 tid=\"t2\" type=\"DATE\" value=\"X\">\u00a0 \n</TIMEX3>b"), "d.tml");
        assertThat(d.timexes()).isEmpty();
        assertThat(d.ignoredEmptyTimexes()).isEqualTo(2);
    }

    @Test
    void offsetsAreUtf16IndexesEvenAfterNonBmpCharacters() {
        TimeMlDocument d = TimeMlDocument.parse(
                doc("Zürich \uD83D\uDE00 <TIMEX3 tid=\"t1\" type=\"TIME\" value=\"1998-01-08TNI\">tonight</TIMEX3>"),
                "d.tml");
        Mention m = d.timexes().get(0);
        assertThat(m.start()).isEqualTo(10);
        assertThat(d.text().substring(m.start(), m.end())).isEqualTo("tonight");
    }

    @Test
    void readsTheAttributesOfATimex() {
        TimeMlDocument d = TimeMlDocument.parse(doc("<TIMEX3 tid=\"t1\" type=\"SET\" value=\"P1W\" quant=\"EVERY\" "
                + "freq=\"1X\" mod=\"APPROX\">every week</TIMEX3>"), "d.tml");
        Mention m = d.timexes().get(0);
        assertThat(m.type()).isEqualTo(TimexType.SET);
        assertThat(m.quant()).contains("EVERY");
        assertThat(m.freq()).contains("1X");
        assertThat(m.mod()).contains("APPROX");
    }

    @Test
    void headerGivesIdNameAndCreationDay() {
        TimeMlDocument d = TimeMlDocument.parse(doc("x"), "abc.tml");
        assertThat(d.name()).isEqualTo("abc.tml");
        assertThat(d.id()).isEqualTo("D1");
        assertThat(d.dct()).contains(LocalDate.of(1998, 1, 8));
        assertThat(d.dctValue()).contains("1998-01-08");
    }

    @Test
    void aDocumentWithoutDctHasNoCreationDay() {
        TimeMlDocument d = TimeMlDocument.parse("<TimeML><TEXT>x</TEXT></TimeML>", "plain.tml");
        assertThat(d.dct()).isEmpty();
        assertThat(d.id()).isEqualTo("plain");
    }

    @Test
    void cdataAndCommentsAreHandledAsElementTreeDoes() {
        TimeMlDocument d = TimeMlDocument.parse(doc("a<!-- note -->b<![CDATA[<c>]]>"), "d.tml");
        assertThat(d.text()).isEqualTo("ab<c>");
    }

    @Test
    void malformedXmlIsReportedWithNameLineAndColumn() {
        assertThatThrownBy(() -> TimeMlDocument.parse("<TimeML>\n<TEXT>a <b></TEXT></TimeML>", "bad.tml"))
                .isInstanceOf(TimeMlException.class)
                .hasMessageStartingWith("Cannot read TimeML document bad.tml at line 2, column")
                .satisfies(e -> assertThat(((TimeMlException) e).line()).hasValue(2));
    }

    @Test
    void aDocumentWithoutTextIsRejected() {
        assertThatThrownBy(() -> TimeMlDocument.parse("<TimeML><DOCID>x</DOCID></TimeML>", "none.tml"))
                .isInstanceOf(TimeMlException.class).hasMessageContaining("none.tml").hasMessageContaining("no TEXT");
    }

    @Test
    void anUnknownTimexTypeIsRejectedWithItsPosition() {
        assertThatThrownBy(() -> TimeMlDocument.parse(
                "<TimeML><TEXT>\n<TIMEX3 tid=\"t1\" type=\"date\" value=\"X\">May</TIMEX3></TEXT></TimeML>", "t.tml"))
                .isInstanceOf(TimeMlException.class).hasMessageContaining("line 2").hasMessageContaining("\"date\"");
    }

    @Test
    void externalEntitiesAreNeverResolved() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE TimeML [<!ENTITY x SYSTEM \"file:///etc/hostname\">]>"
                + "<TimeML><TEXT>a&x;b</TEXT></TimeML>";
        assertThatThrownBy(() -> TimeMlDocument.parse(xxe, "xxe.tml")).isInstanceOf(TimeMlException.class)
                .hasMessageContaining("\"x\"");
    }

    @Test
    void aDoctypeWithoutEntitiesIsIgnored() {
        TimeMlDocument d = TimeMlDocument.parse(
                "<!DOCTYPE TimeML SYSTEM \"http://example.invalid/TimeML.dtd\"><TimeML><TEXT>ok</TEXT></TimeML>",
                "dtd.tml");
        assertThat(d.text()).isEqualTo("ok");
    }

    @Test
    void plainTextDocumentsHaveNoTimexes() {
        TimeMlDocument d = TimeMlDocument.of("story.tml", "On Monday.", Optional.of(LocalDate.of(2025, 9, 1)));
        assertThat(d.timexes()).isEmpty();
        assertThat(d.dct()).contains(LocalDate.of(2025, 9, 1));
    }

    @Test
    void withTimexesRejectsAMentionOfAnotherText() {
        TimeMlDocument d = TimeMlDocument.of("a.tml", "On Monday.", Optional.empty());
        Mention other = Mention.of("On Friday.", 3, 9, TimexType.DATE, "X");
        assertThatThrownBy(() -> d.withTimexes(java.util.List.of(other)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
