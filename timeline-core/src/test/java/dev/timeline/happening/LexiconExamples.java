package dev.timeline.happening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.document.Document;
import dev.timeline.tag.TimeTagger;
import dev.timeline.timeline.Event;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** Reads the entries of a lexicon resource of this package with their examples, for the tests that check them. */
final class LexiconExamples {
    private LexiconExamples() {
    }

    /** One argument pair (entry, example) for each entry line of each of {@code resources}, in order. */
    static Stream<Arguments> of(String... resources) {
        return Stream.of(resources).flatMap(LexiconExamples::read);
    }

    /** The chronology events of an example, written on Thursday 28 Aug 2025 as every lexicon's examples are. */
    static List<Event> events(String example) {
        return EventExtractor.using(TimeTagger.english()).extract(Document.of("d", example),
                Optional.of(LocalDate.of(2025, 8, 28)));
    }

    /** The titles of the chronology events of {@code text}, written on Thursday 28 Aug 2025. */
    static List<String> titles(String text) {
        return events(text).stream().map(Event::title).toList();
    }

    /** Each chronology event of {@code text} as its TIMEX3 value and title ("2025-08-25 Ana Reyes is elected"). */
    static List<String> dated(String text) {
        return events(text).stream().map(e -> e.when().timexValue() + " " + e.title()).toList();
    }

    private static Stream<Arguments> read(String resource) {
        try (InputStream in = Lexicons.class.getResourceAsStream(resource)) {
            assertThat(in).as("resource %s", resource).isNotNull();
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> {
                String[] parts = l.split("\t#", 2);
                assertThat(parts).as("an entry and its example: %s", l).hasSize(2);
                return Arguments.of(parts[0].strip(), parts[1].strip());
            }).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
