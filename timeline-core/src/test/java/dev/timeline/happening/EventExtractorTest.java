package dev.timeline.happening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.document.Document;
import dev.timeline.tag.TimeTagger;
import dev.timeline.time.When;
import dev.timeline.timeline.Event;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EventExtractorTest {
    private static List<Event> extract(String text) {
        return EventExtractor.using(TimeTagger.english())
                .extract(Document.of("d", text), Optional.of(LocalDate.of(2025, 8, 28)));
    }

    @Test
    void aPageOfProgrammeListingsGivesNoSlotsOfItsWeekButWhatItsDescriptionsDateElsewhere() {
        String page = "Network Radio BBC Week 35 : 30 August-5 September Transmission details in the Network Radio"
                + " Programme Information 7-day version are not updated after publication.\nAt 8pm, Eleanor Oldroyd is"
                + " joined by a panel of sportswomen for Ladies First.\nZoe Ball returned to the show on Monday.";
        assertThat(extract(page)).isEmpty();
        assertThat(extract(page.substring(page.indexOf('\n') + 1))).isNotEmpty();
        assertThat(extract(page + "\nDubstar were formed in 1992 by Steve Hillier and Chris Wilkie in Gateshead."))
                .extracting(Event::title).containsExactly("Dubstar is formed by Steve Hillier and Chris Wilkie in"
                        + " Gateshead");
    }

    @Test
    void aBoardOfReadersQueriesGivesNoEvents() {
        String queries = "\nJohn Harris is looking for more information about John Lewis from Newtown. John: \"John"
                + " was born in 1880, his father being Richard Lewis. Thomas died 6th May 1873 in Swansea.\"";
        assertThat(extract("Are you trying to trace your family tree? If you think your ancestors came from Mid"
                + " Wales, here's the place to post a query." + queries)).isEmpty();
        assertThat(extract("News of the valley." + queries)).isNotEmpty();
    }

    @Test
    void aPagesStampDatesNoNamedHappening() {
        String lede = "The Deepwater Horizon oil spill in the Gulf of Mexico was, by far, the biggest environmental"
                + " story of 2010.";
        assertThat(extract("Gulf oil spill was abated by bacteria, report says\nTuesday, January 11, 2011; 12:31 AM "
                + lede)).noneMatch(e -> e.when().equals(When.parse("2011-01-11")));
        assertThat(extract("Gulf oil spill was abated by bacteria, report says\nOn Tuesday, January 11, 2011, the"
                + " Deepwater Horizon oil spill reached the coast.")).isNotEmpty();
    }

    @Test
    void aRangeThatTheSentenceCutSplitsDatesItsHappeningWithoutFailing() {
        // text without a sentence end is cut every 200 tokens: here between "1998 to" and "2000"
        String text = "word ".repeat(194) + "Kim took power in 1998 to 2000 following the death of his father";
        org.assertj.core.api.Assertions.assertThatCode(() -> extract(text)).doesNotThrowAnyException();
    }

    @Test
    void aLongSubjectThatOpensTheTextIsReadWithoutFailing() {
        // failed with an index of -1: the word before the subject's head was looked up before the text's start
        org.assertj.core.api.Assertions.assertThatCode(() -> extract("Lack of reliable water level readings at the"
                + " start of the Nile flood in March eroded public trust, the board said.")).doesNotThrowAnyException();
        org.assertj.core.api.Assertions.assertThatCode(() -> extract("Lack of reliable water level readings at the"
                + " start of the Delta flood in March eroded public trust.")).doesNotThrowAnyException();
    }

    @Test
    void theHappeningThatOccasionedADatedOneSharesItsYear() {
        List<Event> events = extract("He took power in 2011 following the death of his father, Kim Jong-Il.");
        assertThat(events).extracting(Event::title).contains("Kim Jong-Il dies");
        Event death = events.stream().filter(e -> e.title().equals("Kim Jong-Il dies")).findFirst().orElseThrow();
        assertThat(death.when()).isEqualTo(When.parse("2011"));
        assertThat(death.participants()).containsExactly("Kim Jong-Il");
    }

    @Test
    void aDayIsNotLentToWhatCameBefore() {
        assertThat(extract("He took office on 5 May 2010 following the election of his party."))
                .extracting(Event::type).extracting(t -> t.name()).doesNotContain("election");
    }

    @Test
    void aFirstQualifiedBySinceOrInYearsIsNotAFirstInTheTitle() {
        // a title keeps the first with its length, or leaves both out
        assertThat(extract("Moon Jae-in will make his first visit to China in six years next week."))
                .extracting(Event::title).contains("Moon Jae-in makes his first visit to China in six years")
                .noneMatch(t -> t.contains("first") && !t.endsWith("in six years"));
    }

    @Test
    void aVisitWhoseVisitorNoOneCanNameIsLeftOut() {
        assertThat(extract("He will make his visit to China next week.")).isEmpty();
    }

    @Test
    void itsInAnObjectIsTheLastPlaceBeforeTheTrigger() {
        assertThat(extract("China remains North Korea’s largest partner, accounting for 97% of its trade in 2023."))
                .extracting(Event::title).contains("China accounts for 97% of North Korea’s trade");
    }

    @Test
    void whoIsComparedWithAHappeningDoesNotTakePartInIt() {
        Event parade = extract("Moon Jae-in’s presence is an upgrade from the 2015 Victory Day parade.").get(0);
        assertThat(parade.title()).isEqualTo("Victory Day parade");
        assertThat(parade.participants()).isEmpty();
    }
}
