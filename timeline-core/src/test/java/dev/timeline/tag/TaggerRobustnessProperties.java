package dev.timeline.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class TaggerRobustnessProperties {
    // strict: a rule that throws fails the property instead of hiding behind the tagger's safety net
    private static final Tagger TAGGER = Tagger.builder().strict(true).build();
    private static final Tagger DAY_FIRST = Tagger.builder().dayFirst(true).strict(true).build();
    private static final String[] WORDS = {"next", "last", "this", "the", "early", "late", "mid", "end", "of", "Sept.",
            "May", "march", "Aug", "31", "3", "2025", "1999", "19", "08/28/2025", "2025-02-30", "Feb.", "29", "30",
            "Thursday", "Fridays", "morning", "noon", "p.m.", "a.m", "10:35", "24:99", "ago", "earlier", "later",
            "from", "now", "a", "few", "weeks", "year", "years", "quarter", "third", "first", "half", "century",
            "20th", "'98", "'80s", "1990s", "every", "twice", "times", "per", "daily", "fiscal", "year-earlier",
            "–", "—", "-", "/", ":", ",", ".", "to", "through", "between", "and", "about", "nearly", "more", "than",
            "at", "least", "up", "six", "twenty", "four", "hundred", "70-minute", "summer", "fall", "today",
            "yesterday", "tonight", "recently", "current", "recent", "past", "coming", "following", "that", "day",
            "\u00a0", "\ud83d\ude00", "\u2019", "9999", "0000", "00", "0", "123456789012345", "GMT", "local", "time",
            "Q3", "Q", "H1", "FY", "FY25", "nineties", "two", "thousand", "Easter", "week", "Election", "Day", "Now",
            "(", ")", "'s", "in", "the", "weekend", "nights", "decades", "-long", "then", "planned", "be", "will",
            "\"", "This", "Week", "today's", "youth", "near", "term", "full", "period", "latest", "previous"};

    @Property(tries = 40_000)
    void temporalWordSoupNeverBreaksInvariants(@ForAll("soup") String text) {
        check(text, TAGGER, Anchor.news(LocalDate.of(2025, 8, 28)));
        check(text, DAY_FIRST, Anchor.narrative(LocalDate.of(2000, 1, 1)));
    }

    @Property(tries = 40_000)
    void arbitraryUnicodeNeverBreaksInvariants(@ForAll("unicode") String text) {
        check(text, TAGGER, Anchor.news(LocalDate.of(2025, 8, 28)));
    }

    @Property(tries = 30_000)
    void extremeReferenceDatesNeverBreakInvariants(@ForAll("soup") String text, @ForAll("extremeDates") LocalDate d) {
        check(text, TAGGER, Anchor.news(d));
        check(text, TAGGER, Anchor.none());
    }

    @Provide
    Arbitrary<String> soup() {
        Arbitrary<String> word = Arbitraries.of(WORDS);
        Arbitrary<String> sep = Arbitraries.of(" ", "", " ", "-", ", ", "\n", "\u2013", "\u00a0");
        return Combinators.combine(word, sep).as((w, s) -> w + s).list().ofMaxSize(14)
                .map(parts -> String.join("", parts));
    }

    @Provide
    Arbitrary<String> unicode() {
        Arbitrary<Character> chars = Arbitraries.oneOf(Arbitraries.chars().all(),
                Arbitraries.chars().with('\ud83d', '\ude00', '\u00a0', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014',
                        '\u2015', '\u2212', '-', '\'', '.', '/', ':', ' '),
                Arbitraries.chars().range('0', '9'), Arbitraries.chars().alpha());
        return chars.list().ofMaxSize(60).map(cs -> {
            StringBuilder b = new StringBuilder(cs.size());
            cs.forEach(b::append);
            return b.toString();
        });
    }

    @Provide
    Arbitrary<LocalDate> extremeDates() {
        return Arbitraries.of(LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31), LocalDate.of(2000, 2, 29),
                LocalDate.of(1999, 12, 31), LocalDate.of(2024, 12, 30), LocalDate.MIN, LocalDate.MAX);
    }

    private static void check(String text, Tagger tagger, Anchor anchor) {
        List<Mention> found = tagger.tag(text, anchor);
        int previousEnd = 0;
        for (Mention m : found) {
            assertThat(m.start()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(m.end()).isGreaterThan(m.start()).isLessThanOrEqualTo(text.length());
            assertThat(m.text()).isEqualTo(text.substring(m.start(), m.end()));
            assertThat(m.value()).isNotEmpty().doesNotContain("null");
            assertThat(m.timexValue()).as("time value of %s", m).isPresent();
            previousEnd = m.end();
        }
    }
}
