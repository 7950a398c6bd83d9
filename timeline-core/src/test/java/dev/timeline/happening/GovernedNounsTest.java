package dev.timeline.happening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** An event noun titled by the clause of the verb whose object it is; the creation date is Thursday 28 Aug 2025. */
class GovernedNounsTest {
    private static List<String> titles(String text) {
        return LexiconExamples.titles(text);
    }

    @Test
    void theVerbWhoseObjectTheNounIsSaysWhoDidIt() {
        assertThat(titles("Saudi Arabia suffered a humiliating 8-0 defeat to Germany in their opener of the 2002 World"
                + " Cup in Japan.")).contains("Saudi Arabia suffers a humiliating 8-0 defeat to Germany in their opener");
    }

    @Test
    void haveWithAnOccurrenceForItsObjectTellsThatOccurrence() {
        // the recognizer reads "had" as a state; the accident it had is a happening, and its clause says whose
        assertThat(titles("A Eurolines coach had an accident near Lyon on Monday, the operator said."))
                .contains("A Eurolines coach has an accident near Lyon");
    }

    @Test
    void aPurposeAStateOrAnIntentionGovernsNoTitle() {
        // "to avert a strike": an infinitive of purpose; the strike did not happen
        assertThat(titles("The government threatened Wednesday to invoke emergency powers to avert a strike by"
                + " Korean Air pilots.")).noneMatch(t -> t.contains("avert"));
        // "need further investigation": a state
        assertThat(titles("An inquiry is to target 17 transfers that need further investigation, Lord Stevens"
                + " confirmed Wednesday.")).noneMatch(t -> t.contains("need"));
    }
}
