package dev.timeline.benchmarks.render;

import dev.timeline.chronology.Chronology;
import dev.timeline.document.Document;
import dev.timeline.render.HtmlRenderer;
import dev.timeline.render.Renderer;
import dev.timeline.time.Modifier;
import dev.timeline.time.TimePoint;
import dev.timeline.time.When;
import dev.timeline.timeline.Event;
import dev.timeline.timeline.EventType;
import dev.timeline.timeline.Source;
import dev.timeline.timeline.Timeline;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Renders a chronology of 10,000 events to HTML. The goal is at most 1 s and 20 MB a page; the setup prints the size.
 *
 * <p>Events spread over 1900–2025 with a dense cluster in August–September 2025, as news does: 60% single days, 10%
 * weeks, 10% months, 8% years, 5% "late"/"early" years, 5% year ranges, 2% open-ended; one to three sources each with
 * a sentence of about 200 characters, some with markup to escape.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RenderHtmlBenchmark {
    @Param("10000")
    int events;

    private Chronology chronology;
    private final Renderer html = new HtmlRenderer();

    @Setup
    public void setUp() {
        chronology = generate(events, 42);
        int bytes = html.render(chronology).getBytes(StandardCharsets.UTF_8).length;
        System.out.printf("%nHTML of %,d events: %,d bytes (%.1f MB)%n", events, bytes, bytes / 1e6);
    }

    @Benchmark
    public String renderHtml() {
        return html.render(chronology);
    }

    /** Returns a reproducible chronology of {@code n} synthetic events from 50 documents. */
    public static Chronology generate(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<EventType> types = EventType.commonTypes();
        long first = LocalDate.of(1900, 1, 1).toEpochDay();
        long last = LocalDate.of(2025, 12, 31).toEpochDay();
        long clusterFirst = LocalDate.of(2025, 8, 20).toEpochDay();
        List<Event> list = new ArrayList<>(n);
        List<Document> docs = new ArrayList<>();
        for (int d = 0; d < 50; d++) {
            docs.add(Document.of("doc-" + d, "text"));
        }
        for (int i = 0; i < n; i++) {
            LocalDate day = LocalDate.ofEpochDay(random.nextInt(4) == 0 ? clusterFirst + random.nextInt(30)
                    : random.nextLong(first, last));
            int kind = random.nextInt(100);
            When when = kind < 60 ? When.ofDay(day)
                    : kind < 70 ? When.of(TimePoint.ofWeek(org.threeten.extra.YearWeek.from(day)))
                    : kind < 80 ? When.of(TimePoint.ofMonth(YearMonth.from(day)))
                    : kind < 88 ? When.ofYear(day.getYear())
                    : kind < 93
                    ? When.of(TimePoint.ofYear(day.getYear()), kind % 2 == 0 ? Modifier.END : Modifier.START)
                    : kind < 98 ? When.range(TimePoint.ofYear(day.getYear()), TimePoint.ofYear(day.getYear() + 1))
                    : When.of(TimePoint.ofYear(day.getYear()), kind % 2 == 0 ? Modifier.BEFORE : Modifier.AFTER);
            Event.Builder b = Event.builder("event-" + i, when, "Event number " + i + " with a title of some length")
                    .type(types.get(i % types.size())).participant("Person " + (i % 97)).place("Place " + (i % 31));
            for (int s = 0, sources = 1 + random.nextInt(3); s < sources; s++) {
                b.source(Source.of("doc-" + random.nextInt(50), 0, 200, sentence(i, s)));
            }
            list.add(b.build());
        }
        return Chronology.of(Timeline.copyOf(list), docs, Map.of());
    }

    private static String sentence(int i, int s) {
        return "According to officials cited on Thursday, event " + i + " (source " + s + ") took place as "
                + "planned, with <b>leaders</b> & delegations from several countries attending the \"ceremony\", "
                + "which observers described as significant.";
    }
}
