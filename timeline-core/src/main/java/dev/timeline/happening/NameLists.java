package dev.timeline.happening;

import dev.timeline.text.AnalyzedText;
import dev.timeline.text.Sentence;
import dev.timeline.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A subject that lists persons by name, each maybe after a title, too long for a title to quote whole: "Homeland
 * Security Secretary Janet Napolitano, Interior Secretary Ken Salazar, [...] and NOAA Administrator Jane Lubchenco plan
 * to visit", "Justin Bieber, Cameron Diaz, Lenny Kravitz, Ryan Seacrest are set to appear". Cut by the length limit
 * or a comma, the subject was the last person alone, one actor of several ("Jane Lubchenco visits the Gulf Coast");
 * read as a list, it is the names without their titles ("Janet Napolitano, Ken Salazar, Lisa Jackson, Carol Browner
 * and Jane Lubchenco"). And the names an earlier sentence joined that "the" and a count stand for: "China and India
 * have long disputed their border. The two countries appointed special envoys" ({@code counted-nouns.txt}). Stateless.
 */
final class NameLists {
    /** The fewest names that make a list: two are "A and B", which the subject's scan reads whole. */
    private static final int MIN_NAMES = 3;
    /** The most names a title lists. */
    private static final int MAX_NAMES = 6;
    /** The most words of a title and name together in one item of the list. */
    private static final int MAX_ITEM_WORDS = 8;
    /** Words in lower case inside names: "Dominique de Villepin", "Ludwig van Beethoven". */
    private static final Set<String> PARTICLES = Set.of("de", "da", "di", "van", "von", "der", "den", "du", "del",
            "della", "le", "la", "bin", "ben");
    /** Offices before a name that {@link Entities#TITLES} leaves to the name: "Administrator Bob Perciasepe". */
    private static final Set<String> OFFICES = Set.of("administrator", "director", "coordinator", "commissioner",
            "adviser", "advisor", "spokesman", "spokeswoman", "attorney");

    /** Plural nouns a count points back with to names of one kind ({@code counted-nouns.txt}): "The two countries". */
    private static final java.util.Map<String, Entities.Kind> COUNTED_NOUNS = java.util.Map.copyOf(
            com.google.common.collect.Maps.transformValues(Lexicons.secondColumn("counted-nouns.txt"),
                    Entities.Kind::valueOf));
    /** "The", a count and a plural noun, maybe adjectives between: "The two countries", "the three Asian nations". */
    private static final java.util.regex.Pattern COUNTED = java.util.regex.Pattern.compile(
            "(?i:the) (two|three|four) (?:\\p{L}[\\p{L}-]* ){0,3}(\\p{Ll}+)");
    /** A name: up to four capitalized words on one line. */
    private static final String NAME = "(\\p{Lu}[\\p{L}.'\u2019-]*(?: \\p{Lu}[\\p{L}.'\u2019-]*){0,3})";
    private static final java.util.regex.Pattern TWO_NAMES = java.util.regex.Pattern.compile(
            "\\b" + NAME + " and " + NAME + "\\b(?! \\p{Lu})");
    private static final java.util.regex.Pattern THREE_NAMES = java.util.regex.Pattern.compile(
            "\\b" + NAME + ", " + NAME + ",? and " + NAME + "\\b(?! \\p{Lu})");
    private static final java.util.regex.Pattern FOUR_NAMES = java.util.regex.Pattern.compile(
            "\\b" + NAME + ", " + NAME + ", " + NAME + ",? and " + NAME + "\\b(?! \\p{Lu})");
    /** A word in lower case and a capitalized one after a name: the name was a title's ("Palestinian president"). */
    private static final java.util.regex.Pattern TITLE_AFTER = java.util.regex.Pattern.compile(" \\p{Ll}+ \\p{Lu}");
    /** Capitalized words that open a sentence, not a name: "The", "In". */
    private static final Set<String> OPENERS = Set.of("The", "A", "An", "In", "On", "At", "But", "And", "For", "If",
            "When", "While", "After", "Before", "Both", "This", "That", "Their", "His", "Her", "Its");
    /** How far back, in characters, the names a count points back to are looked for. */
    private static final int COUNTED_REACH = 1500;

    private NameLists() {
    }

    /** A subject that is "the" and a count alone: "The six". */
    private static final java.util.regex.Pattern COUNT_ALONE = java.util.regex.Pattern.compile(
            "[Tt]he (two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)");
    /** How far back, in characters, the phrase a count alone points to may stand: the sentence before, mostly. */
    private static final int COUNT_REACH = 400;

    /**
     * The phrase an earlier sentence counted that {@code subject}, "the" and a count alone, points back to: the last
     * count of the same number before offset {@code at}, at most {@value #COUNT_REACH} characters back, with the
     * plural noun after it and a phrase of "of" or "from" that names something ("Six members of the Muslim
     * Brotherhood were charged on Monday. The six were arrested on Sunday": "Six members of the Muslim
     * Brotherhood"); empty for another subject or without such a phrase.
     */
    static Optional<String> countedAlone(String text, String subject, int at) {
        java.util.regex.Matcher m = COUNT_ALONE.matcher(subject);
        if (!m.matches()) {
            return Optional.empty();
        }
        int from = Math.max(0, at - COUNT_REACH);
        java.util.regex.Matcher phrase = java.util.regex.Pattern.compile("\\b(?i:" + m.group(1)
                + ")\\s+\\p{Ll}+s(?:\\s+(?:of|from)\\s+(?:the\\s+)?\\p{Lu}[\\w'-]*(?:\\s+\\p{Lu}[\\w'-]*)*)?")
                .matcher(text).region(from, at);
        String last = null;
        while (phrase.find()) {
            last = phrase.group();
        }
        return last == null || !last.contains(" of ") && !last.contains(" from ") ? Optional.empty()
                : Optional.of(Character.toUpperCase(last.charAt(0)) + last.substring(1));
    }

    /**
     * The names an earlier sentence joined that {@code subject}, "the", a count and a plural noun of
     * {@code counted-nouns.txt}, points back to, as one subject ("China and India" for "The two countries"): the last
     * list on one line before offset {@code at}, at most {@value #COUNTED_REACH} characters back, of as many names
     * (capitalized words) joined by commas and "and", none of them a name the entities found of another kind than
     * the noun's, and no further name before it; empty for another subject or without such names.
     */
    static Optional<String> namesCounted(String text, ClauseTitles.Names entities, String subject, int at) {
        java.util.regex.Matcher m = COUNTED.matcher(subject);
        Entities.Kind kind = m.matches() ? COUNTED_NOUNS.get(m.group(2)) : null;
        if (kind == null) {
            return Optional.empty();
        }
        java.util.regex.Pattern list = switch (m.group(1).toLowerCase(Locale.ROOT)) {
            case "two" -> TWO_NAMES;
            case "three" -> THREE_NAMES;
            default -> FOUR_NAMES;
        };
        int from = Math.max(0, at - COUNTED_REACH);
        java.util.regex.Matcher names = list.matcher(text).region(from, at);
        List<String> found = List.of();
        while (names.find()) {
            List<String> these = new ArrayList<>();
            for (int g = 1; g <= names.groupCount(); g++) {
                int start = nameStart(entities, names.start(g), names.end(g));
                if (!ofKind(entities, start, names.end(g), kind) || OPENERS.contains(text.substring(start,
                        names.end(g)).split(" ")[0])) {
                    these = null;
                    break;
                }
                these.add(text.substring(start, names.end(g)));
            }
            // "Britain, France and Germany" holds no pair; "and Palestinian president Mahmud Abbas" names no
            // "Palestinian"
            boolean longer = names.start() >= 2 && (text.startsWith(", ", names.start() - 2)
                    || names.start() >= 5 && text.startsWith(" and ", names.start() - 5))
                    || TITLE_AFTER.matcher(text).region(names.end(), Math.min(text.length(), names.end() + 40))
                    .lookingAt();
            if (these != null && !longer) {
                found = these;
            }
        }
        if (found.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(String.join(", ", found.subList(0, found.size() - 1)) + " and "
                + found.get(found.size() - 1));
    }

    /** Where a name found at {@code [start, end)} starts: where an entity ending there starts, if inside it. */
    private static int nameStart(ClauseTitles.Names entities, int start, int end) {
        for (Entities.Entity e : entities.byStart()) {
            if (e.end() == end && e.start() > start) {
                return e.start(); // "Yesterday China": the entity is "China"
            }
        }
        return start;
    }

    /** Whether no entity of another kind than {@code kind} covers {@code [start, end)}. */
    private static boolean ofKind(ClauseTitles.Names entities, int start, int end, Entities.Kind kind) {
        for (Entities.Entity e : entities.byStart()) {
            if (e.start() <= start && e.end() >= end && e.kind() != kind) {
                return false;
            }
        }
        return true;
    }

    /**
     * The persons listed in the subject that ends at token {@code end} (exclusive) of {@code s}, each a run of
     * capitalized words (a title and a name), the runs parted by commas and maybe one last "and"; empty unless there
     * are {@value #MIN_NAMES} to {@value #MAX_NAMES} runs of two words or more, all but one of them, and the last one,
     * ending on a person the entities found, and no name of one word stands in the list ("ExxonMobil, Chevron Corp.,
     * Conoco Phillips and Shell Oil").
     */
    static Optional<ClauseSubjects.Subject> personsEndingAt(AnalyzedText text, Sentence s, int end,
            ClauseTitles.Names entities) {
        List<Token> tokens = text.tokens();
        List<String> names = new ArrayList<>();
        int k = end - 1;
        int first = -1;
        boolean and = false;
        int persons = 0;
        while (k >= s.firstToken() && names.size() <= MAX_NAMES) {
            int runEnd = k + 1;
            while (k >= s.firstToken() && runEnd - k <= MAX_ITEM_WORDS && isNameWord(tokens.get(k))) {
                k--;
            }
            int runStart = k + 1;
            if (runEnd - runStart < 2) {
                if (runEnd - runStart == 1 && (runStart == s.firstToken()
                        || tokens.get(runStart - 1).text().equals(","))) {
                    return Optional.empty(); // "ExxonMobil, Chevron Corp., ...": a name of one word in the list
                }
                break; // "In that vein, Homeland ...", "In Paris, Foreign Minister ...": an opening, no item
            }
            Item item = item(text, runStart, runEnd, entities);
            names.add(item.name());
            persons += item.person() ? 1 : 0;
            first = runStart;
            if (names.size() > 1 && k - 2 >= s.firstToken() && Phrases.low(tokens.get(k)).equals("and")
                    && isNameWord(tokens.get(k - 1)) && tokens.get(k - 2).text().equals(",")) {
                k -= 2; // "Energy and Climate Change Policy Assistant Carol Browner": an "and" inside a title
                first = k + 1;
            }
            String sep = k >= s.firstToken() ? Phrases.low(tokens.get(k)) : "";
            if (sep.equals("and") && !and && names.size() == 1) {
                and = true;
                k--;
                if (k >= s.firstToken() && tokens.get(k).text().equals(",")) {
                    k--; // "A, B, and C"
                }
            } else if (sep.equals(",")) {
                k--;
            } else {
                break;
            }
        }
        if (names.size() < MIN_NAMES || names.size() > MAX_NAMES || first < 0 || persons < names.size() - 1
                || PersonReferents.personEndingAt(text, tokens.get(end - 1).end(), first, entities, true).isEmpty()) {
            return Optional.empty();
        }
        java.util.Collections.reverse(names);
        String last = names.remove(names.size() - 1);
        return Optional.of(new ClauseSubjects.Subject(first, String.join(", ", names) + " and " + last, true));
    }

    /** Whether {@code t} is a capitalized word of a name or a title, or a particle of a name: "Secretary", "de". */
    private static boolean isNameWord(Token t) {
        return (t.isNoun() || t.pos().startsWith("JJ")) && Character.isUpperCase(t.text().charAt(0))
                || PARTICLES.contains(t.text()); // "Homeland/NN Security/NN Secretary", "Interior/JJ Secretary"
    }

    /**
     * The name of a run of capitalized words, and whether the entities found a person there: the person's name without
     * its title words ("George W. Bush", "Bob Perciasepe" of "EPA Deputy Administrator Bob Perciasepe"), or the run's
     * last two words ("Lisa Jackson", taken into an agency's name), three with a particle ("Dominique de Villepin").
     */
    private static Item item(AnalyzedText text, int runStart, int runEnd, ClauseTitles.Names entities) {
        List<Token> tokens = text.tokens();
        int from = tokens.get(runStart).start();
        int to = tokens.get(runEnd - 1).end();
        for (Entities.Entity p : entities.persons()) {
            if (p.end() == to && p.start() >= from) {
                List<String> words = new ArrayList<>(List.of(p.name().split(" ")));
                while (words.size() > 2 && isTitle(words.get(0))) {
                    words.remove(0);
                }
                // "NOAA Administrator Jane Lubchenco": a name of more than three words took in its title's start
                return new Item(String.join(" ", words.size() <= 3 ? words
                        : words.subList(words.size() - 2, words.size())), true);
            }
        }
        int two = runEnd - 2 > runStart && PARTICLES.contains(tokens.get(runEnd - 2).text()) ? runEnd - 3 : runEnd - 2;
        return new Item(Phrases.words(text, two, runEnd), false);
    }

    private static boolean isTitle(String word) {
        String low = word.toLowerCase(Locale.ROOT);
        return Entities.TITLES.contains(low) || OFFICES.contains(low);
    }

    /** A name of the list, and whether the entities found a person there. */
    private record Item(String name, boolean person) {
    }
}
