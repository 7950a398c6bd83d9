package dev.timeline.timeline;

/**
 * Thrown when two different events with the same id would end up in one {@link Timeline}: when building, merging or
 * adding to one. (Two <em>equal</em> events with the same id are no conflict: the timeline keeps one of them.)
 *
 * <p>The message names the id and both events; {@link #id()}, {@link #existing()} and {@link #incoming()} give them to
 * code that wants to resolve the conflict, for instance with {@link Timeline#merge(Timeline,
 * java.util.function.BinaryOperator)}.
 */
public final class EventIdConflictException extends IllegalArgumentException {
    private final transient Event existing;
    private final transient Event incoming;

    EventIdConflictException(Event existing, Event incoming) {
        super("two different events have id \"" + existing.id() + "\": " + existing + " and " + incoming
                + "; give one another id, or merge with a conflict resolver");
        this.existing = existing;
        this.incoming = incoming;
    }

    /** Returns the id both events have. */
    public String id() {
        return existing.id();
    }

    /** Returns the event that came first (from the receiver of a merge, or earlier in the input). */
    public Event existing() {
        return existing;
    }

    /** Returns the event that came second and differs from {@link #existing()}. */
    public Event incoming() {
        return incoming;
    }
}
