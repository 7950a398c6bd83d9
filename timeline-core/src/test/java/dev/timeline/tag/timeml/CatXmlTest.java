package dev.timeline.tag.timeml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.timeline.tag.Mention;
import dev.timeline.tag.TimexType;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatXmlTest {
    /** Tokens of a made-up article: a title, a date line and one sentence; t_id 1, 2, ... in order. */
    private static final String TOKENS = tokens("Cox & Sons opens store", "March 3 , 2011",
            "The cider maker said it opened on Monday and did not close for two weeks .");

    private static final String MARKABLES = """
            <EVENT_MENTION m_id="20" pos="VERB" tense="PRESENT" aspect="NONE" polarity="POS" certainty="CERTAIN">
              <token_anchor t_id="4"/></EVENT_MENTION>
            <EVENT_MENTION m_id="21" pos="VERB" tense="PAST" aspect="NONE" polarity="POS" modality="">
              <token_anchor t_id="13"/></EVENT_MENTION>
            <EVENT_MENTION m_id="22" pos="VERB" tense="PAST" aspect="PERFECTIVE" polarity="UNDERSPECIFIED">
              <token_anchor t_id="15"/></EVENT_MENTION>
            <EVENT_MENTION m_id="23" pos="VERB" tense="INFINITIVE" aspect="" polarity="NEG" modality="would">
              <token_anchor t_id="21"/></EVENT_MENTION>
            <EVENT_MENTION m_id="24"><token_anchor t_id="15"/><token_anchor t_id="21"/></EVENT_MENTION>
            <TIMEX3 m_id="30" type="DATE" value="2011-03-03" functionInDocument="CREATION_TIME" anchorTimeID="">
              <token_anchor t_id="6"/><token_anchor t_id="7"/><token_anchor t_id="8"/><token_anchor t_id="9"/>
            </TIMEX3>
            <TIMEX3 m_id="31" type="DATE" value="2011-02-28" functionInDocument="NONE" anchorTimeID="30">
              <token_anchor t_id="17"/></TIMEX3>
            <TIMEX3 m_id="32" type="DURATION" value="P2W" functionInDocument="NONE">
              <token_anchor t_id="23"/><token_anchor t_id="24"/></TIMEX3>
            <TIMEX3 m_id="33" type="DATE" value="2011-03-14" functionInDocument="NONE" beginPoint="31"></TIMEX3>
            <EVENT m_id="40" class="SPEECH_COGNITIVE" TAG_DESCRIPTOR="said"/>
            """;

    private static final String RELATIONS = """
            <REFERS_TO r_id="1"><source m_id="21"/><target m_id="40"/></REFERS_TO>
            <TLINK r_id="2" reltype="IS_INCLUDED"><source m_id="22"/><target m_id="31"/></TLINK>
            <TLINK r_id="3" reltype="BEFORE"><source m_id="21"/><target m_id="30"/></TLINK>
            <TLINK r_id="4" reltype="MEASURE"><source m_id="32"/><target m_id="23"/></TLINK>
            <TLINK r_id="5" reltype="INCLUDES"><source m_id="30"/><target m_id="20"/></TLINK>
            <TLINK r_id="6" reltype="BEFORE"><source m_id="22"/><target m_id="21"/></TLINK>
            <TLINK r_id="7" reltype="OVERLAP"><source m_id="23"/><target m_id="31"/></TLINK>
            """;

    private static final String TEXT = "Cox & Sons opens store\nMarch 3 , 2011\n"
            + "The cider maker said it opened on Monday and did not close for two weeks .\n";

    @TempDir
    Path tmp;

    private static String tokens(String... sentences) {
        StringBuilder s = new StringBuilder();
        int id = 0;
        for (int sentence = 0; sentence < sentences.length; sentence++) {
            for (String w : sentences[sentence].split(" ")) {
                id++;
                s.append("<token t_id=\"").append(id).append("\" sentence=\"").append(sentence)
                        .append("\" number=\"").append(id - 1).append("\">").append(w.equals("&") ? "&amp;" : w)
                        .append("</token>\n");
            }
        }
        return s.toString();
    }

    private static String cat(String markables, String relations) {
        return "<?xml version=\"1.0\" ?><Document doc_id=\"77\" doc_name=\"77_Cox\" lang=\"en\">\n" + TOKENS
                + "<Markables>\n" + markables + "</Markables>\n<Relations>\n" + relations
                + "</Relations>\n</Document>\n";
    }

    private static CatConversion convert() {
        return CatXml.convert(cat(MARKABLES, RELATIONS), "77_Cox.xml");
    }

    /** The text each EVENT element of the TEXT covers, by eid, and its start offset in the TEXT string. */
    private static Map<String, String> events(String timeMl) throws Exception {
        XMLStreamReader r = TimeMlReader.factory().createXMLStreamReader(new StringReader(timeMl));
        Map<String, String> out = new LinkedHashMap<>();
        Deque<String[]> open = new ArrayDeque<>();
        StringBuilder text = new StringBuilder();
        boolean inText = false;
        while (r.hasNext()) {
            int e = r.next();
            if (e == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("TEXT")) {
                inText = true;
            } else if (e == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("TEXT")) {
                inText = false;
            } else if (inText && e == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("EVENT")) {
                open.push(new String[] {r.getAttributeValue(null, "eid"), String.valueOf(text.length())});
            } else if (inText && e == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("EVENT")) {
                String[] o = open.pop();
                int start = Integer.parseInt(o[1]);
                out.put(o[0], start + ":" + text.substring(start));
            } else if (inText && e == XMLStreamConstants.CHARACTERS) {
                text.append(r.getText());
            }
        }
        return out;
    }

    @Test
    void textIsTheTokensWithOneSpaceBetweenThemAndOneLineASentence() {
        assertThat(convert().document().text()).isEqualTo(TEXT);
    }

    @Test
    void timexesLieOnTheirTokensAndReadBackThroughTheTimeMlReader() {
        TimeMlDocument d = convert().document();
        assertThat(d.timexes()).containsExactly(
                Mention.of(TEXT, TEXT.indexOf("March"), TEXT.indexOf("2011") + 4, TimexType.DATE, "2011-03-03"),
                Mention.of(TEXT, TEXT.indexOf("Monday"), TEXT.indexOf("Monday") + 6, TimexType.DATE, "2011-02-28"),
                Mention.of(TEXT, TEXT.indexOf("two weeks"), TEXT.indexOf(" .\n", TEXT.indexOf("weeks")),
                        TimexType.DURATION, "P2W"));
        assertThat(d.ignoredEmptyTimexes()).as("the non-consuming timex").isEqualTo(1);
        assertThat(d.id()).isEqualTo("77");
        assertThat(d.name()).isEqualTo("77_Cox.tml");
    }

    @Test
    void theCreationTimeIsTheDctT0AndItsDateLineATimexOfTheText() {
        CatConversion c = convert();
        assertThat(c.document().dctValue()).contains("2011-03-03");
        assertThat(c.timeMl()).contains("<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2011-03-03\"")
                .contains("functionInDocument=\"CREATION_TIME\">March 3 , 2011</TIMEX3>")
                .contains("<TIMEX3 tid=\"t31\" type=\"DATE\" value=\"2011-02-28\" functionInDocument=\"NONE\""
                        + " anchorTimeID=\"t0\">Monday</TIMEX3>")
                .contains("<TLINK lid=\"l2\" relType=\"BEFORE\" eventInstanceID=\"ei21\" relatedToTime=\"t0\"/>");
    }

    @Test
    void aCreationTimeWithoutTokensIsOnlyTheDct() {
        String markables = MARKABLES.replace("<token_anchor t_id=\"6\"/><token_anchor t_id=\"7\"/>"
                + "<token_anchor t_id=\"8\"/><token_anchor t_id=\"9\"/>", "");
        CatConversion c = CatXml.convert(cat(markables, RELATIONS), "77_Cox.xml");
        assertThat(c.document().dctValue()).contains("2011-03-03");
        assertThat(c.document().timexes()).extracting(Mention::text).containsExactly("Monday", "two weeks");
        assertThat(c.timexes()).isEqualTo(2);
    }

    @Test
    void eventsLieOnTheirTokensWithAMappedClass() throws Exception {
        Map<String, String> events = events(convert().timeMl());
        assertThat(events).containsEntry("e20", TEXT.indexOf("opens") + ":opens")
                .containsEntry("e21", TEXT.indexOf("said") + ":said")
                .containsEntry("e23", TEXT.indexOf("close") + ":close");
        assertThat(convert().timeMl()).contains("<EVENT eid=\"e21\" class=\"REPORTING\">said</EVENT>")
                .contains("<EVENT eid=\"e20\" class=\"OCCURRENCE\">opens</EVENT>");
    }

    @Test
    void eachEventHasAnInstanceWithTenseAspectPolarityInTimeMlTerms() {
        assertThat(convert().timeMl())
                .contains("<MAKEINSTANCE eiid=\"ei22\" eventID=\"e22\" pos=\"VERB\" tense=\"PAST\""
                        + " aspect=\"PERFECTIVE\" polarity=\"POS\"/>")
                .contains("<MAKEINSTANCE eiid=\"ei23\" eventID=\"e23\" pos=\"VERB\" tense=\"INFINITIVE\""
                        + " aspect=\"NONE\" polarity=\"NEG\" modality=\"would\"/>")
                .contains("<MAKEINSTANCE eiid=\"ei24\" eventID=\"e24\" pos=\"OTHER\" tense=\"NONE\" aspect=\"NONE\""
                        + " polarity=\"POS\"/>");
        assertThat(convert().events()).isEqualTo(5);
    }

    @Test
    void aMarkableOnTokensThatAreNotContiguousSpansFromTheFirstToTheLastWithANote() throws Exception {
        CatConversion c = convert();
        assertThat(events(c.timeMl())).containsEntry("e24",
                TEXT.indexOf("opened") + ":opened on Monday and did not close");
        assertThat(c.timeMl()).contains("<EVENT eid=\"e24\" class=\"OCCURRENCE\"><EVENT eid=\"e22\"");
        assertThat(c.notes()).contains("EVENT_MENTION 24 has tokens that are not contiguous (opened … close);"
                + " written from the first to the last");
    }

    @Test
    void aMarkableThatWouldCrossAnotherIsCutToItsFirstToken() throws Exception {
        String crossing = "<EVENT_MENTION m_id=\"25\" pos=\"VERB\"><token_anchor t_id=\"14\"/>"
                + "<token_anchor t_id=\"15\"/><token_anchor t_id=\"16\"/></EVENT_MENTION>\n";
        CatConversion c = CatXml.convert(cat(MARKABLES + crossing, RELATIONS), "77_Cox.xml");
        Map<String, String> events = events(c.timeMl());
        assertThat(events).containsEntry("e25", TEXT.indexOf("it opened") + ":it opened on");
        assertThat(events).containsEntry("e24", TEXT.indexOf("opened") + ":opened");
        assertThat(c.notes()).contains("EVENT_MENTION 24 would cross EVENT_MENTION 25; written over its first token"
                + " \"opened\" only");
    }

    @Test
    void aLinkFromATimexToAnEventIsWrittenFromTheEventWithTheInverseRelType() {
        assertThat(convert().timeMl())
                .contains("<TLINK lid=\"l3\" relType=\"DURING\" eventInstanceID=\"ei23\" relatedToTime=\"t32\"/>")
                .contains("<TLINK lid=\"l4\" relType=\"IS_INCLUDED\" eventInstanceID=\"ei20\" relatedToTime=\"t0\"/>");
    }

    @Test
    void anchorsAreTheAnchoringLinksToTimexesOfTheText() {
        CatConversion c = convert();
        assertThat(c.timeMl()).contains(
                "<TLINK lid=\"l1\" relType=\"IS_INCLUDED\" eventInstanceID=\"ei22\" relatedToTime=\"t31\"/>");
        assertThat(c.timeLinks()).isEqualTo(4);
        assertThat(c.anchors()).as("ei22 in Monday, ei23 during two weeks; not the links to t0").isEqualTo(2);
    }

    @Test
    void eventEventLinksAreLeftOutAndAnUnknownRelTypeWithANote() {
        CatConversion c = convert();
        assertThat(c.timeMl()).doesNotContain("relatedToEventInstance").doesNotContain("OVERLAP");
        assertThat(c.notes()).contains("TLINK 7 has reltype \"OVERLAP\", which TimeML has no name for; left out");
    }

    @Test
    void specialCharactersAreEscapedAndANonConsumingTimexKeepsItsPointers() {
        assertThat(convert().timeMl()).contains("Cox &amp; Sons")
                .contains("<TIMEX3 tid=\"t33\" type=\"DATE\" value=\"2011-03-14\" functionInDocument=\"NONE\""
                        + " beginPoint=\"t31\"></TIMEX3></TEXT>");
    }

    @Test
    void theFileNameBecomesATmlNameAndTheFileIsWrittenThere() throws Exception {
        Path cat = tmp.resolve("77_Cox.xml");
        Files.writeString(cat, cat(MARKABLES, RELATIONS));
        CatConversion c = CatXml.convert(cat);
        Path written = c.writeTo(tmp);
        assertThat(written).hasFileName("77_Cox.tml");
        assertThat(TimeMlDocument.read(written)).isEqualTo(c.document());
        assertThat(CatXml.read(cat)).isEqualTo(c.document());
    }

    @Test
    void malformedXmlNamesTheFileLineAndColumn() {
        String broken = cat(MARKABLES, RELATIONS).replace("<TLINK r_id=\"4\"", "<TLINK r_id=4");
        assertThatThrownBy(() -> CatXml.convert(broken, "broken.xml")).isInstanceOf(CatXmlException.class)
                .hasMessageStartingWith("Cannot read CAT document broken.xml at line ")
                .satisfies(e -> assertThat(((CatXmlException) e).line()).isPresent());
    }

    @Test
    void aMarkableOnAMissingTokenIsAnErrorAtTheMarkable() {
        String markables = MARKABLES.replace("<token_anchor t_id=\"4\"/>", "<token_anchor t_id=\"99\"/>");
        assertThatThrownBy(() -> CatXml.convert(cat(markables, RELATIONS), "x.xml"))
                .isInstanceOf(CatXmlException.class)
                .hasMessageContaining("x.xml at line ")
                .hasMessageEndingWith("EVENT_MENTION 20 is anchored to token 99, which no token element before"
                        + " Markables has");
    }

    @Test
    void aTimexTypeTimeMlDoesNotKnowIsAnError() {
        String markables = MARKABLES.replace("type=\"DURATION\"", "type=\"PERIOD\"");
        assertThatThrownBy(() -> CatXml.convert(cat(markables, RELATIONS), "x.xml"))
                .isInstanceOf(CatXmlException.class)
                .hasMessageContaining("TIMEX3 32 has type \"PERIOD\", not one of DATE, TIME, DURATION, SET");
    }

    @Test
    void aFileThatIsNotCatIsAnError() {
        assertThatThrownBy(() -> CatXml.convert("<TimeML><TEXT>x</TEXT></TimeML>", "t.xml"))
                .isInstanceOf(CatXmlException.class)
                .hasMessageContaining("the root element is TimeML, not the Document of CAT XML");
    }

    @Test
    void externalEntitiesAreNeverResolved() throws Exception {
        Path secret = Files.writeString(tmp.resolve("secret.txt"), "SECRET");
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE Document [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<Document doc_id=\"1\"><token t_id=\"1\" sentence=\"0\">&x;</token></Document>";
        Optional<String> text;
        try {
            text = Optional.of(CatXml.convert(xxe, "xxe.xml").document().text());
        } catch (CatXmlException e) {
            text = Optional.empty();
        }
        assertThat(text.orElse("")).doesNotContain("SECRET");
    }
}
