package dev.timeline.happening;

import dev.timeline.event.AnchorRelation;
import dev.timeline.event.TimeAnchor;
import dev.timeline.tag.Mention;
import dev.timeline.tag.TimexType;
import dev.timeline.text.AnalyzedText;
import dev.timeline.text.Sentence;
import dev.timeline.text.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * The date of an event that the anchorer placed at a live page's stamp: "3.45pm: Hayward was paid £4m last year" is
 * placed at the stamp, the time the line was posted, and the chronology would date the pay then. The stamp is a clock
 * time that opens its sentence before a colon; the sentence's own date, when it names one, takes its place, and the
 * stamp dates only the sentences that name none ("2.39pm: Chairman Markey brings the hearing to a close"). Stateless.
 */
final class StampAnchors {
    private StampAnchors() {
    }

    /**
     * {@code anchors} with each anchor to a stamp replaced by one to the date of its sentence that stands nearest its
     * event; the others, and those whose sentence names no other date, as they were. {@code timexes} are the text's
     * expressions in text order.
     */
    static List<TimeAnchor> dated(AnalyzedText text, List<TimeAnchor> anchors, List<Mention> timexes) {
        List<TimeAnchor> out = new ArrayList<>(anchors.size());
        for (TimeAnchor a : anchors) {
            Mention date = isStamp(text, a.timex()) ? AnchorDates.nearestOtherDate(text, a, timexes) : null;
            out.add(date == null ? a : new TimeAnchor(a.event(), date, AnchorRelation.IS_INCLUDED, a.confidence()));
        }
        return out;
    }

    /** Whether {@code m} is a clock time that opens its sentence right before a colon: "3.45pm: ...". */
    static boolean isStamp(AnalyzedText text, Mention m) {
        if (m.type() != TimexType.TIME) {
            return false;
        }
        List<Token> own = text.tokensIn(m.start(), m.end());
        if (own.isEmpty()) {
            return false;
        }
        Sentence s = text.sentenceOf(own.get(0));
        int after = own.get(own.size() - 1).index() + 1;
        return own.get(0).index() == s.firstToken() && after < s.endToken()
                && text.tokens().get(after).text().equals(":");
    }
}
