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
 * and Jane Lubchenco"). Stateless.
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

    private NameLists() {
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
