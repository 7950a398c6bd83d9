package dev.timeline.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.timeline.Event;
import dev.timeline.timeline.Source;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class BuildTimelineByHandTest {

    @Test
    void printsTheTimelineTheAnswersAndAnEqualRoundTrip() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        BuildTimelineByHand.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);
        System.out.print(out);
        assertThat(out).contains("late 2011", "Kim Jong Un takes power", "31 Aug – 3 Sep 2025")
                .contains("What happened in 2025?\n  31 Aug – 3 Sep 2025    Vladimir Putin in China\n"
                        + "  October 2025           Workers' Party 80th anniversary\n")
                .contains("What certainly precedes 2018?\n  late 2011              Kim Jong Un takes power\n"
                        + "  3 Sep 2015             Victory Day parade in Beijing\n")
                .contains("read back equal: true");
    }

    @Test
    void sourcesQuoteTheSeedArticlesAtTheirSpans() throws IOException {
        Path seeds = Path.of("..", "seeds");
        for (Event event : BuildTimelineByHand.seedTimeline()) {
            for (Source source : event.sources()) {
                String text = Files.readString(seeds.resolve(source.documentId()), StandardCharsets.UTF_8);
                assertThat(text.substring(source.start(), source.end())).as(event.id()).isEqualTo(source.sentence());
            }
        }
    }
}
