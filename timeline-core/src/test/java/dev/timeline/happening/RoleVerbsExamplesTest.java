package dev.timeline.happening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each entry of {@code role-verbs.txt} with its example: the example makes a title of its verb that keeps the role
 * its "as" phrase names ("appoints X as head of the new government").
 */
class RoleVerbsExamplesTest {
    static Stream<Arguments> entries() {
        return LexiconExamples.of("role-verbs.txt");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("entries")
    void theExamplesTitleKeepsTheRole(String lemma, String example) {
        String role = example.substring(example.lastIndexOf(" as ") + 1).replaceAll("( on \\w+)?[.]$", "");
        assertThat(LexiconExamples.titles(example))
                .anyMatch(t -> t.toLowerCase(Locale.ROOT).endsWith(role.toLowerCase(Locale.ROOT)));
    }
}
