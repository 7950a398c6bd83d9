package dev.timeline.event;

/**
 * The common nouns of news: the lemmas that raw news (the silver corpus counted by {@code train-events}) writes in
 * lower case often enough to be counted ({@code noun-contexts.txt}). A capitalized word whose lemma is one of them
 * is a common noun capitalized by its place ("Fans waited outside", "Shares jumped"), not a name. Stateless and
 * thread-safe.
 */
public final class CommonNouns {
    private CommonNouns() {
    }

    /**
     * Whether {@code lemma}, in lower case, is a common noun of news.
     *
     * @throws NullPointerException if {@code lemma} is null
     */
    public static boolean contains(String lemma) {
        return NounContexts.english().seen(lemma);
    }
}
