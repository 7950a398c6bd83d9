package dev.timeline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The trigger lexicon: words that name a happening ("visit", "took power", "parade"), the type of event each
 * signals, whether it is a verb or a noun, and for verbs the present-tense form used in titles.
 */
final class Triggers {
    /** A trigger occurrence in a sentence (offsets relative to the sentence). */
    record Trigger(int start, int end, String type, boolean verb, String present, String object) {
    }

    private record Entry(Pattern pattern, String type, boolean verb, String present, boolean keepsObject) {
    }

    private static final List<Entry> ENTRIES = List.of(
            verb("(took|taken|taking|takes|take|came to|coming to|inheriting|inherited|seized|seizing) power",
                    "takeover", "takes power"),
            verb("(took|takes|taking) office|sworn in", "takeover", "takes office"),
            verb("visit(s|ed|ing)?(?= [A-Z])", "visit", "visits"),
            verb("travel(s|ed|led|ling|ing)? to", "visit", "travels to"),
            verb("(will )?be in(?= [A-Z])", "visit", "in"),
            new Entry(Pattern.compile("\\b(joined|joins|join|joining) ((a|an|the) [\\w ]{0,30}(parade|summit|talks))\\b"),
                    "parade", true, "joins", true),
            verb("(met|meets|meet|meeting) with", "meeting", "meets"),
            verb("(died|dies|killed|passed away)", "death", "dies"),
            verb("(accounting|accounted|accounts) for", "trade", "accounts for"),
            verb("(announced|announces|said|says|confirmed|confirms|reported|reports|noted|told|stated|declared)",
                    "announcement", "announces"),
            verb("(invaded|invades|invading|attacked)", "war", "invades"),
            verb("(elected|re-elected|won the election)", "election", "is elected"),
            noun("(press )?(briefing|announcement|statement)s?", "announcement"),
            noun("visits?|trips?|journey", "visit"),
            noun("parades?|march-past", "parade"),
            noun("celebrations?|commemorations?|ceremony|ceremonies|festivities", "commemoration"),
            noun("anniversary", "anniversary"),
            noun("summits?|talks|negotiations|meetings?|congress|conference|forum", "meeting"),
            noun("elections?|vote|referendum", "election"),
            noun("death|funeral", "death"),
            noun("war|invasion|attack|surrender", "war"));

    private Triggers() {
    }

    private static Entry verb(String regex, String type, String present) {
        return new Entry(Pattern.compile("\\b(" + regex + ")\\b"), type, true, present, false);
    }

    private static Entry noun(String regex, String type) {
        return new Entry(Pattern.compile("(?i)\\b(" + regex + ")\\b"), type, false, "", false);
    }

    /** Every trigger in {@code sentence}, longest first where they overlap. */
    static List<Trigger> find(String sentence) {
        List<Trigger> found = new ArrayList<>();
        for (Entry e : ENTRIES) {
            Matcher m = e.pattern().matcher(sentence);
            while (m.find()) {
                int s = m.start();
                int t = m.end();
                if (found.stream().noneMatch(f -> f.start() < t && s < f.end())) {
                    String object = e.keepsObject() ? m.group(2) : "";
                    found.add(new Trigger(s, t, e.type(), e.verb(), e.present(), object));
                }
            }
        }
        found.sort(java.util.Comparator.comparingInt(Trigger::start));
        return List.copyOf(found);
    }
}
