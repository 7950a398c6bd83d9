package dev.timeline.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.timeline.chronology.Chronology;
import dev.timeline.timeline.Event;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlRendererTest {
    private final HtmlRenderer html = new HtmlRenderer();

    private static int count(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void markupInADocumentShowsAsText() {
        String page = html.render(SeedChronology.of(SeedChronology.hostile()));
        assertThat(page).doesNotContain("<script").doesNotContain("<img")
                .contains("&lt;script&gt;alert(&#39;t&#39;)&lt;/script&gt; A, B; C\\D")
                .contains("He said &quot;&lt;script&gt;alert(1)&lt;/script&gt;&quot; &amp;amp; left;")
                .contains("doc&lt;img src=x onerror=alert(1)&gt;");
    }

    @Test
    void aLegendOfManyTypesListsTheMostFrequentAndCountsTheRest() {
        java.util.List<Event> events = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            events.add(Event.builder("e" + i, dev.timeline.time.When.parse("2010-05-" + (10 + i)), "Event " + i)
                    .type(dev.timeline.timeline.EventType.of("type" + (char) ('a' + i))).build());
        }
        for (int i = 0; i < 3; i++) { // the last type, the most frequent
            events.add(Event.builder("t" + i, dev.timeline.time.When.parse("2010-06-0" + (1 + i)), "Often " + i)
                    .type(dev.timeline.timeline.EventType.of("typet")).build());
        }
        String page = html.render(SeedChronology.of(events.toArray(new Event[0])));
        String legend = page.substring(page.indexOf("<ul class=\"legend\">"), page.indexOf("</ul>"));
        assertThat(count(legend, "class=\"swatch\"")).isEqualTo(15);
        assertThat(legend).contains(">typet</li>").contains("and 5 more types");
        // a few types: all of them, no count
        String seeds = html.render(SeedChronology.seeds());
        assertThat(seeds.substring(seeds.indexOf("<ul class=\"legend\">"), seeds.indexOf("</ul>")))
                .doesNotContain("more types");
    }

    @Test
    void anchorsOfOddIdsAreSafeInAUrl() {
        String page = html.render(SeedChronology.of(SeedChronology.hostile()));
        assertThat(page).contains("id=\"ev-x.3c.1.3e..26..22..27.\"").contains("href=\"#ev-x.3c.1.3e..26..22..27.\"")
                .contains("id=\"mk-x.3c.1.3e..26..22..27.\"");
    }

    @Test
    void thePageIsSelfContained() {
        String page = html.render(SeedChronology.seeds());
        assertThat(page).doesNotContain("<script").doesNotContain("<link").doesNotContain("src=")
                .doesNotContain("@import").doesNotContain("url(http");
        assertThat(page.replace("xmlns=\"http://www.w3.org/2000/svg\"", "")).doesNotContain("http:")
                .doesNotContain("https:");
    }

    @Test
    void everySeedEventHasOneMarkAndOneEntryLinkedBothWays() {
        Chronology seeds = SeedChronology.seeds();
        String page = html.render(seeds);
        assertThat(count(page, "<a class=\"mark\"")).isEqualTo(seeds.timeline().size());
        for (Event e : seeds.timeline()) {
            String entry = Anchors.entry(e.id());
            String mark = Anchors.mark(e.id());
            assertThat(page).contains("<li class=\"event\" id=\"" + entry + "\"")
                    .contains("id=\"" + mark + "\" href=\"#" + entry + "\"")
                    .contains("<a href=\"#" + mark + "\">on the chart</a>");
        }
    }

    @Test
    void theSeedClusterIsMagnified() {
        String page = html.render(SeedChronology.seeds());
        // the window holds the busy days of the story, from the summit of 25 Aug to the parade of 3 Sep
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("Magnified: (\\d+) Aug 2025 – (\\d+) Sep 2025")
                .matcher(page);
        assertThat(m.find()).as("a magnified window from August to September 2025").isTrue();
        assertThat(Integer.parseInt(m.group(1))).isLessThanOrEqualTo(25);
        assertThat(Integer.parseInt(m.group(2))).isGreaterThanOrEqualTo(3);
        assertThat(page).contains("magnified below");
    }

    @Test
    void aDayIsAPointAndImpreciseDatesAreFadingDashedBars() {
        String page = html.render(SeedChronology.of(SeedChronology.shapes().toArray(Event[]::new)));
        assertThat(count(page, "<circle class=\"day\"")).isEqualTo(1);
        assertThat(count(page, "<rect class=\"bar fuzzy\"[^>]*fill=\"url\\(#g")).isEqualTo(5);
        assertThat(page).contains("<linearGradient id=\"g9-10-10\">") // open towards the past: rises all the way
                .contains("<linearGradient id=\"g9-0-0\">") // open towards the future
                .contains("<linearGradient id=\"g9-5-5\">") // 2018–2019: certain only at the turn of the year
                .contains("<linearGradient id=\"g9-3-8\">"); // a month or "late 2011": fading quarters
    }

    @Test
    void aThousandEventsAreDrawnAsDensityButAllListed() {
        Event[] many = new Event[1000];
        for (int i = 0; i < many.length; i++) {
            many[i] = Event.of("e" + i, dev.timeline.time.When.ofDay(java.time.LocalDate.of(1900, 1, 1).plusDays(i * 37L)),
                    "event " + i);
        }
        String page = html.render(SeedChronology.of(many));
        assertThat(count(page, "<a class=\"mark\"")).isZero();
        assertThat(count(page, "<rect class=\"col\"")).isPositive();
        assertThat(count(page, "<li class=\"event\"")).isEqualTo(1000);
    }

    @Test
    void aBlankTitleIsRefused() {
        assertThatThrownBy(() -> new HtmlRenderer(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("title must not be blank");
    }
}
