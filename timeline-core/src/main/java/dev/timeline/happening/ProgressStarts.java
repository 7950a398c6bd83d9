package dev.timeline.happening;

import dev.timeline.event.Aspect;
import dev.timeline.event.EventMention;
import dev.timeline.tag.Mention;
import dev.timeline.tag.TimexType;
import dev.timeline.text.AnalyzedText;
import dev.timeline.text.Token;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The start of what has been going on since a date: "Gas has been leaking from the pipeline since 3 March" tells that
 * the leak began on 3 March (*Gas begins leaking from the pipeline*), "Maoist rebels have been fighting for a republic
 * since 1996" that the fighting began in 1996. What goes on is no happening of that date; its beginning is. Only a
 * verb in the perfect progressive with "since" right before a date counts: a length ("for two years") dates no start.
 * Stateless.
 */
final class ProgressStarts {
    /** The value of a year, a month or a day (a season, a quarter or a week is no point a progress starts at). */
    private static final Pattern POINT = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    /**
     * Participles that tell a state after "been", not a progress that began ({@code state-progressives.txt}): "had
     * been missing since Friday".
     */
    private static final Set<String> STATES = Lexicons.firstColumn("state-progressives.txt");

    private ProgressStarts() {
    }

    /**
     * Whether asserted verb {@code e}, in the perfect progressive ("has been leaking", "had been holding"), is dated by
     * {@code timex} after "since": the date its progress began.
     */
    static boolean since(AnalyzedText text, EventMention e, Mention timex) {
        if (e.aspect() != Aspect.PERFECTIVE_PROGRESSIVE || !e.token().isVerb() || !e.isAsserted()
                || STATES.contains(e.token().lowerText())
                || timex.type() != TimexType.DATE || timex.mod().isPresent()
                || !POINT.matcher(timex.value()).matches()) {
            return false;
        }
        List<Token> own = text.tokensIn(timex.start(), timex.end());
        int before = own.isEmpty() ? -1 : own.get(0).index() - 1;
        return before > e.token().index() && text.tokens().get(before).lowerText().equals("since")
                && text.sentenceOf(own.get(0)).index() == text.sentenceOf(e.token()).index();
    }

    /**
     * {@code title}, the clause of {@code e} in the present ("Gas leaks from the pipeline"), told as its beginning:
     * "Gas begins leaking from the pipeline"; empty when the title does not hold the verb's present.
     */
    static Optional<ClauseTitles.Title> begun(ClauseTitles.Title title, EventMention e) {
        String lemma = title.verb().toLowerCase(Locale.ROOT);
        String gerund = e.token().text().toLowerCase(Locale.ROOT);
        if (!gerund.endsWith("ing")) {
            return Optional.empty();
        }
        String text = title.text();
        for (boolean plural : new boolean[] {false, true}) {
            String form = " " + VerbTitles.present(lemma, plural);
            int at = text.indexOf(form + " ");
            at = at >= 0 ? at : text.endsWith(form) ? text.length() - form.length() : -1;
            if (at > 0) {
                String begin = plural ? " begin " : " begins ";
                return Optional.of(new ClauseTitles.Title(text.substring(0, at) + begin + gerund
                        + text.substring(at + form.length()), title.start(), title.end(), title.hasSubject(),
                        title.verb(), title.clauseEnd()));
            }
        }
        return Optional.empty();
    }
}
