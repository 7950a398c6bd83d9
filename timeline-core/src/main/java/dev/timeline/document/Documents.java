package dev.timeline.document;

import dev.timeline.tag.timeml.TimeMlDocument;
import dev.timeline.tag.timeml.TimeMlException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads documents from files: plain text ({@code .txt}, one document a file, its id the file name without
 * extension), JSON Lines ({@code .jsonl}, one document a line, see {@link JsonLinesDocuments}), TimeML ({@code .tml},
 * one document a file: its {@code TEXT} as text, its DCT as the creation date, the file name without extension as
 * id; the TIMEX3 annotations are not used) and folders of them.
 *
 * <p>Text is decoded as strict UTF-8: a byte that is not UTF-8 raises a {@link DocumentLoadException} naming the file
 * and the byte offset. A leading {@code date 2025-08-28} header line is a feature of the file format (of {@code .txt}
 * files and standard input, read by {@link #fromText}): it sets the document's creation date and is blanked out of its
 * text (replaced by spaces), so the text keeps the file's length and an offset into it (a mention, an event's
 * source) is an offset into the file. {@link Document#of} takes text as it is and reads no header; a dateline the
 * article prints ({@code BEIJING, Aug. 28, 2025 -}) stays text, read by the creation-date inference.
 *
 * <p>A folder named as an ISO date ({@code InputDocs/2010-04-22/3.htm.txt}) gives its text files that creation date and
 * puts it before their ids ({@code 2010-04-22/3.htm}); a text file whose name opens with an ISO date ({@code
 * 2010-04-22-spill.txt}) has that creation date unless a header line states one; a folder read as input contributes the
 * files of such date folders inside it as well as its own. Text tokenised in the Penn Treebank manner ({@code -LRB-},
 * {@code ``}, {@code 's} split off) is read back as a person writes it, one line still one sentence; the offsets the
 * library reports (an event's source, a mention in {@code timeline tag}) are still those of the file ({@link
 * Document#originalStart}).
 */
public final class Documents {
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private Documents() {
    }

    /**
     * Reads every document at the given paths, in order: a folder contributes its {@code .txt}, {@code .jsonl} and
     * {@code .tml} files sorted by name (not recursively), a file contributes itself.
     *
     * @throws DocumentLoadException if a path does not exist or a file cannot be decoded or parsed
     */
    public static List<Document> read(Collection<Path> paths) {
        List<Document> documents = new ArrayList<>();
        for (Path path : paths) {
            Objects.requireNonNull(path, "path");
            if (Files.isDirectory(path)) {
                documents.addAll(readFolder(path));
            } else {
                documents.addAll(readFile(path));
            }
        }
        return List.copyOf(documents);
    }

    /**
     * Reads the {@code .txt}, {@code .jsonl} and {@code .tml} files of {@code folder}, sorted by file name.
     *
     * @throws DocumentLoadException if the folder does not exist, holds none of those files, or a file cannot be
     *     read
     */
    public static List<Document> readFolder(Path folder) {
        List<Document> documents = new ArrayList<>();
        for (Path file : listFolder(folder)) {
            documents.addAll(readFile(file));
        }
        return List.copyOf(documents);
    }

    /**
     * Returns the files {@link #read} reads for {@code paths}, in order, without reading them: a folder's
     * {@code .txt}, {@code .jsonl} and {@code .tml} files sorted by name, a file itself. A caller can then read them
     * one by one with {@link #readFile} and go on past a file that cannot be read.
     *
     * @throws DocumentLoadException if a path does not exist, or a folder cannot be listed or holds none of those
     *     files
     */
    public static List<Path> files(Collection<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            Objects.requireNonNull(path, "path");
            if (Files.isDirectory(path)) {
                files.addAll(listFolder(path));
            } else if (Files.exists(path)) {
                files.add(path);
            } else {
                throw new DocumentLoadException(path, "no such file or folder");
            }
        }
        return List.copyOf(files);
    }

    /**
     * Returns true if a folder's file of this name is read as documents: a {@code .txt}, {@code .jsonl} or
     * {@code .tml} file.
     */
    public static boolean isDocumentFile(Path file) {
        return isSupported(file);
    }

    private static List<Path> listFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new DocumentLoadException(folder, "no such folder");
        }
        List<Path> files = new ArrayList<>(documentFiles(folder));
        for (Path dated : entries(folder).stream().filter(Files::isDirectory).filter(d -> folderDate(d).isPresent())
                .toList()) {
            files.addAll(documentFiles(dated));
        }
        if (files.isEmpty()) {
            throw new DocumentLoadException(folder, "no .txt, .jsonl or .tml files in folder");
        }
        return files;
    }

    private static List<Path> documentFiles(Path folder) {
        return entries(folder).stream().filter(Files::isRegularFile).filter(Documents::isSupported).toList();
    }

    private static List<Path> entries(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.sorted().toList();
        } catch (IOException e) {
            throw new DocumentLoadException(folder, "cannot list folder: " + e.getMessage(), e);
        }
    }

    /** An ISO date that opens a file's name, no digit after it: "2010-04-22-spill.txt", "2010-04-22.txt". */
    private static final Pattern NAME_DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?:\\D.*)?");

    /** The date that opens a file's name ({@code 2010-04-22-spill.txt}), if it is one. */
    private static Optional<LocalDate> nameDate(Path file) {
        Path name = file.getFileName();
        java.util.regex.Matcher m = name == null ? null : NAME_DATE.matcher(name.toString());
        return m == null || !m.matches() ? Optional.empty() : day(m.group(1));
    }

    /** The date a folder's name states ({@code 2010-04-22}), if it is one. */
    private static Optional<LocalDate> folderDate(Path folder) {
        Path name = folder == null ? null : folder.getFileName();
        return name == null || !ISO_DATE.matcher(name.toString()).matches() ? Optional.empty()
                : day(name.toString());
    }

    /** The day an ISO date of the calendar's shape names, empty for one no calendar has ("2010-02-30"). */
    private static Optional<LocalDate> day(String isoDate) {
        try {
            return Optional.of(LocalDate.parse(isoDate));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * Reads one file: a {@code .jsonl} file as JSON Lines, a {@code .tml} file as TimeML, anything else as one
     * plain-text document.
     *
     * @throws DocumentLoadException if the file does not exist or cannot be decoded or parsed
     */
    public static List<Document> readFile(Path file) {
        return readFile(file, e -> {
            throw e;
        });
    }

    /**
     * Reads one file as {@link #readFile(Path)} does, except that a line of a JSON Lines file that cannot be read (not
     * a JSON object, a field missing or malformed, an id an earlier line has) is handed to {@code badLines}, which
     * names the file, the line and the field, and is left out; the other lines are read.
     *
     * @throws DocumentLoadException if the file does not exist, cannot be decoded or, but for JSON Lines, parsed
     */
    public static List<Document> readFile(Path file, Consumer<? super DocumentLoadException> badLines) {
        Objects.requireNonNull(badLines, "badLines");
        if (!Files.exists(file)) {
            throw new DocumentLoadException(file, "no such file or folder");
        }
        if (extension(file).equals("jsonl")) {
            return JsonLinesDocuments.read(file, badLines);
        }
        if (extension(file).equals("tml")) {
            return List.of(readTimeMl(file));
        }
        return List.of(readText(file));
    }

    /**
     * Reads one TimeML document: its {@code TEXT} is the text, its DCT (when it holds a full date) the creation date,
     * the place its DCT element's dateline opens with the document's place, its file name without extension the id.
     *
     * @throws DocumentLoadException if the file cannot be read or is not well-formed TimeML
     */
    public static Document readTimeMl(Path file) {
        TimeMlDocument tml;
        try {
            tml = TimeMlDocument.read(file);
        } catch (NoSuchFileException e) {
            throw new DocumentLoadException(file, "no such file", e);
        } catch (IOException e) {
            throw new DocumentLoadException(file, "cannot read file: " + e.getMessage(), e);
        } catch (TimeMlException e) {
            throw new DocumentLoadException(file, e.getMessage(), e);
        }
        Document document = Document.of(baseName(file), tml.text()).withSource(file.toString());
        document = Datelines.ofCreationTime(tml.dctText()).map(document::withPlace).orElse(document);
        return tml.dct().map(document::withDct).orElse(document);
    }

    /**
     * Reads one plain-text document; its id is the file name without extension.
     *
     * @throws DocumentLoadException if the file does not exist or holds bytes that are not UTF-8
     */
    public static Document readText(Path file) {
        String text;
        try {
            text = Utf8Files.read(file);
        } catch (DocumentLoadException e) {
            if (e.getCause() instanceof NoSuchFileException) {
                throw new DocumentLoadException(file, "no such file", e.getCause());
            }
            throw e;
        }
        Optional<LocalDate> folderDate = folderDate(file.toAbsolutePath().getParent());
        if (folderDate.isEmpty()) {
            Document document = fromText(baseName(file), text).withSource(file.toString());
            Optional<LocalDate> named = nameDate(file);
            // a header line states the date more surely than a name does
            return named.isPresent() && document.dct().isEmpty() ? document.withDct(named.get()) : document;
        }
        Document document = fromText(folderDate.get() + "/" + baseName(file), text).withSource(file.toString());
        return document.withDct(folderDate.get());
    }

    /**
     * Reads standard input (or any stream) as one plain-text document with the id {@code stdin}, as {@link #readText}
     * reads a {@code .txt} file: strict UTF-8, a {@code date 2025-08-28} header line, Treebank detokenising. The
     * stream is read to its end and not closed.
     *
     * @throws DocumentLoadException naming "standard input" if the bytes are not UTF-8 or cannot be read
     */
    public static Document readStandardInput(InputStream in) {
        Path name = Path.of("standard input");
        byte[] bytes;
        try {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new DocumentLoadException(name, "cannot read: " + e.getMessage(), e);
        }
        return fromText("stdin", Utf8Files.decode(name, bytes)).withSource("-");
    }

    /**
     * Returns a document from the content of a text file, as {@link #readText} does: a creation date is read from a
     * header line when there is one, and the header blanked out of the text (its offsets stay those of the file);
     * text tokenised in the Penn Treebank manner is detokenised first ({@link Document#originalStart} and
     * {@link Document#originalEnd} give the offsets of the detokenised text in {@code text}). {@link Document#of} is
     * the door for text taken as it is.
     */
    public static Document fromText(String id, String text) {
        OriginalOffsets original = null;
        if (TreebankText.isTokenized(text)) {
            TreebankText.Detokenized prose = TreebankText.detokenizeTracked(text);
            text = prose.text();
            original = prose.offsets();
        }
        DocumentHeader.Result header = DocumentHeader.read(text);
        Document document = original == null ? Document.of(id, header.body())
                : Document.ofRewritten(id, header.body(), original);
        return header.date().map(document::withDct).orElse(document);
    }

    private static boolean isSupported(Path file) {
        String ext = extension(file);
        return ext.equals("txt") || ext.equals("jsonl") || ext.equals("tml");
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? name : name.substring(0, dot);
    }
}
