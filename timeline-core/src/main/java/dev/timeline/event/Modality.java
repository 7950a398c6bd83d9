package dev.timeline.event;

import java.util.Locale;
import java.util.Optional;

/**
 * The modal verb that qualifies an event ("may attend", "could resign"): the event is possible, necessary or
 * wished, not asserted. "Will" and "shall" are not among them: they make the tense {@link Tense#FUTURE}.
 */
public enum Modality {
    CAN, COULD, MAY, MIGHT, MUST, OUGHT, SHOULD, WOULD;

    /** The modal as written in TimeML's {@code modality} attribute: the lower-case word, such as {@code may}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The modality a word names: "may", "Could", "'d" (would); empty for any other word. */
    public static Optional<Modality> of(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        if (w.equals("'d")) {
            return Optional.of(WOULD);
        }
        for (Modality m : values()) {
            if (m.word().equals(w)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
