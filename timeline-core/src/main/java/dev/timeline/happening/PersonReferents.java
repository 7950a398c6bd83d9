package dev.timeline.happening;

import dev.timeline.text.AnalyzedText;
import dev.timeline.text.Sentence;
import dev.timeline.text.Token;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Who a subject that does not name its person stands for, among the persons the article named ({@link
 * ClauseTitles.Names}): "he" or "she" for the main person or the one who opened the sentence before, unless an
 * honorific of the pronoun's sex names someone else; "the king" for the person last named with that title ("King
 * Gyanendra"); a description for the name it ends on or stands beside. Split out of {@link ClauseSubjects}. Stateless.
 */
final class PersonReferents {
    /** Honorifics before a name that tell a woman ("Ms Lee") or a man ("Mr Hayward"). */
    private static final Set<String> FEMALE_HONORIFICS = Set.of("ms", "mrs", "miss", "madam", "ms.", "mrs.");
    private static final Set<String> MALE_HONORIFICS = Set.of("mr", "sir", "mr.");
    /** The longest sentence before a pronoun whose opening name the pronoun may stand for, in characters. */
    private static final int MAX_PREVIOUS_SENTENCE = 400;
    /** A sentence's end with another sentence after it: a full stop, mark or line break, then a capital or quote. */
    private static final java.util.regex.Pattern SENTENCE_END = java.util.regex.Pattern.compile(
            "[.!?][\"'\u201D]?\\s+[\"\u201C]?\\p{Lu}|\n");
    /** The most words a person's name takes: a longer one took in words of the description before it. */
    private static final int MAX_NAME_WORDS = 3;
    /** How many capitalized words a name before "whose" may have. */
    private static final int MAX_OWNER_WORDS = 4;
    /** How many persons named before a title-only subject are tried for its title. */
    private static final int TITLED_REACH = 30;
    /** How far back, in characters, a title with a name after it is looked for ("King Gyanendra"). */
    private static final int TITLED_TEXT_REACH = 3000;
    /** Words of a date between a verb of saying and the clause it reports ("said on Monday that"). */
    private static final Set<String> REPORT_DATES = com.google.common.collect.Sets.union(HappeningFilters.WEEKDAYS,
            Set.of("on", "today", "yesterday", "here", "there"));
    /** A title of {@link #TITLED} and up to four capitalized words after it, by title in lower case: made once. */
    private static final java.util.Map<String, java.util.regex.Pattern> TITLED_NAMES =
            new java.util.concurrent.ConcurrentHashMap<>();

    private PersonReferents() {
    }

    /** The person named from token {@code from} on whose name ends at {@code end}, as a subject. */
    static Optional<ClauseSubjects.Subject> personEndingAt(AnalyzedText text, int end, int from,
            ClauseTitles.Names entities) {
        return personEndingAt(text, end, from, entities, false);
    }

    /**
     * The person named from token {@code from} on whose name ends at {@code end}, as a subject; after a preposition
     * or a possessive only when {@code anywhere} ("discussed by Tony Hayward, the chief executive who resigned").
     */
    static Optional<ClauseSubjects.Subject> personEndingAt(AnalyzedText text, int end, int from,
            ClauseTitles.Names entities, boolean anywhere) {
        for (Entities.Entity p : entities.persons()) {
            if (p.end() != end) {
                continue;
            }
            // "the Asia Pacific Region Martha Benson": a name of more than three words took in the description's
            // end, and its last two are the person's
            String[] words = p.name().split(" ");
            String name = words.length > MAX_NAME_WORDS
                    ? words[words.length - 2] + " " + words[words.length - 1] : p.name();
            Optional<Token> first = text.tokenAtOrAfter(end - name.length());
            // "a gas explosion in Datong city of north China's Shanxi Province": a name after a preposition or a
            // possessive is the object of a phrase inside the subject, not the one it describes
            if (first.isPresent() && first.get().index() >= from && first.get().start() == end - name.length()
                    && !(!anywhere && afterAPreposition(text.tokens(), first.get().index(), from))) {
                return Optional.of(new ClauseSubjects.Subject(first.get().index(), name, false));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the name at token {@code at} stands right after a preposition or a possessive ("in Datong city of
     * north China's Shanxi Province"), or after a preposition past the words of its title ("a former press aide to
     * former Vice President Dick Cheney"): the object of a phrase inside the subject that starts at {@code from}, not
     * the one it describes.
     */
    private static boolean afterAPreposition(List<Token> tokens, int at, int from) {
        int i = at - 1;
        while (i > from && Entities.TITLES.contains(tokens.get(i).lowerText().replace(".", ""))) {
            i--; // "former", "Vice", "President"
        }
        String pos = i >= 0 ? tokens.get(i).pos() : "";
        if (i == at - 1) {
            return pos.equals("IN") || pos.equals("TO") || pos.equals("POS");
        }
        // past a title: "Pakistan's Foreign Secretary Riaz Khan" is the country's secretary, and "Undersecretary of
        // State Nicholas Burns" holds the preposition inside the title
        return (pos.equals("IN") || pos.equals("TO")) && i - 1 >= 0
                && !Character.isUpperCase(tokens.get(i - 1).text().charAt(0));
    }

    /**
     * The person named last before {@code offset} with {@code title} right before the name ("Prime Minister Abdullah
     * Ahmad Badawi", "President Bush"), among the {@value #TITLED_REACH} persons named last.
     */
    static Optional<String> lastTitled(String text, ClauseTitles.Names names, String title, int offset) {
        List<Entities.Entity> persons = names.persons();
        int at = personsBefore(persons, offset);
        for (int k = at - 1; k >= Math.max(0, at - TITLED_REACH); k--) {
            Entities.Entity e = persons.get(k);
            int from = Math.max(0, e.start() - title.length() - 2);
            boolean titledName = e.name().toLowerCase(java.util.Locale.ROOT)
                    .startsWith(title.toLowerCase(java.util.Locale.ROOT) + " "); // "King Gyanendra of Nepal"
            if ((titledName || e.start() <= text.length() && text.substring(from, e.start())
                    .toLowerCase(java.util.Locale.ROOT).contains(title.toLowerCase(java.util.Locale.ROOT)))
                    && !deputy(text, from, Math.min(text.length(), e.start() + title.length()), title)) {
                return Optional.of(e.name());
            }
        }
        // a name the entities did not take for a person: "King Gyanendra of Nepal" before "the king" ("General"
        // opens too many names of organizations: "General Motors", "General Assembly")
        if (title.equalsIgnoreCase("general")) {
            return Optional.empty();
        }
        java.util.regex.Matcher m = TITLED_NAMES.computeIfAbsent(title.toLowerCase(Locale.ROOT),
                t -> java.util.regex.Pattern.compile("\\b(?i:" + java.util.regex.Pattern.quote(t)
                        + ") (\\p{Lu}[\\p{L}-]+(?: \\p{Lu}[\\p{L}-]+){0,3})\\b")).matcher(text)
                .region(Math.max(0, offset - TITLED_TEXT_REACH), Math.min(offset, text.length()));
        String name = null;
        while (m.find()) {
            name = text.substring(m.start(), m.end());
        }
        return name == null || !Character.isUpperCase(name.charAt(0)) ? Optional.empty() : Optional.of(name);
    }

    /** Words before a title that make its holder another's second: "Vice President Atiku Abubakar" is no president. */
    private static final java.util.regex.Pattern DEPUTY = java.util.regex.Pattern.compile(
            "(?i)\\b(?:vice|deputy)[ -]$");

    /**
     * Whether {@code title}, where it first stands in the text from {@code from} to {@code to} (the name's start, or
     * its title's end when the name opens with it), follows "vice" or "deputy": "The president" is not "Vice President
     * Atiku Abubakar" (the title "vice president" itself opens with it and is not read so). Only that stretch is
     * lower-cased, not the whole text for each person tried.
     */
    private static boolean deputy(String text, int from, int to, String title) {
        if (from >= to) {
            return false;
        }
        int in = text.substring(from, to).toLowerCase(java.util.Locale.ROOT)
                .indexOf(title.toLowerCase(java.util.Locale.ROOT));
        int at = from + in;
        return in >= 0 && DEPUTY.matcher(text.substring(Math.max(0, at - 8), at)).find();
    }

    /**
     * The common noun right before the verb of saying whose reported clause the pronoun at token {@code pronoun} opens
     * ("the department's top official overseeing drilling announced that he will step down": "drilling"; "the
     * president said on Monday he"): the pronoun stands for that verb's subject, described rather than named; empty
     * when a name or a pronoun is that subject, or no verb of saying comes right before.
     */
    static Optional<Token> describedSpeaker(List<Token> tokens, Sentence s, int pronoun) {
        int j = pronoun - 1;
        if (j >= s.firstToken() && Phrases.low(tokens.get(j)).equals("that")) {
            j--;
        }
        while (j >= s.firstToken() && REPORT_DATES.contains(Phrases.low(tokens.get(j)))) {
            j--; // "said on Monday that he"
        }
        if (j - 1 < s.firstToken() || !ClauseSubjects.isReportingVerb(tokens.get(j))) {
            return Optional.empty();
        }
        int k = j - 1;
        while (k > s.firstToken() && tokens.get(k).pos().startsWith("RB")) {
            k--; // "the official also announced"
        }
        Token before = tokens.get(k);
        return before.isNoun() && !before.pos().startsWith("NNP") ? Optional.of(before) : Optional.empty();
    }

    /** Verbs of telling, whose hearer stands between them and the clause they report: "told reporters he". */
    private static final Set<String> TELLING = Set.of("tell", "inform", "assure", "remind");
    /** Adverbs that deny a saying: "never told investigators that he". */
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never");
    /** The most words of a hearer between a verb of telling and its clause: "told a Brussels inquiry he". */
    private static final int MAX_HEARER = 4;

    /**
     * Whether person {@code p}'s name is the subject of the verb of saying whose reported clause the pronoun at token
     * {@code pronoun} opens: "Marc Dupont said he resigned in 1991", "Marc Dupont told a Brussels inquiry that he was
     * asked in 1991". The name ends right before the verb, perhaps after an adverb ("Dupont also said") that does not
     * deny it ("never told").
     */
    static boolean namedSpeaker(List<Token> tokens, Sentence s, int pronoun, Entities.Entity p) {
        int j = pronoun - 1;
        if (j >= s.firstToken() && Phrases.low(tokens.get(j)).equals("that")) {
            j--;
        }
        while (j >= s.firstToken() && REPORT_DATES.contains(Phrases.low(tokens.get(j)))) {
            j--; // "said on Monday that he"
        }
        int hearer = j;
        while (hearer > s.firstToken() && j - hearer < MAX_HEARER && NounPhrases.isNounPhrasePart(tokens.get(hearer))) {
            hearer--; // "told [a Brussels inquiry] he"
        }
        if (hearer < j && TELLING.contains(tokens.get(hearer).lemma().toLowerCase(Locale.ROOT))
                && tokens.get(hearer).isVerb()) {
            j = hearer;
        }
        if (j - 1 < s.firstToken() || !ClauseSubjects.isReportingVerb(tokens.get(j))) {
            return false;
        }
        int k = j - 1;
        while (k > s.firstToken() && tokens.get(k).pos().startsWith("RB")) {
            if (NEGATIONS.contains(Phrases.low(tokens.get(k)))) {
                return false; // "Murray never told investigators that he found": what he did not say
            }
            k--; // "Dupont also said"
        }
        return tokens.get(k).end() == p.end() && tokens.get(k).start() >= p.start();
    }

    /** Verbs after which "it" is no organization but the empty subject of what follows: "it is clear", "it seems". */
    private static final Set<String> EMPTY_IT_VERBS = Set.of("be", "seem", "appear", "remain", "take", "make", "mean",
            "look", "matter", "happen", "emerge", "become", "come", "rain");

    /**
     * The organization that the subject "it" at token {@code it} stands for, where "it" opens its sentence, maybe after
     * a phrase and a comma with no verb: one the article named as the subject that opens the sentence before ("BP cut
     * its dividend on Monday. In June, it closed its London office"), with no other person or organization named
     * between; empty when "it" is the empty subject of "it is", "it seems", "it was announced", or none such opens the
     * sentence before.
     */
    static Optional<String> organizationForIt(AnalyzedText text, Sentence s, int it, ClauseTitles.Names entities) {
        List<Token> tokens = text.tokens();
        if (it > s.firstToken() && SUBORDINATORS.contains(Phrases.low(tokens.get(it - 1)))) {
            return openingOrganization(text, s, it, entities);
        }
        if (it > s.firstToken() && !tokens.get(it - 1).text().equals(",")) {
            return Optional.empty(); // "much of it", "revealed today it had": not the subject that opens the clause
        }
        for (int k = s.firstToken(); k < it; k++) {
            if (tokens.get(k).isVerb()) {
                return Optional.empty(); // "production has declined but in 2009, it still contributed": the field
            }
        }
        int verb = it + 1;
        while (verb < s.endToken() && (tokens.get(verb).pos().equals("MD") || tokens.get(verb).pos().equals("RB")
                || tokens.get(verb).lemma().equals("have") && verb + 1 < s.endToken()
                && tokens.get(verb + 1).isVerb())) {
            verb++; // "it will", "it also", "it has closed"
        }
        if (verb >= s.endToken() || !tokens.get(verb).isVerb()
                || EMPTY_IT_VERBS.contains(tokens.get(verb).lemma().toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        // the last organization or person named before "it", places passed over: a person named later, whose "it"?
        List<Entities.Entity> named = entities.byStart();
        Entities.Entity organization = null;
        for (int k = personsBefore(named, tokens.get(it).start()) - 1; k >= 0; k--) {
            if (named.get(k).kind() != Entities.Kind.PLACE) {
                organization = named.get(k).kind() == Entities.Kind.ORGANIZATION ? named.get(k) : null;
                break;
            }
        }
        String raw = text.text();
        if (organization == null || !opensThePreviousSentence(raw, organization, s.start())
                || organization.end() + 1 >= raw.length() || raw.charAt(organization.end()) != ' '
                || !Character.isLowerCase(raw.charAt(organization.end() + 1))) {
            return Optional.empty(); // "BP's well", "BP, the oil company,": not the subject named as such
        }
        return Optional.of(organization.name());
    }

    /** Conjunctions of time and cause that open a clause whose "it" may be its sentence's subject. */
    private static final Set<String> SUBORDINATORS = Set.of("before", "after", "when", "until", "because", "once",
            "while");

    /**
     * The organization that opens sentence {@code s} as its subject, right before a word in lower case, when the "it"
     * at token {@code it} opens a clause of time or cause in it and no other person or organization is named between:
     * "Tarn Petroleum sold the field before it reported a loss on Thursday".
     */
    private static Optional<String> openingOrganization(AnalyzedText text, Sentence s, int it,
            ClauseTitles.Names entities) {
        List<Entities.Entity> named = entities.byStart();
        int k = personsBefore(named, s.start());
        if (k >= named.size() || named.get(k).start() != s.start()
                || named.get(k).kind() != Entities.Kind.ORGANIZATION) {
            return Optional.empty();
        }
        Entities.Entity organization = named.get(k);
        for (int j = k + 1; j < named.size() && named.get(j).start() < text.tokens().get(it).start(); j++) {
            if (named.get(j).kind() != Entities.Kind.PLACE) {
                return Optional.empty(); // "Tarn Petroleum sued Velo Oil after it ...": whose "it"?
            }
        }
        String raw = text.text();
        if (organization.end() + 1 >= raw.length() || raw.charAt(organization.end()) != ' '
                || !Character.isLowerCase(raw.charAt(organization.end() + 1))) {
            return Optional.empty();
        }
        return Optional.of(organization.name());
    }

    /** Whether a sentence starts at {@code at}: the text's start, or a full stop, mark or line break before it. */
    static boolean sentenceStartBefore(String text, int at) {
        int i = at - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        return i < 0 || ".!?\n\"\u201C".indexOf(text.charAt(i)) >= 0;
    }

    /**
     * Whether the sentence names, before the pronoun "he" or "she" at {@code pronoun}, someone other than {@code p}
     * with an honorific of the pronoun's sex ("Ms Lee, who has spoken about Jackson, ... when she continues
     * testifying"): the pronoun is that person's, not {@code p}'s.
     */
    static boolean honorificOfTheSameSexBefore(List<Token> tokens, Sentence s, Token pronoun,
            Entities.Entity p) {
        Set<String> honorifics = Phrases.low(pronoun).equals("she") ? FEMALE_HONORIFICS : MALE_HONORIFICS;
        for (int i = s.firstToken(); i + 1 < pronoun.index(); i++) {
            Token next = tokens.get(i + 1).text().equals(".") && i + 2 < pronoun.index() ? tokens.get(i + 2)
                    : tokens.get(i + 1);
            if (honorifics.contains(Phrases.low(tokens.get(i))) && Character.isUpperCase(next.text().charAt(0))
                    && !(next.start() >= p.start() && next.start() < p.end()) && !p.name().contains(next.text())) {
                return true;
            }
        }
        return false;
    }

    /** How many of {@code persons} (or any entities), sorted by start, start before {@code offset}. */
    static int personsBefore(List<Entities.Entity> persons, int offset) {
        int lo = 0;
        int hi = persons.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (persons.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    static Optional<String> lastPersonBefore(ClauseTitles.Names names, int offset) {
        return lastPersonEntityBefore(names, offset).map(Entities.Entity::name);
    }

    static Optional<Entities.Entity> lastPersonEntityBefore(ClauseTitles.Names names, int offset) {
        List<Entities.Entity> persons = names.persons();
        int lo = personsBefore(persons, offset);
        return lo == 0 ? Optional.empty() : Optional.of(persons.get(lo - 1));
    }

    /**
     * Whether person {@code p} opens the sentence just before the one that starts at {@code sentenceStart}: a sentence
     * starts at the name, and no other sentence ends between the name and that start.
     */
    static boolean opensThePreviousSentence(String text, Entities.Entity p, int sentenceStart) {
        if (p.end() >= sentenceStart || sentenceStart - p.end() > MAX_PREVIOUS_SENTENCE
                || !sentenceStartBefore(text, p.start())) {
            return false;
        }
        String between = text.substring(p.end(), sentenceStart).strip();
        return !SENTENCE_END.matcher(between).find();
    }


    /**
     * The name before the "whose" at token {@code whose}, comma or not, in its possessive form: a person the article
     * named ("Detlev Mehlis, whose mandate" is "Detlev Mehlis'"; a name in "s" takes the apostrophe alone), or up to
     * {@value #MAX_OWNER_WORDS} capitalized words ("China, whose invasion" is "China's"); empty before a common noun
     * ("the troops whose task"), which says whose only with the words before it.
     */
    static Optional<String> ownerOfWhose(AnalyzedText text, Sentence s, int whose, ClauseTitles.Names entities) {
        List<Token> tokens = text.tokens();
        int end = tokens.get(whose - 1).text().equals(",") ? whose - 1 : whose;
        if (end - 1 < s.firstToken() || !tokens.get(end - 1).pos().startsWith("NNP")) {
            return Optional.empty();
        }
        String name = personEndingAt(text, tokens.get(end - 1).end(), s.firstToken(), entities, true)
                .map(ClauseSubjects.Subject::text).orElse(null);
        if (name == null) {
            int start = end - 1;
            while (start - 1 >= s.firstToken() && end - start < MAX_OWNER_WORDS
                    && tokens.get(start - 1).pos().startsWith("NNP")) {
                start--;
            }
            if (start - 1 >= s.firstToken() && Phrases.low(tokens.get(start - 1)).equals("the")) {
                start--; // "The Taliban, whose regime was toppled": "The Taliban's regime"
            }
            start = headBeforeOf(tokens, s, start);
            name = Phrases.words(text, start, end);
        }
        return Optional.of(name + (name.endsWith("s") ? "'" : "'s"));
    }

    /**
     * Where the noun phrase that a place's "of" completes opens, or {@code start} when none does: "The mayor of Tarvik,
     * whose office was raided" is the mayor's office, not Tarvik's. The phrase is a determiner and up to three
     * adjectives or common nouns before "of".
     */
    private static int headBeforeOf(List<Token> tokens, Sentence s, int start) {
        int k = start - 1;
        if (k - 1 < s.firstToken() || !Phrases.low(tokens.get(k)).equals("of")
                || !tokens.get(k - 1).pos().startsWith("NN") || tokens.get(k - 1).pos().startsWith("NNP")) {
            return start;
        }
        k--;
        int words = 0;
        while (k - 1 >= s.firstToken() && words < 3 && (tokens.get(k - 1).pos().startsWith("JJ")
                || tokens.get(k - 1).pos().equals("NN") || tokens.get(k - 1).pos().equals("NNS"))) {
            k--;
            words++;
        }
        return k - 1 >= s.firstToken() && tokens.get(k - 1).pos().equals("DT") ? k - 1 : start;
    }

    /**
     * The full name of the person whose first name {@code t} is, where the text names a person by it alone ("Under the
     * spotlight is Matt Monro. ... Matt left school at 14", "Hu arrived in Hanoi" after "Hu Jintao"): a surname alone
     * is how news names a person named before, a first name alone is not. Only a proper noun, and only when the text
     * names one person of two or three words that opens or ends with it ("Matt Monro" and "Matt Everitt" leave "Matt"
     * open, as "George W. Bush" and a headline's "Bush Legacy" leave "Bush") and {@code t} is read as a person's name;
     * empty for any other word.
     */
    static Optional<String> fullNameOfAFirstName(ClauseTitles.Names entities, Token t) {
        if (!t.pos().startsWith("NNP") || !entities.personAt(t.start()) || Gazetteer.place(t.text()).isPresent()
                || entities.otherNamesFirstWords().contains(t.text())) {
            // "Oil/NN began washing up": a common noun that opens the sentence; no person; "Exxon" after "Exxon Mobil
            // Corp" and a ship "Exxon Valdez": the company
            return Optional.empty();
        }
        java.util.Set<String> full = entities.fullNamesByWord().getOrDefault(t.text(), java.util.Set.of());
        if (full.size() != 1) {
            return Optional.empty();
        }
        String name = full.iterator().next();
        return name.startsWith(t.text() + " ") && name.split(" ").length <= MAX_NAME_WORDS ? Optional.of(name)
                : Optional.empty();
    }
}
