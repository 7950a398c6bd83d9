package dev.timeline.event.eval;

import dev.timeline.event.EventAnalysis;
import dev.timeline.event.EventRecognizer;
import dev.timeline.event.TimeAnchorer;
import dev.timeline.tag.Anchor;
import dev.timeline.tag.Mention;
import dev.timeline.tag.Tagger;
import dev.timeline.tag.eval.TimexScore;
import dev.timeline.tag.eval.TimexScorer;
import dev.timeline.tag.timeml.TimeMlAnnotations;
import dev.timeline.tag.timeml.TimeMlDocument;
import dev.timeline.text.LanguageLayer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Runs the whole pipeline (tagger, language layer, events, anchors) on gold TimeML documents, writes what it finds as
 * TimeML (TempEval-3 task ABC layout: TIMEX3, EVENT, MAKEINSTANCE, TLINK, the TEXT unchanged) and scores it: timexes
 * as {@code te3score.py} does, events and anchors as {@code anchor_score.py} does. The score is computed from the
 * written files read back, so it is the score of what is on disk.
 */
public final class EventEvaluation {
    private EventEvaluation() {
    }

    /** Timex and event scores over a set of documents. */
    public record Result(TimexScore timexes, EventCounts events) {
    }

    /**
     * Evaluates {@code files}, writing one system file per gold file into {@code outDir} when given.
     *
     * @throws IOException if a file cannot be read or written
     */
    public static Result run(List<Path> files, Optional<Path> outDir, Tagger tagger, EventRecognizer recognizer,
            TimeAnchorer anchorer) throws IOException {
        Objects.requireNonNull(outDir, "outDir");
        if (outDir.isPresent()) {
            Files.createDirectories(outDir.get());
        }
        TimexScore timexes = TimexScore.empty();
        EventCounts events = EventCounts.ZERO;
        for (Path file : files) {
            TimeMlDocument gold = TimeMlDocument.read(file);
            List<Mention> mentions = tagger.tag(gold.text(), gold.dct().map(Anchor::news).orElse(Anchor.none()));
            TimeMlDocument system = gold.withTimexes(mentions);
            EventAnalysis analysis = EventAnalysis.of(LanguageLayer.english().analyze(gold.text()),
                    system.timexes(), recognizer, anchorer);
            String xml = analysis.toTimeMl(system);
            if (outDir.isPresent()) {
                Files.writeString(outDir.get().resolve(gold.name()), xml, StandardCharsets.UTF_8);
            }
            timexes = timexes.plus(TimexScorer.score(gold, system.timexes()));
            events = events.plus(EventScorer.score(TimeMlAnnotations.read(file),
                    TimeMlAnnotations.parse(xml, gold.name())));
        }
        return new Result(timexes, events);
    }
}
