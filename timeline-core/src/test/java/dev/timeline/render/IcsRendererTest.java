package dev.timeline.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.chronology.Chronology;
import dev.timeline.timeline.Event;
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import org.junit.jupiter.api.Test;

class IcsRendererTest {
    private final IcsRenderer ics = new IcsRenderer(Clock.fixed(Instant.parse("2025-11-23T10:15:30.5Z"), ZoneOffset.UTC));

    private static Calendar parse(String text) throws Exception {
        return new CalendarBuilder().build(new StringReader(text));
    }

    private static Map<String, VEvent> byUid(Calendar calendar) {
        Map<String, VEvent> events = new HashMap<>();
        for (Component c : calendar.getComponents(Component.VEVENT)) {
            events.put(value(c, Property.UID), (VEvent) c);
        }
        return events;
    }

    private static String value(Component c, String property) {
        return c.getProperty(property).map(Property::getValue).orElseThrow();
    }

    private static LocalDate date(Component c, String property) {
        Temporal t = ((DateProperty<?>) c.getProperty(property).orElseThrow()).getDate();
        return LocalDate.from(t);
    }

    @Test
    void theSeedCalendarParsesWithIcal4jAndRoundTripsEveryEventsDays() throws Exception {
        Chronology seeds = SeedChronology.seeds();
        String text = ics.render(seeds);
        Calendar calendar = parse(text);
        assertThat(calendar.validate().getEntries()).isEmpty();
        Map<String, VEvent> events = byUid(calendar);
        assertThat(events).hasSize(seeds.timeline().size());
        for (Event e : seeds.timeline()) {
            VEvent v = events.get(IcsRenderer.uid(e.id()));
            assertThat(v).as(e.id()).isNotNull();
            assertThat(date(v, Property.DTSTART)).as(e.id()).isEqualTo(e.when().earliestDay());
            assertThat(date(v, Property.DTEND)).as(e.id()).isEqualTo(e.when().latestDay().plusDays(1));
            assertThat(value(v, Property.SUMMARY)).isEqualTo(e.title());
            assertThat(value(v, Property.DESCRIPTION)).contains(e.sources().get(0).sentence());
            assertThat(value(v, Property.DTSTAMP)).isEqualTo("20251123T101530Z");
        }
    }

    @Test
    void linesEndInCrlfAndDatesAreAllDayValues() {
        String text = ics.render(SeedChronology.seeds());
        assertThat(text.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        assertThat(text).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").endsWith("END:VCALENDAR\r\n")
                .contains("DTSTART;VALUE=DATE:20110901\r\nDTEND;VALUE=DATE:20120101\r\n") // late 2011
                .contains("DTSTART;VALUE=DATE:20250903\r\nDTEND;VALUE=DATE:20250904\r\n"); // 3 Sep 2025
    }

    @Test
    void escapedTextParsesBackToTheOriginal() throws Exception {
        Event hostile = SeedChronology.hostile();
        VEvent v = byUid(parse(ics.render(SeedChronology.of(hostile)))).get(IcsRenderer.uid(hostile.id()));
        assertThat(value(v, Property.SUMMARY)).isEqualTo(hostile.title());
        assertThat(value(v, Property.DESCRIPTION)).contains(hostile.sources().get(0).sentence());
    }

    @Test
    void theUidDependsOnTheEventIdOnly() {
        assertThat(IcsRenderer.uid("2015-victory-day-parade")).isEqualTo(IcsRenderer.uid("2015-victory-day-parade"))
                .isNotEqualTo(IcsRenderer.uid("2015-victory-day-parade2")).matches("[0-9a-f]{32}@timeline");
        List<String> first = SeedChronology.seeds().timeline().stream().map(e -> IcsRenderer.uid(e.id())).toList();
        assertThat(first).doesNotHaveDuplicates();
    }
}
