package dev.timeline.happening;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A meeting told as a noun phrase that names who met, told as a clause: "Meeting of EU foreign ministers in
 * Luxembourg" is "EU foreign ministers meet in Luxembourg", "Summit of EU leaders" is "EU leaders hold a summit",
 * "OPEC meeting in Doha" is "OPEC meets in Doha". A title says who did what; the noun phrase alone reads as a
 * heading. Other titles are returned unchanged. Stateless.
 */
final class MeetingClauses {
    /** "Meeting of X", "Meetings of X", "Summit of X", with an optional article and length before the noun. */
    private static final Pattern OF_WHOM = Pattern.compile(
            "^(?:(?:A|An|The) )?(?:(?:[Tt]wo|[Tt]hree|[Oo]ne)-day )?(meetings?|summit) of ((?:the )?\\S.*)$",
            Pattern.CASE_INSENSITIVE);
    /**
     * "OPEC meeting in the Qatari capital", "US Federal Reserve Board meeting": a body named before the noun, an
     * acronym or a phrase that ends on a word for a body; not a place ("White House meeting").
     */
    private static final Pattern BODY_BEFORE = Pattern.compile(
            "^((?:[A-Z][\\w.&-]* ){0,5}?(?:[A-Z]{2,}|(?:\\S+ ){0,3}(?:[Bb]oard|[Cc]ouncil|[Cc]ommittee|[Cc]ommission"
            + "|[Gg]roup|[Cc]abinet|[Pp]arliament|[Aa]ssembly|[Ll]eague|[Uu]nion|[Mm]inisters|[Ll]eaders)))"
            + " (meeting|summit)((?: (?:in|at|on|near|here)\\b.*)?)$");
    /**
     * Words after which the rest of a title is where or when the meeting was, not who met; "for" and "on" before a
     * capital that is no day or month go on with a name ("the Organization for Economic Cooperation", "the Committee
     * on Foreign Relations").
     */
    private static final Pattern WHERE = Pattern.compile(" (?=(?:in|at|near|here|to)\\b|(?:on|for)\\b(?! (?!(?:"
            + "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July"
            + "|August|September|October|November|December)\\b)\\p{Lu}))");

    private MeetingClauses() {
    }

    /** {@code title} as a clause if it is a meeting of someone, else {@code title}. */
    static String of(String title) {
        Matcher body = BODY_BEFORE.matcher(title);
        if (body.matches() && !body.group(1).contains("'s") && !body.group(1).contains("’s")) {
            boolean plural = plural(body.group(1));
            return body.group(1) + " " + (body.group(2).equals("summit") ? (plural ? "hold" : "holds") + " a summit"
                    : plural ? "meet" : "meets") + body.group(3);
        }
        Matcher m = OF_WHOM.matcher(title);
        if (!m.matches()) {
            return title;
        }
        String rest = m.group(2);
        Matcher where = WHERE.matcher(rest);
        String who = where.find() ? rest.substring(0, where.start()) : rest;
        String after = rest.substring(who.length());
        if (who.split(" ").length < 2 && !Character.isUpperCase(who.charAt(0))) {
            return title; // "Meeting of officials": too little to say who
        }
        boolean plural = plural(who);
        String verb = m.group(1).toLowerCase(Locale.ROOT).startsWith("summit")
                ? (plural ? "hold" : "holds") + " a summit" : plural ? "meet" : "meets";
        String subject = who.startsWith("the ") ? "The " + who.substring(4) : who;
        return subject + " " + verb + after;
    }

    /**
     * Whether {@code who} is plural: its head (the word before its first "of", else its last word) is a common noun
     * in "-s" ("EU foreign ministers", "the five permanent members of the Council"), or it joins two with "and".
     */
    private static boolean plural(String who) {
        String head = who.contains(" of ") ? who.substring(0, who.indexOf(" of ")) : who;
        String last = head.substring(head.lastIndexOf(' ') + 1);
        return who.contains(" and ") || last.endsWith("s") && !last.endsWith("ss") && Character.isLowerCase(
                last.charAt(0));
    }
}
