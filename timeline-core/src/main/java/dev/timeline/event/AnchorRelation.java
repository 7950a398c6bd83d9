package dev.timeline.event;

/** How an anchored event stands to its time expression: the TimeML TLINK relation types that place an event. */
public enum AnchorRelation {
    /** The event happens within the time: "exploded on April 20". */
    IS_INCLUDED,
    /** The event lasts through the duration: "talked for three hours". */
    DURING,
    /** The event and the time coincide. */
    SIMULTANEOUS,
    /** The event begins at the time. */
    BEGINS,
    /** The event ends at the time. */
    ENDS
}
