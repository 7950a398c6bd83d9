package dev.timeline.examples;

import dev.timeline.json.TimelineJson;
import dev.timeline.time.Modifier;
import dev.timeline.time.TimePoint;
import dev.timeline.time.When;
import dev.timeline.timeline.Event;
import dev.timeline.timeline.EventType;
import dev.timeline.timeline.Source;
import dev.timeline.timeline.Timeline;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Builds the seed card's timeline by hand, asks it a few questions and round-trips it through JSON.
 *
 * <p>Run with {@code mvn -B -q install -DskipTests && mvn -B -q exec:java -pl timeline-examples
 * -Dexec.mainClass=dev.timeline.examples.BuildTimelineByHand}. The sources point at sentences of the seed articles
 * in {@code seeds/} (UTF-16 offsets, end exclusive).
 */
public final class BuildTimelineByHand {
    private BuildTimelineByHand() {}

    /** Returns the five events of the seed card as a timeline. */
    public static Timeline seedTimeline() {
        Event kimTakesPower = Event.builder("kim-takes-power",
                        When.ofYear(2011).withModifier(Modifier.END), "Kim Jong Un takes power")
                .type(EventType.TAKEOVER).participant("Kim Jong Un").place("North Korea")
                .source(Source.of("000_3237690696da5641.txt", 161, 292, "The visit will mark Kim’s first appearance"
                        + " at a major multilateral event with other world leaders since he took power in late 2011."))
                .build();
        Event parade2015 = Event.builder("victory-day-parade-2015",
                        When.ofDay(LocalDate.of(2015, 9, 3)), "Victory Day parade in Beijing")
                .type(EventType.PARADE).place("Beijing")
                .description("North Korea sent a senior official instead of its leader.")
                .source(Source.of("004_813370ce4994b958.txt", 1697, 1822, "Kim’s presence is an upgrade from the"
                        + " 2015 Victory Day parade, when North Korea sent a senior official instead of its leader."))
                .build();
        Event kimVisitsChina = Event.builder("kim-visits-china-2018-2019",
                        When.range(TimePoint.ofYear(2018), TimePoint.ofYear(2019)), "Kim Jong Un's visits to China")
                .type(EventType.VISIT).participant("Kim Jong Un").participant("Xi Jinping").place("China")
                .attribute("count", "4")
                .source(Source.of("000_3237690696da5641.txt", 3534, 3699, "Kim’s trip could also signal an interest"
                        + " in reengaging with the US, as his previous visits to China in 2018–2019 preceded"
                        + " high-level nuclear negotiations with Trump."))
                .build();
        Event putinInChina = Event.builder("putin-in-china-2025",
                        When.range(TimePoint.ofDay(LocalDate.of(2025, 8, 31)), TimePoint.ofDay(LocalDate.of(2025, 9, 3))),
                        "Vladimir Putin in China")
                .type(EventType.VISIT).participant("Vladimir Putin").participant("Xi Jinping").place("China")
                .source(Source.of("001_4778b72c609e3389.txt", 775, 927, "The Kremlin confirmed that Russian President"
                        + " Putin will be in China from Aug. 31 to Sept. 3, raising the prospect of a three-way summit"
                        + " with Xi and Kim."))
                .build();
        Event wpk80 = Event.builder("wpk-80th-anniversary",
                        When.of(TimePoint.ofMonth(YearMonth.of(2025, 10))), "Workers' Party 80th anniversary")
                .type(EventType.ANNIVERSARY).participant("Workers' Party of Korea").place("Pyongyang")
                .source(Source.of("000_3237690696da5641.txt", 3329, 3534, "Experts suggest Kim may seek additional"
                        + " support from China to prepare for major domestic celebrations, including the 80th"
                        + " anniversary of the ruling Workers’ Party in October and a party congress next year."))
                .build();
        // Added in any order: the timeline sorts them.
        return Timeline.builder().add(wpk80).add(putinInChina).add(kimTakesPower).add(kimVisitsChina)
                .add(parade2015).build();
    }

    /** Prints the timeline, the answers to a few queries and the JSON round trip to {@code out}. */
    public static void run(PrintStream out) {
        Timeline timeline = seedTimeline();
        out.println("The seed card, in order:");
        timeline.forEach(e -> out.println("  " + line(e)));

        print(out, "What happened in 2025?", timeline.overlapping(When.ofYear(2025)));
        print(out, "What certainly precedes 2018?", timeline.certainlyBefore(When.ofYear(2018)));
        print(out, "What may have happened on 1 Sep 2025?", timeline.on(LocalDate.of(2025, 9, 1)));
        print(out, "Visits:", timeline.ofType(EventType.VISIT));
        print(out, "Involving Xi Jinping:", timeline.involving("Xi Jinping"));
        out.println("By year of the earliest day:");
        timeline.byYear().forEach((year, events) -> out.println("  " + year + ": " + events.size()
                + (events.size() == 1 ? " event" : " events")));
        out.println("Overall span: " + timeline.span().map(days -> days.getStart() + " to " + days.getEndInclusive()
                + " inclusive").orElse("none"));

        String json = TimelineJson.write(timeline);
        Timeline back = TimelineJson.read(json);
        out.println("JSON: " + json.length() + " characters; read back equal: " + back.equals(timeline));
        out.println("The first event as JSON:");
        out.println(TimelineJson.mapper().writerWithDefaultPrettyPrinter()
                .writeValueAsString(timeline.first().orElseThrow()));
    }

    /** Runs the example on standard output. */
    public static void main(String[] args) {
        run(System.out);
    }

    private static void print(PrintStream out, String question, List<Event> answer) {
        out.println(question);
        if (answer.isEmpty()) {
            out.println("  (nothing)");
        }
        answer.forEach(e -> out.println("  " + line(e)));
    }

    private static String line(Event e) {
        return String.format("%-22s %s", e.when().label(), e.title());
    }
}
