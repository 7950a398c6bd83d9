package dev.timeline.happening;

import dev.timeline.tag.Mention;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Time expressions inside a name in quotation marks that a naming word gives: the operation the army "called "the
 * clouds of autumn"", a campaign "dubbed "Summer of Hope"". Such a date is a word of the name; it dates nothing.
 */
final class QuotedNames {
    /** A naming word, then an opening quotation mark and the name's words so far, no closing mark among them. */
    private static final Pattern NAMING_BEFORE = Pattern.compile("(?i)\\b(?:called|dubbed|named|code-?named|titled"
            + "|entitled|known as|nicknamed)\\s+[\"\u201c][^\"\u201d]{0,60}$");
    /** How far before a time expression its naming word may stand, in characters. */
    private static final int REACH = 80;

    private QuotedNames() {
    }

    /** The {@code mentions} of {@code text} that no quoted name holds. */
    static List<Mention> without(String text, List<Mention> mentions) {
        return mentions.stream().filter(m -> !inQuotedName(text, m)).toList();
    }

    /** Whether mention {@code m} of {@code text} stands inside a quoted name after a naming word. */
    static boolean inQuotedName(String text, Mention m) {
        String before = text.substring(Math.max(0, m.start() - REACH), m.start());
        return NAMING_BEFORE.matcher(before).find();
    }
}
