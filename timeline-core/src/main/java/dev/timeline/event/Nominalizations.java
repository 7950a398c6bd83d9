package dev.timeline.event;

/** The verb behind an event noun, by its suffix, checked against the verbs of news ({@link VerbLemmas}). */
final class Nominalizations {
    /** Suffix rewrites, tried in order: a noun ending in the first part may come from a verb ending in the second. */
    private static final String[][] REWRITES = {
        {"sion", "de"}, {"sion", "d"}, {"ation", "e"}, {"ation", ""}, {"ition", "e"}, {"tion", "te"}, {"tion", "t"},
        {"tion", ""}, {"ment", ""}, {"al", "e"}, {"al", ""}, {"ure", "e"}, {"ure", ""}, {"ance", ""}, {"ence", ""},
        {"ance", "e"}, {"ing", ""}, {"ing", "e"}, {"y", ""}, {"ery", ""}, {"sis", "ze"}};

    private Nominalizations() {
    }

    /** The verb {@code noun} comes from, or {@code noun} itself when none is known. */
    static String verbOf(String noun, VerbLemmas verbs) {
        if (verbs.isVerb(noun) && !noun.endsWith("ing")) {
            return noun; // "visit", "attack", "arrest"
        }
        for (String[] r : REWRITES) {
            if (noun.endsWith(r[0]) && noun.length() - r[0].length() >= 3) {
                String stem = noun.substring(0, noun.length() - r[0].length());
                String verb = stem + r[1];
                if (verbs.lemmas().contains(verb)) {
                    return verb;
                }
                int n = stem.length();
                if (r[1].isEmpty() && n > 3 && stem.charAt(n - 1) == stem.charAt(n - 2)
                        && verbs.lemmas().contains(stem.substring(0, n - 1))) {
                    return stem.substring(0, stem.length() - 1); // "shopping" -> "shop"
                }
            }
        }
        return noun;
    }
}
