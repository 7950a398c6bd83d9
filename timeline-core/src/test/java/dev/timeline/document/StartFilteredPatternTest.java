package dev.timeline.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class StartFilteredPatternTest {
    private static final List<String> EXPRESSIONS = List.of(
            "\\b(visit(s|ed|ing)?(?= [A-Z]))\\b",
            "(?i)\\b(press )?(briefing|statement)s?\\b",
            "\\b(joined|joins) ((a|the) [\\w ]{0,30}(parade|talks))\\b",
            "(?i)\\b(after|before|ahead of|since)\\b",
            ",\\s+[A-Z][a-z]+\\.?\\s+\\d{1,2},\\s+\\d{4}\\.?\\s*$",
            "\\b'll\\b|\\b_x\\b|\\b9\\d+\\b",
            "^(?:Kim|9)\\w*");

    /** The spans of {@link Matcher#find}, one after another. */
    private static List<String> find(Pattern p, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(m.start() + "-" + m.end() + ":" + m.group());
        }
        return out;
    }

    private static List<String> search(StartFilteredPattern p, String text) {
        List<String> out = spans(p.search(text));
        assertThat(spans(p.search(StartFilteredPattern.Text.of(text)))).as("read beforehand").isEqualTo(out);
        return out;
    }

    private static List<String> spans(StartFilteredPattern.Search s) {
        List<String> out = new ArrayList<>();
        while (s.find()) {
            out.add(s.match().start() + "-" + s.match().end() + ":" + s.match().group());
        }
        return out;
    }

    @Test
    void findsWhatMatcherFindFinds() {
        String text = "Kim visited Beijing; revisits Paris, visiting Seoul. PRESS BRIEFINGS after_x he'll _x 901 "
                + "joined the parade\u0301, joined the military parade ahead of talks. Kessel, March 12, 2021.";
        for (String regex : EXPRESSIONS) {
            assertThat(search(StartFilteredPattern.compile(regex), text)).as(regex)
                    .isEqualTo(find(Pattern.compile(regex), text)).isNotEmpty();
        }
    }

    /** Entities' token: its look-behind sees only the "s" it has matched and the letter before. */
    private static final String LOOKING_BEHIND_WITHIN =
            "(?:[A-Z]\\.){2,}|[A-Z][\\p{L}\\d]*(?:[’'\\-][\\p{L}\\d]+)*(?:(?<=[a-z]s)[’'](?= ))?\\.?|of|for|the|and";

    @Test
    void findsWhatMatcherFindFindsWithALookBehindWithinTheMatch() {
        String text = "The U.S. and Jones' aides, of Ks' and Xs’ men: Kim Jong-un's forces. Ayers' t. THE Ss' "
                + "Xs'x Éamon's Lands' end";
        assertThat(search(StartFilteredPattern.compileWithLookBehindsWithin(LOOKING_BEHIND_WITHIN), text))
                .isEqualTo(find(Pattern.compile(LOOKING_BEHIND_WITHIN), text)).isNotEmpty();
    }

    @Property
    void findsWhatMatcherFindFindsWithALookBehindWithinTheMatchInAnyText(@ForAll("texts") String text) {
        assertThat(search(StartFilteredPattern.compileWithLookBehindsWithin(LOOKING_BEHIND_WITHIN), text))
                .isEqualTo(find(Pattern.compile(LOOKING_BEHIND_WITHIN), text));
    }

    /** Alternatives of page furniture's kind: each begins at other characters, or anywhere. */
    private static final List<String> ALTERNATIVES = List.of("\\bvisit(s|ed)?\\b", "\\bpress (briefing|statement)s?",
            ",\\s+[A-Z][a-z]+\\.?\\s+\\d{1,2}", "\\b\\d{4}; ", "^\\W{0,3}(?:photo|kim)\\s*:\\s", "\\bvisited Seoul",
            "\\| \\d{1,2}:", "s\\b");

    @Property
    void findsWhatMatcherFindFindsWithAlternativesInAnyText(@ForAll("texts") String text) {
        for (String flags : List.of("", "(?i)")) {
            assertThat(search(StartFilteredPattern.anyOf(flags, ALTERNATIVES), text)).as(flags)
                    .isEqualTo(find(Pattern.compile(flags + "(?:" + String.join(")|(?:", ALTERNATIVES) + ")"), text));
        }
    }

    @Test
    void findsTheFirstAlternativeThatMatches() {
        String text = "Kim visited Seoul, March 12 | 10: visits; Photo: PRESS BRIEFINGS 2021; x";
        for (String flags : List.of("", "(?i)")) {
            assertThat(search(StartFilteredPattern.anyOf(flags, ALTERNATIVES), text)).as(flags)
                    .isEqualTo(find(Pattern.compile(flags + "(?:" + String.join(")|(?:", ALTERNATIVES) + ")"), text))
                    .isNotEmpty();
        }
        assertThat(search(StartFilteredPattern.anyOf("", List.of("\\bvisit", "\\bvisited")), text).get(0))
                .isEqualTo("4-9:visit");
    }

    @Test
    void refusesALookBehind() {
        assertThatThrownBy(() -> StartFilteredPattern.compile("(?<!War )\\bI\\b"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void findsWhatMatcherFindFindsInAnyText(@ForAll("texts") String text) {
        for (String regex : EXPRESSIONS) {
            assertThat(search(StartFilteredPattern.compile(regex), text)).as(regex)
                    .isEqualTo(find(Pattern.compile(regex), text));
        }
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of("visit", "visited", "Seoul", " ", ", ", "the", "parade", "joined", "press", "Briefing",
                "s", "after", "ahead of", "since", "'ll", "_x", "9", "01", "March", "12", "2021", ".", "é", "\u0301",
                "\u212A", "x", "-", "Jones", "'", "’", "S", "U.", "of", "| ", "; ", "Photo", ":", "Kim", "\n", "\u00df")
                .list().ofMaxSize(16)
                .map(words -> String.join("", words));
    }
}
