package dev.timeline.cli;

import dev.timeline.dct.DctEstimate;
import dev.timeline.dct.DctInference;
import dev.timeline.document.Document;
import dev.timeline.event.Aspect;
import dev.timeline.event.EventAnalysis;
import dev.timeline.event.EventMention;
import dev.timeline.event.Polarity;
import dev.timeline.event.TimeAnchor;
import dev.timeline.tag.Anchor;
import dev.timeline.tag.Mention;
import dev.timeline.tag.Tagger;
import dev.timeline.tag.TimeTagger;
import dev.timeline.tag.timeml.TimeMlDocument;
import dev.timeline.text.LanguageLayer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code timeline tag <files or folders…>}: the time expressions and events of each document, read as
 * {@code chronology} reads its inputs (files, folders, {@code -} for standard input; a file that cannot be read is
 * reported and skipped unless {@code --strict}).
 */
@Command(name = "tag", mixinStandardHelpOptions = true,
        description = "Tags the time expressions and events of documents (.txt, .jsonl, .tml, folders of them, or -"
                + " for standard input): TIMEX3 values, event classes, tense, aspect, polarity, modality and the"
                + " time each event is anchored to.")
final class TagCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.ParentCommand
    Main main;

    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "Files or folders to read (UTF-8 text, TimeML: its TEXT and DCT, JSON Lines); - reads"
                    + " standard input as one text document.")
    List<Path> paths;

    @Option(names = "--dct", paramLabel = "DATE", description = "Creation date (yyyy-mm-dd); inferred if absent.")
    LocalDate dct;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: text, json or tml (default: ${DEFAULT-VALUE}). For several documents, text"
                    + " heads each with '# document ID', json writes an array; tml holds one document.")
    String format;

    @Option(names = "--threads", paramLabel = "N", description = "Threads that tag the documents (default: all"
            + " processors); the output is the same whatever the number.")
    Integer threads;

    @CommandLine.Mixin
    BatchOptions io = new BatchOptions();

    @Override
    public Integer call() throws Exception {
        if (!List.of("text", "json", "tml").contains(format)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "unknown format '" + format + "' (expected text, json or tml)");
        }
        if (threads != null && threads < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "the number of threads must be at least 1, not " + threads);
        }
        Output output = Output.to(io.out, paths);
        PrintWriter err = spec.commandLine().getErr();
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        Batch batch = Batch.read(paths, io.strict, err, main.standardInput(), workers);
        List<Document> documents = batch.documents();
        if (format.equals("tml") && documents.size() > 1) {
            throw new IllegalArgumentException("--format tml holds one document, and " + documents.size()
                    + " were read (tag them one at a time, or use --format json)");
        }
        boolean named = documents.size() > 1;
        List<String> parts = InOrder.map(documents, workers, d -> tag(d, named));
        String text = format.equals("json") && documents.size() > 1
                ? "[\n" + String.join(",\n", parts.stream().map(String::strip).toList()) + "\n]\n"
                : String.join("", parts);
        output.write(text, spec.commandLine().getOut());
        if (documents.size() > 1 || batch.hasProblems()) {
            err.println(batch.summary());
            err.flush();
        }
        return 0;
    }

    /** The output for one document; {@code named} heads the text format with the document's id. */
    private String tag(Document document, boolean named) {
        Optional<LocalDate> date = Optional.ofNullable(dct).or(() -> document.dct())
                .or(() -> DctInference.using(TimeTagger.english()).estimate(document).map(DctEstimate::date));
        Anchor anchor = date.map(Anchor::news).orElse(Anchor.none());
        List<Mention> mentions = Tagger.english().tag(document.text(), anchor);
        EventAnalysis events = EventAnalysis.of(LanguageLayer.english().analyze(document.text()), mentions);
        return switch (format) {
            case "json" -> json(document, date, mentions, events);
            case "tml" -> events.toTimeMl(
                    TimeMlDocument.of(document.id() + ".tml", document.text(), date).withTimexes(mentions));
            default -> (named ? "# document " + document.id().replaceAll("\\p{Cntrl}", " ") + "\n" : "")
                    + plain(document, date, mentions, events);
        };
    }

    /** The JSON mapper, built on first use: building one costs more than tagging a document. */
    private static final class JsonWriter {
        static final JsonMapper MAPPER = JsonMapper.builder().build();
    }

    /** Offsets are those of the file as read ({@link Document#originalStart}), text that of the document. */
    private static String plain(Document d, Optional<LocalDate> dct, List<Mention> mentions, EventAnalysis events) {
        StringBuilder s = new StringBuilder("# dct " + dct.map(LocalDate::toString).orElse("unknown") + "\n");
        for (Mention m : mentions) {
            s.append(d.originalStart(m.start())).append('\t').append(d.originalEnd(m.end())).append('\t')
                    .append(m.type()).append('\t')
                    .append(m.value()).append(m.mod().map(x -> "\tmod=" + x).orElse("")).append('\t')
                    .append(m.text()).append('\n');
        }
        s.append("# events\n");
        Map<EventMention, TimeAnchor> anchors = new IdentityHashMap<>();
        events.anchors().forEach(a -> anchors.put(a.event(), a));
        for (EventMention e : events.events()) {
            TimeAnchor a = anchors.get(e);
            s.append(d.originalStart(e.start())).append('\t').append(d.originalEnd(e.end())).append('\t')
                    .append(e.eventClass()).append('\t')
                    .append(e.tense()).append(e.aspect() == Aspect.NONE ? "" : "/" + e.aspect())
                    .append(e.polarity() == Polarity.NEG ? "\tnegated" : "")
                    .append(e.modality().map(x -> "\tmodal=" + x.word()).orElse("")).append('\t')
                    .append(e.token().text())
                    .append(a == null ? "" : "\t@ " + a.timex().text() + " (" + a.timex().value() + ")")
                    .append('\n');
        }
        return s.toString();
    }

    private static String json(Document d, Optional<LocalDate> dct, List<Mention> mentions, EventAnalysis analysis) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (Mention m : mentions) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("start", d.originalStart(m.start()));
            item.put("end", d.originalEnd(m.end()));
            item.put("text", m.text());
            item.put("type", m.type().name());
            item.put("value", m.value());
            m.mod().ifPresent(x -> item.put("mod", x));
            items.add(item);
        }
        Map<EventMention, Integer> anchorOf = new IdentityHashMap<>();
        for (TimeAnchor a : analysis.anchors()) {
            anchorOf.put(a.event(), mentions.indexOf(a.timex()));
        }
        List<Map<String, Object>> events = new ArrayList<>();
        for (EventMention e : analysis.events()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("start", d.originalStart(e.start()));
            item.put("end", d.originalEnd(e.end()));
            item.put("text", e.token().text());
            item.put("lemma", e.lemma());
            item.put("class", e.eventClass().name());
            item.put("tense", e.tense().name());
            item.put("aspect", e.aspect().name());
            item.put("polarity", e.polarity().name());
            e.modality().ifPresent(x -> item.put("modality", x.word()));
            Integer anchor = anchorOf.get(e);
            if (anchor != null && anchor >= 0) {
                item.put("anchor", anchor);
            }
            events.add(item);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("id", d.id());
        dct.ifPresent(x -> root.put("dct", x.toString()));
        root.put("mentions", items);
        root.put("events", events);
        return JsonWriter.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    }
}
