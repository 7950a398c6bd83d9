package dev.timeline.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The words of names that the part-of-speech model misreads, retagged as proper nouns by the language layer. */
class NamePartsTest {
    /** The Penn tags of the tokens of {@code text}, as "word/TAG" joined by spaces. */
    private static String tagged(String text) {
        List<Token> tokens = LanguageLayer.english().analyze(text).tokens();
        return String.join(" ", tokens.stream().map(t -> t.text() + "/" + t.pos()).toList());
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', value = {
        // misread as an adverb, a pronoun, a conjunction, a verb: the model's guesses for names it has not seen
        "UN special envoy Mohamed Sahnoun arrived to arrange talks on Monday.|Mohamed/NNP",
        "Secretary of State Madeleine Albright will attend the meeting in Paris.|Albright/NNP",
        "Former prime minister Yegor Gaidar said the reform had failed.|Yegor/NNP",
        "The opposition leader Aung San Suu Kyi was released on Sunday.|Aung/NNP",
        "US boxing legend Muhammed Ali arrived in Berlin on Friday.|Muhammed/NNP",
        // two misread words open the sentence: the second is an adjective that no adjective's ending explains
        "Hong Kong democracy leader Martin Lee scoffed at the plan on Monday.|Hong/NNP Kong/NNP",
        // a function word between two words of a name
        "Dong Tam Long An Tile downed Singapore's Tamin Rovers 2-0 on Sunday.|Long/NNP An/NNP",
        // a word the model did not know right before a verb is its subject, alone or opening the sentence
        "Australian flag carrier Qantas agreed on Thursday to a takeover bid.|Qantas/NNP agreed/VBD",
        "Qantas agreed on Thursday to a takeover bid by a private equity group.|Qantas/NNP agreed/VBD",
        // a word in capitals alone in running text is an acronym, whatever the model read
        "A graduate of Cambridge University, he joined BP 30 years ago.|BP/NNP",
        // a title's abbreviation before a name, where the sentence opens too
        "Rep. Ana Voss late Thursday retracted her apology.|Rep./NNP Ana/NNP",
    })
    void readsAMisreadWordOfANameAsAProperNoun(String text, String expected) {
        assertThat(tagged(text)).contains(expected);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', value = {
        // a function word next to a name, an adverb opening the sentence, a clause after a quotation mark
        "However Kim said the Washington Post and The Times had agreed.|However/RB",
        "However Kim said the Washington Post and The Times had agreed.|The/DT",
        "He said: \"The Serbians won the match, and When I came he left.\"|The/DT",
        // an adjective whose ending is an adjective's or a people's
        "He met the Hong Kong Democratic leader and often criticized him.|Democratic/JJ",
        // a headline in title case keeps its verbs
        "Obama Visits the Gulf Coast As BP Says It Will Pay|Visits/VBZ",
        // a clause's first word before a verb stays an imperative, an adverb or a pronoun
        "There are no plans, officials said on Monday.|There/PRP",
        "Nothing happened after the rebels left on Monday.|Nothing/PRP",
        "Stop worrying about the markets, he said.|Stop/VB",
        // words in capitals side by side are a headline's, not acronyms
        "THE NEW PARADIGM FOR FINANCIAL MARKETS was reviewed by the paper.|THE/DT",
    })
    void leavesFunctionWordsClauseOpenersAdjectivesAndHeadlinesAlone(String text, String expected) {
        assertThat(tagged(text)).contains(expected);
    }
}
