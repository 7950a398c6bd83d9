package dev.timeline.happening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.document.Document;
import dev.timeline.tag.TimeTagger;
import dev.timeline.timeline.Event;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each entry of {@code not-happenings.txt}, {@code level-verbs.txt} and {@code mood-nouns.txt} with its example: the
 * example makes no chronology event of its verb or noun.
 */
class NotHappeningsExamplesTest {
    static Stream<Arguments> entries() throws IOException {
        return Stream.of("not-happenings.txt", "level-verbs.txt", "mood-nouns.txt").flatMap(r -> {
            try {
                return entries(r);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    private static Stream<Arguments> entries(String resource) throws IOException {
        try (InputStream in = Lexicons.class.getResourceAsStream(resource)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> {
                String[] parts = l.split("\t#", 2);
                assertThat(parts).as("an entry and its example: %s", l).hasSize(2);
                return Arguments.of(parts[0].strip(), parts[1].strip());
            }).toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("entries")
    void theExampleMakesNoEventOfItsVerb(String lemma, String example) {
        assertThat(EventExtractor.using(TimeTagger.english())
                .extract(Document.of("d", example), Optional.of(LocalDate.of(2025, 8, 28))))
                .extracting(Event::title).noneMatch(t -> t.toLowerCase(java.util.Locale.ROOT).contains(" "
                        + lemma.substring(0, Math.min(lemma.length(), 4))));
    }
}
