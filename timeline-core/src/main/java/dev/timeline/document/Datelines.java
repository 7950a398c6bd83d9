package dev.timeline.document;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The place a news dateline names: "NEW DELHI, April 1, 1997 (AFP)" and "SENDAI, Japan -- Nearly a million homes ..."
 * were filed in New Delhi and Sendai, which is where an article's "here" is ("Pohamba arrived here on Tuesday").
 * Stateless.
 */
public final class Datelines {
    /** A place of one to five words in capitals, as datelines print it: "BEIJING", "NEW DELHI", "ST. LOUIS". */
    private static final String PLACE = "([A-Z][A-Z.'\u2019\\-]+(?: [A-Z][A-Z.'\u2019\\-]+){0,4})";
    /** The place that opens the text of a TimeML {@code DCT} element, before a comma or an agency's name. */
    private static final Pattern DCT_TEXT = Pattern.compile("^\\s*" + PLACE + "\\s*[,(]");
    /**
     * The place that opens a line of text, before the agency's name in brackets or a long dash: "LONDON (Reuters) -",
     * "SENDAI, Japan --", "WASHINGTON, May 3 (Xinhua) --", "NEW YORK _", also after an agency's credit ("AP GRAND
     * ISLE, La. --"). A single hyphen after capitals opens a headline's label instead ("SWINE FLU - What you need to
     * know").
     */
    private static final Pattern LINE = Pattern.compile("(?m)^[ \\t]*(?:(?:AP|Reuters|AFP)[ \\t]+)?" + PLACE
            + "(?:,[ \\t]+[A-Z][\\w.]*(?:[ \\t]+[A-Z0-9][\\w.]*){0,3})?[ \\t]*"
            + "(?:\\((?:Reuters|AP|AFP|Xinhua|Bloomberg|UPI|dpa|CNN|IANS|PTI|Kyodo|Yonhap)\\)"
            + "[ \\t]*[-\u2013\u2014]+|--|\u2014|_)[ \\t]");
    /** How far into a text its dateline may stand: past a headline and a byline. */
    private static final int REACH = 600;
    /** Words in capitals that label a line, never a place: "UPDATE --", "BREAKING NEWS --". */
    private static final Pattern NOT_A_PLACE = Pattern.compile(
            "(?:UPDATE|UPDATED|BREAKING|NEWS|FILE|PHOTO|VIDEO|EXCLUSIVE|ANALYSIS|CORRECTION|EDITORS|NOTE)\\b.*");

    /** A preposition that opens a dateline: "ON THE GULF OF MEXICO", "ABOARD THE USS NIMITZ". */
    private static final Pattern LEADING_PREPOSITION = Pattern.compile("^(?:ON|IN|AT|ABOARD|NEAR|OFF|ALONG|OUTSIDE) ");
    /** Words a place's name writes small inside it. */
    private static final Set<String> SMALL_WORDS = Set.of("THE", "OF", "AND", "ON", "DE", "DU", "AU", "AL");

    private Datelines() {
    }

    /**
     * The place the text of a TimeML {@code DCT} element opens with ("NEW DELHI, April 1 , 1997 (AFP)" → "New
     * Delhi"), written in title case; empty when it opens with anything else.
     */
    public static Optional<String> ofCreationTime(String dctText) {
        return place(DCT_TEXT.matcher(dctText));
    }

    /**
     * The place of a dateline that opens one of the lines of the first {@value #REACH} characters of {@code text}
     * ("SENDAI, Japan -- Nearly a million homes ..." → "Sendai"), written in title case.
     */
    public static Optional<String> inText(String text) {
        return place(LINE.matcher(text.substring(0, Math.min(text.length(), REACH))));
    }

    private static Optional<String> place(Matcher m) {
        if (!m.find() || NOT_A_PLACE.matcher(m.group(1)).matches()
                || m.group(1).chars().filter(Character::isLetter).count() < 3) {
            return Optional.empty();
        }
        // "ON BARATARIA BAY, La. (AP) --": the place, without the preposition that tells where on it
        String[] words = LEADING_PREPOSITION.matcher(m.group(1)).replaceFirst("").split(" ");
        // a body's seat, not a town, takes its article: "UNITED NATIONS (AFP) -" is "the United Nations"
        StringBuilder out = new StringBuilder(String.join(" ", words).equals("UNITED NATIONS") ? "the" : "");
        for (String word : words) {
            if (out.length() > 0) {
                out.append(' ');
            }
            if (SMALL_WORDS.contains(word) && (out.length() > 0 || words.length > 2)) {
                out.append(word.toLowerCase(Locale.ROOT)); // "the Gulf of Mexico", "The Hague"
                continue;
            }
            boolean start = true;
            for (char c : word.toCharArray()) {
                out.append(start ? c : Character.toLowerCase(c));
                start = c == '-' || c == '.';
            }
        }
        return Optional.of(out.toString());
    }
}
