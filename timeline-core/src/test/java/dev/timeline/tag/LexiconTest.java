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

    @Test
    void aKnownWordIsFoundByItsCharactersAndSharesOneString() {
        Token monday = Tokenizer.tokenize("MONDAY").get(0);
        assertThat(monday.cat).isEqualTo(Cat.WEEKDAY);
        assertThat(monday.num).isEqualTo(1);
        // the lexicon's words and the common words are one String each, the one the rules' literals are
        assertThat(monday.low).isSameAs("monday");
        assertThat(Tokenizer.tokenize("The").get(0).low).isSameAs("the");
        assertThat(Tokenizer.tokenize("Thee").get(0).low).isEqualTo("thee");
    }

    @Test
    void everyEntryIsFoundAsTheMapHasIt() {
        for (String w : new String[] {"jan", "sept", "thursdays", "hundred", "twentieth", "wintertime", "overnight",
                "tonight", "upcoming", "mid", "biweekly", "presently", "numerous", "a", "government"}) {
            char[] low = w.toCharArray();
            Lexicon.Word found = Lexicon.find(low, low.length, w.hashCode());
            assertThat(found).as(w).isNotNull();
            assertThat(found.text()).isEqualTo(w);
            assertThat(found.entry()).as(w).isEqualTo(Lexicon.lookup(w));
        }
        char[] longer = "mondays".toCharArray();
        assertThat(Lexicon.find(longer, 3, "mon".hashCode()).text()).isEqualTo("mon");
        assertThat(Lexicon.find("zebra".toCharArray(), 5, "zebra".hashCode())).isNull();
    }
}
