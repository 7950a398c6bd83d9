package dev.timeline.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.chronology.Chronology;
import dev.timeline.time.Modifier;
import dev.timeline.time.TimePoint;
import dev.timeline.time.When;
import dev.timeline.timeline.Event;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VJournal;
import net.fortuna.ical4j.validate.ValidationEntry;
import org.junit.jupiter.api.Test;

/**
 * "before 1986" among events of 1612 and 2025: every renderer lists it by its known bound (the end of 1985), labelled
 * as a person would say it, and the calendar does not pretend it fell on a day.
 */
class OpenEndedRenderingTest {
    private static final Chronology CHRONOLOGY = SeedChronology.of(
            Event.of("founding", When.ofYear(1612), "The city is founded"),
            Event.of("exile", When.of(TimePoint.ofYear(1986), Modifier.BEFORE), "The family flees Iraq"),
            Event.of("parade", When.ofDay(LocalDate.of(2025, 9, 3)), "Parade in Beijing"),
            Event.of("talks", When.of(TimePoint.ofYear(2011), Modifier.AFTER), "Talks resume"));

    @Test
    void textListsItUnderTheYearOfItsKnownBoundAfterEarlierYears() {
        String text = new TextRenderer().render(CHRONOLOGY);
        assertThat(text).doesNotContain("-999999999").doesNotContain("+999999999")
                .contains("1985\n  before 1986 — The family flees Iraq [other]\n")
                .contains("2012\n  after 2011 — Talks resume [other]\n");
        assertThat(text.indexOf("1612\n")).isLessThan(text.indexOf("1985\n"));
        assertThat(text.indexOf("2012\n")).isLessThan(text.indexOf("2025\n"));
    }

    @Test
    void markdownListsItUnderTheYearOfItsKnownBoundAfterEarlierYears() {
        String md = new MarkdownRenderer().render(CHRONOLOGY);
        assertThat(md).doesNotContain("999999999")
                .contains("## 1985\n\n- **before 1986** — The family flees Iraq *(other)*\n");
        assertThat(md.indexOf("## 1612")).isLessThan(md.indexOf("## 1985"));
    }

    @Test
    void htmlListsItAfter1612AndItsSummaryAgreesWithTheAxis() {
        String page = new HtmlRenderer().render(CHRONOLOGY);
        assertThat(page).contains("4 events from 1 document, 1612 – 2025.").contains(">1612 – 2025 · 4 events<");
        assertThat(page.indexOf("<h2>1612</h2>")).isPositive().isLessThan(page.indexOf("<h2>1985</h2>"));
        assertThat(page.indexOf("<h2>1985</h2>")).isLessThan(page.indexOf("<h2>2012</h2>"));
        assertThat(page.indexOf("before 1986</p>")).isGreaterThan(page.indexOf("<h2>1985</h2>"));
    }

    @Test
    void icsKeepsItAsAJournalEntryWithoutADay() throws Exception {
        String ics = new IcsRenderer().render(CHRONOLOGY);
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        // RFC 5545 section 3.6.3 makes DTSTART optional in a VJOURNAL; ical4j 4.0.8's validator demands it
        assertThat(calendar.validate().getEntries()).extracting(ValidationEntry::getMessage)
                .containsOnly("The following are REQUIRED, but MUST NOT occur more than once: DTSTART");
        assertThat(calendar.getComponents(Component.VEVENT)).hasSize(2);
        List<VJournal> journals = calendar.getComponents(Component.VJOURNAL);
        assertThat(journals).hasSize(2);
        for (VJournal journal : journals) {
            assertThat(journal.getProperty(Property.DTSTART)).isEmpty();
            assertThat(journal.getProperty(Property.DESCRIPTION).orElseThrow().getValue())
                    .containsPattern("^(before 1986|after 2011) \\(open-ended: no day is known");
        }
        assertThat(ics).doesNotContain("19851231").doesNotContain("20120101")
                .contains("X-WR-CALDESC:2 events are open-ended");
    }
}
