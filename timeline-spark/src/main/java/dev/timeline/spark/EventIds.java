package dev.timeline.spark;

import dev.timeline.timeline.Event;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The readable ids that {@code Chronologies.build} gives merged events ({@code 2011-kim-jong-un-takes-power}, then
 * {@code -2}, {@code -3} for repeats, in merge order). A copy of a private method of timeline-core: core has no public
 * way to assign them to events merged elsewhere. The equality test against {@code Chronologies.build} catches drift.
 */
final class EventIds {
    private EventIds() {
    }

    static List<Event> assign(List<Event> events) {
        Set<String> used = new HashSet<>();
        List<Event> out = new ArrayList<>();
        for (Event e : events) {
            String slug = Normalizer.normalize(e.title(), Normalizer.Form.NFD).toLowerCase(Locale.ROOT)
                    .replaceAll("[’']s\\b", "s").replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
            if (slug.length() > 48) {
                slug = slug.substring(0, 48).replaceAll("-[^-]*$", "");
            }
            String base = e.when().timexValue().replace('/', '_') + "-" + slug;
            String id = base;
            for (int n = 2; !used.add(id); n++) {
                id = base + "-" + n;
            }
            out.add(e.withId(id));
        }
        return out;
    }
}
