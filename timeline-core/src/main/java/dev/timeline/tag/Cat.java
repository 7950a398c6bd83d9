package dev.timeline.tag;

/** The lexical class of a token, precomputed once so that rules dispatch on it instead of re-reading text. */
enum Cat {
    /** A word with no temporal meaning of its own. */
    OTHER,
    /** A run of ASCII digits; {@link Token#num} holds its value, or -1 if it is too long. */
    NUMBER,
    /** A number word ("six", "twenty"); value in {@link Token#num}. */
    NUMWORD,
    /** An ordinal word or "3rd"-style ordinal; value in {@link Token#num}. */
    ORDINAL,
    /** A month name or abbreviation; value 1..12. */
    MONTH,
    /** A weekday name; value 1 (Monday) .. 7 (Sunday). */
    WEEKDAY,
    /** A calendar unit word ("week", "years"); value is a {@link Unit} ordinal. */
    UNIT,
    /** A season; value 0 spring, 1 summer, 2 fall, 3 winter. */
    SEASON,
    /** A part of the day ("morning", "night"). */
    DAYPART,
    /** "today", "yesterday", "tomorrow", "tonight", "now" and similar one-word references. */
    DEICTIC,
    /** A word that opens a relative expression ("last", "next", "this", "past", "coming"). */
    REL,
    /** A word that marks part of a decade ("early", "mid", "late" in "the late eighties"). */
    POSMOD,
    /** A one-word set ("daily", "annually"). */
    SETWORD,
    /** A one-word past/present/future reference ("recently", "currently", "future"). */
    REFWORD,
    /** A vague amount ("several", "few", "many", "couple"). */
    VAGUE,
    /** A dash of any kind, including the ASCII hyphen. */
    DASH,
    /** Any other punctuation character. */
    PUNCT
}
