package dev.timeline.tag;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LexiconTest {
    @Test
    void secondIsAnOrdinalAndAUnit() {
        Token second = Tokenizer.tokenize("second").get(0);
        assertThat(second.cat).isEqualTo(Cat.ORDINAL);
        assertThat(second.num).isEqualTo(2);
        assertThat(second.has(Cat.UNIT)).isTrue();
        assertThat(second.num(Cat.UNIT)).isEqualTo(Unit.SECOND.ordinal());
    }

    @Test
    void aWordWithOneClassHasNoOther() {
        Token third = Tokenizer.tokenize("third").get(0);
        assertThat(third.has(Cat.ORDINAL)).isTrue();
        assertThat(third.has(Cat.UNIT)).isFalse();
        assertThat(third.num(Cat.UNIT)).isEqualTo(-1);
    }

    @Test
    void qualifiersAndPrefixesAreReadAsWordsNotClasses() {
        // "about", "end of" and "once" are read by Prefix and AmountRules as words: the lexicon gives them no class
        assertThat(Tokenizer.tokenize("about end once soon").stream().map(t -> t.cat)).containsOnly(Cat.OTHER);
    }
}
