package dev.timeline.text;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits one block of text into Penn-Treebank-like word tokens in one left-to-right pass: clitics apart ("Kim 's",
 * "did n't"), hyphenated words whole ("two-week"), numbers with their separators ("1,200.5", "10:30", "1990s"), an
 * abbreviation with its full stop ("Sept.", "U.S.", "Dr."), a stock's ticker between brackets whole ("(BP.L)"), every
 * other mark alone (a run of one mark, "--" or "...", is one token). Stateless; linear in the input.
 */
final class Tokenizer {
    /** Lower-case words that keep a following full stop. */
    static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col",
            "capt", "prof", "st", "jr", "sr", "no",
            "vs", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
            "oct", "nov", "dec", "inc", "corp", "co", "ltd", "mt", "ft", "sgt", "adm", "gens", "reps", "sens", "messrs",
            "calif", "fla", "mass", "ariz", "conn", "ill", "tenn", "wash", "pa", "va", "n.y", "e.g", "i.e", "etc",
            "a.m", "p.m", "u.s", "u.k", "u.n", "d.c", "l.a", "n.j", "ave", "blvd", "vol", "est", "approx");
    /** Abbreviations that are English words too, abbreviations only when capitalized: "Ill.", not "fell ill.". */
    private static final Set<String> WORDS_TOO = Set.of("ill", "mass", "wash", "rep");

    private Tokenizer() {
    }

    /** Adds the {@code [start, end)} spans of the tokens of {@code text[from, to)} to {@code out} as pairs. */
    static void tokenize(String text, int from, int to, List<int[]> out) {
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                i++;
            } else if ((c == 'n' || c == 'N') && i + 2 < to && isApostrophe(text.charAt(i + 1))
                    && (text.charAt(i + 2) == 't' || text.charAt(i + 2) == 'T') && !continuesWord(text, i + 3, to)
                    && (i == 0 || !Character.isLetter(text.charAt(i - 1)))) {
                out.add(new int[] {i, i + 3}); // "did n't", as Penn-Treebank-tokenized text writes it
                i += 3;
            } else if (c == '-' && bracket(text, i, to) > i) {
                int end = bracket(text, i, to);
                out.add(new int[] {i, end}); // "-LRB-": a bracket as Penn-Treebank-tokenized text writes it
                i = end;
            } else if (Character.isLetter(c)) {
                i = word(text, i, to, out);
            } else if (Character.isDigit(c)) {
                i = number(text, i, to, out);
            } else if (isApostrophe(c) && i + 1 < to && Character.isLetter(text.charAt(i + 1))
                    && clitic(text, i, to) > i) {
                int end = clitic(text, i, to);
                out.add(new int[] {i, end});
                i = end;
            } else {
                int j = i + 1;
                while (j < to && text.charAt(j) == c) {
                    j++;
                }
                if (Character.isSurrogate(c) && j == i + 1 && j < to && Character.isLowSurrogate(text.charAt(j))) {
                    j++;
                }
                out.add(new int[] {i, j});
                i = j;
            }
        }
    }

    private static int word(String text, int start, int to, List<int[]> out) {
        int j = start + 1;
        while (j < to) {
            char c = text.charAt(j);
            if (Character.isLetterOrDigit(c)) {
                j++;
            } else if (c == '.' && tickerEnd(text, start, j, to) > j) {
                j = tickerEnd(text, start, j, to); // "BP Plc (BP.L)": a stock's code and its exchange's, one word
                break;
            } else if ((c == '-' || c == '&' || c == '.') && j + 1 < to && Character.isLetterOrDigit(text.charAt(j + 1))
                    && (c != '.' || isInitialRun(text, start, j))) {
                j += 2;
            } else if (isApostropheInName(text, start, j, to)) {
                j += 2; // "O'Brien", "N'Djamena", "Xi'an": a name's apostrophe, no clitic
            } else {
                break;
            }
        }
        // clitics: "don't" -> "do" "n't"; "Kim's" -> "Kim" "'s"
        if (j < to && isApostrophe(text.charAt(j))) {
            int cl = clitic(text, j, to);
            if (j - start > 1 && isNegation(text, j, to) && !continuesWord(text, j + 2, to)) {
                out.add(new int[] {start, j - 1});
                out.add(new int[] {j - 1, j + 2});
                return j + 2;
            }
            if (cl > j) {
                out.add(new int[] {start, j});
                out.add(new int[] {j, cl});
                return cl;
            }
        }
        if (j < to && text.charAt(j) == '.') {
            String low = text.substring(start, j).toLowerCase(Locale.ROOT);
            boolean initial = j - start == 1 && Character.isUpperCase(text.charAt(start));
            boolean abbreviation = ABBREVIATIONS.contains(low)
                    && (!WORDS_TOO.contains(low) || Character.isUpperCase(text.charAt(start)));
            if (initial || abbreviation || low.indexOf('.') > 0) {
                j++;
            }
        }
        out.add(new int[] {start, j});
        return j;
    }

    /**
     * Whether the apostrophe at {@code at} lies inside a capitalized name: a letter follows it, it opens no clitic
     * ("Kim's", "don't") and the word started with a capital ("O'Brien", "Xi'an"; not "rock'n'roll").
     */
    private static boolean isApostropheInName(String text, int start, int at, int to) {
        return isApostrophe(text.charAt(at)) && at + 1 < to && Character.isLetter(text.charAt(at + 1))
                && Character.isUpperCase(text.charAt(start)) && clitic(text, at, to) == at && !isNegation(text, at, to);
    }

    /** Whether the apostrophe at {@code at} is the one of "n't" ("don't", "DIDN'T"). */
    private static boolean isNegation(String text, int at, int to) {
        return at > 0 && at + 1 < to && (text.charAt(at - 1) == 'n' || text.charAt(at - 1) == 'N')
                && (text.charAt(at + 1) == 't' || text.charAt(at + 1) == 'T');
    }

    /** The longest code of a stock ("BP", "RIGN") and of its exchange ("L", "N", "HK") in a ticker. */
    private static final int TICKER_CODE = 6;
    private static final int TICKER_EXCHANGE = 3;

    /**
     * Where a stock's ticker ends when {@code text[start, dot)} is its code: a wire's "(BP.L)" or "<RIG.N>", a word of
     * capitals (digits after the first) between an opening bracket and the full stop, one to three capitals after it
     * and a closing bracket; else
     * {@code dot}. Read whole, its full stop ends no sentence ("leased by BP Plc (BP.L) exploded on Tuesday").
     */
    private static int tickerEnd(String text, int start, int dot, int to) {
        if (start == 0 || text.charAt(start - 1) != '(' && text.charAt(start - 1) != '<'
                || dot - start > TICKER_CODE) {
            return dot;
        }
        for (int k = start; k < dot; k++) {
            if (!Character.isUpperCase(text.charAt(k)) && !Character.isDigit(text.charAt(k))) {
                return dot;
            }
        }
        int end = dot + 1;
        while (end < to && end - dot <= TICKER_EXCHANGE && Character.isUpperCase(text.charAt(end))) {
            end++;
        }
        boolean closed = end > dot + 1 && end - dot <= TICKER_EXCHANGE + 1 && end < to
                && text.charAt(end) == (text.charAt(start - 1) == '(' ? ')' : '>');
        return closed ? end : dot;
    }

    /** Whether {@code text[start, dot)} is a run of single letters and dots, as in "U.S" before another letter. */
    private static boolean isInitialRun(String text, int start, int dot) {
        return dot - start == 1 || (dot - start >= 3 && text.charAt(dot - 2) == '.');
    }

    private static int number(String text, int start, int to, List<int[]> out) {
        int j = start + 1;
        while (j < to) {
            char c = text.charAt(j);
            if (Character.isLetterOrDigit(c)) {
                j++;
            } else if ((c == ',' || c == '.' || c == ':' || c == '/' || c == '-') && j + 1 < to
                    && Character.isDigit(text.charAt(j + 1))) {
                j += 2;
            } else {
                break;
            }
        }
        if (j < to && isApostrophe(text.charAt(j)) && j + 1 < to && text.charAt(j + 1) == 's') {
            j += 2; // "the 1990's"
        }
        out.add(new int[] {start, j});
        return j;
    }

    /** The end of a clitic ('s, 'd, 'm, 'll, 're, 've) starting at the apostrophe {@code at}, or {@code at}. */
    private static int clitic(String text, int at, int to) {
        int j = at + 1;
        while (j < to && Character.isLetter(text.charAt(j)) && j - at <= 3) {
            j++;
        }
        if (continuesWord(text, j, to)) {
            return at;
        }
        String s = text.substring(at + 1, j).toLowerCase(Locale.ROOT);
        return switch (s) {
            case "s", "d", "m", "ll", "re", "ve" -> j;
            default -> at;
        };
    }

    private static boolean continuesWord(String text, int at, int to) {
        return at < to && Character.isLetterOrDigit(text.charAt(at));
    }

    /** The end of a Penn Treebank bracket token ("-LRB-", "-RRB-", "-LSB-", "-RSB-", "-LCB-", "-RCB-") at {@code at}. */
    private static int bracket(String text, int at, int to) {
        boolean is = at + 5 <= to && "LR".indexOf(text.charAt(at + 1)) >= 0 && "RSC".indexOf(text.charAt(at + 2)) >= 0
                && text.charAt(at + 3) == 'B' && text.charAt(at + 4) == '-';
        return is ? at + 5 : at;
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }
}
