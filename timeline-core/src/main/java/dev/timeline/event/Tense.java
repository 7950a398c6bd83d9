package dev.timeline.event;

/** The TimeML tense of an event mention, read from its verb group. */
public enum Tense {
    PAST, PRESENT, FUTURE, INFINITIVE, PRESPART, PASTPART, NONE
}
