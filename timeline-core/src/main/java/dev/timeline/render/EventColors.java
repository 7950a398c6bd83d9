package dev.timeline.render;

import dev.timeline.timeline.EventType;
import java.util.List;

/** The colour of each event type: Okabe–Ito and Tol colours, distinguishable with the common colour deficiencies. */
final class EventColors {
    static final List<String> PALETTE = List.of("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9",
            "#882255", "#44AA99", "#999933", "#555555");

    private EventColors() {
    }

    /** The palette index of {@code type}: the common types in their order, other types by the hash of their name. */
    static int of(EventType type) {
        int common = EventType.commonTypes().indexOf(type);
        return common >= 0 ? common % PALETTE.size() : Math.floorMod(type.name().hashCode(), PALETTE.size());
    }
}
