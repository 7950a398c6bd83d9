package dev.timeline.event;

/** The TimeML class of an event mention: what kind of situation the word names. */
public enum EventClass {
    /** Something that happens: "the rig exploded", "the explosion". */
    OCCURRENCE,
    /** Someone tells of something: "said", "announced", "reported". */
    REPORTING,
    /** A circumstance that holds for a while: "is in charge", "the crisis". */
    STATE,
    /** An action that introduces another event: "tried to", "ordered", "postponed". */
    I_ACTION,
    /** A state that introduces another event: "believes", "wants", "expects". */
    I_STATE,
    /** The beginning, continuation or end of another event: "began", "continued", "stopped". */
    ASPECTUAL,
    /** Seeing or hearing another event: "saw", "heard". */
    PERCEPTION
}
