package dev.timeline.happening;

import dev.timeline.event.EventMention;
import dev.timeline.text.AnalyzedText;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Updates of a toll told elsewhere: the dead found since ("Rescue teams found five more bodies on Tuesday in the
 * colliery", "Divers recovered another body from the ferry"), a running count rather than a happening of its own. The
 * verbs of finding are those of {@code recovery-verbs.txt}. Stateless.
 */
final class TollUpdates {
    private static final Set<String> RECOVERY_VERBS = Lexicons.firstColumn("recovery-verbs.txt");
    /** The object of such a verb that adds to a count: "five more bodies", "another body", "three more victims". */
    private static final Pattern MORE_DEAD = Pattern.compile("(?i)^\\s+(?:(?:up|out)\\s+)?(?:[\\w,.-]+\\s+)?"
            + "(?:more|another|further|additional|other)\\s+(?:bod(?:y|ies)|victims|corpses)\\b");
    /** How many characters after the verb its object is read. */
    private static final int REACH = 60;

    private TollUpdates() {
    }

    /** Whether {@code e}, a verb of finding, finds more of the dead: an update of a toll. */
    static boolean findsMoreDead(AnalyzedText text, EventMention e) {
        if (!e.token().isVerb() || !RECOVERY_VERBS.contains(e.lemma().toLowerCase(Locale.ROOT))) {
            return false;
        }
        String after = text.text().substring(e.end(), Math.min(text.text().length(), e.end() + REACH));
        return MORE_DEAD.matcher(after).lookingAt();
    }
}
