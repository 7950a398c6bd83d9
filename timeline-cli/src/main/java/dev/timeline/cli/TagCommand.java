package dev.timeline.cli;

import dev.timeline.extract.DctEstimate;
import dev.timeline.extract.DctInference;
import dev.timeline.extract.Document;
import dev.timeline.extract.Documents;
import dev.timeline.extract.TimeTagger;
import dev.timeline.tag.Anchor;
import dev.timeline.tag.Mention;
import dev.timeline.tag.Tagger;
import dev.timeline.tag.timeml.TimeMlDocument;
import dev.timeline.tag.timeml.TimeMlWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.json.JsonMapper;

/** {@code timeline tag <file>}: the temporal expressions of one text. */
@Command(name = "tag", mixinStandardHelpOptions = true,
        description = "Tags the time expressions of one document (.txt, .tml, or a one-line .jsonl).")
final class TagCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE",
            description = "A UTF-8 text file, a TimeML file (its TEXT and DCT) or a one-line JSON Lines file.")
    Path file;

    @Option(names = "--dct", paramLabel = "DATE", description = "Creation date (yyyy-mm-dd); inferred if absent.")
    LocalDate dct;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: text, json or tml (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output; never"
            + " the input.")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (!List.of("text", "json", "tml").contains(format)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "unknown format '" + format + "' (expected text, json or tml)");
        }
        Output output = Output.to(out, List.of(file));
        List<Document> documents = Documents.readFile(file);
        if (documents.size() != 1) {
            throw new IllegalArgumentException(file + ": holds " + documents.size()
                    + " documents; tag reads one (a .txt or .tml file, or a one-line .jsonl)");
        }
        Document document = documents.get(0);
        Optional<LocalDate> date = Optional.ofNullable(dct).or(() -> document.dct())
                .or(() -> DctInference.using(TimeTagger.english()).estimate(document).map(DctEstimate::date));
        Anchor anchor = date.map(Anchor::news).orElse(Anchor.none());
        List<Mention> mentions = Tagger.english().tag(document.text(), anchor);
        String text = switch (format) {
            case "json" -> json(document, date, mentions);
            case "tml" -> TimeMlWriter.format(
                    TimeMlDocument.of(document.id() + ".tml", document.text(), date).withTimexes(mentions));
            default -> plain(date, mentions);
        };
        output.write(text, spec.commandLine().getOut());
        return 0;
    }

    private static String plain(Optional<LocalDate> dct, List<Mention> mentions) {
        StringBuilder s = new StringBuilder("# dct " + dct.map(LocalDate::toString).orElse("unknown") + "\n");
        for (Mention m : mentions) {
            s.append(m.start()).append('\t').append(m.end()).append('\t').append(m.type()).append('\t')
                    .append(m.value()).append(m.mod().map(x -> "\tmod=" + x).orElse("")).append('\t')
                    .append(m.text()).append('\n');
        }
        return s.toString();
    }

    private static String json(Document d, Optional<LocalDate> dct, List<Mention> mentions) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (Mention m : mentions) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("start", m.start());
            item.put("end", m.end());
            item.put("text", m.text());
            item.put("type", m.type().name());
            item.put("value", m.value());
            m.mod().ifPresent(x -> item.put("mod", x));
            items.add(item);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("id", d.id());
        dct.ifPresent(x -> root.put("dct", x.toString()));
        root.put("mentions", items);
        return JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    }
}
