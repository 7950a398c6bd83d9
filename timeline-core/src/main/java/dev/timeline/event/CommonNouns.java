package dev.timeline.event;

/**
 * The common nouns of news: the lemmas that raw news (the silver corpus counted by {@code train-events}) writes in
 * lower case often enough to be counted ({@code noun-contexts.txt}). A capitalized word whose lemma is one of them
 * is a common noun capitalized by its place ("Fans waited outside", "Shares jumped"), not a name. Stateless and
 * thread-safe.
 */
public final class CommonNouns {
    /** The share of event contexts, in hundredths, above which a noun often names a happening. */
    private static final int HAPPENING_SHARE_PERCENT = 15;

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

    /**
     * Whether raw news often puts the common noun {@code lemma}, in lower case, where happenings go: after "after" or
     * "during", next to a date, before "took place", in more than {@value #HAPPENING_SHARE_PERCENT}
     * hundredths of its occurrences: "massacre", "raid", "election", "coup"; not "village", "restaurant" or "trial".
     *
     * @throws NullPointerException if {@code lemma} is null
     */
    public static boolean oftenAHappening(String lemma) {
        return NounContexts.english().share(lemma) * 100 > HAPPENING_SHARE_PERCENT;
    }
}
