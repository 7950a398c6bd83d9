package dev.timeline.event;

/**
 * Where the features of a model's sample go, each named by a prefix and a value ("w=" and "talks" name "w=talks"):
 * their names for training ({@link Names}), or the model's indexes for evaluation ({@link FeatureIds}). One feature
 * generator feeds both, so the two cannot disagree on a feature or its place.
 */
interface FeatureSink {
    /** Adds the feature named {@code prefix + value}. */
    void add(String prefix, String value);

    /** Adds the feature named {@code name}. */
    default void add(String name) {
        add(name, "");
    }

    /**
     * Adds the feature named {@code prefix + part + value}; a sink may find it without joining the pieces (the
     * anchor features join a candidate's place to most of their values).
     */
    default void add(String prefix, String part, String value) {
        add(prefix + part, value);
    }

    /** Adds the feature named {@code prefix + part + more + value}. */
    default void add(String prefix, String part, String more, String value) {
        add(prefix + part + more, value);
    }

    /**
     * Adds the feature named {@code prefix} and the last {@code length} characters of {@code word}, which must have
     * that many; a sink may find it without cutting the word.
     */
    default void addSuffix(String prefix, String word, int length) {
        add(prefix, word.substring(word.length() - length));
    }

    /** Collects the names, in order. */
    final class Names implements FeatureSink {
        private final java.util.List<String> names = new java.util.ArrayList<>(32);

        @Override
        public void add(String prefix, String value) {
            names.add(prefix + value);
        }

        String[] toArray() {
            return names.toArray(String[]::new);
        }
    }
}
