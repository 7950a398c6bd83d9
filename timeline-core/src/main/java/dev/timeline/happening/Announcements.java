package dev.timeline.happening;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Decides whether a date that a say-word carries ("said Monday", "announced on Thursday", "a press briefing
 * Thursday") makes an announcement event. News attributes nearly every sentence to someone on some day; a saying is
 * news in itself only when
 * <ul>
 *   <li>its subject is a named source (a person, organization or place, not "officials" or "the company"), and
 *   <li>what it says is itself a dated happening: the sentence holds another trigger and another time expression
 *       ("confirmed on Thursday that Kim will visit China next week").
 * </ul>
 * A date attached to a say-word that fails these dates nothing: it is when something was said, not when the
 * happening said happened. Only dates of a day, a week or a month can be attached to a saying; "reported
 * third-quarter earnings" names what was reported.
 */
final class Announcements {
    /** What a say-word makes of a date. */
    enum Verdict {
        /** The date is not the say-word's: it may date another trigger. */
        NOT_ATTACHED,
        /** The date is when a named source announced a dated happening. */
        ANNOUNCEMENT,
        /** The date is when something was said that makes no event: nothing is dated by it. */
        ONLY_SAID
    }

    private static final Pattern SPEECH_DATE = Pattern.compile("\\d{4}-(\\d{2}(-\\d{2})?|W\\d{2})");
    private static final Pattern DATE_AFTER = Pattern.compile(
            "(\\s+(on|in|at|to|late|early|earlier|later|here|there|[A-Z][\\p{L}.’'\\-]*)){0,5}\\s+");
    private static final Pattern DATE_BEFORE = Pattern.compile("([’']s)?(\\s+[A-Z][\\p{L}.’'\\-]*){0,4}\\s+");
    /** "Thursday’s public announcement": a possessive date with up to two modifiers. */
    private static final Pattern DATE_BEFORE_NOUN = Pattern.compile("([’']s)?(\\s+[\\p{L}\\-]+){0,2}\\s+");

    private Announcements() {
    }

    /**
     * The verdict on the date at sentence offsets {@code ds}..{@code de} (exclusive) with TIMEX3 value {@code value}
     * for the say-word {@code said} among the sentence's {@code triggers}.
     */
    static Verdict judge(Titles.Context c, List<Triggers.Trigger> triggers, Triggers.Trigger said, int ds, int de,
            String value) {
        if (!SPEECH_DATE.matcher(value).matches()) {
            return Verdict.NOT_ATTACHED;
        }
        String sentence = c.sentence();
        boolean attached = said.end() <= ds && DATE_AFTER.matcher(sentence.substring(said.end(), ds)).matches()
                || de <= said.start() && (said.verb() ? DATE_BEFORE : DATE_BEFORE_NOUN)
                        .matcher(sentence.substring(de, said.start())).matches();
        if (!attached) {
            return Verdict.NOT_ATTACHED;
        }
        boolean named = !said.verb() || Subjects.of(c, said.start()).named();
        boolean content = triggers.stream().anyMatch(t -> !t.type().equals("announcement"));
        int from = c.sentenceStart();
        int to = from + sentence.length();
        boolean datedContent = c.timeSpans().stream()
                .anyMatch(s -> s[0] >= from && s[1] <= to && (s[1] <= from + ds || s[0] >= from + de));
        return named && content && datedContent ? Verdict.ANNOUNCEMENT : Verdict.ONLY_SAID;
    }
}
