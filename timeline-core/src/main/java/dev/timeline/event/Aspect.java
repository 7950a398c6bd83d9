package dev.timeline.event;

/** The TimeML grammatical aspect of an event mention. */
public enum Aspect {
    PROGRESSIVE, PERFECTIVE, PERFECTIVE_PROGRESSIVE, NONE
}
