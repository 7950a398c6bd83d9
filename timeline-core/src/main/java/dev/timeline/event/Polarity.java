package dev.timeline.event;

/** Whether an event mention is asserted ("attended") or negated ("did not attend"). */
public enum Polarity {
    POS, NEG
}
