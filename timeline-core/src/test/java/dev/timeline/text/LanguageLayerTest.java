package dev.timeline.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import java.util.NoSuchElementException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class LanguageLayerTest {
    private static final LanguageLayer ENGLISH = LanguageLayer.english();

    private static AnalyzedText analyze(String text) {
        return ENGLISH.analyze(text);
    }

    private static List<String> words(AnalyzedText a) {
        return a.tokens().stream().map(Token::text).toList();
    }

    /** The first token spelled {@code word}, starting the search at character {@code from}. */
    private static Token token(AnalyzedText a, String word, int from) {
        return a.tokens().stream().filter(t -> t.start() >= from && t.text().equals(word)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no token '" + word + "' in " + a.tokens()));
    }

    private static Token token(AnalyzedText a, String word) {
        return token(a, word, 0);
    }

    private static List<String> sentenceTexts(AnalyzedText a) {
        return a.sentences().stream().map(a::textOf).toList();
    }

    /** The invariants every analysis keeps, whatever the text. */
    private static void assertWellFormed(String text, AnalyzedText a) {
        assertThat(a.text()).isEqualTo(text);
        int previousEnd = 0;
        for (int i = 0; i < a.tokens().size(); i++) {
            Token t = a.tokens().get(i);
            assertThat(t.index()).isEqualTo(i);
            assertThat(t.start()).as("start of %s", t).isGreaterThanOrEqualTo(previousEnd);
            assertThat(t.end()).as("end of %s", t).isGreaterThan(t.start()).isLessThanOrEqualTo(text.length());
            assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
            previousEnd = t.end();
        }
        int next = 0;
        for (Sentence s : a.sentences()) {
            assertThat(s.firstToken()).isEqualTo(next);
            assertThat(s.start()).isEqualTo(a.tokens().get(s.firstToken()).start());
            assertThat(s.end()).isEqualTo(a.tokens().get(s.endToken() - 1).end());
            next = s.endToken();
        }
        assertThat(next).isEqualTo(a.tokens().size());
    }

    @Test
    void tokenOffsetsPointAtTheirCharactersInTheText() {
        String text = "  The rig exploded on April 20, 2010\u2014killing 11 workers\u2014and oil\tspread "
                + "\u201Cfor weeks.\u201D";
        AnalyzedText a = analyze(text);
        assertWellFormed(text, a);
        assertThat(words(a)).containsSubsequence("rig", "exploded", "April", "20", ",", "2010", "killing", "11",
                "workers", "and", "oil", "spread", "\u201C", "for", "weeks", ".", "\u201D");
    }

    @Test
    void sentencesCoverTheTokensInOrder() {
        String text = "The strike began on Monday. Did it end? Nobody knows! Talks resume today.";
        AnalyzedText a = analyze(text);
        assertWellFormed(text, a);
        assertThat(sentenceTexts(a)).containsExactly("The strike began on Monday.", "Did it end?", "Nobody knows!",
                "Talks resume today.");
        for (Sentence s : a.sentences()) {
            assertThat(a.tokens(s)).allSatisfy(t -> assertThat(a.sentenceOf(t)).isEqualTo(s));
        }
    }

    @Test
    void aNegativeCliticIsItsOwnToken() {
        AnalyzedText a = analyze("The mayor didn't come.");
        assertThat(words(a)).containsExactly("The", "mayor", "did", "n't", "come", ".");
        assertThat(token(a, "n't").lemma()).isEqualTo("not");
        assertThat(token(a, "did").lemma()).isEqualTo("do");
    }

    @Test
    void aPossessiveCliticIsItsOwnToken() {
        AnalyzedText a = analyze("Kim's dog and the Smiths\u2019 cat met.");
        assertThat(words(a)).startsWith("Kim", "'s", "dog");
        assertThat(token(a, "Kim").end()).isEqualTo(token(a, "'s").start());
        assertThat(token(a, "'s").pos()).isEqualTo("POS");
    }

    @Test
    void aCurlyApostropheSplitsLikeAStraightOne() {
        assertThat(words(analyze("They didn\u2019t see Kim\u2019s dog."))).containsExactly("They", "did", "n\u2019t",
                "see", "Kim", "\u2019s", "dog", ".");
    }

    @Test
    void abbreviationsStayWholeAndDoNotEndTheSentence() {
        AnalyzedText a = analyze("On Sept. 3 the U.S. envoy met Dr. Smith in Paris. Then talks began.");
        assertThat(words(a)).contains("Sept.", "U.S.", "Dr.").doesNotContain("Sept", "U.S", "Dr");
        assertThat(sentenceTexts(a)).containsExactly("On Sept. 3 the U.S. envoy met Dr. Smith in Paris.",
                "Then talks began.");
    }

    @Test
    void aStateAbbreviationThatIsAWordTooIsOneOnlyWhenCapitalized() {
        assertThat(sentenceTexts(analyze("He is gravely ill. Born in Lenport, he left at ten.")))
                .containsExactly("He is gravely ill.", "Born in Lenport, he left at ten.");
        assertThat(sentenceTexts(analyze("She lives in Springfield, Ill. Doctors say she is well.")))
                .containsExactly("She lives in Springfield, Ill. Doctors say she is well.");
    }

    @Test
    void aFullStopBeforeACapitalEndsTheSentenceWhenTheWordIsNoAbbreviation() {
        // the same shape as "Dr. Smith", with a word the tokenizer does not know: the stop is a sentence end
        assertThat(sentenceTexts(analyze("They met the doctor. Smith left."))).containsExactly(
                "They met the doctor.", "Smith left.");
    }

    @Test
    void aStocksTickerIsOneWordAndEndsNoSentence() {
        // a wire writes a listed company's code and its exchange's after its name: "(BP.L)", "<RIG.N>"
        AnalyzedText a = analyze("A rig leased by BP Plc (BP.L) exploded. Transocean Ltd <RIG.N> fell. He met (U.S."
                + " officials) there.");
        assertThat(words(a)).contains("BP.L", "RIG.N").doesNotContain("L", "N");
        assertThat(sentenceTexts(a)).containsExactly("A rig leased by BP Plc (BP.L) exploded.",
                "Transocean Ltd <RIG.N> fell.", "He met (U.S. officials) there.");
        // no bracket before it, or more than three capitals after the stop: the stop is a sentence's
        assertThat(sentenceTexts(analyze("He works for BP. L Smith left."))).hasSize(2);
        assertThat(words(analyze("It is (BP.LOND) now."))).doesNotContain("BP.LOND");
    }

    @Test
    void aFullStopBeforeACommaEndsNoSentence() {
        // "La." is no abbreviation the tokenizer knows: its stop is split off, and the comma after it goes on
        assertThat(sentenceTexts(analyze("On Sunday, oil reached an oyster ground near Houma, La., owned by a"
                + " fisherman. It spread."))).containsExactly("On Sunday, oil reached an oyster ground near Houma,"
                + " La., owned by a fisherman.", "It spread.");
    }

    @Test
    void aLineOpenedByAScrapedBulletStartsASentence() {
        // "cents" is how some scraped pages write a list's bullet: a new item, not the line before going on
        assertThat(sentenceTexts(analyze("There are 15 confirmed cases.\ncents Mexico revised its toll to 101.")))
                .containsExactly("There are 15 confirmed cases.", "cents Mexico revised its toll to 101.");
        assertThat(sentenceTexts(analyze("The fund had paid out about 90\ncents on the dollar.")))
                .containsExactly("The fund had paid out about 90\ncents on the dollar.");
    }

    @Test
    void aPointInsideABrokenNumberEndsNoSentence() {
        // text extraction left a space in "1.53"; a year after a number still starts a sentence
        assertThat(sentenceTexts(analyze("Volume lagged the 1. 53 billion shares traded on Friday. It fell 4. 2010"
                + " was worse."))).containsExactly("Volume lagged the 1. 53 billion shares traded on Friday.",
                "It fell 4.", "2010 was worse.");
    }

    @Test
    void anAbbreviationThatEndsASentenceEndsItBeforeAWordThatOpensOne() {
        assertThat(sentenceTexts(analyze("The talks ended at 9 p.m. Still, the envoy stayed in the city.")))
                .containsExactly("The talks ended at 9 p.m.", "Still, the envoy stayed in the city.");
        assertThat(sentenceTexts(analyze("The bill passed the U.S. Senate at 9 p.m. Monday."))).hasSize(1);
    }

    @Test
    void aCapitalizedArticleAfterAWordInLowerCaseOpensARunInLead() {
        assertThat(sentenceTexts(analyze("Oil rigs idle in the gulf The US government has banned drilling.")))
                .containsExactly("Oil rigs idle in the gulf", "The US government has banned drilling.");
        assertThat(sentenceTexts(analyze("Oil spill in maps and graphics A massive operation is under way.")))
                .containsExactly("Oil spill in maps and graphics", "A massive operation is under way.");
        // a title or name after a word that introduces one, a letter after its noun, an article after a preposition
        assertThat(sentenceTexts(analyze("He told The Associated Press that the newspaper The Times and "
                + "the band The Horrors paid for vitamin A and influenza A virus tests in The Hague."))).hasSize(1);
    }

    @Test
    void aLineBreakEndsASentenceWithoutAFullStop() {
        assertThat(sentenceTexts(analyze("BEIJING\nThe parade began."))).containsExactly("BEIJING",
                "The parade began.");
        assertThat(sentenceTexts(analyze("Prices rose\r\nShares fell"))).containsExactly("Prices rose",
                "Shares fell");
    }

    @Test
    void aLineThatStartsInLowerCaseContinuesTheSentence() {
        String text = "Prices rose\n  sharply on Monday,\r\nanalysts said.";
        AnalyzedText a = analyze(text);
        assertWellFormed(text, a);
        assertThat(sentenceTexts(a)).containsExactly(text);
    }

    @Test
    void aBlankLineEndsTheSentenceEvenBeforeLowerCase() {
        assertThat(sentenceTexts(analyze("Prices rose\n\nsharply on Monday"))).containsExactly("Prices rose",
                "sharply on Monday");
    }

    @Test
    void aLineThatEndsOnAWordNoSentenceEndsOnGoesOnAcrossOneBlankLine() {
        assertThat(sentenceTexts(analyze("The International Olympic Committee approved the choice in\n\nAugust.")))
                .containsExactly("The International Olympic Committee approved the choice in\n\nAugust.");
        assertThat(sentenceTexts(analyze("Cities across China were vying to have their\r\n\r\nlocal symbols picked.")))
                .hasSize(1);
        // a short line may be a headline; two blank lines end the paragraph
        assertThat(sentenceTexts(analyze("Prices go up in\n\nAugust."))).hasSize(2);
        assertThat(sentenceTexts(analyze("The committee approved the new choice of the\n\n\nAugust."))).hasSize(2);
    }

    @Test
    void irregularVerbsHaveTheirDictionaryForm() {
        AnalyzedText a = analyze("She said the troops went home and the talks began.");
        assertThat(token(a, "said").lemma()).isEqualTo("say");
        assertThat(token(a, "went").lemma()).isEqualTo("go");
        assertThat(token(a, "began").lemma()).isEqualTo("begin");
    }

    @Test
    void regularVerbsLoseTheirSuffix() {
        AnalyzedText a = analyze("The minister announced that the strike stopped. She studies the plan.");
        assertThat(token(a, "announced").lemma()).isEqualTo("announce");
        assertThat(token(a, "stopped").lemma()).isEqualTo("stop");
        assertThat(token(a, "studies").lemma()).isEqualTo("study");
    }

    @Test
    void aStemInAVowelPairAndTKeepsNoSilentE() {
        AnalyzedText a = analyze("The show was repeated after rebels defeated the army and a raft floated; "
                + "officials created and negotiated a deal.");
        assertThat(token(a, "repeated").lemma()).isEqualTo("repeat");
        assertThat(token(a, "defeated").lemma()).isEqualTo("defeat");
        assertThat(token(a, "floated").lemma()).isEqualTo("float");
        assertThat(token(a, "created").lemma()).isEqualTo("create");
        assertThat(token(a, "negotiated").lemma()).isEqualTo("negotiate");
    }

    @Test
    void aStemInOreTakesItsSilentEAndOneInOrDoesNot() {
        AnalyzedText a = analyze("The spokesman underscored the risk, engineers restored power and the mayor deplored"
                + " the delay; the city honored the dead and monitored the river.");
        assertThat(List.of("underscored", "restored", "deplored", "honored", "monitored"))
                .extracting(w -> token(a, w).lemma())
                .containsExactly("underscore", "restore", "deplore", "honor", "monitor");
    }

    @Test
    void aStemInUkOrInAmAfterAConsonantTakesItsSilentE() {
        AnalyzedText a = analyze("Lawmakers rebuked the executive, the firm renamed its store, the city claimed the"
                + " land and the senator slammed the bill.");
        assertThat(List.of("rebuked", "renamed", "claimed", "slammed")).extracting(w -> token(a, w).lemma())
                .containsExactly("rebuke", "rename", "claim", "slam");
    }

    @Test
    void aVerbInZesAfterAVowelKeepsItsSilentE() {
        AnalyzedText a = analyze("Vesta Bank nationalizes Orion Savings as the senator criticizes the board, a fire"
                + " blazes and the minister buzzes the aide.");
        assertThat(List.of("nationalizes", "criticizes", "blazes", "buzzes")).extracting(w -> token(a, w).lemma())
                .containsExactly("nationalize", "criticize", "blaze", "buzz");
    }

    @Test
    void baseFormsEndingInEedKeepTheirLastLetter() {
        AnalyzedText a = analyze("The board will proceed with the sale if the banks agreed; they need to succeed.");
        assertThat(List.of("proceed", "agreed", "need", "succeed")).extracting(w -> token(a, w).lemma())
                .containsExactly("proceed", "agree", "need", "succeed");
    }

    @Test
    void aWellAfterAnArticleAndAHyphenatedAdjectiveIsANoun() {
        AnalyzedText a = analyze("Engineers capped the nearly mile-deep well on Thursday.");
        assertThat(token(a, "well").pos()).isEqualTo("NN");
    }

    @Test
    void aCapitalizedWordTakenForAVerbBeforeAPossessiveAndANounIsAName() {
        assertThat(token(analyze("Chen and Zhang's nominations announced a month ago stirred a hot debate."), "Zhang")
                .pos()).isEqualTo("NNP");
    }

    @Test
    void aWellAfterANamesPossessiveOrAParticipleAfterItsArticleIsANoun() {
        assertThat(token(analyze("An explosion ruptured BP's underwater Macondo well, unleashing the gusher."), "well")
                .pos()).isEqualTo("NN");
        assertThat(token(analyze("BP started a top kill of its leaking well on May 26."), "well").pos())
                .isEqualTo("NN");
        assertThat(token(analyze("BP's leaking well was capped two weeks ago."), "well").pos()).isEqualTo("NN");
        // "'s" after a pronoun is "is"; a participle after a noun is a verb
        assertThat(token(analyze("It's well known that prices rose."), "well").pos()).isEqualTo("RB");
        assertThat(token(analyze("The shares performed well on Monday."), "well").pos()).isEqualTo("RB");
    }

    @Test
    void aNumberWordIsNoPronounAndWhatItCountsIsANoun() {
        AnalyzedText a = analyze("Zambian police Monday morning shot dead four suspects after an exchange of fire.");
        assertThat(token(a, "four").pos()).isEqualTo("CD");
        assertThat(token(a, "suspects").pos()).isEqualTo("NNS");
    }

    @Test
    void aWordInIngBeforeAnObjectPronounIsAVerb() {
        assertThat(token(analyze("ISAF dropped leaflets on insurgent positions warning them to leave the area."),
                "warning").pos()).isEqualTo("VBG");
    }

    @Test
    void aPastTenseBeforeDeadIsAVerbAndAParticipleBeforeItsNounIsNoPastTense() {
        AnalyzedText a = analyze("Police shot dead two suspected robbers on Monday.");
        assertThat(token(a, "shot").pos()).isEqualTo("VBD");
        assertThat(token(a, "suspected").pos()).isEqualTo("VBN");
        AnalyzedText b = analyze("Leaders learned of the rescue during a hastily called meeting in the Capitol.");
        assertThat(token(b, "called").pos()).isEqualTo("VBN");
        assertThat(token(b, "learned").pos()).isEqualTo("VBD");
        // after a preposition: no finite verb follows one
        AnalyzedText c = analyze("A series of coordinated bombings killed 153 people in Baghdad on Thursday.");
        assertThat(token(c, "coordinated").pos()).isEqualTo("VBN");
        assertThat(token(c, "killed").pos()).isEqualTo("VBD");
        // a past that is never a participle stays one before a noun: "began/VBN Tuesday" after a number
        AnalyzedText d = analyze("Pre-orders of the recently announced iPhone 4 began Tuesday.");
        assertThat(token(d, "began").pos()).isEqualTo("VBD");
        assertThat(token(d, "announced").pos()).isEqualTo("VBN");
    }

    @Test
    void aPastWhoseParticipleIsTheBaseFormIsNoParticiple() {
        // "come", "become" and "run" are their own participles: "came" and "ran" are only ever past tenses
        assertThat(Lemmas.isOnlySimplePast("came")).isTrue();
        assertThat(Lemmas.isOnlySimplePast("ran")).isTrue();
        assertThat(Lemmas.isPastParticiple("came")).isFalse();
        assertThat(Lemmas.isPastParticiple("become")).isTrue();
        assertThat(token(analyze("The team has run out of time."), "run").lemma()).isEqualTo("run");
    }

    @Test
    void aParticipleThatIsItsBaseFormIsVbnAfterItsAuxiliary() {
        AnalyzedText a = analyze("The committee has set a deadline and the city was hit by floods; they put it off.");
        assertThat(token(a, "set").pos()).isEqualTo("VBN");
        assertThat(token(a, "hit").pos()).isEqualTo("VBN");
        // with no auxiliary, news tells what happened ("The hosts beat Rovers on Saturday"); a speaker a habit
        assertThat(token(a, "put").pos()).isEqualTo("VBD");
        assertThat(token(analyze("The hosts beat Rovers on Saturday."), "beat").pos()).isEqualTo("VBD");
        assertThat(token(analyze("We put it off every year."), "put").pos()).isEqualTo("VBP");
        assertThat(token(analyze("They will put it off."), "put").pos()).isEqualTo("VB");
    }

    @Test
    void aNounTheTaggerTookForAnAdjectiveOrAPastForANounIsRead() {
        assertThat(token(analyze("The rig exploded on April 20."), "rig").pos()).isEqualTo("NN");
        AnalyzedText sank = analyze("The Deepwater Horizon rig sank on 20 April after an explosion.");
        assertThat(token(sank, "sank").pos()).isEqualTo("VBD");
        assertThat(token(sank, "sank").lemma()).isEqualTo("sink");
        assertThat(token(analyze("A knife wound in his arm healed."), "wound").pos()).isEqualTo("NN");
        // so before a relative pronoun and its verb: "A rig/JJ that burned"
        assertThat(token(analyze("A rig that burned for two days sank off Tarn on Thursday."), "rig").pos())
                .isEqualTo("NN");
    }

    @Test
    void aPluralEndingAPrepositionalPhraseAfterTheClausesVerbIsANoun() {
        AnalyzedText a = analyze("China's Ministry of Personnel on Saturday began its annual employment service for"
                + " millions of university graduates, with 480,000 positions.");
        assertThat(token(a, "graduates").pos()).isEqualTo("NNS");
        assertThat(token(a, "graduates").lemma()).isEqualTo("graduate");
        AnalyzedText b = analyze("At least four people were killed and several others injured on Tuesday morning in"
                + " two bomb blasts in the southern port city of Karachi.");
        assertThat(token(b, "blasts").pos()).isEqualTo("NNS");
        AnalyzedText c = analyze("Officials said that in the north violence continues.");
        assertThat(token(c, "continues").pos()).isEqualTo("VBZ"); // "that" opens a clause of its own
        assertThat(token(analyze("In the north violence continues."), "continues").pos()).isEqualTo("VBZ");
    }

    /** The entries of a word list of the language layer, each its word and its example, more than five of them. */
    private static List<String[]> examples(String resource) throws java.io.IOException {
        try (var in = LanguageLayer.class.getResourceAsStream(resource)) {
            List<String[]> rows = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> new String[] {l.split("\t")[0], l.substring(l.indexOf('#') + 1).strip()}).toList();
            assertThat(rows).hasSizeGreaterThan(5);
            return rows;
        }
    }

    @Test
    void aNounThatNamesWhereToTakesSomeoneIsANounInEachOfItsExamples() throws java.io.IOException {
        // bare-goal-nouns.txt: "taken the board to court/VB after" was read as an infinitive
        for (String[] entry : examples("bare-goal-nouns.txt")) {
            assertThat(token(analyze(entry[1]), entry[0]).pos()).as(entry[1]).isEqualTo("NN");
        }
        assertThat(token(analyze("The governor moved on Monday to court investors."), "court").pos()).isEqualTo("VB");
    }

    @Test
    void aBaseFormAfterAPossessiveAndASingularNounIsANoun() {
        AnalyzedText a = analyze("The bank on Friday revised its growth forecast for next year.");
        assertThat(token(a, "forecast").pos()).isEqualTo("NN");
        AnalyzedText b = analyze("He said his staff work on Sundays.");
        assertThat(token(b, "work").pos()).isEqualTo("VBP"); // "staff" is many without "-s"
    }

    @Test
    void aWordInIngAfterANameThatADeterminerOpensIsANoun() {
        AnalyzedText a = analyze("Israel approved an agreement with Egypt to reopen the Rafah crossing under the"
                + " supervision of European inspectors.");
        assertThat(token(a, "crossing").pos()).isEqualTo("NN");
        assertThat(token(a, "crossing").lemma()).isEqualTo("crossing");
        AnalyzedText b = analyze("Thousands of Americans fighting in Iraq came home.");
        assertThat(token(b, "fighting").pos()).isEqualTo("VBG");
    }

    @Test
    void aVerbInSAfterTheSubjectThatOpensItsClauseIsAVerbWhenNoVerbFollows() {
        AnalyzedText a = analyze("Prime Minister Ryutaro Hashimoto leaves for the United States on April 24.");
        assertThat(token(a, "leaves").pos()).isEqualTo("VBZ");
        assertThat(token(a, "leaves").lemma()).isEqualTo("leave");
        assertThat(token(analyze("On Monday, Chinese President Hu Jintao visits Japan."), "visits").pos())
                .isEqualTo("VBZ");
        AnalyzedText flies = analyze("Prime Minister Carney flies to Washington on Monday.");
        assertThat(token(flies, "flies").pos()).isEqualTo("VBZ");
        assertThat(token(flies, "flies").lemma()).isEqualTo("fly");
        // the verb after it makes it the subject's noun
        assertThat(token(analyze("Bank loans to farmers rose in May."), "loans").pos()).isEqualTo("NNS");
        assertThat(token(analyze("Toyota sales to China hit a record."), "sales").pos()).isEqualTo("NNS");
        // after an acronym, and after the clause's first word when a dated list's hyphen opens the clause
        assertThat(token(analyze("June 2 - BP tries another capping strategy."), "tries").pos()).isEqualTo("VBZ");
        assertThat(token(analyze("June 27 - Oil washes ashore in mainland Mississippi."), "washes").pos())
                .isEqualTo("VBZ");
        assertThat(token(analyze("IMF loans to Greece rose in May."), "loans").pos()).isEqualTo("NNS");
    }

    @Test
    void aVerbInSAfterItsSubjectAndBeforeAnArticleIsAVerb() {
        AnalyzedText a = analyze("The new rule replaces a levy introduced last spring.");
        assertThat(token(a, "replaces").pos()).isEqualTo("VBZ");
        assertThat(token(a, "replaces").lemma()).isEqualTo("replace");
        assertThat(token(analyze("Gold rallied on world markets the day after."), "markets").pos()).isEqualTo("NNS");
    }

    @Test
    void aParticipleThatIsNoPastIsVbnAndAPastAfterAPossessiveIsVbd() {
        assertThat(token(analyze("A museum inspector examined the painting stolen in 2019."), "stolen").pos())
                .isEqualTo("VBN");
        assertThat(token(analyze("Fitch Ratings and Moody's downgraded the bank's debt on Friday."), "downgraded")
                .pos()).isEqualTo("VBD");
    }

    @Test
    void lessCommonIrregularVerbsHaveTheirLemmaAndParticiple() {
        AnalyzedText a = analyze("Floods have swept away homes and the data were shown.");
        assertThat(token(a, "swept").pos()).isEqualTo("VBN");
        assertThat(token(a, "swept").lemma()).isEqualTo("sweep");
        assertThat(token(analyze("Rebels overthrew the king on Monday."), "overthrew").lemma()).isEqualTo("overthrow");
        assertThat(token(a, "shown").pos()).isEqualTo("VBN");
        assertThat(token(a, "shown").lemma()).isEqualTo("show");
        // "bear" has two participles, "borne" and "born"
        AnalyzedText born = analyze("Born in Lenport on November 25, 1915, Venn never finished school.");
        assertThat(token(born, "Born").pos()).isEqualTo("VBN");
        assertThat(token(born, "Born").lemma()).isEqualTo("bear");
        assertThat(token(born, "Born").mayBePastParticiple()).isTrue();
    }

    @Test
    void aPastThatIsAlsoAParticipleIsKnownAsOne() {
        AnalyzedText a = analyze("The fair held in April said it went well and made money; prices walked up.");
        assertThat(token(a, "held").mayBePastParticiple()).isTrue();
        assertThat(token(a, "said").mayBePastParticiple()).isTrue();
        assertThat(token(a, "made").mayBePastParticiple()).isTrue();
        assertThat(token(a, "walked").mayBePastParticiple()).isTrue();
        assertThat(token(a, "went").mayBePastParticiple()).isFalse();
        assertThat(token(a, "fair").mayBePastParticiple()).isFalse();
    }

    @Test
    void aBritishDoubledLBeforeTheSuffixIsOneL() {
        AnalyzedText a = analyze("The bank signalled a pause and the envoy travelled home after they labelled it."
                + " The state recalled its envoy and installed a new one.");
        assertThat(List.of("signalled", "travelled", "labelled", "recalled", "installed"))
                .extracting(w -> token(a, w).lemma())
                .containsExactly("signal", "travel", "label", "recall", "install");
    }

    @Test
    void aSilentEComesBackAfterOneVowelAndOneConsonant() {
        AnalyzedText a = analyze("The trains collided and the inspectors compared notes; they scheduled a review,"
                + " offered help, visited the site and abandoned the line. Rates declined and he escaped. The paper"
                + " quoted a source.");
        assertThat(List.of("collided", "compared", "scheduled", "offered", "visited", "abandoned", "declined",
                "escaped", "quoted")).extracting(w -> token(a, w).lemma())
                .containsExactly("collide", "compare", "schedule", "offer", "visit", "abandon", "decline", "escape",
                        "quote");
    }

    @Test
    void aSilentEComesBackAfterTwoVowelsAndAnS() {
        AnalyzedText a = analyze("The House was poised to act; the talks paused, the envoys appraised the offer and"
                + " the fans were aroused, but the panel was biased.");
        assertThat(List.of("poised", "paused", "appraised", "aroused", "biased")).extracting(w -> token(a, w).lemma())
                .containsExactly("poise", "pause", "appraise", "arouse", "bias");
    }

    @Test
    void pluralNounsHaveTheSingularAsLemmaAndTagNns() {
        AnalyzedText a = analyze("The studies found that two churches and three boxes burned during the talks.");
        assertThat(List.of(token(a, "studies"), token(a, "churches"), token(a, "boxes"), token(a, "talks")))
                .extracting(Token::lemma, Token::pos)
                .containsExactly(tuple("study", "NNS"),
                        tuple("church", "NNS"),
                        tuple("box", "NNS"),
                        tuple("talk", "NNS"));
    }

    @Test
    void aParticipleAfterBeIsVbnAndAfterASubjectIsVbd() {
        String text = "The plan was announced on Monday. The minister announced the plan.";
        AnalyzedText a = analyze(text);
        Token passive = token(a, "announced");
        Token active = token(a, "announced", passive.end());
        assertThat(passive.pos()).isEqualTo("VBN");
        assertThat(active.pos()).isEqualTo("VBD");
    }

    @Test
    void aParticipleAfterHaveIsVbnEvenWithAnAdverbBetween() {
        AnalyzedText a = analyze("The company has already stopped production.");
        assertThat(token(a, "stopped").pos()).isEqualTo("VBN");
    }

    @Test
    void aPresentVerbInIesIsVbz() {
        // "studies" is "study" + "es" with y -> i: third person singular present, as "visits" is
        AnalyzedText a = analyze("She studies the plan and he carries the bags.");
        assertThat(token(a, "studies").pos()).isEqualTo("VBZ");
        assertThat(token(a, "carries").pos()).isEqualTo("VBZ");
    }

    @Test
    void contractedAuxiliariesAreVerbsWithTheirLemmas() {
        AnalyzedText a = analyze("They've left, we're waiting and I'm here.");
        assertThat(List.of(token(a, "'ve"), token(a, "'re"), token(a, "'m")))
                .extracting(Token::lemma, Token::pos)
                .containsExactly(tuple("have", "VBP"),
                        tuple("be", "VBP"),
                        tuple("be", "VBP"));
        assertThat(token(a, "left").pos()).isEqualTo("VBN");
    }

    @Test
    void cannotIsAModal() {
        // the model reads it as a noun, which then opens the verb's subject
        AnalyzedText a = analyze("Sales still cannot catch up.");
        assertThat(a.tokens()).extracting(Token::text, Token::pos)
                .contains(tuple("cannot", "MD"), tuple("catch", "VB"));
    }

    @Test
    void theFullFormsOfBeInThePresentAreNoPast() {
        // "are" and "am" are VBP as their contractions are; "been" is only ever a participle
        AnalyzedText a = analyze("Velsa and Ostland are scheduled to join, I am told, and it has never been easier.");
        assertThat(List.of(token(a, "are"), token(a, "am"), token(a, "been")))
                .extracting(Token::lemma, Token::pos)
                .containsExactly(tuple("be", "VBP"), tuple("be", "VBP"), tuple("be", "VBN"));
    }

    @Test
    void aPossessivePronounIsAlwaysOne() {
        // the model tags "its" here as a foreign word, which hid the bound "since" from the date's noun phrase
        AnalyzedText a = analyze("Iraq also flouted the UN sanctions in force since its August 1990 invasion of Kuwait.");
        assertThat(token(a, "its").pos()).isEqualTo("PRP$");
    }

    @Test
    void anArticleIsAlwaysOne() {
        // after a date between a verb and its object the model tags "a" as a preposition
        AnalyzedText a = analyze("Zambian President Levy Mwanawasa issued on Monday a letter giving green light to"
                + " former leader Frederick Chiluba for him to travel to South Africa.");
        assertThat(token(a, "a").pos()).isEqualTo("DT");
    }

    @Test
    void aSimplePastThatIsNeverAParticipleIsAVerbAfterItsSubject() {
        // the model tags "fell" an adjective after a plural, and "shares" after a possessive a verb
        AnalyzedText a = analyze("Oil prices fell sharply and Toyota's shares fell 3 percent on Monday.");
        assertThat(a.tokens()).filteredOn(t -> t.text().equals("fell")).extracting(Token::pos)
                .containsExactly("VBD", "VBD");
        assertThat(token(a, "shares").pos()).isEqualTo("NNS");
        // an adjective before its noun stays one
        assertThat(token(analyze("It was done in one fell swoop."), "fell").pos()).isEqualTo("JJ");
        // between a name or a pronoun and a noun phrase
        assertThat(token(analyze("Aldo Venn underwent heart surgery on Sunday."), "underwent").pos())
                .isEqualTo("VBD");
        assertThat(token(analyze("He underwent surgery."), "underwent").pos()).isEqualTo("VBD");
        // a past in "-ed" after a year, before its object's number
        assertThat(token(analyze("A bomb attack in 2000 injured 15 people at a cafe in Velo."), "injured").pos())
                .isEqualTo("VBD");
        assertThat(token(analyze("Talks in 2000 ended the war."), "ended").pos()).startsWith("VB");
        // a past in "-ed" after a name, before the day news dates it by
        assertThat(token(analyze("President Venn announced Wednesday that Aldo Brisk was stepping down."),
                "announced").pos()).isEqualTo("VBD");
    }

    @Test
    void aParticipleBetweenAnArticleAndANounIsAModifier() {
        // the model tagged "affected" a past and "pelican" a preposition: another clause before the relative's date
        assertThat(token(analyze("Governor Aldo Venn, who visited one of the affected pelican nesting grounds Sunday,"
                + " said the berms would close."), "affected").pos()).isEqualTo("JJ");
        // no noun after it: the model's tag stays
        assertThat(token(analyze("The injured were taken to hospital."), "injured").pos()).isNotEqualTo("JJ");
    }

    @Test
    void aBaseVerbTakenForANounBetweenToAndANameIsAVerb() {
        assertThat(token(analyze("Yeltsin issued a decree to fire Zaitsev, who had assumed the post in August 1996."),
                "fire").pos()).isEqualTo("VB");
        // a day or a month after it is no object: "went to court Tuesday"
        assertThat(token(analyze("The Orvan miners went to court Tuesday over the closure."), "court").pos())
                .isEqualTo("NN");
    }

    @Test
    void aPastInEdBeforeTheDirectionOfAMarketIsAVerb() {
        // the model tags "closed" an adjective before "lower", and the capitalized "Oil" a preposition
        AnalyzedText a = analyze("Oil prices closed lower on Tuesday in New York.");
        assertThat(token(a, "closed").pos()).isEqualTo("VBD");
        assertThat(token(a, "Oil").pos()).isEqualTo("NN");
        assertThat(token(analyze("Share prices in Vallis closed higher on Tuesday."), "closed").pos())
                .isEqualTo("VBD");
        // before its noun, it stays an adjective
        assertThat(token(analyze("The closed factory in Vallis was sold on Tuesday."), "closed").pos())
                .isEqualTo("JJ");
    }

    @Test
    void aPluralAfterTheNameThatModifiesItIsTheSubjectOfThePastAfterIt() {
        // the model reads "shares" as a verb in "-s", and then "rose" as a noun
        AnalyzedText a = analyze("Pelmar shares rose 7 percent and Kessa Steel shares closed up on Thursday.");
        assertThat(token(a, "shares").pos()).isEqualTo("NNS");
        assertThat(token(a, "rose").pos()).isEqualTo("VBD");
        assertThat(a.tokens()).filteredOn(t -> t.text().equals("shares")).extracting(Token::pos)
                .containsExactly("NNS", "NNS");
        // a past that goes on with a noun modifies it, and the verb in "-s" stays one
        AnalyzedText b = analyze("The firm sells used cars.");
        assertThat(token(b, "sells").pos()).isEqualTo("VBZ");
    }

    @Test
    void aPluralRightAfterASimplePastIsANounNotAVerb() {
        // the model reads "claims" as a verb in "-s" right after the past "denied"
        assertThat(token(analyze("The palace denied claims that King Ivo left Tarn on Monday."), "claims").pos())
                .isEqualTo("NNS");
        assertThat(token(analyze("The Velo ministry said talks were stalled."), "talks").pos()).isEqualTo("NNS");
        // a present tense after a subject stays a verb
        assertThat(token(analyze("The palace claims that King Ivo left Tarn on Monday."), "claims").pos())
                .isEqualTo("VBZ");
    }

    @Test
    void anIrregularPastAfterAPluralOrANameIsItsVerbNotANoun() {
        // the model reads "fell" and "leapt" as nouns after a plural
        assertThat(token(analyze("Velo Oil shares fell on Wednesday."), "fell").pos()).isEqualTo("VBD");
        assertThat(token(analyze("Wall Street's main indexes leapt to fresh highs."), "leapt").pos())
                .isEqualTo("VBD");
        assertThat(token(analyze("Police said Monday that gunmen shot the mayor of Jaffna on Sunday."), "shot").pos())
                .isEqualTo("VBD");
        // the past of a noun phrase's noun stays a noun
        assertThat(token(analyze("He hit a tee shot on the 18th hole."), "shot").pos()).isEqualTo("NN");
        assertThat(token(analyze("The soldier died of a bullet wound to the head."), "wound").pos())
                .isEqualTo("NN");
    }

    @Test
    void aPastTakenForANounBeforeADateThatOpensWithLastIsAVerb() {
        // the model read "sank/NN last month", and the sentence had no clause
        AnalyzedText a = analyze("The oil tanker Meridian sank last month off the coast of Brittany.");
        assertThat(token(a, "sank").pos()).isEqualTo("VBD");
        // a word that is only ever a past is one before a name too
        assertThat(token(analyze("In 2000, the company overtook Infogear Technology Corp."), "overtook").pos())
                .isEqualTo("VBD");
        assertThat(token(analyze("He had a knife wound in his chest."), "wound").pos()).isEqualTo("NN");
        assertThat(token(analyze("Oil prices rose yesterday."), "rose").pos()).isEqualTo("VBD");
        // a regular past after a noun, before a preposition; not a noun that is its own verb
        assertThat(token(analyze("Norbank's share price closed on Friday at 4.95 euros."), "closed").pos())
                .isEqualTo("VBD");
        assertThat(token(analyze("The hospital bed in the ward was empty."), "bed").pos()).startsWith("NN");
    }

    @Test
    void anAdjectiveThatEndsANumberedPhraseBeforeAPrepositionIsItsNoun() {
        // the model read "the March 8 final/JJ against Dorn", and the date dated the resting
        assertThat(token(analyze("Coach Tavares rested his players ahead of the March 8 final against Dorn."),
                "final").pos()).isEqualTo("NN");
        assertThat(token(analyze("The final result was announced."), "final").pos()).isEqualTo("JJ");
        // a year counts no noun: "adopted in 1977 designated/VBN Nov. 29" is the clause's verb, the first a participle
        AnalyzedText a = analyze("A UN resolution adopted in 1977 designated Nov. 29 as a day of solidarity.");
        assertThat(token(a, "adopted").pos()).isEqualTo("VBN");
        assertThat(token(a, "designated").pos()).isEqualTo("VBD");
        // nor does a present stand before "was": "A tropical storm watch/VBP was issued"
        assertThat(token(analyze("A tropical storm watch was issued early Wednesday."), "watch").pos())
                .isEqualTo("NN");
        // nor before a past: "The Quessel spill/AUX occurred"; an auxiliary and a past in its base form stay verbs
        assertThat(token(analyze("The Quessel spill occurred in 1979."), "spill").pos()).isEqualTo("NN");
        assertThat(token(analyze("The two rival sides have agreed to a truce."), "have").pos()).startsWith("VB");
        assertThat(token(analyze("The Tarnish government cut planned spending."), "cut").pos()).startsWith("VB");
        // a longer phrase, a plural, an adverb that is no "-ly" one, a possessive: each heads a subject
        assertThat(token(analyze("The nationalist right wing took power in Tarn in June."), "wing").pos())
                .isEqualTo("NN");
        assertThat(token(analyze("A deadly suicide bomb attack killed six people."), "attack").pos())
                .isEqualTo("NN");
        assertThat(token(analyze("Schools in the quake-hit areas resumed classes on Monday."), "areas").pos())
                .isEqualTo("NNS");
        assertThat(token(analyze("The Velo group's consumer goods giant topped the bidding."), "giant").pos())
                .isEqualTo("NN");
        // but an adverb of manner or of time modifies the past after it
        assertThat(token(analyze("The Tarn Republic Friday formally joined the bloc."), "formally").pos())
                .doesNotStartWith("NN");
        assertThat(token(analyze("The actress charge Velo then offered to help."), "then").pos())
                .doesNotStartWith("NN");
    }

    @Test
    void aNamesSAndANounAfterItIsAPossessive() {
        // the model read "Tarnland 's/VBZ stock market plunged", a verb between the name and its noun
        assertThat(token(analyze("On Monday, Tarnland's stock market plunged."), "'s").pos()).isEqualTo("POS");
        assertThat(token(analyze("Korvo's been sold to a rival."), "'s").pos()).isEqualTo("VBZ");
    }

    @Test
    void aGerundThatOpensTheSentenceBeforeAFiniteVerbIsItsSubject() {
        // the model read "Fighting/VBG broke out", and the clause had no subject
        assertThat(token(analyze("Fighting broke out in Dessa on Tuesday."), "Fighting").pos()).isEqualTo("NN");
        assertThat(token(analyze("Voting was halted in Dessa on Tuesday."), "Voting").pos()).isEqualTo("NN");
        // a participle's phrase, and a perfect participle, stay
        assertThat(token(analyze("Having carved a niche, Mafo took his horses to Dessa."), "Having").pos())
                .isEqualTo("VBG");
    }

    @Test
    void anIrregularPastAfterTheDayBetweenSubjectAndVerbIsTheVerb() {
        // the model read "won/JJ control" after "on Tuesday", and the sentence had no verb
        assertThat(token(analyze("The Liberals on Tuesday won control of the Senate."), "won").pos()).isEqualTo("VBD");
        assertThat(token(analyze("Rebels yesterday took the town of Bor."), "took").pos()).isEqualTo("VBD");
        // a word news writes as a noun as often stays one
        assertThat(token(analyze("He had on Monday a knife wound in his chest."), "wound").pos()).isEqualTo("NN");
    }

    @Test
    void aPluralInMenIsNoVerbAndAParticipleAfterThatBeforeANounAndAVerbModifiesTheNoun() {
        AnalyzedText a = analyze("Police said on Tuesday that gunmen stormed a bank in Lyon.");
        assertThat(token(a, "gunmen").pos()).startsWith("NN");
        AnalyzedText b = analyze("Police said on Tuesday that masked men robbed a jewellery shop in Lyon.");
        assertThat(token(b, "masked").pos()).isEqualTo("VBN");
        assertThat(token(analyze("When masked men stormed the bank on Monday, guards fled."), "masked").pos())
                .isEqualTo("VBN");
        // a relative's past before its object stays a past
        assertThat(token(analyze("The bomb that killed people in Varna exploded."), "killed").pos()).isEqualTo("VBD");
    }

    @Test
    void aBaseFormRightAfterAPastAndBeforeAPrepositionIsTheObject() {
        // the model read "won/AUX control/VBP of", and the sentence's verb had another clause before its date
        assertThat(token(analyze("The Liberals won control of the Senate on Tuesday."), "control").pos())
                .isEqualTo("NN");
        assertThat(token(analyze("The bill won support from Democrats."), "support").pos()).isEqualTo("NN");
        // an auxiliary's infinitive and a verb of its own stay verbs
        assertThat(token(analyze("He did go to the door."), "go").pos()).isEqualTo("VB");
        assertThat(token(analyze("Airlines blacklisted have the right to appeal."), "have").pos()).startsWith("VB");
    }

    @Test
    void aVerbAfterHelpIsItsInfinitive() {
        // "help" takes an infinitive without "to": no present of its own
        AnalyzedText a = analyze("Kenya's government helped shape the peace deal in 2004.");
        assertThat(token(a, "shape").pos()).isEqualTo("VB");
        assertThat(token(analyze("Donors helped rebuild the school."), "rebuild").pos()).isEqualTo("VB");
    }

    @Test
    void aVerbBeforeAnInfinitiveIsAVerbAfterAPluralSubjectInEachOfItsExamples() throws java.io.IOException {
        // verbs-before-an-infinitive.txt: "Crews plan/NN to start" had no verb, and the sentence no clause
        for (String[] entry : examples("verbs-before-an-infinitive.txt")) {
            assertThat(token(analyze(entry[1]), entry[0]).pos()).as(entry[1]).startsWith("VB");
        }
        AnalyzedText a = analyze("Officials aim to finish the repairs by May.");
        assertThat(token(a, "finish").pos()).isEqualTo("VB");
        // after a possessive, or a singular noun, the word is a noun
        assertThat(token(analyze("The workers' plan to strike failed."), "plan").pos()).isEqualTo("NN");
        assertThat(token(analyze("The peace plan to end the war failed."), "plan").pos()).isEqualTo("NN");
    }

    @Test
    void aNameBeforeItsPossessiveIsNoAdjectiveAndThePastAfterItIsAVerb() {
        AnalyzedText a = analyze("Moody's downgraded Pelmar on Thursday.");
        assertThat(token(a, "Moody").pos()).isEqualTo("NNP");
        assertThat(token(a, "downgraded").pos()).isEqualTo("VBD");
        assertThat(token(analyze("Standard & Poor's cut the rating."), "Poor").pos()).isEqualTo("NNP");
    }

    @Test
    void aBaseFormAfterAPossessiveOrAYearThatModifiesANounIsANoun() {
        // the model reads a noun as a present verb after "'s" and after a year before its noun
        assertThat(token(analyze("Fans queued for Tuesday's match at the stadium."), "match").pos())
                .isEqualTo("NN");
        AnalyzedText a = analyze("The airline was fined after a fatal 2019 cargo crash in Alaska.");
        assertThat(token(a, "crash").pos()).isEqualTo("NN");
        assertThat(token(analyze("Norlandia Rail was sued after a deadly 2005 refinery explosion."), "refinery")
                .pos()).isEqualTo("NN");
        // so after a month's day that "the" opens, before a noun, where the phrase ends
        assertThat(token(analyze("Flights were grounded after the March 3 plane crash, officials said."), "crash")
                .pos()).isEqualTo("NN");
        assertThat(token(analyze("Schools closed after the March 3 gas leak in Dorn."), "leak").pos()).isEqualTo("NN");
        assertThat(token(analyze("Shares fell on March 3 as traders sold."), "sold").pos()).isEqualTo("VBD");
        // a contracted "is" or "has" takes its participle, and a year that opens the clause takes no modifier
        assertThat(token(analyze("He's gone home, and in 2005 prices rise."), "gone").pos()).startsWith("VB");
    }

    @Test
    void aModalTakesAVerbNotAnAdjective() {
        assertThat(token(analyze("On Tuesday, Norbank said it would close 40 branches across the north."), "close")
                .pos()).isEqualTo("VB");
        assertThat(token(analyze("The ferry will soon leave the harbour."), "soon").pos()).isEqualTo("RB");
    }

    @Test
    void aPastIsNoPreposition() {
        AnalyzedText a = analyze("The ruling party won the election on Sunday.");
        assertThat(token(a, "won").pos()).isEqualTo("VBD");
        assertThat(token(a, "won").lemma()).isEqualTo("win");
    }

    @Test
    void aRegularPastAfterNRPKeepsItsE() {
        AnalyzedText a = analyze("The agency licensed the rig and reversed the rule.");
        assertThat(List.of(token(a, "licensed"), token(a, "reversed"))).extracting(Token::lemma)
                .containsExactly("license", "reverse");
    }

    @Test
    void anAdverbInLyBeforeAParticipleIsAnAdverb() {
        // the model tags "severely" an adjective, which a later rule made the noun of "a man severely"
        AnalyzedText a = analyze("Doctors rebuilt the face of a man severely disfigured by an accident.");
        assertThat(token(a, "severely").pos()).isEqualTo("RB");
        // nouns and short adjectives in "-ly" stay what they are
        AnalyzedText b = analyze("The family owned a lovely house and the assembly voted.");
        assertThat(List.of(token(b, "family"), token(b, "assembly"))).extracting(Token::pos)
                .containsExactly("NN", "NN");
    }

    @Test
    void aWordWithALetterIsNoPunctuation() {
        // the model tags hyphenated compounds it has not seen as punctuation
        AnalyzedText a = analyze("Troops got a six-day rest after the market sell-off, Hassan al-Alfi said.");
        assertThat(List.of(token(a, "six-day"), token(a, "sell-off"), token(a, "al-Alfi")))
                .extracting(Token::pos)
                .containsExactly("JJ", "NN", "NNP");
    }

    @Test
    void contractedModalsAreMd() {
        AnalyzedText a = analyze("She'll go and he'd stay.");
        assertThat(List.of(token(a, "'ll"), token(a, "'d")))
                .extracting(Token::lemma, Token::pos)
                .containsExactly(tuple("will", "MD"),
                        tuple("would", "MD"));
    }

    @Test
    void anEmptyOrBlankTextHasNoTokens() {
        assertThat(analyze("").tokens()).isEmpty();
        assertThat(analyze(" \n\t\r\n \u00A0 ").sentences()).isEmpty();
    }

    @Test
    void aMegabyteOfOneRepeatedWordIsAnalyzed() {
        int n = (1 << 20) / "announcement ".length() + 1;
        AnalyzedText a = analyze("announcement ".repeat(n));
        assertThat(a.tokens()).hasSize(n);
        assertThat(a.tokens().stream().allMatch(t -> t.text().equals("announcement"))).isTrue();
        // no sentence end: cut every MAX_SENTENCE tokens
        assertThat(a.sentences()).hasSize((n + LanguageLayer.MAX_SENTENCE - 1) / LanguageLayer.MAX_SENTENCE);
    }

    @Property(tries = 300)
    void anyTextIsAnalyzedIntoOrderedTokensInsideIt(@ForAll("texts") String text) {
        assertWellFormed(text, analyze(text));
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> unicode = Arbitraries.strings().all().ofMaxLength(200);
        Arbitrary<String> controls = Arbitraries.strings().withCharRange('\u0000', '\u0040')
                .withChars('\u2019', '\u201D', '\u00A0', '\u2028', '\uD83D', '\uDE00', '\uDC00').ofMaxLength(100);
        Arbitrary<String> newsy = Arbitraries.of("The", "talks", "didn't", "Kim's", "U.S.", "Sept.", "Dr.", "3",
                        "1,200.5", "'s", "n't", "'ll", ".", "?", "!", "\"", "\u201D", ")", "\n", "\r\n", " ", "\n\n",
                        "said", "was", "announced", "it", "\uD83D\uDE00", "e.g.", "--", "...", "'", "\u2019")
                .list().ofMaxSize(60).map(l -> String.join(" ", l));
        Arbitrary<String> run = Arbitraries.chars().all().flatMap(c -> Arbitraries.integers().between(1, 20_000)
                .map(n -> String.valueOf(c).repeat(n)));
        Arbitrary<String> one = Arbitraries.oneOf(unicode, controls, newsy, run);
        return one.list().ofMinSize(1).ofMaxSize(3).map(parts -> String.join("", parts));
    }

    @Test
    void textWithoutSentenceEndsIsCutIntoSentencesOfBoundedLength() {
        List<TextSpan> sentences = ENGLISH.sentences("word ".repeat(2 * LanguageLayer.MAX_SENTENCE + 100));
        assertThat(sentences).hasSize(3);
        assertThat(sentences.get(0).end() - sentences.get(0).start()).isEqualTo(5 * LanguageLayer.MAX_SENTENCE - 1);
    }

    @Test
    void aLineLongerThanTheWindowSplitsAsEverySentenceAlone() {
        String sentence = "Kim Jong Un visited China on Monday, the agency said. ";
        int count = 3 * LanguageLayer.WINDOW / sentence.length();
        List<TextSpan> sentences = ENGLISH.sentences(sentence.repeat(count));
        assertThat(sentences).hasSize(count);
        assertThat(sentences).allSatisfy(s -> assertThat(s.end() - s.start()).isEqualTo(sentence.length() - 1));
    }

    @Test
    void aLongTextIsAnalyzedInPiecesOfBoundedSizeThatCoverTheSameSentences() {
        String text = "Kim Jong Un visited China on Monday, the agency said.\n".repeat(5_000);
        int[] offsets = java.util.stream.IntStream.range(0, 5_000).map(i -> i * 54 + 30).toArray();
        List<AnalyzedText> pieces = new java.util.ArrayList<>();
        ENGLISH.analyzeAround(text, offsets, pieces::add);
        assertThat(pieces).hasSizeGreaterThan(1);
        assertThat(pieces).allSatisfy(p -> assertThat(p.tokens().size())
                .isLessThan(LanguageLayer.PIECE + LanguageLayer.MAX_SENTENCE));
        List<TextSpan> inPieces = pieces.stream().flatMap(p -> p.sentences().stream())
                .map(s -> new TextSpan(s.start(), s.end())).toList();
        AnalyzedText whole = ENGLISH.analyzeAround(text, offsets);
        assertThat(inPieces).isEqualTo(whole.sentences().stream().map(s -> new TextSpan(s.start(), s.end())).toList());
    }

    @Test
    void piecesTaggedLaterOnOtherThreadsAreThePiecesTaggedAtOnce() throws Exception {
        String text = "Kim Jong Un visited China on Monday, the agency said.\n".repeat(5_000);
        int[] offsets = java.util.stream.IntStream.range(0, 5_000).map(i -> i * 54 + 30).toArray();
        List<AnalyzedText> atOnce = new java.util.ArrayList<>();
        ENGLISH.analyzeAround(text, offsets, atOnce::add);
        List<java.util.function.Supplier<AnalyzedText>> later = new java.util.ArrayList<>();
        ENGLISH.analyzeAroundLater(text, offsets, later::add);
        assertThat(later).hasSameSizeAs(atOnce).hasSizeGreaterThan(1);
        // tagged last piece first, each on a thread of its own
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            for (int i = later.size() - 1; i >= 0; i--) {
                AnalyzedText piece = pool.submit(later.get(i)::get).get();
                assertThat(piece.tokens()).isEqualTo(atOnce.get(i).tokens());
                assertThat(piece.sentences()).isEqualTo(atOnce.get(i).sentences());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aSentenceOpensOnTheNounOfItsSubjectNotOnAnImperative() {
        AnalyzedText a = analyze("Share prices on the Kessel Stock Exchange closed lower Thursday.");
        assertThat(token(a, "Share").pos()).isEqualTo("NN");
        assertThat(ENGLISH.pastLemma("closed")).contains("close");
        assertThat(ENGLISH.pastLemma("rose")).contains("rise");
        assertThat(ENGLISH.pastLemma("closet")).isEmpty();
    }

    @Test
    void aWordInIngTakenForANounHasTheLemmaOfItsVerb() {
        assertThat(ENGLISH.verbLemma("clearing")).isEqualTo("clear");
        assertThat(ENGLISH.verbLemma("Searching")).isEqualTo("search");
        assertThat(ENGLISH.verbLemma("making")).isEqualTo("make");
        assertThat(ENGLISH.verbLemma("running")).isEqualTo("run");
        assertThat(ENGLISH.verbLemma("went")).isEqualTo("go");
    }


    @Test
    void aNamesApostropheStaysInsideTheNameAndCliticsStillSplit() {
        assertThat(words(analyze("O'Brien met Kim's aides in Xi'an and didn't stay.")))
                .containsExactly("O'Brien", "met", "Kim", "'s", "aides", "in", "Xi'an", "and", "did", "n't", "stay",
                        ".");
    }


    @Test
    void anAdjectiveInEdAfterHaveIsThePerfectsParticipleUnlessANounFollows() {
        AnalyzedText a = analyze("Israel had closed Rafah earlier Thursday to prevent Haniya from returning.");
        assertThat(token(a, "closed").pos()).isEqualTo("VBN");
        assertThat(token(a, "closed").lemma()).isEqualTo("close");
        assertThat(token(analyze("The reform had limited success in the north."), "limited").pos()).isEqualTo("JJ");
    }

    @Test
    void anAdjectiveAfterANumberBeforeTheVerbIsTheSubjectsNoun() {
        // "One militant/JJ was killed" read the number as the subject and cut the passive's phrases off its title
        assertThat(token(analyze("One militant was killed and nine other Palestinians wounded."), "militant").pos())
                .isEqualTo("NN");
        assertThat(token(analyze("One militant group was banned."), "militant").pos()).isEqualTo("JJ");
    }

    @Test
    void aSurnameInErOpeningTheSentenceBeforeItsVerbIsAName() {
        assertThat(token(analyze("Federer beat Roddick on Thursday."), "Federer").pos()).isEqualTo("NNP");
        assertThat(token(analyze("Higher prices hit sales."), "Higher").pos()).startsWith("JJ");
    }

    @Test
    void aVerbAfterAPossessivePronounIsANoun() {
        assertThat(token(analyze("Elizabeth Birnbaum left her post today."), "post").pos()).isEqualTo("NN");
        // "her" as the object of a verb that a bare verb follows
        assertThat(token(analyze("They let her go on Monday."), "go").pos()).startsWith("VB");
    }

    @Test
    void aWordOpeningTheSentenceBeforeAFiniteVerbIsItsSubject() {
        // names the tagger never saw read as imperatives; an imperative is followed by its object, not a finite verb
        assertThat(token(analyze("Zang cancelled a trip to Lagos on Wednesday."), "Zang").pos()).isEqualTo("NNP");
        assertThat(token(analyze("Zang says the strike will go on."), "Zang").pos()).isEqualTo("NNP");
        assertThat(token(analyze("Zang has resigned as coach."), "Zang").pos()).isEqualTo("NNP");
        assertThat(token(analyze("Defeat left the club in 11th place."), "Defeat").pos()).isEqualTo("NN");
        assertThat(token(analyze("Take the money and run."), "Take").pos()).startsWith("VB");
    }

    @Test
    void aVerbsBaseFormAfterToBeforeAnArticleIsNoPronoun() {
        // "moved to hike/PRP the federal funds rate" cut the title at "moves"
        assertThat(token(analyze("Last week, the rate committee, of which Olsen is a voting member, moved to hike the"
                + " main rate to 4.5 percent."), "hike").pos()).isEqualTo("VB");
        assertThat(token(analyze("The board handed it to them the next day."), "them").pos()).isEqualTo("PRP");
    }
}
