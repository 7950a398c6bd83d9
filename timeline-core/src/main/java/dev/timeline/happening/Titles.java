package dev.timeline.happening;

import dev.timeline.document.StartFilteredPattern;
import dev.timeline.event.CommonNouns;
import dev.timeline.text.BaseVerbs;
import dev.timeline.text.LanguageLayer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds a short title for a happening from its clause: "who does what" for a verb trigger ("Kim Jong Un takes
 * power"), the noun phrase for a noun trigger ("military parade in Beijing", "APEC summit in Gyeongju"). Names are
 * written out in full ("Kim" → "Kim Jong Un") and the time expression is left out.
 */
final class Titles {
    /**
     * A word of a title: a number with its thousands ("1,300", and "1, 300" as scraped news writes it, not after a
     * month: "March 5, 300 people"), a word with its hyphens and apostrophes, or a letter or digit alone. The first
     * alternative asks for its digit before it looks back for a month, which a search would otherwise do at every
     * character.
     */
    static final Pattern WORD = Pattern.compile("(?=\\d)(?<!(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
            + "[a-z]{0,6}\\.? )\\d{1,3}, \\d{3}(?![\\d,.]\\d)|\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?%?"
            + "|[\\p{L}\\d][\\p{L}\\d’'\\-%.]*[\\p{L}\\d%]|[\\p{L}\\d]");
    private static final Set<String> STOP_LEFT = Set.of("a", "an", "the", "at", "in", "on", "to", "of", "for",
            "with", "will", "and", "or", "by", "from", "that", "this", "these", "is", "was", "be", "are", "were",
            "make", "made", "attend", "join", "during", "into", "since", "after", "before", "about", "including",
            "among", "set", "has", "have", "had", "would", "as", "but", "while", "when", "if", "so", "than", "said",
            "expect", "expected", "use", "via", "what", "such", "our", "my", "your", "began", "begin", "begins",
            "start", "started", "starts", "launch", "launched", "resume", "resumed", "resuming", "continue",
            "continued", "conduct", "conducted", "hold", "held", "holding", "attended", "attending", "host", "hosted",
            "hosting", "mark", "marked", "marking", "ahead", "no", "not", "towards", "toward", "against", "over",
            "under", "until", "amid", "despite", "through", "within", "without", "upon", "like", "near");
    private static final Set<String> POSSESSIVES = Set.of("his", "her", "its", "their");
    /** Words after which a participle modifies the noun it comes before: "of the disputed region". */
    private static final Set<String> PHRASE_OPENERS = Set.of("the", "a", "an", "his", "her", "its", "their", "this",
            "that", "these", "those", "our", "my", "your");
    private static final Set<String> PREPOSITIONS = Set.of("of", "in", "to", "with");
    private static final Set<String> STOP_RIGHT = Set.of("is", "was", "will", "has", "had", "have", "are", "were",
            "that", "which", "who", "and", "but", "preceded", "since", "on", "at", "from", "as", "would", "could");
    private static final Pattern OBJECT_ITS = Pattern.compile("\\bits\\b");
    /** How many characters a pronoun may stand after a person it stands for who is not the main person. */
    private static final int PRONOUN_REACH = 60;
    /**
     * A verb between a person and a pronoun: the pronoun then may stand for someone that clause named ("Dr Murray was
     * with the superstar on the night he died"); an appositive does not ("Kim Il-Sung, the sole leader until he died").
     */
    private static final Pattern CLAUSE_BETWEEN = Pattern.compile(
            "(?i)\\b(?:is|was|were|are|be|been|has|had|have|said|says|told|\\w+ed)\\b");
    /**
     * Words besides the number words ({@link Subjects#isNumberWord}) that open the victims of a killing whose subject
     * is not found: articles, possessives, quantifiers ("a German soldier", "his brother", "at least 11 people"); not
     * "killed up to", "killed trying to flee".
     */
    private static final Set<String> VICTIMS_OPEN = Set.of("a", "an", "the", "his", "her", "their", "its", "one",
            "twenty", "thirty", "forty", "fifty", "scores", "some", "about", "nearly", "almost", "more", "over", "at");
    private static final Pattern PASSIVE = Pattern.compile("(?i)\\b(was|were|been|being|be|is|are|get|got)\\s+(\\w+ly\\s+)?$");
    private static final StartFilteredPattern QUALIFIED_FIRST = StartFilteredPattern.compile(
            "(?i)\\bfirst\\b[^.;]{0,80}?\\b(in\\s+(\\w+|\\d+)\\s+years|since)\\b");

    private Titles() {
    }

    /** The clause context a title is built in. */
    record Context(String sentence, int sentenceStart, List<Entities.Entity> entities, List<int[]> timeSpans,
            String mainPerson, java.util.Set<String> personNames) {
        boolean inTime(int sentenceOffset) {
            int abs = sentenceOffset + sentenceStart;
            return timeSpans.stream().anyMatch(s -> abs >= s[0] && abs < s[1]);
        }
    }

    private record Word(int start, int end, String text) {
        String lower() {
            return text.toLowerCase(Locale.ROOT);
        }
    }

    static String nounPhrase(Context c, Triggers.Trigger t, String type) {
        List<Word> words = words(c.sentence());
        int head = indexAt(words, t.end() - 1);
        int from = head;
        String prefix = "";
        while (from > 0 && head - from < 4) {
            Word w = words.get(from - 1);
            if (bracketedAcronym(c.sentence(), words, from - 1)) {
                // "the Asia-Pacific Economic Cooperation (APEC) forum": the acronym goes with its name, all of it
                from = nameBefore(c, words, from - 2);
                break;
            }
            int acronym = acronymBeforeItsExpansion(c.sentence(), words, from);
            if (acronym >= 0) {
                // "the 14th APEC (Asia-Pacific Economic Cooperation) Economic Leaders' Meeting": the acronym without
                // the words that spell it out
                prefix = words.get(acronym).text() + " ";
                break;
            }
            if (STOP_LEFT.contains(w.lower()) || gapHasPunctuation(c.sentence(), w.end(), words.get(from).start())
                    || c.inTime(w.start())) {
                break;
            }
            from--;
            if (POSSESSIVES.contains(w.lower()) || w.text().endsWith("’s") || w.text().endsWith("'s")) {
                from = nameBefore(c, words, from);
                break;
            }
        }
        int to = head + 1;
        int phrases = 0;
        while (to < words.size()) {
            Word prep = words.get(to);
            boolean adverb = prep.lower().equals("abroad");
            // "the Beijing Summit of Forum on Sino-Africa Cooperation", "a meeting of Burmese and ASEAN officials": a
            // small word between capitals goes on; after "on" or "for" only the name's capitalized words do
            // "the World Summit on the Information Society": "the" may open the name after "on"
            int nameAt = to + 2 < words.size() && words.get(to + 1).lower().equals("the") ? to + 2 : to + 1;
            boolean capitals = nameAt < words.size() && Character.isUpperCase(words.get(to - 1).text().charAt(0))
                    && Character.isUpperCase(words.get(nameAt).text().charAt(0));
            boolean inName = capitals && (prep.lower().equals("on") || prep.lower().equals("for"));
            boolean joined = capitals && prep.lower().equals("and");
            if (phrases >= 2 && !inName) {
                break; // two phrases, but a name's "on" goes on: "of the Forum on China-Africa Cooperation"
            }
            if (phrases > 0 && prep.lower().equals("to") && to + 1 < words.size()
                    && isInfinitive(words.get(to + 1).lower())) {
                // "since the 1978 tanker spill in France [to make good on its promise]": after a phrase, the clause's
                // infinitive; right after the noun it is the noun's ("the leadership election to replace Sharon")
                break;
            }
            if (!PREPOSITIONS.contains(prep.lower()) && !adverb && !inName && !joined
                    || gapHasPunctuation(c.sentence(), words.get(to - 1).end(), prep.start())) {
                break;
            }
            if (adverb) {
                to++;
                continue;
            }
            int k = to + 1;
            if (inName) {
                k = nameAt;
                while (k < words.size() && !c.inTime(words.get(k).start())
                        && Character.isUpperCase(words.get(k).text().charAt(0))) {
                    k++; // the name's capitalized words, and no more
                }
            } else {
                while (k < words.size() && k - to <= 4 && !c.inTime(words.get(k).start())
                        && !STOP_RIGHT.contains(words.get(k).lower())
                        && !PREPOSITIONS.contains(words.get(k).lower())
                        && !gapHasPunctuation(c.sentence(), words.get(k - 1).end(), words.get(k).start())
                        && !predicateAfterItsNoun(words, k, to)) {
                    k++;
                }
            }
            if (k == to + 1) {
                break;
            }
            to = k;
            phrases++;
        }
        String phrase = c.sentence().substring(words.get(from).start(), words.get(to - 1).end());
        phrase = prefix + expandNames(c, phrase, words.get(from).start());
        String lower = phrase.toLowerCase(Locale.ROOT);
        if (lower.startsWith("his ") || lower.startsWith("her ")) {
            String who = resolvePronoun(c, words.get(from).start());
            phrase = who.isEmpty() ? phrase.substring(4) : who + "’s " + phrase.substring(4);
        } else if (lower.startsWith("its ") || lower.startsWith("their ")) {
            phrase = phrase.substring(phrase.indexOf(' ') + 1);
        } else if (type.equals("visit") && !phrase.contains("’s ") && !phrase.contains("'s ")
                && !c.mainPerson().isEmpty()) {
            String subject = subject(c, t.start());
            boolean person = c.personNames().contains(subject);
            if (person) {
                phrase = subject + "’s " + phrase;
            }
        }
        return phrase;
    }

    /**
     * Whether word {@code k} of a phrase after the preposition at {@code to} is a verb that a noun of the phrase comes
     * before, no determiner: what the phrase's noun does, not part of the phrase ("the crash of an Airbus A330
     * [adding to the woes]", "the crash of a plane [carrying 100 people]"); "of the disputed region" goes on.
     */
    private static boolean predicateAfterItsNoun(List<Word> words, int k, int to) {
        if (k < to + 2 || PHRASE_OPENERS.contains(words.get(k - 1).lower())) {
            return false;
        }
        String low = words.get(k).lower();
        String next = k + 1 < words.size() ? words.get(k + 1).text() : "";
        if (!low.equals(words.get(k).text()) || next.isEmpty() || Character.isUpperCase(next.charAt(0))
                || next.equals("and") || next.equals("or")) {
            return false; // "of the Petroleum Exporting Countries", "of the Group of 20 industrialized and developing"
        }
        boolean participle = low.length() > 5 && low.endsWith("ing") && !CommonNouns.contains(low)
                && BaseVerbs.contains(LanguageLayer.english().verbLemma(low));
        // "of an Airbus A330 added to the woes", "of shares owned by": a past with its own phrase after it
        return participle || low.endsWith("ed") && LanguageLayer.english().maybeSimplePast(low)
                && (PREPOSITIONS.contains(next) || STOP_RIGHT.contains(next) || next.equals("by"));
    }

    /** Whether a word after "to" is a verb's base form that is no noun: "to make", not "to power" or "to talks". */
    private static boolean isInfinitive(String low) {
        return BaseVerbs.contains(low) && !CommonNouns.contains(low);
    }

    /**
     * Whether the noun phrase {@code title} of the noun {@code trigger} says whose or which happening it is: a name's
     * possessive, or a capitalized word, the first only if the phrase does not open its sentence (a name: "Korean
     * War", "military parade in Beijing"); for a noun of {@code agent-nouns.txt}, only before the noun or in its "of"
     * or "by" phrase, since "a trip to North Carolina" says where and not who; or a modifier that a name of the
     * {@code sentence} ends ("a party congress" after "the ruling Workers' Party"). "Civil war", "legislative
     * elections" and "meeting of doctors" say neither.
     */
    static boolean namesWho(String title, String trigger, boolean opensSentence, String sentence) {
        List<Word> words = words(title);
        String noun = trigger.strip().toLowerCase(Locale.ROOT);
        noun = noun.substring(noun.lastIndexOf(' ') + 1); // "state visit": the visit
        int head = -1;
        for (int i = 0; i < words.size() && head < 0; i++) {
            if (words.get(i).lower().equals(noun)) {
                head = i;
            }
        }
        boolean agent = NounAgents.needsAgent(noun);
        boolean of = false;
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            if ((w.text().endsWith("’s") || w.text().endsWith("'s")) && Character.isUpperCase(w.text().charAt(0))
                    && (i > 0 || !opensSentence)) {
                return true; // "Kibaki's last visit"; not "the singer's death"
            }
            if (i > head && (PREPOSITIONS.contains(w.lower()) || w.lower().equals("by"))) {
                of = w.lower().equals("of") || w.lower().equals("by");
            }
            boolean counts = !agent || head < 0 || i < head || of;
            if ((i > 0 || !opensSentence) && counts && Character.isUpperCase(w.text().charAt(0))) {
                return true;
            }
            if (i < head && namedInSentence(w.text(), sentence)) {
                return true; // "a party congress" after "the ruling Workers' Party": that party's
            }
        }
        return false;
    }

    /**
     * The noun phrase {@code title} of the noun {@code trigger} as the article named it before {@code offset}, when
     * it did with a name ({@link NamedThings#namedBefore}) that shares a modifier with the phrase: "large-scale
     * military parade" after "China's military parade" is "China's military parade", and what followed the noun in
     * {@code title} ("to Beijing") stays; "the last election" after "the British general election" may be another.
     */
    static java.util.Optional<String> namedBefore(String text, String title, String trigger, int offset) {
        String noun = trigger.strip().toLowerCase(Locale.ROOT);
        noun = noun.substring(noun.lastIndexOf(' ') + 1);
        List<Word> words = words(title);
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).lower().equals(noun)) {
                String tail = title.substring(words.get(i).end());
                java.util.Set<String> modifiers = new java.util.HashSet<>();
                words.subList(0, i).forEach(w -> modifiers.add(w.lower()));
                return NamedThings.namedBefore(text, words.get(i).text(), offset)
                        .filter(name -> words(name).stream().anyMatch(w -> modifiers.contains(w.lower())
                                && Character.isLowerCase(w.text().charAt(0))))
                        .map(name -> name + tail);
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * Whether a lower-case {@code word} ends a name in {@code sentence}, capitalized and not its first word: "party"
     * in "the ruling Workers' Party".
     */
    private static boolean namedInSentence(String word, String sentence) {
        if (word.isEmpty() || !Character.isLowerCase(word.charAt(0))) {
            return false;
        }
        String name = Character.toUpperCase(word.charAt(0)) + word.substring(1);
        for (int at = sentence.indexOf(name); at >= 0; at = sentence.indexOf(name, at + 1)) {
            int end = at + name.length();
            boolean whole = (end == sentence.length() || !Character.isLetterOrDigit(sentence.charAt(end)))
                    && at > 0 && !Character.isLetterOrDigit(sentence.charAt(at - 1));
            if (whole && !sentence.substring(0, at).isBlank()) {
                return true;
            }
        }
        return false;
    }

    /** A title, the people it names, and where its words end in the sentence. */
    record Named(String text, List<String> people, int end) {
    }

    /**
     * Where the name ends that a possessive at {@code from} closes ("Sri Lanka's", "New Zealand's", "Hong Kong's"):
     * the capitalized words right before it, at most {@value #NAME_WORDS} more.
     */
    private static int nameBefore(Context c, List<Word> words, int from) {
        if (!Character.isUpperCase(words.get(from).text().charAt(0))) {
            return from;
        }
        int start = from;
        while (start > 0 && from - start < NAME_WORDS) {
            Word w = words.get(start - 1);
            // "the Association of Southeast Asian Nations (ASEAN)": a small word inside the name, a capital before it
            boolean inner = NAME_INNER_WORDS.contains(w.text()) && start - 2 >= 0
                    && Character.isUpperCase(words.get(start - 2).text().charAt(0));
            if (!inner && (!Character.isUpperCase(w.text().charAt(0)) || STOP_LEFT.contains(w.lower()))
                    || c.inTime(w.start()) || gapHasPunctuation(c.sentence(), w.end(), words.get(start).start())) {
                break;
            }
            start -= inner ? 2 : 1;
        }
        return start;
    }

    /** How many more capitalized words a possessive's name may have before it. */
    private static final int NAME_WORDS = 3;
    /** The small words a name may hold between its capitalized words: "Association of Southeast Asian Nations". */
    private static final Set<String> NAME_INNER_WORDS = Set.of("of", "for", "and");

    /**
     * The title of a happening named by a noun: "the death of his father, Kim Jong-Il" → "Kim Jong-Il dies" when
     * the noun is a death whose person is named within its phrase (an appositive counts), else the noun phrase.
     */
    static Named occasionTitle(Context c, Triggers.Trigger t) {
        String after = c.sentence().substring(t.end());
        if (t.type().equals("death") && after.startsWith(" of ")) {
            int limit = t.end() + Math.min(after.length(), 45);
            for (Entities.Entity e : c.entities()) {
                int s = e.start() - c.sentenceStart();
                if (e.kind() == Entities.Kind.PERSON && s >= t.end() && e.end() - c.sentenceStart() <= limit
                        && !c.sentence().substring(t.end(), s).matches(".*[;:—–()“”\"].*")) {
                    return new Named(e.name() + " dies", List.of(e.name()), e.end() - c.sentenceStart());
                }
            }
        }
        String phrase = nounPhrase(c, t, t.type());
        return new Named(phrase, List.of(), t.end());
    }

    /**
     * "Who does what" for a verb trigger, the verb agreeing with its subject ("270 people die"); {@code ""} when the
     * clause names no subject, since a title without one says nothing. A participle ("…, accounting for 97% of its
     * trade") takes the main clause's subject; a killing whose subject is not found is titled by its victims ("259
     * people killed").
     */
    static String verbPhrase(Context c, Triggers.Trigger t) {
        String surface = c.sentence().substring(t.start(), t.end());
        Subjects.Subject subject = Subjects.of(c, t.start());
        if (subject.isEmpty() && surface.split(" ")[0].endsWith("ing")) {
            subject = Subjects.ofMainClause(c);
        }
        String object = (t.object() + " " + object(c, t.end())).trim();
        if (OBJECT_ITS.matcher(object).find()) {
            String owner = owner(c, t.start(), subject.text());
            if (!owner.isEmpty()) {
                object = OBJECT_ITS.matcher(object).replaceFirst(Matcher.quoteReplacement(owner + "’s"));
            }
        }
        String verb = VerbForms.agree(t.present(), subject.plural());
        if (t.present().equals("kills")) {
            boolean passive = PASSIVE.matcher(c.sentence().substring(0, t.start())).find();
            if (passive) {
                verb = subject.plural() ? "are killed" : "is killed"; // "168 people were killed in a bombing"
            } else if (object.isEmpty() || object.matches("(?i)(in|on|at|by|for)\\b.*")) {
                return "";
            } else if (subject.isEmpty()) {
                return namesVictims(object) ? object + " killed" : "";
            }
        } else if (t.present().equals("dies") && !object.matches("(?i)(in|of|from|at)\\b.*")) {
            object = ""; // "died within weeks", "died at 90 last week": only where or of what is told
        }
        if (subject.isEmpty()) {
            return "";
        }
        return (Subjects.withoutAge(subject.text()) + " " + verb + " " + object).trim().replaceAll("\\s+", " ");
    }

    /**
     * Whom "its" stands for in a clause: the last place or organization named before the trigger that is not the
     * subject ("China remains North Korea’s largest partner, accounting for 97% of its trade" → North Korea).
     */
    private static String owner(Context c, int before, String subject) {
        String owner = "";
        for (Entities.Entity e : c.entities()) {
            int s = e.start() - c.sentenceStart();
            if (s >= 0 && s < before && e.kind() != Entities.Kind.PERSON && !e.name().equals(subject)) {
                owner = e.name();
            }
        }
        return owner;
    }

    /**
     * Drops "first" from a title when the sentence qualifies it ("his first visit to China in six years", "his
     * first trip since 2019"): the title stands alone, and alone "first visit" would say there was none before.
     */
    static String withoutQualifiedFirst(String title, String sentence) {
        if (!QUALIFIED_FIRST.search(sentence).find()) {
            return title;
        }
        return title.replaceFirst("(?i)\\bfirst\\s+", "");
    }

    /** The subject of the clause that ends at {@code before}: a full name where one is found. */
    static String subject(Context c, int before) {
        return Subjects.of(c, before).text();
    }

    /** Whether {@code word} (lower case) never begins or belongs to a noun phrase on its left edge. */
    static boolean isStopWord(String word) {
        return STOP_LEFT.contains(word);
    }

    private static String object(Context c, int after) {
        List<Word> words = words(c.sentence().substring(after));
        List<String> out = new ArrayList<>();
        int prev = 0;
        for (Word w : words) {
            if (out.size() >= 6 || c.inTime(after + w.start()) || STOP_RIGHT.contains(w.lower())
                    || w.lower().equals("to") && !out.isEmpty()
                    || gapHasPunctuation(c.sentence(), after + prev, after + w.start())) {
                break;
            }
            out.add(w.text());
            prev = w.end();
        }
        while (!out.isEmpty() && Set.of("in", "of", "to", "for", "with", "about", "the", "a")
                .contains(out.get(out.size() - 1).toLowerCase(Locale.ROOT))) {
            out.remove(out.size() - 1);
        }
        String text = String.join(" ", out);
        return expandNames(c, text, -1);
    }

    /**
     * Whom a pronoun stands for: the last person named before it in its sentence when that is the document's main
     * person or stands close before it, no verb between ("Obama, on his fourth trip", "Kim Il-Sung, the sole leader
     * until he died"); the main person when the sentence names no one
     * before it; no one otherwise ("Dr Conrad Murray was with the superstar on the night he died": "he" is not the
     * doctor, and the sentence does not say who).
     */
    static String resolvePronoun(Context c, int at) {
        Entities.Entity last = null;
        for (Entities.Entity e : c.entities()) {
            int s = e.start() - c.sentenceStart();
            if (e.kind() == Entities.Kind.PERSON && s >= 0 && s < at) {
                last = e;
            }
        }
        if (last == null) {
            return c.mainPerson();
        }
        int from = Math.max(0, Math.min(at, last.end() - c.sentenceStart()));
        String between = c.sentence().substring(from, at);
        boolean close = between.length() <= PRONOUN_REACH && !CLAUSE_BETWEEN.matcher(between).find();
        return close || samePerson(last.name(), c.mainPerson()) ? last.name() : "";
    }

    /** Whether two names name one person: the same key, or one the other's surname ("Obama", "Barack Obama"). */
    private static boolean samePerson(String a, String b) {
        String x = Entities.key(a);
        String y = Entities.key(b);
        return !x.isEmpty() && !y.isEmpty() && (x.equals(y) || x.endsWith(" " + y) || y.endsWith(" " + x));
    }

    /** Whether {@code object} opens as victims do: a number, a name, or a word of {@link #VICTIMS_OPEN}. */
    private static boolean namesVictims(String object) {
        String first = object.split(" ", 2)[0];
        String low = first.toLowerCase(Locale.ROOT);
        return !first.isEmpty() && (Character.isDigit(first.charAt(0)) || Character.isUpperCase(first.charAt(0))
                || Subjects.isNumberWord(low) || VICTIMS_OPEN.contains(low) && (!low.equals("at")
                || object.toLowerCase(Locale.ROOT).startsWith("at least ")));
    }

    /** Writes lone surnames out in full: "Kim’s trip" → "Kim Jong Un’s trip". */
    private static String expandNames(Context c, String phrase, int phraseStart) {
        String out = phrase;
        for (Entities.Entity e : c.entities()) {
            if (e.kind() != Entities.Kind.PERSON) {
                continue;
            }
            String surface = c.sentence().substring(
                    Math.max(0, Math.min(c.sentence().length(), e.start() - c.sentenceStart())),
                    Math.max(0, Math.min(c.sentence().length(), e.end() - c.sentenceStart())));
            if (!surface.isEmpty() && !surface.equals(e.name()) && !e.name().contains(" " + surface + " ")
                    && e.name().contains(surface)) {
                // not where the name is written out already, as another mention of the surname may have made it
                String before = e.name().substring(0, e.name().indexOf(surface));
                out = out.replaceAll((before.isEmpty() ? "" : "(?<!" + Pattern.quote(before) + ")") + "\\b"
                        + Pattern.quote(surface) + "(?=’s|'s|\\b)(?! [A-Z])", e.name());
            }
        }
        return out;
    }

    /**
     * Whether word {@code i} is an acronym in capitals in brackets right after a capitalized word: "Asia-Pacific
     * Economic Cooperation (APEC)".
     */
    private static boolean bracketedAcronym(String s, List<Word> words, int i) {
        if (i < 1 || i + 1 >= words.size()) {
            return false;
        }
        Word w = words.get(i);
        Word before = words.get(i - 1);
        return w.text().length() >= 2 && w.text().chars().allMatch(Character::isUpperCase)
                && Character.isUpperCase(before.text().charAt(0))
                && s.substring(before.end(), w.start()).equals(" (")
                && s.substring(w.end(), words.get(i + 1).start()).equals(") ");
    }

    /**
     * The index of the acronym in capitals whose expansion in brackets ends right before word {@code at} ("APEC
     * [(Asia-Pacific Economic Cooperation)] Economic Leaders' Meeting"), or -1: the expansion at most
     * {@value #EXPANSION_WORDS} capitalized words.
     */
    private static int acronymBeforeItsExpansion(String s, List<Word> words, int at) {
        if (at < 3 || !s.substring(words.get(at - 1).end(), words.get(at).start()).equals(") ")) {
            return -1;
        }
        for (int k = at - 1; k >= 1 && at - k <= EXPANSION_WORDS; k--) {
            if (!Character.isUpperCase(words.get(k).text().charAt(0))) {
                return -1;
            }
            if (s.substring(words.get(k - 1).end(), words.get(k).start()).equals(" (")) {
                String acronym = words.get(k - 1).text();
                return acronym.length() >= 2 && acronym.length() <= 8
                        && acronym.chars().allMatch(Character::isUpperCase) ? k - 1 : -1;
            }
        }
        return -1;
    }

    /** The most words an acronym's expansion in brackets may have: "(Asia-Pacific Economic Cooperation)". */
    private static final int EXPANSION_WORDS = 6;

    private static boolean gapHasPunctuation(String s, int from, int to) {
        if (from >= to) {
            return false;
        }
        return s.substring(from, to).matches(".*[,;:—–()“”\"].*");
    }

    private static int indexAt(List<Word> words, int offset) {
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).end() > offset) {
                return i;
            }
        }
        return words.size() - 1;
    }

    private static List<Word> words(String s) {
        List<Word> out = new ArrayList<>();
        Matcher m = WORD.matcher(s);
        while (m.find()) {
            out.add(new Word(m.start(), m.end(), m.group()));
        }
        return out;
    }
}
