package dev.timeline.happening;

import dev.timeline.document.StartFilteredPattern;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * The trigger lexicon: words that name a happening ("visit", "took power", "parade"), the type of event each
 * signals, whether it is a verb or a noun, and for verbs the present-tense form used in titles.
 */
public final class Triggers {
    /**
     * A trigger occurrence in a sentence (offsets relative to the sentence).
     *
     * @param start where the trigger starts
     * @param end where it ends (exclusive)
     * @param type the type of event it signals ("visit", "parade")
     * @param verb whether it is a verb
     * @param present for a verb, its present-tense form for titles
     * @param object the object the title keeps, or an empty string
     */
    public record Trigger(int start, int end, String type, boolean verb, String present, String object) {
    }

    private record Entry(StartFilteredPattern pattern, String type, boolean verb, String present, boolean keepsObject) {
    }

    /** After "visiting": the place, then the past verb of the clause whose subject the participle describes. */
    private static final Pattern PARTICIPLE_OF_SUBJECT = Pattern.compile(
            "\\s+(?:[A-Z][\\w.'-]*\\s+){1,4}(was|were|died|fell|said|[a-z]+ed)\\b");

    private static final List<Entry> ENTRIES = List.of(
            verb("(took|taken|taking|takes|take|came to|coming to|inheriting|inherited|seized|seizing) power",
                    "takeover", "takes power"),
            verb("(took|takes|taking) office|sworn in", "takeover", "takes office"),
            verb("visit(s|ed|ing)?(?= [A-Z])", "visit", "visits"),
            verb("travel(s|ed|led|ling|ing)? to", "visit", "travels to"),
            verb("(will )?be in(?= [A-Z])(?! (January|February|March|April|May|June|July|August|September|October"
                    + "|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b)", "visit",
                    "is in"),
            new Entry(StartFilteredPattern.compile(
                    "\\b(joined|joins|join|joining) ((a|an|the) [\\w ]{0,30}(parade|summit|talks))\\b"),
                    "parade", true, "joins", true),
            verb("(met|meets|meet|meeting) with", "meeting", "meets"),
            verb("(died|dies|passed away)", "death", "dies"),
            verb("(killed|kills)", "death", "kills"),
            verb("(accounting|accounted|accounts) for", "trade", "accounts for"),
            verb("(announced|announces|said|says|confirmed|confirms|reported|reports|noted|told|stated|declared)",
                    "announcement", "announces"),
            verb("(invaded|invades|invading)", "war", "invades"),
            // an attack is no war: a day sees many ("David Cameron attacks the Obama administration", "Gunmen attack a
            // police station in Basra"), and only the attacker, the target or the place tells two apart
            verb("attacked", "attack", "attacks"),
            verb("(elected|re-elected|won the election)", "election", "is elected"),
            noun("(press )?(briefing|announcement|statement)s?|(press|news) conferences?", "announcement"),
            noun("visits?|trips?|journey", "visit"),
            noun("parades?|march-past", "parade"),
            noun("celebrations?|commemorations?|ceremony|ceremonies|festivities", "commemoration"),
            noun("anniversary", "anniversary"),
            noun("summits?|talks|negotiations|meetings?|congress|conference|forum", "meeting"),
            noun("elections?|vote|referendum", "election"),
            noun("death|funeral", "death"),
            noun("war|invasion|surrender", "war"),
            noun("attack", "attack"),
            noun("spills?|earthquakes?|tsunamis?|hurricanes?|cyclones?|typhoons?|landslides?|blowouts?|floods?"
                    + "|explosions?|blasts?|bombings?|attacks|crash(es)?|disaster|meltdown|massacre|shootings?|fires?",
                    "disaster"));

    /** "accounted for 58% of sales": a share is a trade event only when what it is a share of is trade. */
    private static final Pattern TRADE_WORD = Pattern.compile(
            "(?i)\\b(trade|trading|exports?|imports?|commerce)\\b");
    /** "have elected to convert": active "elected to" + a verb means chose to, not an election. */
    private static final Pattern CHOSE_TO = Pattern.compile("elected to (?!(the|a|an|office|parliament|power)\\b)[a-z]");
    private static final Pattern PASSIVE_BEFORE = Pattern.compile(
            "(?i)\\b(was|were|been|being|be|is|are|get|got)\\s+(\\w+ly\\s+)?$");
    /** "a death sentence", "the death toll": the noun modifies another that is no death. */
    private static final Pattern DEATH_MODIFIER = Pattern.compile(
            "^\\s+(sentences?|penalty|toll|threats?|squads?|row|certificates?|rate)\\b");
    /** A determiner or possessive just before a word: the word is a noun ("a meeting", "Monday's meeting"). */
    private static final Pattern NOUN_BEFORE = Pattern.compile(
            "(?i)\\b(a|an|the|this|that|his|her|its|our|their|[\\p{L}]+['’]s)\\s+([\\p{L}\\-]+\\s+)?$");
    /** "the newly elected party leader": before a noun, "elected" after these describes; no vote happens. */
    private static final Pattern ADJECTIVE_BEFORE = Pattern.compile(
            "(?i)\\b(newly|recently|freshly|democratically|popularly|directly|the|an?|its|his|her|their)\\s+$");
    /** A word that goes on with a noun phrase after an adjective: "elected [party] leader", "elected [Labor] Party". */
    private static final Pattern NOUN_AFTER = Pattern.compile("\\s+(?!by\\b|in\\b|on\\b|to\\b|as\\b|at\\b)"
            + "[\\p{L}]");
    /**
     * A noun that a happening's noun modifies, in lower case right after it: "election results", "visit plans",
     * "parade route"; the phrase names that noun, no happening.
     */
    private static final Pattern MODIFIED_NOUN_AFTER = Pattern.compile("\\s+(results?|campaigns?|committees?"
            + "|commissions?|officials|observers|monitors|laws?|rules|plans|preparations|organi[sz]ers|venues?"
            + "|routes?|schedules?|posters|rally|rallies|fraud|turnout)\\b");
    private static final Pattern NEGATED_BEFORE = Pattern.compile("(?i)\\b(no|not any|without)\\s+$");
    /** A negation right before a verb, maybe past "be" or "have": "will not be in Luanda", "did not visit". */
    private static final Pattern VERB_NEGATED_BEFORE = Pattern.compile(
            "(?i)(?:\\bnot|n['\u2019]t|\\bnever)\\s+(?:(?:be|been|have|has|had)\\s+)?$");
    /**
     * A call of {@code not-happenings.txt} right before a noun, a day between them or not: "called Saturday for early
     * elections" asks for the elections, which have not happened.
     */
    private static final Pattern CALLED_FOR = Pattern.compile("(?i)\\b(?:" + Lexicons.firstColumn("not-happenings.txt")
            .stream().filter(e -> e.endsWith(" for")).map(e -> e.substring(0, e.length() - 4))
            .map(v -> v.endsWith("y") ? v.substring(0, v.length() - 1) + "(?:y|ies|ied|ying)"
                    : v + "(?:s|es|ed|d|ing)?")
            .collect(java.util.stream.Collectors.joining("|")) + ")\\s+(?:(?:on|here|there|late|early)\\s+)?"
            + "(?:(?:mon|tues|wednes|thurs|fri|satur|sun|to|yester)day\\s+)?for\\s+(?:[\\w'’-]+\\s+){0,3}$");

    private Triggers() {
    }

    /**
     * Whether a lexicon match names a happening in its context: the share is of trade, "elected" is a vote, the noun
     * is not a modifier of some other noun, part of a hyphenated word or negated, "visiting" is no adjective,
     * "attacked" is not aimed at a person nor a passive.
     */
    private static boolean happens(String type, boolean verb, String sentence, int start, int end) {
        String before = sentence.substring(Math.max(0, start - 30), start);
        String after = sentence.substring(end, Math.min(sentence.length(), end + 60));
        if (NEGATED_BEFORE.matcher(before).find() || !verb
                && CALLED_FOR.matcher(sentence.substring(Math.max(0, start - 60), start)).find()
                || verb && VERB_NEGATED_BEFORE.matcher(before).find()) {
            return false; // "no elections", "called for early elections", "will not be in Luanda"
        }
        if (start > 0 && sentence.charAt(start - 1) == '-' || end < sentence.length() && sentence.charAt(end) == '-') {
            return false; // "sudden-death goal", "war-torn", "post-election": a part of another word
        }
        if (!verb && (sentence.startsWith("Forum", start) || sentence.startsWith("Congress", start))) {
            return false; // "the World Economic Forum rated", "the US Congress passed": a body, not a meeting
        }
        if (!verb && MODIFIED_NOUN_AFTER.matcher(after).lookingAt()) {
            return false; // "as the midterm election results became known": the results, after the election
        }
        if (verb && sentence.startsWith("meeting", start) && NOUN_BEFORE.matcher(before).find()) {
            return false; // "attended a meeting with scientists": the noun, which the noun entry finds, not the verb
        }
        if (sentence.startsWith("visiting", start) && PARTICIPLE_OF_SUBJECT.matcher(after).lookingAt()) {
            return false; // "a Mexican toddler visiting Texas died": the participle describes who died
        }
        if (sentence.startsWith("visiting", start) && before.matches("(?s).*\\b(over|against|the|a|an|and|with|his|her"
                + "|their|its|hosts?|hosted|beat|beats|defeat(s|ed)?|faces?|faced|welcomed?|met|meets|received"
                + "|receives|greeted|told|tells|urged|urges|assured|assures|thanked|thanks|briefed|briefs"
                + "|honou?red|entertained)\\s+$")) {
            // "a victory over visiting Everton", "his visiting Japanese counterpart", "Hu Jintao told visiting Kenyan
            // President Mwai Kibaki": the participle describes the visitor, whom a verb's subject is not
            return false;
        }
        switch (type) {
            case "trade":
                String share = after.split("[,;:()—–]", 2)[0];
                return TRADE_WORD.matcher(share).find();
            case "election":
                return !(CHOSE_TO.matcher(sentence).region(start, sentence.length()).lookingAt()
                        && !PASSIVE_BEFORE.matcher(before).find())
                        && !(ADJECTIVE_BEFORE.matcher(before).find() && NOUN_AFTER.matcher(after).lookingAt());
            case "death":
                return !DEATH_MODIFIER.matcher(after).find();
            case "war", "attack":
                // "Daniel Igali was attacked": the one attacked is no attacker (the learned events tell the passive)
                return !after.matches("(?s)^\\s+(him|her|them|me|us|his|their)\\b.*")
                        && !(verb && PASSIVE_BEFORE.matcher(before).find());
            default:
                return true;
        }
    }

    private static Entry verb(String regex, String type, String present) {
        return new Entry(StartFilteredPattern.compile("\\b(" + regex + ")\\b"), type, true, present, false);
    }

    private static Entry noun(String regex, String type) {
        return new Entry(StartFilteredPattern.compile("(?i)\\b(" + regex + ")\\b"), type, false, "", false);
    }

    /**
     * Returns every trigger in {@code sentence}, longest first where they overlap.
     *
     * @throws NullPointerException if {@code sentence} is null
     */
    public static List<Trigger> find(String sentence) {
        List<Trigger> found = new ArrayList<>();
        StartFilteredPattern.Text text = StartFilteredPattern.Text.of(sentence);
        for (Entry e : ENTRIES) {
            StartFilteredPattern.Search search = e.pattern().search(text);
            while (search.find()) {
                MatchResult m = search.match();
                int s = m.start();
                int t = m.end();
                if (!happens(e.type(), e.verb(), sentence, s, t)) {
                    continue;
                }
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
