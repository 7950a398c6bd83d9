package dev.timeline.timeline;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What kind of thing an {@link Event} is: a visit, a parade, a summit, a death...
 *
 * <p>The set of kinds is open: the constants below name the common ones, and {@link #of(String)} accepts any other
 * lower-case name (such as {@code "trial"} or {@code "state-funeral"}), so that extractors and JSON files can carry
 * kinds this library does not know. Two types are equal when their names are equal.
 *
 * <p>Instances are immutable and thread-safe; there are no public constructors.
 */
public final class EventType implements Comparable<EventType> {
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(?:[-_][a-z0-9]+)*");

    /** A person or delegation travels somewhere: a state visit, a trip. */
    public static final EventType VISIT = new EventType("visit");
    /** A military or ceremonial parade. */
    public static final EventType PARADE = new EventType("parade");
    /** A meeting, talks or a summit between leaders or officials. */
    public static final EventType MEETING = new EventType("meeting");
    /** The celebration of an anniversary or a commemoration. */
    public static final EventType ANNIVERSARY = new EventType("anniversary");
    /** A statement, announcement or publication. */
    public static final EventType ANNOUNCEMENT = new EventType("announcement");
    /** An election or a vote. */
    public static final EventType ELECTION = new EventType("election");
    /** A person's death. */
    public static final EventType DEATH = new EventType("death");
    /** Someone takes power or office, or something is taken over. */
    public static final EventType TAKEOVER = new EventType("takeover");
    /** A war, battle or armed conflict. */
    public static final EventType WAR = new EventType("war");
    /** Any event that fits none of the other kinds. */
    public static final EventType OTHER = new EventType("other");

    private static final List<EventType> COMMON =
            List.of(VISIT, PARADE, MEETING, ANNIVERSARY, ANNOUNCEMENT, ELECTION, DEATH, TAKEOVER, WAR, OTHER);

    private final String name;

    private EventType(String name) {
        this.name = name;
    }

    /**
     * Returns the type with the given name, one of the constants when the name is theirs.
     *
     * @param name lower-case ASCII letters and digits, words joined by {@code -} or {@code _}, such as
     *     {@code "visit"} or {@code "state-funeral"}
     * @throws IllegalArgumentException if the name is not of that form
     */
    public static EventType of(String name) {
        Objects.requireNonNull(name, "name");
        for (EventType common : COMMON) {
            if (common.name.equals(name)) {
                return common;
            }
        }
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("event type \"" + name
                    + "\" must be lower-case ASCII letters and digits, words joined by '-' or '_', e.g. \"visit\"");
        }
        return new EventType(name);
    }

    /** Returns the common kinds, in the order of the constants: visit, parade, ... , other. */
    public static List<EventType> commonTypes() {
        return COMMON;
    }

    /** Returns the name, such as {@code "visit"}; {@link #of(String)} of it returns an equal type. */
    public String name() {
        return name;
    }

    /** Returns whether this is one of the constants of this class. */
    public boolean isCommon() {
        return COMMON.contains(this);
    }

    /** Orders types by name. */
    @Override
    public int compareTo(EventType other) {
        return name.compareTo(other.name);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EventType && ((EventType) o).name.equals(name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    /** Returns the name. */
    @Override
    public String toString() {
        return name;
    }
}
