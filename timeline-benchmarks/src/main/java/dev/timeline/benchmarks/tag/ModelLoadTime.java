package dev.timeline.benchmarks.tag;

import dev.timeline.event.EventAnalysis;
import dev.timeline.tag.Anchor;
import dev.timeline.tag.Tagger;
import dev.timeline.text.LanguageLayer;

/**
 * Prints how long a fresh JVM takes to load what events need (the part-of-speech model, the event and anchor
 * models, the word lists) and analyze one sentence: run it as its own process, several times.
 */
public final class ModelLoadTime {
    private ModelLoadTime() {
    }

    /** Loads the models, analyzes one sentence and prints the milliseconds. */
    public static void main(String[] args) {
        String text = "The rebels seized the airport on Monday, officials said.";
        long t0 = System.nanoTime();
        var mentions = Tagger.english().tag(text, Anchor.none());
        long t1 = System.nanoTime();
        EventAnalysis a = EventAnalysis.of(LanguageLayer.english().analyze(text), mentions);
        long t2 = System.nanoTime();
        System.out.printf("tagger %.0f ms; language layer, event and anchor models %.0f ms (%d events)%n",
                (t1 - t0) / 1e6, (t2 - t1) / 1e6, a.events().size());
    }
}
