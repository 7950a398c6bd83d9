package dev.timeline.tag;

/** The four TIMEX3 types of TimeML: what kind of temporal expression a {@link Mention} is. */
public enum TimexType {
    /** A calendar date or period: "Sept. 3", "next week", "2011". */
    DATE,
    /** A time of day, possibly with its date: "3 p.m.", "Thursday morning". */
    TIME,
    /** A length of time: "six years", "70-minute". */
    DURATION,
    /** A recurring time: "every Monday", "annually". */
    SET
}
