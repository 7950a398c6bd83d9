package dev.timeline.happening;

import dev.timeline.document.StartFilteredPattern;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the named entities of a text: runs of capitalized words, split by the {@link Gazetteer} into places and
 * the rest, titles ("President", "leader") dropped, the rest classed as organizations (by their head words) or
 * people (two or more name words). Within a document, a lone surname ("Kim", "Putin") stands for the full name seen
 * elsewhere in it.
 */
public final class Entities {
    /** What a name names: a person, an organization, a place, or a named event or law ("the Asian Games"). */
    enum Kind { PERSON, ORGANIZATION, PLACE, EVENT }

    /** Quotation marks around the title of a work. */
    private static final String QUOTES = "\"\u201C\u201D";

    /** One entity occurrence: its span in the text and the canonical name it stands for. */
    record Entity(int start, int end, Kind kind, String name) {
    }

    /** A capitalized word, an initialism or a word that joins names; its look-behind sees its own "s" only. */
    private static final StartFilteredPattern TOKEN = StartFilteredPattern.compileWithLookBehindsWithin(
            "(?:[A-Z]\\.){2,}|[A-Z][\\p{L}\\d]*(?:[’'\\-][\\p{L}\\d]+)*(?:(?<=[a-z]s)[’'](?= ))?\\.?"
                    + "|of|for|the|and");
    /** Words of titles and offices before a name ("President", "Prime Minister"): no part of the name. */
    static final Set<String> TITLES = Set.of("president", "presidential", "leader", "chief", "staff",
            "minister", "prime", "secretary", "general", "speaker", "comrade", "mr", "mrs", "ms", "dr", "king",
            "queen", "chairman", "premier", "dictator", "ruler", "official", "officials", "former", "assistant",
            "foreign", "affairs", "deputy", "vice", "under-secretary-general", "professor", "analyst", "envoy",
            "ambassador", "national", "state", "supreme", "commander", "sen", "senator", "gov", "governor");
    private static final Set<String> NOT_NAMES = Set.of("the", "a", "an", "this", "that", "these", "those", "in",
            "on", "at", "for", "since", "although", "while", "however", "meanwhile", "still", "other", "most",
            "when", "given", "but", "and", "or", "not", "no", "now", "then", "after", "before", "among", "despite",
            "according", "upholding", "we", "he", "she", "it", "they", "his", "her", "their", "its", "our", "my",
            "observers", "experts", "analysts", "political", "notable", "having", "tens", "by", "as", "if", "with",
            "global", "south", "north", "east", "west", "western", "eastern", "day", "war", "axis", "victory", "cold",
            "new", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sept", "sep", "oct", "nov",
            "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "two", "three",
            "world", "ii", "covid-19", "vip", "resistance", "aggression", "celebrations", "chinese", "imperial",
            "nazi", "upheaval", "tyranny", "first", "security", "economy", "china’s", "it’s", "during", "under",
            "until", "following", "amid", "from", "because", "once", "unlike", "throughout", "upon", "within",
            "without", "whether", "though", "several", "earlier", "later", "many", "some", "all", "each", "every",
            "few", "unless", "whereas", "yet", "also", "even", "there", "what", "which", "who", "where", "why", "how",
            "such", "only", "just", "today", "yesterday", "tomorrow", "recently");
    private static final StartFilteredPattern ORG_WORD = StartFilteredPattern.compile(
            "\\b(Party|Ministry|Agency|Institute|University|Assembly|Court|Nations|Council|Committee|Union|Bank|"
                    + "Army|Forces|Organization|News|Press|Association|Government|Kremlin|Congress|Parliament|"
                    + "Commission|Foundation|Service|Office|Department|Studies|Criminal|Central|Associated|Airlines|"
                    + "Airways|Corp|Corporation|Company|Inc|Holdings|Motors|Exchange|Airport|Hospital|Fund|Authority|"
                    + "Board|Federation|Alliance|League|Coalition|Front|Movement|Group|Bureau|Administration|"
                    + "Organisation|Programme|Program|Police|Navy|Senate|Society|Trust|Industries|Petroleum|Center|"
                    + "Centre|Network|Convention|Ltd|Plc|Rovers|Athletic|Wanderers|Albion|FC|Club|Air(?! \\w)|TV|"
                    + "Broadcasting"
                    + "|United(?! (?:States|Kingdom|Arab)))\\b"); // "Leeds United", not "the United States"
    /**
     * A last word that makes a name a named event or law, not a person: "three Olympic Games", "the Gulf War", "the
     * Australian Open", "the Oil Pollution Act" (no "she" stands for it: "She hit the headlines last year" after "has
     * competed in three Olympic Games").
     */
    private static final StartFilteredPattern EVENT_WORD = StartFilteredPattern.compile(
            "\\b(Games|Olympics|Cup|Championships?|Summit|War|Festival|Awards|Prix|Tournament|Marathon|Expo|Open|Act"
                    + "|Treaty|Accord|Protocol|Charter)$");
    /** A last word that makes a name a place or a site, not a person: "Bagram Air Base", "Gulf States". */
    private static final StartFilteredPattern PLACE_WORD = StartFilteredPattern.compile(
            "\\b(Base|Prison|Camp|Square|Street|Avenue|Bridge|"
                    + "River|Sea|Ocean|Gulf|Bay|Lake|Islands?|Mountains|Valley|Station|Harbou?r|Province|County|"
                    + "District|Region|Coast|Shores|Strait|Peninsula|Desert|Canal|Stadium|Arena|Palace|States|"
                    + "Current|Stream|Basin|Reef|Delta|Glacier|Trench|Plateau)$");
    private static final Pattern ACRONYM = Pattern.compile("[A-Z]{2,6}");
    private static final Set<String> ACRONYM_NOT_ORG = Set.of("US", "UK", "USA", "DPRK", "II", "VIP", "WWII");
    /** News organizations, keyed by {@link #key}: in a story they report what happens rather than take part in it. */
    private static final Set<String> NEWS_MEDIA = Set.of("associated press", "ap", "reuters", "afp",
            "agence france presse", "agence france-presse", "xinhua", "yonhap", "kcna", "korean central news agency",
            "cnn", "bbc", "bloomberg", "kyodo", "kyodo news", "tass", "ria novosti", "interfax", "nhk", "al jazeera",
            "voa", "voice of america", "npr", "abc news", "cbs news", "nbc news", "fox news", "dow jones",
            "new york times", "washington post", "wall street journal", "financial times", "the guardian");
    private static final Pattern LINE_WORD = Pattern.compile("\\p{L}[\\p{L}’'\\-]*");
    private static final Pattern POSSESSIVE_END = Pattern.compile("(’|')s$");
    private static final Pattern INITIALISM = Pattern.compile("([A-Z]\\.)+");
    private static final Pattern SPACES_OR_HYPHENS = Pattern.compile("[\\s\\-]+");
    /**
     * A participle of owning or running joined to its owner before a name, lower case: "BP-leased Deepwater Horizon"
     * is the Deepwater Horizon, as "US-led coalition" is the coalition.
     */
    private static final Pattern OWNER_BEFORE = Pattern.compile(
            "^[\\p{L}\\d.]+-(?:leased|owned|operated|backed|led|based|run|controlled|funded|made|built)\\s+(?=\\S)");
    /** A company's legal form after its name, in lower case: "BP Plc" and "BP", "Transocean Ltd." are one name. */
    private static final Pattern LEGAL_FORM = Pattern.compile(
            "(?<=\\S),?\\s++(?:plc|ltd|inc|corp|co|llc|ag|sa|nv|spa)\\.?$");
    private static final Pattern SPACE_OR_HYPHEN = Pattern.compile("[ -]");
    /** Closing quotes and brackets at the end of a line: what a headline may end with after its words. */
    private static final Pattern CLOSING_MARKS = Pattern.compile("[”\"’')]+$");
    /** The characters of {@link #CLOSING_MARKS}. */
    private static final String CLOSING_MARK_CHARACTERS = "”\"’')";
    /**
     * The most words one run of capitalized words holds before it is cut: names and places are a few words long, so
     * only text such as "May May May …" is cut, and the run never holds a long text's words at once.
     */
    static final int MAX_RUN = 100;
    private static final Set<String> MINOR_WORDS = Set.of("a", "an", "the", "and", "or", "but", "of", "in", "on",
            "at", "to", "for", "with", "by", "as", "from", "into", "over", "after", "amid", "vs");

    private Entities() {
    }

    static List<Entity> find(String text) {
        List<Entity> raw = new ArrayList<>();
        StartFilteredPattern.Search tokens = TOKEN.search(text);
        List<int[]> run = new ArrayList<>();
        int lastEnd = -1;
        while (tokens.find()) {
            MatchResult m = tokens.match();
            if (m.start() > 0 && Character.isLetterOrDigit(text.charAt(m.start() - 1))) {
                flush(text, run, raw); // "iPod": a capital inside a word starts no name ("Pod")
                run.clear();
                lastEnd = -1;
                continue;
            }
            String gap = lastEnd < 0 ? "" : text.substring(lastEnd, m.start());
            boolean joined = lastEnd >= 0 && (gap.equals(" ") || gap.equals("-")) && run.size() < MAX_RUN;
            if (!joined) {
                flush(text, run, raw);
                run.clear();
            }
            int end = m.end();
            if (text.charAt(end - 1) == '.' && !isInitialism(m.group())) {
                end--;
            }
            String token = text.substring(m.start(), end);
            int hyphen = token.indexOf('-');
            if (hyphen > 0 && Gazetteer.place(token.substring(0, hyphen)).isPresent()) {
                flush(text, run, raw); // "US-South Korea-Japan", "US-led": places glued by hyphens
                run.clear();
                int from = m.start();
                for (String part : token.split("-")) {
                    int at = from;
                    Gazetteer.place(part).ifPresent(p -> raw.add(new Entity(at, at + part.length(), Kind.PLACE, p)));
                    from += part.length() + 1;
                }
                lastEnd = -1;
                continue;
            }
            run.add(new int[] {m.start(), end});
            lastEnd = end;
            boolean possessive = token.endsWith("’s") || token.endsWith("'s");
            if (end < m.end() || possessive) {
                flush(text, run, raw);
                run.clear();
                lastEnd = -1;
            }
        }
        flush(text, run, raw);
        return withoutHeadlineGuesses(text, resolveAliases(withAcronyms(text, raw)));
    }

    /**
     * In a headline ("Kim to Join Xi at China’s Parade in Rare International Appearance", "SEOUL CLOSES RANKS")
     * capital letters say nothing: a name there counts only if it is a known place or also named in the body.
     */
    private static List<Entity> withoutHeadlineGuesses(String text, List<Entity> entities) {
        List<int[]> headlines = new ArrayList<>();
        for (int start = 0; start < text.length();) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            if (end > start && isHeadline(text.substring(start, end))) {
                headlines.add(new int[] {start, end}); // a line: what [^\n]+ finds
            }
            start = end + 1;
        }
        if (headlines.isEmpty()) {
            return entities;
        }
        Map<String, Entity> inBody = new HashMap<>();
        for (Entity e : entities) {
            if (!inside(headlines, e.start())) {
                inBody.putIfAbsent(key(e.name()), e);
            }
        }
        List<Entity> out = new ArrayList<>();
        for (Entity e : entities) {
            if (e.kind() == Kind.PLACE || !inside(headlines, e.start()) || inBody.containsKey(key(e.name()))) {
                out.add(e);
                continue;
            }
            // "Moon Jae-in Meets Leaders": keep the body's names found inside the run of capitals
            String run = text.substring(e.start(), e.end());
            for (Entity b : inBody.values()) {
                int at = b.kind() == Kind.PLACE ? -1 : run.indexOf(b.name());
                if (at >= 0) {
                    out.add(new Entity(e.start() + at, e.start() + at + b.name().length(), b.kind(), b.name()));
                }
            }
        }
        out.sort(java.util.Comparator.comparingInt(Entity::start));
        return List.copyOf(out);
    }

    private static boolean inside(List<int[]> spans, int offset) {
        return spans.stream().anyMatch(s -> offset >= s[0] && offset < s[1]);
    }

    /** A line of three or more words, not ending like a sentence, whose words are all capitalized or shouted. */
    static boolean isHeadline(String line) {
        String trimmed = withoutClosingMarks(line.strip());
        if (trimmed.endsWith(".") || trimmed.endsWith("?") || trimmed.endsWith("!")) {
            return false;
        }
        Matcher w = LINE_WORD.matcher(trimmed);
        int words = 0;
        int capitalized = 0;
        while (w.find()) {
            String word = w.group();
            if (MINOR_WORDS.contains(word)) {
                continue;
            }
            words++;
            if (Character.isUpperCase(word.charAt(0))) {
                capitalized++;
            }
        }
        return words >= 3 && capitalized == words;
    }

    /**
     * {@code s} without the closing marks it ends with, as {@link #CLOSING_MARKS} replaced by nothing gives it: read
     * back from the end rather than tried from every character, but where a line end closes {@code s}, before which
     * the expression's "$" matches too.
     */
    private static String withoutClosingMarks(String s) {
        if (endsOnLineEnd(s)) {
            return CLOSING_MARKS.matcher(s).replaceAll("");
        }
        int end = s.length();
        while (end > 0 && CLOSING_MARK_CHARACTERS.indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return s.substring(0, end);
    }

    /**
     * {@code s} without a final "'s" or "’s", as {@link #POSSESSIVE_END} replaced by nothing gives it, read at the end
     * rather than tried from every character, but where a line end closes {@code s}.
     */
    private static String withoutPossessive(String s) {
        if (s.endsWith("'s") || s.endsWith("’s")) {
            return s.substring(0, s.length() - 2);
        }
        return endsOnLineEnd(s) ? POSSESSIVE_END.matcher(s).replaceAll("") : s;
    }

    /** Whether {@code s} ends on a line terminator, before which "$" matches as well as at the end. */
    private static boolean endsOnLineEnd(String s) {
        return !s.isEmpty() && "\n\r\u0085\u2028\u2029".indexOf(s.charAt(s.length() - 1)) >= 0;
    }

    /** "The Associated Press (AP)": an acronym in brackets after a name whose initials it spells is that name. */
    private static List<Entity> withAcronyms(String text, List<Entity> raw) {
        Map<String, Entity> expansions = new HashMap<>();
        for (int i = 1; i < raw.size(); i++) {
            Entity prev = raw.get(i - 1);
            Entity e = raw.get(i);
            if (prev.kind() != null && ACRONYM.matcher(e.name()).matches()
                    && text.substring(prev.end(), e.start()).equals(" (") && initials(prev.name()).equals(e.name())) {
                expansions.put(e.name(), prev);
            }
        }
        if (expansions.isEmpty()) {
            return raw;
        }
        List<Entity> out = new ArrayList<>();
        for (Entity e : raw) {
            Entity full = expansions.get(e.name());
            out.add(full == null ? e : new Entity(e.start(), e.end(), full.kind(), full.name()));
        }
        return out;
    }

    private static String initials(String name) {
        StringBuilder s = new StringBuilder();
        for (String w : SPACES_OR_HYPHENS.split(name)) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                s.append(w.charAt(0));
            }
        }
        return s.toString();
    }

    private static boolean isInitialism(String token) {
        return INITIALISM.matcher(token).matches();
    }

    private static void flush(String text, List<int[]> run, List<Entity> out) {
        int i = 0;
        while (i < run.size() && isConnector(word(text, run.get(i)))) {
            i++;
        }
        while (i < run.size()) {
            int best = -1;
            String place = null;
            for (int j = Math.min(run.size(), i + 5) - 1; j >= i && best < 0; j--) {
                Optional<String> p = Gazetteer.place(
                        withoutPossessive(text.substring(run.get(i)[0], run.get(j)[1])));
                if (p.isPresent()) {
                    best = j;
                    place = p.get();
                }
            }
            if (best >= 0) {
                out.add(new Entity(run.get(i)[0], run.get(best)[1], Kind.PLACE, place));
                i = best + 1;
                continue;
            }
            if (i == 0) {
                // a state or province is a place where it stands alone ("Houma, Louisiana,"), not inside a longer name
                String whole = withoutPossessive(text.substring(run.get(0)[0], run.get(run.size() - 1)[1]));
                Optional<String> region = Gazetteer.region(whole);
                if (region.isPresent()) {
                    out.add(new Entity(run.get(0)[0], run.get(0)[0] + whole.length(), Kind.PLACE, region.get()));
                    return;
                }
            }
            int j = organizationAfterATitle(text, run, i) ? i + 1 : i; // "General Motors", "Foreign Ministry"
            while (j < run.size() && (isNameWord(word(text, run.get(j)))
                    || j > i && isSurnameSpelledAsATitle(text, run.get(j)))) {
                j++;
            }
            // "of", "for" may join name words: "Communist Party of China"
            while (j > i && isConnector(word(text, run.get(j - 1)))) {
                j--;
            }
            if (j > i) {
                addName(text, run.get(i)[0], run.get(j - 1)[1], j - i, out);
                i = j;
            } else {
                i++;
            }
        }
    }

    /**
     * Whether the word of {@code run} at {@code i} is a title's ({@link #TITLES}) that opens an organization's name:
     * the name words after it make one with it ("General Motors", "the Foreign Ministry"; not "General Tom Welk").
     */
    private static boolean organizationAfterATitle(String text, List<int[]> run, int i) {
        String lower = word(text, run.get(i)).toLowerCase(Locale.ROOT);
        if (!TITLES.contains(lower) || i + 1 >= run.size() || !isNameWord(word(text, run.get(i + 1)))
                || isConnector(word(text, run.get(i + 1)))) {
            return false;
        }
        int j = i + 1;
        while (j < run.size() && isNameWord(word(text, run.get(j)))) {
            j++;
        }
        return ORG_WORD.search(text.substring(run.get(i)[0], run.get(j - 1)[1])).find();
    }

    private static String word(String text, int[] span) {
        return text.substring(span[0], span[1]);
    }

    private static boolean isConnector(String w) {
        return w.equals("of") || w.equals("for") || w.equals("the") || w.equals("and");
    }

    /** Titles that are also surnames: "Sen." before a name is a senator, "Hun Sen" a man. */
    private static final Set<String> SURNAMES_SPELLED_AS_TITLES = Set.of("sen");

    /**
     * Whether the word at {@code span}, after a name word of its run, is a surname spelled as an abbreviated title
     * ({@link #SURNAMES_SPELLED_AS_TITLES}) without the title's full stop: "Hun Sen", not "Sen. Kerry".
     */
    private static boolean isSurnameSpelledAsATitle(String text, int[] span) {
        return SURNAMES_SPELLED_AS_TITLES.contains(word(text, span).toLowerCase(Locale.ROOT))
                && (span[1] >= text.length() || text.charAt(span[1]) != '.');
    }

    /**
     * Whether a word in lower case is a person's title or office ("president", "minister", "prime"): a word two
     * reports of different people share as readily as two reports of one happening.
     */
    public static boolean isTitleWord(String lower) {
        return TITLES.contains(lower);
    }

    private static boolean isNameWord(String w) {
        String lower = withoutPossessive(w.toLowerCase(Locale.ROOT));
        if (w.equals("of") || w.equals("for")) {
            return true;
        }
        return Character.isUpperCase(w.charAt(0)) && !TITLES.contains(lower) && !NOT_NAMES.contains(lower)
                && Gazetteer.place(lower).isEmpty();
    }

    private static void addName(String text, int start, int end, int words, List<Entity> out) {
        String name = withoutPossessive(text.substring(start, end));
        end = start + name.length();
        if (ORG_WORD.search(name).find() || (ACRONYM.matcher(name).matches()
                && !ACRONYM_NOT_ORG.contains(name))) {
            out.add(new Entity(start, end, Kind.ORGANIZATION, name));
        } else if (words >= 2 && EVENT_WORD.search(name).find()) {
            out.add(new Entity(start, end, Kind.EVENT, name)); // "three Olympic Games": no "she" stands for it
        } else if (words >= 2 && PLACE_WORD.search(name).find()) {
            out.add(new Entity(start, end, Kind.PLACE, name)); // "Bagram Air Base": no "he" stands for it
        } else if (words >= 2 && !name.contains(" of ") && !name.contains(" for ")) {
            // "the Deepwater Horizon": no person's name follows "the"; a name in quotation marks is a work's ("such
            // as \"Cinema Paradiso\""); no "he" stands for either
            out.add(new Entity(start, end, afterThe(text, start) || quoted(text, start, end) ? Kind.ORGANIZATION
                    : Kind.PERSON, name));
        } else if (words == 1) {
            out.add(new Entity(start, end, null, name)); // a lone word: a person if it is a known surname
        }
    }

    /** Whether the word "the" stands right before offset {@code start} of {@code text}. */
    /** Whether the name at {@code [start, end)} stands alone between quotation marks: {@code "Cinema Paradiso"}. */
    private static boolean quoted(String text, int start, int end) {
        return start > 0 && end < text.length() && QUOTES.indexOf(text.charAt(start - 1)) >= 0
                && QUOTES.indexOf(text.charAt(end)) >= 0;
    }

    private static boolean afterThe(String text, int start) {
        return start >= 4 && text.regionMatches(true, start - 4, "the", 0, 3)
                && Character.isWhitespace(text.charAt(start - 1))
                && (start == 4 || !Character.isLetterOrDigit(text.charAt(start - 5)));
    }

    /** Gives lone words the full name they abbreviate in this text ("Kim" → "Kim Jong Un"), drops the rest. */
    private static List<Entity> resolveAliases(List<Entity> raw) {
        Map<String, Map<String, Integer>> byToken = new HashMap<>();
        for (Entity e : raw) {
            if (e.kind() == Kind.PERSON) {
                String[] parts = SPACE_OR_HYPHEN.split(e.name());
                for (String part : new String[] {parts[0], parts[parts.length - 1]}) {
                    byToken.computeIfAbsent(part, k -> new HashMap<>()).merge(e.name(), 1, Integer::sum);
                }
            }
        }
        List<Entity> out = new ArrayList<>();
        for (Entity e : raw) {
            if (e.kind() != null) {
                out.add(e);
                continue;
            }
            Map<String, Integer> candidates = byToken.get(e.name());
            if (candidates != null) {
                String full = candidates.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey();
                out.add(new Entity(e.start(), e.end(), Kind.PERSON, full));
            }
        }
        return List.copyOf(out);
    }

    /**
     * Words of the name of a public body, a party or a force, never a company: "White House", "Coast Guard", "Energy
     * Department", "Labour Party".
     */
    private static final Set<String> PUBLIC_BODY_WORDS = Set.of("house", "senate", "congress", "parliament",
            "ministry", "department", "agency", "administration", "commission", "committee", "council", "court",
            "guard", "army", "navy", "police", "government", "party", "nations", "service", "bureau", "authority",
            "assembly", "cabinet", "office", "survey", "institute", "university", "union", "federation");

    /** Initialisms of an executive's post, which the capitalized words of names take in: "its first American CEO". */
    private static final Set<String> POSTS = Set.of("CEO", "CFO", "COO", "CTO");

    /**
     * Whether {@code name} is that of a public body, a party or a force ({@link #PUBLIC_BODY_WORDS}), or an
     * executive's post ({@link #POSTS}): no company.
     */
    static boolean isNoCompany(String name) {
        return POSTS.contains(name) || isPublicBody(name);
    }

    /** Whether {@code name} is that of a public body, a party or a force ({@link #PUBLIC_BODY_WORDS}), no company. */
    private static boolean isPublicBody(String name) {
        for (String word : name.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (PUBLIC_BODY_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code name} is a news organization ("The Associated Press (AP) noted ..."), a reporter of events. */
    static boolean isNewsMedia(String name) {
        return NEWS_MEDIA.contains(key(name)) || NEWS_MEDIA.contains(key(name).replaceFirst("^the ", ""));
    }

    /**
     * Returns a key that equates spellings of one name: "Kim Jong-un" and "Kim Jong Un" give the same key, and so do
     * "BP-leased Deepwater Horizon" and "Deepwater Horizon", and "BP Plc" and "BP".
     *
     * @throws NullPointerException if {@code name} is null
     */
    public static String key(String name) {
        String low = OWNER_BEFORE.matcher(name.toLowerCase(Locale.ROOT).replace('’', '\'')).replaceFirst("");
        low = LEGAL_FORM.matcher(low).replaceFirst("");
        return SPACES_OR_HYPHENS.matcher(low).replaceAll(" ").trim();
    }
}
