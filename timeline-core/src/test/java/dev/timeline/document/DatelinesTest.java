package dev.timeline.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The place of a news dateline, in a TimeML DCT element or opening a line of text. */
class DatelinesTest {
    @Test
    void theDctElementOpensWithThePlaceInCapitals() {
        assertThat(Datelines.ofCreationTime("NEW DELHI, April 1 , 1997 (AFP)")).contains("New Delhi");
        assertThat(Datelines.ofCreationTime("BUSAN, South Korea, Nov. 13 , 2005 (Xinhua)")).contains("Busan");
        assertThat(Datelines.ofCreationTime("THE HAGUE, April 3 , 1997 (AFP)")).contains("The Hague");
        assertThat(Datelines.ofCreationTime("ST. LOUIS, May 2 (AP)")).contains("St. Louis");
        assertThat(Datelines.ofCreationTime("UNITED NATIONS, Dec 11 (AFP)")).contains("the United Nations");
        // a date alone, or words that are not in capitals, name no place
        assertThat(Datelines.ofCreationTime("02/06/1998")).isEmpty();
        assertThat(Datelines.ofCreationTime("Beijing, Nov. 22 (Xinhua)")).isEmpty();
        assertThat(Datelines.ofCreationTime("")).isEmpty();
    }

    @Test
    void aLineOpensWithThePlaceBeforeTheAgencyOrALongDash() {
        assertThat(Datelines.inText("Headline of the story\nSENDAI, Japan -- Nearly a million homes suffered"))
                .contains("Sendai");
        assertThat(Datelines.inText("LONDON (Reuters) - BP said on Friday")).contains("London");
        assertThat(Datelines.inText("WASHINGTON, May 3 (Xinhua) -- The president said")).contains("Washington");
        // a preposition that says where on it is no part of the place's name
        assertThat(Datelines.inText("ON BARATARIA BAY, La. (AP) -- Scientists ventured out")).contains(
                "Barataria Bay");
        assertThat(Datelines.inText("ON THE GULF OF MEXICO -- The crews worked")).contains("the Gulf of Mexico");
        // after the agency's credit, as pages of AP stories print it
        assertThat(Datelines.inText("Oil washes ashore\nAP GRAND ISLE, La. -- Officials closed the beach")).contains(
                "Grand Isle");
    }

    @Test
    void aLabelOrAHeadlineInCapitalsIsNoPlace() {
        assertThat(Datelines.inText("SWINE FLU - What you need to know")).isEmpty();
        assertThat(Datelines.inText("UPDATE -- The company said")).isEmpty();
        assertThat(Datelines.inText("The president said in LONDON -- on Friday")).isEmpty();
        // past the head of the text a line in capitals is no dateline
        assertThat(Datelines.inText("x".repeat(700) + "\nLONDON (Reuters) - BP said")).isEmpty();
    }

    @Test
    void aTimeMlFileGivesItsDocumentTheDctElementsPlace(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("x.tml");
        Files.writeString(file, "<TimeML><DCT>SINGAPORE, <TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2006-11-01\""
                + " functionInDocument=\"CREATION_TIME\">Nov. 1 , 2006</TIMEX3> (Xinhua)</DCT>"
                + "<TEXT>Pohamba arrived here on Tuesday.</TEXT></TimeML>");
        Document d = Documents.readTimeMl(file);
        assertThat(d.place()).contains("Singapore");
        assertThat(d.text()).isEqualTo("Pohamba arrived here on Tuesday.");
        assertThat(Document.of("y", "text").place()).isEmpty();
    }
}
