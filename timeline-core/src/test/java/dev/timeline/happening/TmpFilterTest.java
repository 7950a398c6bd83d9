package dev.timeline.happening;

import dev.timeline.event.EventAnalysis;
import dev.timeline.event.TimeAnchor;
import dev.timeline.tag.Anchor;
import dev.timeline.tag.Mention;
import dev.timeline.tag.Tagger;
import dev.timeline.text.AnalyzedText;
import dev.timeline.text.LanguageLayer;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TmpFilterTest {
    @Test
    void probe() {
        String text = System.getProperty("probe");
        List<Mention> mentions = Tagger.english().tag(text, Anchor.news(LocalDate.of(2010, 6, 23)));
        AnalyzedText t = LanguageLayer.english().analyze(text);
        EventAnalysis analysis = EventAnalysis.of(t, mentions);
        List<Mention> dates = mentions;
        for (TimeAnchor a : analysis.anchors()) {
            var e = a.event();
            var x = a.timex();
            System.out.println("PROBE " + e.token().text() + " " + e.eventClass() + " " + e.polarity() + " -> " + x.text()
                + " happening=" + HappeningFilters.isHappening(t, a)
                + " same=" + HappeningFilters.sameSentence(t, a)
                + " nearest=" + HappeningFilters.nearestDate(t, dates, a)
                + " level=" + Measures.level(t, e, dates)
                + " mood=" + Measures.moodOrState(t, e, dates)
                + " bound=" + HappeningFilters.bound(t, x, e.token().index())
                + " hypo=" + HappeningFilters.hypothetical(t, e)
                + " governedInf=" + HappeningFilters.governedInfinitive(t, e)
                + " anotherClause=" + ClauseBoundaries.anotherClause(t, e, x)
                + " nounAfterPrep=" + DateOwners.datesANounAfterAPreposition(t, e, x)
                + " gerund=" + DateOwners.datesAGerund(t, e, x)
                + " inOrder=" + DateOwners.datesAnotherHappeningInOrder(t, e, x)
                + " effect=" + DateOwners.datesTheEffect(t, e, x)
                + " opening=" + DateOwners.inOpeningParticiple(t, e, x)
                + " reported=" + HappeningFilters.reportedOrWished(t, analysis.events(), a));
        }
    }
}
