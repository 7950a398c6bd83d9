package dev.timeline.event;

import dev.timeline.event.AnchorFeatures.TimexSpot;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The time expressions that may anchor an event: those of its own sentence, the latest one of the
 * {@value #REACH} sentences before it (narration goes on at the time last named: "The blasts came on Friday. Rescuers
 * worked through the night."), the first of the document (the day a news story opens with), the story's dominant
 * day (the day named most often, at its latest mention before the event: "officials said" paragraphs after
 * "on Tuesday"), and the first of the next sentence.
 */
final class AnchorCandidates {
    static final int REACH = 3;

    /** Where a candidate stands relative to the event; a candidate can stand in several of these places. */
    enum Where {
        SAME, RECENT, LEAD, DOMINANT, NEXT
    }

    /** How a candidate's date stands to the story's dominant day, the stand-in for the day the story was written. */
    enum DayRelation {
        BEFORE, SAME, AFTER, NONE;

        private static final Pattern CALENDAR = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

        /**
         * Compares the year, month and day of {@code value} with {@code day} (a day's value) as far as the coarser
         * of the two goes: "1998-02" holds "1998-02-13" ({@code SAME}), a week or a quarter counts by its year;
         * {@code NONE} for a duration, a reference such as "PRESENT_REF", or no day.
         */
        static DayRelation of(String value, String day) {
            Matcher m = CALENDAR.matcher(value);
            if (day == null || !m.lookingAt()) {
                return NONE;
            }
            int n = Math.min(m.end(), day.length());
            int cmp = value.substring(0, n).compareTo(day.substring(0, n));
            return cmp < 0 ? BEFORE : cmp > 0 ? AFTER : SAME;
        }
    }

    /**
     * One candidate: the expression, where it is (the first of its roles), all its roles, how many sentences back
     * (negative when after), how many expressions of the document share its value and how its date stands to the
     * story's dominant day.
     */
    record Candidate(TimexSpot timex, int index, int sentence, Where where, Set<Where> roles, int sentencesBack,
            int mentions, DayRelation day) {
    }

    private AnchorCandidates() {
    }

    /** The candidates of every event of one document: what does not depend on the event is computed once. */
    static final class Document {
        private final List<List<TimexSpot>> bySentence;
        private final Map<String, Integer> counts = new HashMap<>();
        private final String dominant;
        private final int[] dominantSentence;
        private final int[] dominantIndex;
        /** How each expression's date stands to the dominant day, by sentence and index: read once, not per event. */
        private final List<DayRelation[]> days = new ArrayList<>();

        /** @param bySentence the expressions of each sentence, in text order */
        Document(List<List<TimexSpot>> bySentence) {
            this.bySentence = bySentence;
            String best = null;
            int bestCount = 0;
            for (List<TimexSpot> s : bySentence) {
                for (TimexSpot t : s) {
                    int n = counts.merge(t.value(), 1, Integer::sum);
                    if (AnchorFeatures.shape(t).equals("day") && n > bestCount) {
                        best = t.value();
                        bestCount = n;
                    }
                }
            }
            this.dominant = best;
            for (List<TimexSpot> s : bySentence) {
                DayRelation[] relations = new DayRelation[s.size()];
                for (int k = 0; k < relations.length; k++) {
                    relations[k] = DayRelation.of(s.get(k).value(), best);
                }
                days.add(relations);
            }
            // where the dominant day's mention lies for an event of each sentence: its latest mention in an earlier
            // sentence, else its last in the first later sentence naming it; computed once, so that a long document
            // costs no pass over all its sentences per event
            int n = bySentence.size();
            dominantSentence = new int[n];
            dominantIndex = new int[n];
            java.util.Arrays.fill(dominantSentence, -1);
            if (best != null) {
                int lastS = -1;
                int lastK = -1;
                for (int s = 0; s < n; s++) {
                    dominantSentence[s] = lastS;
                    dominantIndex[s] = lastK;
                    int k = lastDominant(s);
                    if (k >= 0) {
                        lastS = s;
                        lastK = k;
                    }
                }
                int nextS = -1;
                int nextK = -1;
                for (int s = n - 1; s >= 0; s--) {
                    if (dominantSentence[s] < 0) {
                        dominantSentence[s] = nextS;
                        dominantIndex[s] = nextK;
                    }
                    int k = lastDominant(s);
                    if (k >= 0) {
                        nextS = s;
                        nextK = k;
                    }
                }
            }
        }

        /** The index of the dominant day's last mention in sentence {@code s}, or -1. */
        private int lastDominant(int s) {
            List<TimexSpot> spots = bySentence.get(s);
            for (int k = spots.size() - 1; k >= 0; k--) {
                if (spots.get(k).value().equals(dominant)) {
                    return k;
                }
            }
            return -1;
        }

        /** Returns the candidates for an event on token {@code eventToken} of sentence {@code sentence}. */
        List<Candidate> of(int sentence, int eventToken) {
            List<Candidate> out = new ArrayList<>();
            List<TimexSpot> own = bySentence.get(sentence);
            for (int k = 0; k < own.size(); k++) {
                TimexSpot t = own.get(k);
                if (!(t.first() <= eventToken && t.last() >= eventToken)) {
                    add(out, t, k, sentence, Where.SAME, 0);
                }
            }
            for (int s = sentence - 1; s >= 0 && s >= sentence - REACH; s--) {
                List<TimexSpot> earlier = bySentence.get(s);
                if (!earlier.isEmpty()) {
                    add(out, earlier.get(earlier.size() - 1), earlier.size() - 1, s, Where.RECENT, sentence - s);
                    break;
                }
            }
            for (int s = 0; s < sentence; s++) {
                List<TimexSpot> first = bySentence.get(s);
                if (!first.isEmpty()) {
                    add(out, first.get(0), 0, s, Where.LEAD, sentence - s);
                    break;
                }
            }
            int atS = dominantSentence[sentence];
            if (atS >= 0) {
                int atK = dominantIndex[sentence];
                add(out, bySentence.get(atS).get(atK), atK, atS, Where.DOMINANT, sentence - atS);
            }
            if (sentence + 1 < bySentence.size() && !bySentence.get(sentence + 1).isEmpty()) {
                add(out, bySentence.get(sentence + 1).get(0), 0, sentence + 1, Where.NEXT, -1);
            }
            return out;
        }

        private void add(List<Candidate> out, TimexSpot t, int index, int sentence, Where where, int back) {
            for (int i = 0; i < out.size(); i++) {
                Candidate c = out.get(i);
                if (c.timex().equals(t)) {
                    Set<Where> roles = EnumSet.copyOf(c.roles());
                    roles.add(where);
                    out.set(i, new Candidate(c.timex(), c.index(), c.sentence(), c.where(), roles, c.sentencesBack(),
                            c.mentions(), c.day()));
                    return;
                }
            }
            Set<Where> roles = EnumSet.of(where);
            if (t.value().equals(dominant)) {
                roles.add(Where.DOMINANT);
            }
            out.add(new Candidate(t, index, sentence, where, roles, back, counts.get(t.value()),
                    days.get(sentence)[index]));
        }
    }
}
