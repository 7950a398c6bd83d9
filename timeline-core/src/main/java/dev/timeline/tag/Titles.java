package dev.timeline.tag;

/**
 * Recognizes a would-be temporal expression that is part of a title or name: the broadcasts "This Week" and "60
 * Minutes" and the film "High Noon" in quotation marks, the programme "VOA Today" and the newspaper "USA Today" in
 * running text. Each check reads at most {@link #REACH} tokens either side. Stateless.
 */
final class Titles {
    /** How many words a quoted title may have on either side of the expression. */
    private static final int REACH = 6;

    private Titles() {
    }

    /** Whether tokens {@code [first, last)} belong to a title or name rather than to a temporal expression. */
    static boolean named(Scan s, int first, int last) {
        return quoted(s, first, last) || nameTail(s, first) || nameHead(s, first, last) || awardTail(s, first, last);
    }

    /**
     * Whether the expression is a capitalized "the Year", "the Month", "the Week" or "the Decade" after "of" and a
     * capitalized word: the end of an award's name ("was voted European Player of the Year", "Coach of the Month").
     */
    static boolean awardTail(Scan s, int first, int last) {
        if (last != first + 2 || first < 2 || !s.w(first, "the") || !s.w(first - 1, "of")) {
            return false;
        }
        Token unit = s.t(first + 1);
        Token award = s.t(first - 2);
        return unit.cap && unit.cat == Cat.UNIT && award.cap && letter(award);
    }

    /**
     * Whether the expression, all in capitals but for "the", opens a name whose next word is a capitalized head that
     * names a newspaper, a company, a show or a sports event: "the Sunday Times", "Tuesday Morning Corp.", "The Daily
     * Mail", "Monday Night Football", "the Summer Olympics". A weekday before any other capitalized word ("said
     * Tuesday President ...") stays a date.
     */
    static boolean nameHead(Scan s, int first, int last) {
        Token head = s.t(last);
        if (!head.cap || !head.spaceBefore) {
            return false;
        }
        for (int j = first; j < last; j++) {
            Token k = s.t(j);
            if (!(k.cap || k.low.equals("the") || k.low.equals("."))) {
                return false;
            }
        }
        if (head.low.equals("news")) {
            return s.cat(last - 1) == Cat.SETWORD; // "the Daily News", but not "on Sunday News Corp. said"
        }
        return nameHead(head.low);
    }

    private static boolean nameHead(String w) {
        switch (w) {
            case "times": case "telegraph": case "post": case "mail": case "express": case "herald": case "mirror":
            case "star": case "tribune": case "journal": case "observer": case "independent": case "gazette":
            case "chronicle": case "sport": case "magazine": case "review": case "corp": case "corporation":
            case "inc": case "co": case "ltd": case "llc": case "plc": case "group": case "football": case "live":
            case "club": case "show": case "olympics": case "olympic": case "games": case "paralympics":
            case "paralympic":
                return true;
            default:
                return false;
        }
    }

    /**
     * Whether the expression lies inside a short quotation of at least two words, all in title case (capitalized,
     * numbers, or short function words such as "of"), as in {@code ABC News' "This Week,"}, {@code CBS's ''60
     * Minutes''} and {@code ``Spring of Life'' demonstrations}. A quoted sentence has a lowercase word, so it is kept.
     */
    static boolean quoted(Scan s, int first, int last) {
        int open = first - 1;
        while (open >= first - REACH && titleWord(s, open)) {
            open--;
        }
        if (!quote(s, open) || !s.glued(open + 1) || s.glued(open) && open > 0 || !capital(s.t(open + 1))) {
            return false;
        }
        int close = last;
        while (close < last + REACH && titleWord(s, close)) {
            close++;
        }
        if (s.any(close, ",", ".") && s.glued(close)) {
            close++;
        }
        if (!quote(s, close) || !s.glued(close)) {
            return false;
        }
        int words = 0;
        for (int j = open + 1; j < close; j++) {
            Token k = s.t(j);
            if (k.cat == Cat.PUNCT || k.cat == Cat.DASH) {
                continue;
            }
            if (!titleWord(s, j)) {
                return false;
            }
            words++;
        }
        return words >= 2;
    }

    /**
     * Whether the expression opens with a capitalized time word that English writes in lowercase ("Today", "Morning",
     * "Spring") right after a capitalized word in running text: "This is VOA Today", "told USA Today". The word before
     * that must be a lowercase word other than a title's function word, so that a headline ("Clinton to Visit Today")
     * and a sentence start keep their expressions.
     */
    static boolean nameTail(Scan s, int first) {
        Token k = s.t(first);
        boolean lowerWord = k.cat == Cat.DEICTIC || k.cat == Cat.DAYPART || k.cat == Cat.SEASON || k.cat == Cat.REL
                || k.cat == Cat.UNIT;
        if (!k.cap || !lowerWord) {
            return false;
        }
        Token name = s.t(first - 1);
        Token before = s.t(first - 2);
        return name.cap && letter(name) && letter(before) && !before.cap && !small(before.low)
                || k.cat == Cat.SEASON && seasonOfAName(s, first);
    }

    /**
     * Whether the capitalized season at {@code first} ends the name of a movement or an era, after a capitalized word
     * of no temporal meaning that follows "the" or a year: "since the Arab Spring", "the 1968 Prague Spring". Running
     * text, not a headline's capitals, holds a word in lower case other than a title's function word within
     * {@value #REACH} words: "Tunisia has been a democracy since the Arab Spring".
     */
    private static boolean seasonOfAName(Scan s, int first) {
        Token name = s.t(first - 1);
        Token before = s.t(first - 2);
        if (!name.cap || name.cat != Cat.OTHER || !letter(name)
                || !(before.low.equals("the") || before.cat == Cat.NUMBER && before.low.length() == 4)) {
            return false;
        }
        for (int i = Math.max(0, first - REACH); i <= first + REACH; i++) {
            Token k = s.t(i);
            if (i != first && letter(k) && !k.cap && !small(k.low)) {
                return true;
            }
        }
        return false;
    }

    private static boolean quote(Scan s, int i) {
        return s.any(i, "\"", "``", "''", "\u201c", "\u201d");
    }

    /** A word a title may contain: capitalized, a number, or a short function word. */
    private static boolean titleWord(Scan s, int i) {
        Token k = s.t(i);
        return capital(k) || letter(k) && small(k.low);
    }

    private static boolean capital(Token k) {
        return k.cat == Cat.NUMBER || k.cap && letter(k);
    }

    private static boolean letter(Token k) {
        return !k.low.isEmpty() && Character.isLetter(k.low.charAt(0)) || k.cap;
    }

    private static boolean small(String w) {
        switch (w) {
            case "of": case "the": case "a": case "an": case "and": case "in": case "on": case "with": case "for":
            case "to": case "at": case "from": case "by": case "or":
                return true;
            default:
                return false;
        }
    }
}
