package dev.timeline.render;

import dev.timeline.chronology.Chronology;
import dev.timeline.timeline.Event;
import dev.timeline.timeline.Source;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Objects;

/**
 * iCalendar (RFC 5545): one all-day {@code VEVENT} per event with known days, for calendar applications.
 *
 * <ul>
 * <li>{@code DTSTART;VALUE=DATE} is the first day the event may fall on and {@code DTEND;VALUE=DATE} the day after the
 * last (the end is exclusive): "2015" runs from 20150101 to 20160101, "late 2011" from 20110901 to 20120101. Times of
 * day are not kept.</li>
 * <li><b>Open-ended values</b> ("before 1986", "after 2011") have no day a calendar could show without claiming a date
 * the text does not give. Each becomes a {@code VJOURNAL} without {@code DTSTART}: a note kept in the file with its
 * title, description and sources, which calendar applications list in no day (most do not show journal entries at
 * all). The calendar's {@code X-WR-CALDESC} says how many there are. No event is dropped, none is misdated.</li>
 * <li>{@code UID} is {@code <first 32 hex digits of the SHA-256 of the event id>@timeline}: stable across runs, so a
 * calendar updates an event instead of duplicating it.</li>
 * <li>{@code DTSTAMP} is the time of rendering, in UTC, from the clock given (to the second).</li>
 * <li>{@code SUMMARY} is the title; {@code DESCRIPTION} the date as written ("late 2011"), the type, participants,
 * places and every source with its quoted sentence; {@code CATEGORIES} the type.</li>
 * <li>Lines end in CRLF and are folded at 75 octets of UTF-8 without splitting a character; text values escape
 * {@code \ ; ,} and line breaks.</li>
 * </ul>
 */
public final class IcsRenderer implements Renderer {
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'");
    private final Clock clock;

    /** Creates the renderer stamping events with the current time; prefer {@link Renderers#forFormat(String)}. */
    public IcsRenderer() {
        this(Clock.systemUTC());
    }

    /** Creates the renderer stamping events ({@code DTSTAMP}) with the time of {@code clock}. */
    public IcsRenderer(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public String format() {
        return "ics";
    }

    @Override
    public void render(Chronology chronology, Appendable out) throws IOException {
        String stamp = STAMP.format(clock.instant().truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC));
        IcsLines.write(out, "BEGIN:VCALENDAR");
        IcsLines.write(out, "VERSION:2.0");
        IcsLines.write(out, "PRODID:-//dev.timeline//timeline chronology//EN");
        IcsLines.write(out, "CALSCALE:GREGORIAN");
        long open = chronology.timeline().stream().filter(e -> CalendarSpan.of(e.when()).isOpen()).count();
        if (open > 0) {
            IcsLines.write(out, "X-WR-CALDESC:" + IcsLines.text(open + (open == 1 ? " event is" : " events are")
                    + " open-ended (such as \"before 1986\") and kept as journal entries (VJOURNAL) without a day"));
        }
        for (Event e : chronology.timeline()) {
            CalendarSpan span = CalendarSpan.of(e.when());
            String component = span.isOpen() ? "VJOURNAL" : "VEVENT";
            IcsLines.write(out, "BEGIN:" + component);
            IcsLines.write(out, "UID:" + uid(e.id()));
            IcsLines.write(out, "DTSTAMP:" + stamp);
            if (!span.isOpen()) {
                IcsLines.write(out, "DTSTART;VALUE=DATE:" + date(span.first()));
                IcsLines.write(out, "DTEND;VALUE=DATE:" + date(span.last().plusDays(1)));
            }
            IcsLines.write(out, "SUMMARY:" + IcsLines.text(e.title()));
            IcsLines.write(out, "DESCRIPTION:" + IcsLines.text(description(e, span)));
            IcsLines.write(out, "CATEGORIES:" + IcsLines.text(e.type().name()));
            if (!span.isOpen()) {
                IcsLines.write(out, "TRANSP:TRANSPARENT");
            }
            IcsLines.write(out, "END:" + component);
        }
        IcsLines.write(out, "END:VCALENDAR");
    }

    /** The {@code UID} of the event with id {@code eventId}. */
    static String uid(String eventId) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(eventId.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16) + "@timeline";
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError("every Java platform has SHA-256", e);
        }
    }

    private static String date(LocalDate day) {
        return DATE.format(day); // CalendarSpan keeps to the years 0000-9999; DTEND may be 10000-01-01 at most
    }

    private static String description(Event e, CalendarSpan span) {
        StringBuilder d = new StringBuilder(Labels.of(e.when()));
        if (span.isOpen()) {
            d.append(" (open-ended: no day is known, so this is a journal entry, not a calendar event)");
        }
        d.append(" · ").append(e.type().name());
        if (!e.participants().isEmpty()) {
            d.append("\nParticipants: ").append(String.join(", ", e.participants()));
        }
        if (!e.places().isEmpty()) {
            d.append("\nPlaces: ").append(String.join(", ", e.places()));
        }
        e.description().ifPresent(text -> d.append('\n').append(text));
        for (Source s : e.sources()) {
            d.append("\n").append(s.documentId());
            if (!s.sentence().isEmpty()) {
                d.append(": “").append(s.sentence()).append('”');
            }
        }
        return d.toString();
    }
}
