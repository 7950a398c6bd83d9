package dev.timeline.timeline;

import dev.timeline.time.Modifier;
import dev.timeline.time.TimePoint;
import dev.timeline.time.When;
import java.time.LocalDate;
import java.time.YearMonth;

/** The five events of the seed card, for tests. */
public final class SeedEvents {
    public static final Event KIM_TAKES_POWER = Event.builder("kim-takes-power",
                    When.ofYear(2011).withModifier(Modifier.END), "Kim Jong Un takes power")
            .type(EventType.TAKEOVER).participant("Kim Jong Un").place("North Korea").build();
    public static final Event PARADE_2015 = Event.builder("victory-day-parade-2015",
                    When.ofDay(LocalDate.of(2015, 9, 3)), "Victory Day parade in Beijing")
            .type(EventType.PARADE).participant("Xi Jinping").place("Beijing").build();
    public static final Event KIM_VISITS_CHINA = Event.builder("kim-visits-china-2018-2019",
                    When.range(TimePoint.ofYear(2018), TimePoint.ofYear(2019)), "Kim Jong Un visits China")
            .type(EventType.VISIT).participant("Kim Jong Un").participant("Xi Jinping").place("China")
            .source(Source.of("000_3237690696da5641.txt", 0, 10, "Kim visited China four times in 2018-2019."))
            .build();
    public static final Event PUTIN_IN_CHINA = Event.builder("putin-in-china-2025",
                    When.range(TimePoint.ofDay(LocalDate.of(2025, 8, 31)), TimePoint.ofDay(LocalDate.of(2025, 9, 3))),
                    "Vladimir Putin in China")
            .type(EventType.VISIT).participant("Vladimir Putin").participant("Xi Jinping").place("China").build();
    public static final Event WPK_80 = Event.builder("wpk-80th-anniversary",
                    When.of(TimePoint.ofMonth(YearMonth.of(2025, 10))), "Workers' Party 80th anniversary")
            .type(EventType.ANNIVERSARY).participant("Workers' Party of Korea").place("Pyongyang").build();

    private SeedEvents() {}

    /** The five events, in a scrambled order. */
    public static Timeline timeline() {
        return Timeline.of(WPK_80, PARADE_2015, KIM_TAKES_POWER, PUTIN_IN_CHINA, KIM_VISITS_CHINA);
    }
}
