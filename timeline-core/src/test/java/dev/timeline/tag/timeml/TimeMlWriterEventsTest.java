package dev.timeline.tag.timeml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.timeline.tag.Mention;
import dev.timeline.tag.TimexType;
import dev.timeline.tag.timeml.TimeMlAnnotations.AnnotatedEvent;
import dev.timeline.tag.timeml.TimeMlAnnotations.AnnotatedTimex;
import dev.timeline.tag.timeml.TimeMlAnnotations.TimeLink;
import dev.timeline.tag.timeml.TimeMlWriter.TimeLinkOut;
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

/** The event layer that {@link TimeMlWriter#format(TimeMlDocument, List, List)} writes, read back. */
class TimeMlWriterEventsTest {
    private static final String TEXT = "The rig exploded on April 20 and burned for two days.";

    private static int at(String text, String word) {
        int i = text.indexOf(word);
        assertThat(i).as("'%s' in the text", word).isNotNegative();
        return i;
    }

    private static Mention timex(String text, String words, TimexType type, String value) {
        int i = at(text, words);
        return Mention.of(text, i, i + words.length(), type, value);
    }

    private static AnnotatedEvent event(String text, String eid, String word, String eventClass, String tense,
            String aspect, String polarity, String modality) {
        int i = at(text, word);
        return new AnnotatedEvent(eid, i, i + word.length(), eventClass, tense, aspect, polarity, modality);
    }

    private static TimeMlDocument document(String text, Mention... timexes) {
        return TimeMlDocument.of("d.tml", text, Optional.of(LocalDate.of(2010, 4, 21))).withTimexes(List.of(timexes));
    }

    /** The timex that a link read back points at, as its text. */
    private static String linkedTimex(TimeMlAnnotations a, TimeLink l) {
        AnnotatedTimex t = a.timexes().stream().filter(x -> x.tid().equals(l.tid())).findFirst().orElseThrow();
        return a.text().substring(t.start(), t.end());
    }

    @Test
    void eventsAndLinksReadBackAsWritten() {
        TimeMlDocument d = document(TEXT, timex(TEXT, "April 20", TimexType.DATE, "2010-04-20"),
                timex(TEXT, "two days", TimexType.DURATION, "P2D"));
        List<AnnotatedEvent> events = List.of(
                event(TEXT, "e1", "exploded", "OCCURRENCE", "PAST", "NONE", "POS", ""),
                event(TEXT, "e2", "burned", "OCCURRENCE", "PAST", "PERFECTIVE", "NEG", "could"));
        List<TimeLinkOut> links = List.of(new TimeLinkOut("e1", 0, "IS_INCLUDED"), new TimeLinkOut("e2", 1, "DURING"));

        TimeMlAnnotations back = TimeMlAnnotations.parse(TimeMlWriter.format(d, events, links), "d.tml");

        assertThat(back.text()).isEqualTo(TEXT);
        assertThat(back.events()).containsExactlyElementsOf(events);
        assertThat(back.timexes()).extracting(AnnotatedTimex::start, AnnotatedTimex::end, AnnotatedTimex::type,
                        AnnotatedTimex::value)
                .containsExactly(tuple(20, 28, "DATE", "2010-04-20"),
                        tuple(44, 52, "DURATION", "P2D"));
        assertThat(back.links()).extracting(TimeLink::eid, TimeLink::relType)
                .containsExactly(tuple("e1", "IS_INCLUDED"),
                        tuple("e2", "DURING"));
        assertThat(back.links()).extracting(l -> linkedTimex(back, l)).containsExactly("April 20", "two days");
    }

    @Test
    void eachEventHasOneInstanceAndEachLinkStartsFromIt() {
        TimeMlDocument d = document(TEXT, timex(TEXT, "April 20", TimexType.DATE, "2010-04-20"));
        String xml = TimeMlWriter.format(d, List.of(
                event(TEXT, "e7", "exploded", "OCCURRENCE", "PAST", "NONE", "POS", ""),
                event(TEXT, "e3", "burned", "OCCURRENCE", "PAST", "NONE", "POS", "")),
                List.of(new TimeLinkOut("e3", 0, "IS_INCLUDED")));
        assertThat(xml).contains("<MAKEINSTANCE eiid=\"ei1\" eventID=\"e7\"")
                .contains("<MAKEINSTANCE eiid=\"ei2\" eventID=\"e3\"")
                .contains("eventInstanceID=\"ei2\" relatedToTime=\"t1\"");
        assertThat(xml.split("<MAKEINSTANCE", -1)).hasSize(3);
    }

    @Test
    void emptyAttributesAreLeftOutAndReadBackEmpty() {
        TimeMlDocument d = document(TEXT);
        AnnotatedEvent bare = event(TEXT, "e1", "exploded", "OCCURRENCE", "", "", "", "");
        String xml = TimeMlWriter.format(d, List.of(bare), List.of());
        assertThat(xml).contains("<MAKEINSTANCE eiid=\"ei1\" eventID=\"e1\"/>");
        assertThat(TimeMlAnnotations.parse(xml, "d.tml").events()).containsExactly(bare);
    }

    @Test
    void anEventInsideATimexIsWrittenInsideIt() {
        String text = "Rescuers arrived on the day of the attack.";
        Mention day = timex(text, "the day of the attack", TimexType.DATE, "2001-09-11");
        AnnotatedEvent attack = event(text, "e1", "attack", "OCCURRENCE", "NONE", "NONE", "POS", "");
        AnnotatedEvent arrived = event(text, "e2", "arrived", "OCCURRENCE", "PAST", "NONE", "POS", "");
        String xml = TimeMlWriter.format(document(text, day), List.of(attack, arrived),
                List.of(new TimeLinkOut("e2", 0, "IS_INCLUDED")));

        assertThat(xml).contains("<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2001-09-11\">the day of the "
                + "<EVENT eid=\"e1\" class=\"OCCURRENCE\">attack</EVENT></TIMEX3>");
        TimeMlAnnotations back = TimeMlAnnotations.parse(xml, "d.tml");
        assertThat(back.events()).containsExactly(arrived, attack); // in text order
        assertThat(back.timexes()).singleElement().satisfies(t -> {
            assertThat(t.start()).isEqualTo(day.start());
            assertThat(t.end()).isEqualTo(day.end());
        });
        assertThat(TimeMlDocument.parse(xml, "d.tml").timexes()).containsExactly(day);
    }

    @Test
    void anEventWithTheExtentOfATimexIsWrittenInsideIt() {
        String text = "Trading stopped on Christmas.";
        Mention christmas = timex(text, "Christmas", TimexType.DATE, "XXXX-12-25");
        AnnotatedEvent holiday = event(text, "e1", "Christmas", "OCCURRENCE", "NONE", "NONE", "POS", "");
        String xml = TimeMlWriter.format(document(text, christmas), List.of(holiday), List.of());
        assertThat(xml).contains("<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"XXXX-12-25\"><EVENT eid=\"e1\" "
                + "class=\"OCCURRENCE\">Christmas</EVENT></TIMEX3>");
        assertThat(TimeMlAnnotations.parse(xml, "d.tml").events()).containsExactly(holiday);
    }

    @Test
    void aLinkToTheInnerOfTwoNestedTimexesPointsAtTheInnerOne() {
        // both start at the same character: the outer one opens first and takes t1, the inner one t2
        String text = "Shares fell in May 2010 after the report.";
        Mention may = timex(text, "May", TimexType.DATE, "XXXX-05");
        Mention may2010 = timex(text, "May 2010", TimexType.DATE, "2010-05");
        TimeMlDocument d = document(text, may2010, may);
        int inner = d.timexes().indexOf(may);
        AnnotatedEvent fell = event(text, "e1", "fell", "OCCURRENCE", "PAST", "NONE", "POS", "");
        String xml = TimeMlWriter.format(d, List.of(fell), List.of(new TimeLinkOut("e1", inner, "IS_INCLUDED")));
        TimeMlAnnotations back = TimeMlAnnotations.parse(xml, "d.tml");
        assertThat(back.links()).singleElement().satisfies(l -> assertThat(linkedTimex(back, l)).isEqualTo("May"));
    }

    @Test
    void aLinkToAnUnknownEventIsRejectedNamingIt() {
        TimeMlDocument d = document(TEXT, timex(TEXT, "April 20", TimexType.DATE, "2010-04-20"));
        List<AnnotatedEvent> events = List.of(event(TEXT, "e1", "exploded", "OCCURRENCE", "PAST", "NONE", "POS",
                ""));
        assertThatThrownBy(() -> TimeMlWriter.format(d, events, List.of(new TimeLinkOut("e9", 0, "IS_INCLUDED"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("e9")
                .hasMessageContaining("unknown event");
    }

    @Test
    void aLinkToAMissingTimexIsRejected() {
        TimeMlDocument d = document(TEXT, timex(TEXT, "April 20", TimexType.DATE, "2010-04-20"));
        List<AnnotatedEvent> events = List.of(event(TEXT, "e1", "exploded", "OCCURRENCE", "PAST", "NONE", "POS",
                ""));
        assertThatThrownBy(() -> TimeMlWriter.format(d, events, List.of(new TimeLinkOut("e1", 1, "IS_INCLUDED"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("timex");
    }

    @Test
    void twoEventsWithOneIdAreRejected() {
        List<AnnotatedEvent> events = List.of(
                event(TEXT, "e1", "exploded", "OCCURRENCE", "PAST", "NONE", "POS", ""),
                event(TEXT, "e1", "burned", "OCCURRENCE", "PAST", "NONE", "POS", ""));
        assertThatThrownBy(() -> TimeMlWriter.format(document(TEXT), events, List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two events have the id e1");
    }

    @Test
    void anEventOutsideTheTextIsRejected() {
        AnnotatedEvent outside = new AnnotatedEvent("e1", 50, TEXT.length() + 3, "OCCURRENCE", "", "", "", "");
        assertThatThrownBy(() -> TimeMlWriter.format(document(TEXT), List.of(outside), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside the text");
    }

    @Test
    void anEventCrossingATimexIsRejected() {
        TimeMlDocument d = document(TEXT, timex(TEXT, "April 20", TimexType.DATE, "2010-04-20"));
        AnnotatedEvent crossing = event(TEXT, "e1", "on April", "OCCURRENCE", "", "", "", "");
        assertThatThrownBy(() -> TimeMlWriter.format(d, List.of(crossing), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cross");
    }

    @Test
    void xmlSpecialCharactersInTheTextAndAttributesSurvive() {
        String text = "AT&T said <b>profits</b> \"soared\" 5% & more\r\nin Q1 \uD83D\uDE00 'really'.";
        AnnotatedEvent said = event(text, "e1", "said", "REPORTING", "PAST", "NONE", "POS", "");
        AnnotatedEvent soared = event(text, "e&2", "soared", "OCCURRENCE", "PAST", "NONE", "POS", "can't \"<&>\"");
        AnnotatedEvent really = event(text, "e3", "really", "STATE", "", "", "", "");
        Mention q1 = timex(text, "Q1", TimexType.DATE, "2010-Q1");
        String xml = TimeMlWriter.format(document(text, q1), List.of(said, soared, really),
                List.of(new TimeLinkOut("e&2", 0, "IS_INCLUDED")));

        TimeMlAnnotations back = TimeMlAnnotations.parse(xml, "d.tml");
        assertThat(back.text()).isEqualTo(text);
        assertThat(back.events()).containsExactly(said, soared, really);
        assertThat(back.links()).singleElement().satisfies(l -> {
            assertThat(l.eid()).isEqualTo("e&2");
            assertThat(linkedTimex(back, l)).isEqualTo("Q1");
        });
        assertThat(TimeMlDocument.parse(xml, "d.tml").text()).isEqualTo(text);
    }

    @Property(tries = 200)
    void anyEventLayerReadsBackAsWritten(@ForAll("layers") Layer layer) {
        String xml = TimeMlWriter.format(layer.document(), layer.events(), layer.links());
        TimeMlAnnotations back = TimeMlAnnotations.parse(xml, "p.tml");
        assertThat(back.text()).isEqualTo(layer.document().text());
        assertThat(back.events()).containsExactlyInAnyOrderElementsOf(layer.events());
        List<Mention> timexes = layer.document().timexes();
        assertThat(back.timexes()).extracting(t -> List.of(t.start(), t.end())).containsExactlyInAnyOrderElementsOf(
                timexes.stream().map(m -> List.of(m.start(), m.end())).toList());
        assertThat(back.links()).hasSameSizeAs(layer.links());
        for (int i = 0; i < layer.links().size(); i++) {
            TimeLinkOut written = layer.links().get(i);
            TimeLink read = back.links().get(i);
            Mention target = timexes.get(written.timexIndex());
            AnnotatedTimex t = back.timexes().stream().filter(x -> x.tid().equals(read.tid())).findFirst()
                    .orElseThrow();
            assertThat(read.eid()).isEqualTo(written.eid());
            assertThat(read.relType()).isEqualTo(written.relType());
            assertThat(List.of(t.start(), t.end())).isEqualTo(List.of(target.start(), target.end()));
        }
    }

    /** A document with its events and links. */
    record Layer(TimeMlDocument document, List<AnnotatedEvent> events, List<TimeLinkOut> links) {
    }

    /**
     * Words separated by spaces; each word is plain, an event, a timex, an event inside a timex of two words or an
     * event with the extent of a timex, so that elements nest but never cross. Links join random events and timexes.
     */
    @Provide
    Arbitrary<Layer> layers() {
        Arbitrary<String> word = Arbitraries.strings().withChars("abz&<>\"'\u00e9").ofMinLength(1).ofMaxLength(6);
        Arbitrary<List<Integer>> kinds = Arbitraries.integers().between(0, 4).list().ofMinSize(1).ofMaxSize(12);
        Arbitrary<List<String>> words = word.list().ofSize(24);
        Arbitrary<List<Integer>> picks = Arbitraries.integers().between(0, 1000).list().ofMaxSize(6);
        return Combinators.combine(kinds, words, picks).as(TimeMlWriterEventsTest::layer);
    }

    private static Layer layer(List<Integer> kinds, List<String> words, List<Integer> picks) {
        StringBuilder text = new StringBuilder();
        List<int[]> spans = new ArrayList<>();
        for (int i = 0; i < kinds.size() * 2; i++) {
            if (i > 0) {
                text.append(' ');
            }
            spans.add(new int[] {text.length(), text.length() + words.get(i).length()});
            text.append(words.get(i));
        }
        String s = text.toString();
        String[] classes = {"OCCURRENCE", "REPORTING", "STATE", "I_ACTION"};
        List<Mention> timexes = new ArrayList<>();
        List<AnnotatedEvent> events = new ArrayList<>();
        for (int k = 0; k < kinds.size(); k++) {
            int[] a = spans.get(2 * k);
            int[] b = spans.get(2 * k + 1);
            String eid = "e" + (events.size() + 1);
            String cls = classes[k % classes.length];
            switch (kinds.get(k)) {
                case 1 -> events.add(new AnnotatedEvent(eid, a[0], a[1], cls, "PAST", "NONE", "POS", ""));
                case 2 -> timexes.add(Mention.of(s, a[0], b[1], TimexType.DATE, "v" + k));
                case 3 -> {
                    timexes.add(Mention.of(s, a[0], b[1], TimexType.DURATION, "P" + k + "D"));
                    events.add(new AnnotatedEvent(eid, b[0], b[1], cls, "NONE", "NONE", "NEG", "may"));
                }
                case 4 -> {
                    timexes.add(Mention.of(s, a[0], a[1], TimexType.TIME, "T" + k));
                    events.add(new AnnotatedEvent(eid, a[0], a[1], cls, "", "", "", ""));
                }
                default -> { }
            }
        }
        TimeMlDocument d = TimeMlDocument.of("p.tml", s, Optional.empty()).withTimexes(timexes);
        List<TimeLinkOut> links = new ArrayList<>();
        if (!events.isEmpty() && !d.timexes().isEmpty()) {
            for (int p : picks) {
                links.add(new TimeLinkOut(events.get(p % events.size()).eid(), p % d.timexes().size(),
                        p % 2 == 0 ? "IS_INCLUDED" : "DURING"));
            }
        }
        return new Layer(d, events, links);
    }
}
