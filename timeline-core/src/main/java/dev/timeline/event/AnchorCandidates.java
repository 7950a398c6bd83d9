package dev.timeline.event;

import dev.timeline.event.AnchorFeatures.TimexSpot;
import java.util.ArrayList;
import java.util.List;

/**
 * The time expressions that may anchor an event: those of its own sentence, the latest one of the
 * {@value #REACH} sentences before it (narration goes on at the time last named: "The blasts came on Friday. Rescuers
 * worked through the night."), and the first of the document (the day a news story opens with).
 */
final class AnchorCandidates {
    static final int REACH = 3;

    /** Where a candidate stands relative to the event. */
    enum Where {
        SAME, RECENT, LEAD
    }

    /** One candidate: the expression, where it is, and how many sentences back. */
    record Candidate(TimexSpot timex, int index, int sentence, Where where, int sentencesBack) {
    }

    private AnchorCandidates() {
    }

    /**
     * Returns the candidates for an event on token {@code eventToken} of sentence {@code sentence}.
     *
     * @param bySentence the expressions of each sentence, in text order
     */
    static List<Candidate> of(List<List<TimexSpot>> bySentence, int sentence, int eventToken) {
        List<Candidate> out = new ArrayList<>();
        List<TimexSpot> own = bySentence.get(sentence);
        for (int k = 0; k < own.size(); k++) {
            TimexSpot t = own.get(k);
            if (!(t.first() <= eventToken && t.last() >= eventToken)) {
                out.add(new Candidate(t, k, sentence, Where.SAME, 0));
            }
        }
        for (int s = sentence - 1; s >= 0 && s >= sentence - REACH; s--) {
            List<TimexSpot> earlier = bySentence.get(s);
            if (!earlier.isEmpty()) {
                out.add(new Candidate(earlier.get(earlier.size() - 1), earlier.size() - 1, s, Where.RECENT,
                        sentence - s));
                break;
            }
        }
        for (int s = 0; s < sentence; s++) {
            List<TimexSpot> first = bySentence.get(s);
            if (!first.isEmpty()) {
                boolean already = out.stream().anyMatch(c -> c.timex().equals(first.get(0)));
                if (!already) {
                    out.add(new Candidate(first.get(0), 0, s, Where.LEAD, sentence - s));
                }
                break;
            }
        }
        return out;
    }
}
