package dev.timeline.timeline;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.timeline.time.When;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Something that happened, or will happen, at a known (possibly imprecise) time: "Kim Jong Un takes power, late
 * 2011".
 *
 * <p>An event has an {@linkplain #id() id} unique within its {@link Timeline}, a {@linkplain #when() time}, a
 * {@linkplain #title() title}, an optional {@linkplain #description() description}, a {@linkplain #type() type}, the
 * {@linkplain #participants() participants} and {@linkplain #places() places} involved, the {@linkplain #sources()
 * sources} it was read from, and free-form string {@linkplain #attributes() attributes}. Lists keep the order given;
 * attributes keep their insertion order.
 *
 * <p>Instances are immutable and thread-safe. Obtain them with {@link #of} or {@link #builder}, and change copies with
 * the {@code with…} methods or {@link #toBuilder()}. Two events are equal when all their parts are equal.
 */
public final class Event {
    private final String id;
    private final When when;
    private final String title;
    private final String description; // null when absent, never exposed
    private final EventType type;
    private final ImmutableList<String> participants;
    private final ImmutableList<String> places;
    private final ImmutableList<Source> sources;
    private final ImmutableMap<String, String> attributes;

    private Event(Builder b) {
        this.id = requireNonBlank(b.id, "id");
        this.when = Objects.requireNonNull(b.when, "when");
        this.title = requireNonBlank(b.title, "title");
        this.description = b.description;
        this.type = b.type;
        this.participants = b.participants.build();
        this.places = b.places.build();
        this.sources = b.sources.build();
        this.attributes = b.attributes.buildKeepingLast();
    }

    /**
     * Returns an event of type {@link EventType#OTHER} with nothing but an id, a time and a title.
     *
     * @throws IllegalArgumentException if {@code id} or {@code title} is blank
     */
    public static Event of(String id, When when, String title) {
        return builder(id, when, title).build();
    }

    /**
     * Returns a builder for an event with the required parts; the type defaults to {@link EventType#OTHER} and the
     * rest to empty.
     *
     * @throws IllegalArgumentException if {@code id} or {@code title} is blank
     */
    public static Builder builder(String id, When when, String title) {
        return new Builder().id(id).when(when).title(title);
    }

    /** Returns a builder holding every part of this event. */
    public Builder toBuilder() {
        Builder b = new Builder().id(id).when(when).title(title).type(type);
        b.description = description;
        b.participants.addAll(participants);
        b.places.addAll(places);
        b.sources.addAll(sources);
        b.attributes.putAll(attributes);
        return b;
    }

    /** Returns the identifier, unique within a timeline; never blank. */
    public String id() {
        return id;
    }

    /** Returns when the event happened. */
    public When when() {
        return when;
    }

    /** Returns a short title, such as "Victory Day parade in Beijing"; never blank. */
    public String title() {
        return title;
    }

    /** Returns the longer description, if any. */
    public Optional<String> description() {
        return Optional.ofNullable(description);
    }

    /** Returns the kind of event. */
    public EventType type() {
        return type;
    }

    /** Returns the people and organisations involved, in the order given; an immutable list. */
    public List<String> participants() {
        return participants;
    }

    /** Returns the places where it happened, in the order given; an immutable list. */
    public List<String> places() {
        return places;
    }

    /** Returns the sources it was read from, in the order given; an immutable list. */
    public List<Source> sources() {
        return sources;
    }

    /** Returns free-form attributes in insertion order; an immutable map. */
    public Map<String, String> attributes() {
        return attributes;
    }

    /**
     * Returns a copy with another id.
     *
     * @throws IllegalArgumentException if {@code id} is blank
     */
    public Event withId(String id) {
        return toBuilder().id(id).build();
    }

    /** Returns a copy at another time. */
    public Event withWhen(When when) {
        return toBuilder().when(when).build();
    }

    /**
     * Returns a copy with another title.
     *
     * @throws IllegalArgumentException if {@code title} is blank
     */
    public Event withTitle(String title) {
        return toBuilder().title(title).build();
    }

    /**
     * Returns a copy with the given description.
     *
     * @throws IllegalArgumentException if it is blank
     */
    public Event withDescription(String description) {
        return toBuilder().description(description).build();
    }

    /** Returns a copy without a description. */
    public Event withoutDescription() {
        Builder b = toBuilder();
        b.description = null;
        return b.build();
    }

    /** Returns a copy of another type. */
    public Event withType(EventType type) {
        return toBuilder().type(type).build();
    }

    /**
     * Returns a copy with these participants instead.
     *
     * @throws IllegalArgumentException if one is blank
     */
    public Event withParticipants(Iterable<String> participants) {
        Builder b = toBuilder();
        b.participants = ImmutableList.builder();
        return b.participants(participants).build();
    }

    /**
     * Returns a copy with these places instead.
     *
     * @throws IllegalArgumentException if one is blank
     */
    public Event withPlaces(Iterable<String> places) {
        Builder b = toBuilder();
        b.places = ImmutableList.builder();
        return b.places(places).build();
    }

    /** Returns a copy with these sources instead. */
    public Event withSources(Iterable<Source> sources) {
        Builder b = toBuilder();
        b.sources = ImmutableList.builder();
        return b.sources(sources).build();
    }

    /** Returns a copy with one more source at the end. */
    public Event withSource(Source source) {
        return toBuilder().source(source).build();
    }

    /**
     * Returns a copy with these attributes instead.
     *
     * @throws IllegalArgumentException if a key is blank
     */
    public Event withAttributes(Map<String, String> attributes) {
        Builder b = toBuilder();
        b.attributes = ImmutableMap.builder();
        return b.attributes(attributes).build();
    }

    /**
     * Returns a copy where {@code key} maps to {@code value}.
     *
     * @throws IllegalArgumentException if the key is blank
     */
    public Event withAttribute(String key, String value) {
        return toBuilder().attribute(key, value).build();
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Event)) {
            return false;
        }
        Event e = (Event) o;
        return id.equals(e.id) && when.equals(e.when) && title.equals(e.title)
                && Objects.equals(description, e.description) && type.equals(e.type)
                && participants.equals(e.participants) && places.equals(e.places) && sources.equals(e.sources)
                && attributes.equals(e.attributes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, when, title, description, type, participants, places, sources, attributes);
    }

    /** Returns {@code id [label] title (type)}, such as {@code parade-2015 [3 Sep 2015] Victory Day parade (parade)}. */
    @Override
    public String toString() {
        return id + " [" + when.label() + "] " + title + " (" + type + ")";
    }

    private static String requireNonBlank(String value, String what) {
        Objects.requireNonNull(value, what);
        if (value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        return value;
    }

    /**
     * Builds an {@link Event}. Not thread-safe; obtain one with {@link Event#builder} or {@link Event#toBuilder()}.
     * Each method checks its argument at once, so a mistake is reported where it is made.
     */
    public static final class Builder {
        private String id;
        private When when;
        private String title;
        private String description;
        private EventType type = EventType.OTHER;
        private ImmutableList.Builder<String> participants = ImmutableList.builder();
        private ImmutableList.Builder<String> places = ImmutableList.builder();
        private ImmutableList.Builder<Source> sources = ImmutableList.builder();
        private ImmutableMap.Builder<String, String> attributes = ImmutableMap.builder();

        private Builder() {}

        /**
         * Sets the id.
         *
         * @throws IllegalArgumentException if it is blank
         */
        public Builder id(String id) {
            this.id = requireNonBlank(id, "id");
            return this;
        }

        /** Sets the time. */
        public Builder when(When when) {
            this.when = Objects.requireNonNull(when, "when");
            return this;
        }

        /**
         * Sets the title.
         *
         * @throws IllegalArgumentException if it is blank
         */
        public Builder title(String title) {
            this.title = requireNonBlank(title, "title");
            return this;
        }

        /**
         * Sets the description.
         *
         * @throws IllegalArgumentException if it is blank
         */
        public Builder description(String description) {
            this.description = requireNonBlank(description, "description");
            return this;
        }

        /** Sets the type; {@link EventType#OTHER} unless set. */
        public Builder type(EventType type) {
            this.type = Objects.requireNonNull(type, "type");
            return this;
        }

        /**
         * Adds a participant.
         *
         * @throws IllegalArgumentException if it is blank
         */
        public Builder participant(String participant) {
            participants.add(requireNonBlank(participant, "participant"));
            return this;
        }

        /**
         * Adds participants in order.
         *
         * @throws IllegalArgumentException if one is blank
         */
        public Builder participants(Iterable<String> participants) {
            participants.forEach(this::participant);
            return this;
        }

        /**
         * Adds a place.
         *
         * @throws IllegalArgumentException if it is blank
         */
        public Builder place(String place) {
            places.add(requireNonBlank(place, "place"));
            return this;
        }

        /**
         * Adds places in order.
         *
         * @throws IllegalArgumentException if one is blank
         */
        public Builder places(Iterable<String> places) {
            places.forEach(this::place);
            return this;
        }

        /** Adds a source. */
        public Builder source(Source source) {
            sources.add(Objects.requireNonNull(source, "source"));
            return this;
        }

        /** Adds sources in order. */
        public Builder sources(Iterable<Source> sources) {
            sources.forEach(this::source);
            return this;
        }

        /**
         * Maps {@code key} to {@code value}, replacing an earlier value of the same key in place.
         *
         * @throws IllegalArgumentException if the key is blank
         */
        public Builder attribute(String key, String value) {
            attributes.put(requireNonBlank(key, "attribute key"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * Adds every entry of {@code attributes}.
         *
         * @throws IllegalArgumentException if a key is blank
         */
        public Builder attributes(Map<String, String> attributes) {
            attributes.forEach(this::attribute);
            return this;
        }

        /** Returns the event; the builder can go on to build others. */
        public Event build() {
            return new Event(this);
        }
    }
}
