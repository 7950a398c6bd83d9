package dev.timeline.extract;

import dev.timeline.event.EventMention;
import dev.timeline.text.AnalyzedText;
import dev.timeline.text.Sentence;
import dev.timeline.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Titles of learned events, built from the event's clause: for a verb, its subject, the verb in the present tense
 * from its lemma and its object ("The central bank raises its main rate", "Rebels seize the airport"); for an event
 * noun, its noun phrase of two words or more with a proper noun in it ("Military parade in Beijing", "Gibran
 * Tueni's funeral"; "the ceremony" or "next policy meeting" say too little). A personal pronoun subject stands for the person
 * last named before it; a clause whose subject cannot be named ("it", "they") gives no title.
 */
final class ClauseTitles {
    private static final Set<String> AUXILIARIES = Set.of("will", "would", "shall", "should", "may", "might", "can",
            "could", "must", "'ll", "'d", "to", "not", "n't", "never", "also", "already", "still", "just", "then",
            "reportedly", "finally", "later", "recently", "now", "soon", "again", "yet");
    private static final Set<String> RELATIVES = Set.of("who", "which", "that");
    private static final Set<String> PERSONAL = Set.of("he", "she");
    private static final Set<String> PARTICLES = Set.of("up", "out", "off", "down", "back", "over", "away");
    /** Words that lean on the date after them ("last December 17", "early Monday"): a title does not end on them. */
    private static final Set<String> DATE_MODIFIERS = Set.of("last", "next", "this", "early", "late", "mid",
            "earlier", "later", "on", "in", "at", "since", "until", "by", "from", "during", "through");
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "to", "at", "from", "into", "near", "with");
    private static final int MAX_SUBJECT = 6;
    private static final int MAX_OBJECT = 7;
    private static final int MAX_PREDICATE = 10;
    /** Words that open a subordinate clause: the predicate of the title ends before them. */
    private static final Set<String> CLAUSE_WORDS = Set.of("that", "which", "who", "whom", "whose", "when", "while",
            "as", "after", "before", "because", "since", "although", "though", "if", "unless", "until", "where",
            "whereas", "amid", "despite", "following", "according", "what", "how", "why");
    /** Parts of speech that cannot end a phrase. */
    private static final Set<String> DANGLING = Set.of("IN", "TO", "DT", "CC", "PRP$", "RB", "POS", "MD", "WDT");

    /** A title and the span of text it was read from. */
    record Title(String text, int start, int end, boolean hasSubject) {
    }

    private ClauseTitles() {
    }

    /** The title of {@code e}, if its clause names one. {@code covered} marks tokens inside time expressions. */
    /** The names of one document, in text order, and its main person: built once, read for every title. */
    record Names(List<Entities.Entity> byStart, List<Entities.Entity> persons, String mainPerson) {
        static Names of(List<Entities.Entity> entities) {
            List<Entities.Entity> sorted = new ArrayList<>(entities);
            sorted.sort(java.util.Comparator.comparingInt(Entities.Entity::start)
                    .thenComparingInt(Entities.Entity::end));
            List<Entities.Entity> persons = sorted.stream().filter(x -> x.kind() == Entities.Kind.PERSON).toList();
            return new Names(List.copyOf(sorted), persons, mostNamedPerson(persons));
        }
    }

    static Optional<Title> of(AnalyzedText text, EventMention e, boolean[] covered, Names entities) {
        return isFiniteOrParticiple(text, e.token()) ? verbTitle(text, e, covered, entities)
                : nounTitle(text, e, covered);
    }

    /** Whether a verb heads a clause: any form but a gerund after a determiner or modifier ("a press briefing"). */
    private static boolean isFiniteOrParticiple(AnalyzedText text, Token t) {
        if (!t.isVerb()) {
            return false;
        }
        if (!t.pos().equals("VBG") || t.index() == 0) {
            return true;
        }
        Token before = text.tokens().get(t.index() - 1);
        return !(before.pos().equals("DT") || before.pos().startsWith("JJ") || before.pos().startsWith("NN")
                || before.pos().equals("PRP$") || before.pos().equals("POS"));
    }

    private static Optional<Title> verbTitle(AnalyzedText text, EventMention e, boolean[] covered,
            Names entities) {
        List<Token> tokens = text.tokens();
        Sentence s = text.sentenceOf(e.token());
        int g = e.token().index();
        boolean passive = false;
        while (g - 1 >= s.firstToken()) {
            Token t = tokens.get(g - 1);
            String low = low(t);
            if (t.lemma().equals("be") && t.isVerb()) {
                passive |= e.token().pos().equals("VBN")
                        || e.token().pos().equals("VBD") && low(e.token()).endsWith("ed");
            } else if (!(t.lemma().equals("have") && t.isVerb() || t.lemma().equals("do") && t.isVerb()
                    || AUXILIARIES.contains(low) || t.pos().equals("RB") || t.pos().equals("MD"))) {
                break;
            }
            g--;
        }
        boolean auxiliary = g < e.token().index();
        Token word = e.token();
        if (word.pos().equals("VBG") && !auxiliary) {
            return Optional.empty(); // "an insurgent wearing a belt": a participle modifies, it does not narrate
        }
        boolean objectFollows = word.index() + 1 < s.endToken()
                && isNounPhraseStart(tokens.get(word.index() + 1));
        boolean participleForm = word.pos().equals("VBN") || low(word).endsWith("ed") || low(word).endsWith("en");
        if (participleForm && !objectFollows && !auxiliary && g - 1 >= s.firstToken()
                && (tokens.get(g - 1).pos().equals("NN") || tokens.get(g - 1).pos().equals("NNS"))
                && finiteVerbAfter(tokens, s, word.index())) {
            passive = true; // "the ordinance issued in October violates ...": a reduced relative clause, passive
        }
        int subjectEnd = g;
        if (subjectEnd - 1 >= s.firstToken() && RELATIVES.contains(low(tokens.get(subjectEnd - 1)))) {
            subjectEnd--;
            if (subjectEnd - 1 >= s.firstToken() && low(tokens.get(subjectEnd - 1)).equals(",")) {
                subjectEnd--;
            }
        }
        while (subjectEnd - 1 >= s.firstToken() && covered[subjectEnd - 1]) {
            subjectEnd--; // "The rescue team Monday evacuated": the date between subject and verb
        }
        int subjectStart = subjectEnd;
        while (subjectStart - 1 >= s.firstToken() && subjectEnd - subjectStart < MAX_SUBJECT
                && !covered[subjectStart - 1] && (isNounPhrasePart(tokens.get(subjectStart - 1))
                || isConjunctionOfNames(tokens, s, subjectStart - 1))) {
            subjectStart--; // "China and Pakistan launched": both conjuncts are the subject
        }
        String subject;
        boolean plural;
        if (subjectStart < subjectEnd) {
            while (subjectStart < subjectEnd && !isNounPhraseStart(tokens.get(subjectStart))) {
                subjectStart++;
            }
            if (subjectStart >= subjectEnd || !hasNoun(tokens, subjectStart, subjectEnd)) {
                return Optional.empty();
            }
            if (subjectStart - 1 >= s.firstToken() && isGoverning(tokens.get(subjectStart - 1))) {
                // "the number of Palestinians ... in Israel hit": the subject lies further left
                return Optional.empty();
            }
            String first = low(tokens.get(subjectStart));
            if (first.equals("no") || first.equals("none") || first.equals("nobody") || first.equals("neither")) {
                return Optional.empty(); // "No talks are scheduled": nothing happens
            }
            subject = words(text, subjectStart, subjectEnd);
            Token head = tokens.get(subjectEnd - 1);
            plural = head.pos().equals("NNS") || head.pos().equals("NNPS") || subject.contains(" and ");
        } else if (subjectEnd - 1 >= s.firstToken() && PERSONAL.contains(low(tokens.get(subjectEnd - 1)))) {
            Optional<String> person = lastPersonBefore(entities, tokens.get(subjectEnd - 1).start())
                    .filter(name -> name.equals(entities.mainPerson()));
            if (person.isEmpty()) {
                return Optional.empty();
            }
            subject = person.get();
            subjectStart = subjectEnd - 1;
            plural = false;
        } else {
            return Optional.empty();
        }
        int after = e.token().index() + 1;
        StringBuilder verb = new StringBuilder(passive ? (plural ? "are " : "is ") + e.token().text().toLowerCase(
                Locale.ROOT) : present(e.lemma().toLowerCase(Locale.ROOT), plural));
        if (after < s.endToken() && PARTICLES.contains(low(tokens.get(after))) && !covered[after]
                && (after + 1 >= s.endToken() || !isNounPhraseStart(tokens.get(after + 1)) || covered[after + 1])) {
            verb.append(' ').append(tokens.get(after).text());
            after++;
        }
        int objectEnd = predicateEnd(tokens, s, after, covered);
        String title = subject + " " + verb + (objectEnd > after ? " " + words(text, after, objectEnd) : "");
        return Optional.of(new Title(capitalize(title), tokens.get(subjectStart).start(),
                tokens.get(Math.max(objectEnd, e.token().index() + 1) - 1).end(), true));
    }

    private static Optional<Title> nounTitle(AnalyzedText text, EventMention e, boolean[] covered) {
        List<Token> tokens = text.tokens();
        Sentence s = text.sentenceOf(e.token());
        int at = e.token().index();
        if (e.token().pos().equals("VBG") && at > s.firstToken() && tokens.get(at - 1).isNoun()) {
            return Optional.empty(); // "a resolution slapping sanctions": a participle, not a gerund
        }
        if (at + 1 < s.endToken() && tokens.get(at + 1).isNoun() && !covered[at + 1]) {
            return Optional.empty(); // "an election committee": the noun modifies another
        }
        int start = e.token().index();
        while (start - 1 >= s.firstToken() && e.token().index() - start < 4 && !covered[start - 1]
                && isModifier(tokens.get(start - 1))) {
            start--;
        }
        while (start < e.token().index() && isDroppedModifier(tokens.get(start))) {
            start++;
        }
        int end = e.token().index() + 1;
        if (end + 1 < s.endToken() && !covered[end] && !covered[end + 1]
                && (low(tokens.get(end)).equals("of") || PLACE_PREPOSITIONS.contains(low(tokens.get(end))))
                && isNounPhraseStart(tokens.get(end + 1))) {
            int to = objectEnd(tokens, s, end + 1, covered);
            if (to > end + 1 && hasNoun(tokens, end + 1, to)) {
                end = to;
            }
        }
        String np = words(text, start, end);
        if (!(e.token().isNoun() || e.token().pos().equals("VBG")) || end - start < 2
                || !namesSomeone(tokens, start, end)) {
            return Optional.empty(); // "Next policy meeting", "Suicide bombing": whose, where?
        }
        return Optional.of(new Title(capitalize(np), tokens.get(start).start(), tokens.get(end - 1).end(), false));
    }

    /**
     * The end of the rest of a predicate starting at {@code from}: objects, particles, prepositional phrases and
     * infinitives ("bowed to pressure", "began replacing old notes", "went home from a hospital"), up to a date,
     * punctuation, a subordinate or coordinated clause, or {@value #MAX_PREDICATE} words; words that cannot end a
     * phrase (prepositions, articles, conjunctions) are dropped from its end.
     */
    private static int predicateEnd(List<Token> tokens, Sentence s, int from, boolean[] covered) {
        int i = from;
        int end = from;
        int lastHead = from;
        while (i < s.endToken() && i - from < MAX_PREDICATE && !covered[i]) {
            Token t = tokens.get(i);
            String low = low(t);
            boolean punctuation = !Character.isLetterOrDigit(t.text().charAt(0)) && !low.equals("$")
                    && !low.equals("%") && !t.pos().equals("POS");
            boolean clauseVerb = (low.equals("and") || low.equals("but") || low.equals("or")) && i + 1 < s.endToken()
                    && (tokens.get(i + 1).isVerb() || tokens.get(i + 1).pos().equals("MD"));
            if (punctuation || CLAUSE_WORDS.contains(low) || clauseVerb || t.pos().equals("PRP") && i > from) {
                break;
            }
            i++;
            if (!DANGLING.contains(t.pos()) && !low.equals("to") && !DATE_MODIFIERS.contains(low)) {
                end = i;
            }
            if (t.isNoun() || t.pos().equals("CD") || PARTICLES.contains(low)) {
                lastHead = i;
            }
        }
        boolean cut = i - from >= MAX_PREDICATE && i < s.endToken() && !covered[i];
        // cut by the length limit inside a phrase ("under tighter"): end at its last noun instead
        return cut && lastHead > from ? lastHead : end;
    }

    /** The end of an object noun phrase starting at {@code from}, with at most one "of" or place phrase inside. */
    private static int objectEnd(List<Token> tokens, Sentence s, int from, boolean[] covered) {
        int i = from;
        int lastNoun = from;
        boolean preposition = false;
        while (i < s.endToken() && i - from < MAX_OBJECT && !covered[i]) {
            Token t = tokens.get(i);
            String low = low(t);
            boolean participle = (t.pos().equals("VBG") || t.pos().equals("VBN")) && i + 1 < s.endToken()
                    && tokens.get(i + 1).isNoun() && i > from - 1;
            if (isNounPhrasePart(t) && !t.pos().equals("PRP") || participle) {
                i++;
                if (t.isNoun() || t.pos().equals("CD")) {
                    lastNoun = i;
                }
            } else if (!preposition && (low.equals("of") || PLACE_PREPOSITIONS.contains(low)) && i + 1 < s.endToken()
                    && !covered[i + 1] && isNounPhraseStart(tokens.get(i + 1)) && lastNoun > from) {
                preposition = true;
                i++;
            } else {
                break;
            }
        }
        return lastNoun;
    }

    private static boolean isNounPhrasePart(Token t) {
        String pos = t.pos();
        return pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("CD") || pos.equals("POS")
                || pos.equals("PRP$") || pos.equals("DT") && !low(t).equals("that") || t.text().equals("-");
    }

    private static boolean isNounPhraseStart(Token t) {
        return isNounPhrasePart(t) && !t.pos().equals("POS") && !t.text().equals("-");
    }

    private static boolean isModifier(Token t) {
        String pos = t.pos();
        return pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("POS") || pos.equals("CD")
                || pos.equals("DT") || pos.equals("PRP$");
    }

    private static boolean isDroppedModifier(Token t) {
        return t.pos().equals("DT") || t.pos().equals("PRP$") || t.pos().equals("POS");
    }

    /** Whether a finite verb follows token {@code at} in its sentence: then a participle before it modifies a noun. */
    private static boolean finiteVerbAfter(List<Token> tokens, Sentence s, int at) {
        for (int i = at + 1; i < s.endToken(); i++) {
            String pos = tokens.get(i).pos();
            if (pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD") || pos.equals("VBD")) {
                return true;
            }
        }
        return false;
    }

    /** Whether "and" at {@code i} joins two names or nouns of a subject: a noun on each side. */
    private static boolean isConjunctionOfNames(List<Token> tokens, Sentence s, int i) {
        return tokens.get(i).text().equals("and") && i - 1 >= s.firstToken() && i + 1 < s.endToken()
                && tokens.get(i - 1).isNoun() && isNounPhraseStart(tokens.get(i + 1));
    }

    /** Whether a noun phrase names who or where: a proper noun in it. */
    private static boolean namesSomeone(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (tokens.get(i).pos().startsWith("NNP")) {
                return true;
            }
        }
        return false;
    }

    /** A word after which a noun phrase is an object, not a subject: a preposition or a verb. */
    private static boolean isGoverning(Token t) {
        return t.pos().equals("IN") || t.pos().equals("TO") || t.isVerb();
    }

    /** The person a document names most, if named at least twice. */
    private static String mostNamedPerson(List<Entities.Entity> entities) {
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        String best = "";
        for (Entities.Entity x : entities) {
            if (x.kind() == Entities.Kind.PERSON) {
                int n = counts.merge(x.name(), 1, Integer::sum);
                if (n >= 2 && n > counts.getOrDefault(best, 0)) {
                    best = x.name();
                }
            }
        }
        return best;
    }

    private static boolean hasNoun(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (tokens.get(i).isNoun()) {
                return true;
            }
        }
        return false;
    }

    private static Optional<String> lastPersonBefore(Names names, int offset) {
        List<Entities.Entity> persons = names.persons();
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
        return lo == 0 ? Optional.empty() : Optional.of(persons.get(lo - 1).name());
    }

    /** The present tense of a verb lemma, third person: "raise" -> "raises", "be" -> "is"; plural: the lemma. */
    static String present(String lemma, boolean plural) {
        switch (lemma) {
            case "be":
                return plural ? "are" : "is";
            case "have":
                return plural ? "have" : "has";
            default:
                break;
        }
        if (plural) {
            return lemma;
        }
        if (lemma.endsWith("s") || lemma.endsWith("x") || lemma.endsWith("z") || lemma.endsWith("ch")
                || lemma.endsWith("sh") || lemma.endsWith("o")) {
            return lemma + "es";
        }
        if (lemma.length() > 1 && lemma.endsWith("y") && "aeiou".indexOf(lemma.charAt(lemma.length() - 2)) < 0) {
            return lemma.substring(0, lemma.length() - 1) + "ies";
        }
        return lemma + "s";
    }

    /**
     * The words of tokens {@code [from, to)} as a person writes them: one space between words, none before a clitic
     * or closing mark ("BP's", "6.2%", "fell 5%,") nor after an opening one ("$7.7 billion"), whatever the spacing
     * of the text (Penn-Treebank-tokenized text writes "BP 's" and "$ 7.7").
     */
    private static String words(AnalyzedText text, int from, int to) {
        StringBuilder out = new StringBuilder();
        String previous = "";
        for (int i = from; i < to; i++) {
            String w = text.tokens().get(i).text();
            boolean glued = w.startsWith("'") || w.startsWith("\u2019") || w.equalsIgnoreCase("n't")
                    || w.length() == 1 && ",.;:!?%)]".indexOf(w.charAt(0)) >= 0
                    || previous.equals("$") || previous.equals("(") || previous.equals("[");
            if (i > from && !glued) {
                out.append(' ');
            }
            out.append(w);
            previous = w;
        }
        return out.toString();
    }

    private static String low(Token t) {
        return t.text().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
