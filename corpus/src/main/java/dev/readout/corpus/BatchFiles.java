package dev.readout.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readout.json.DocumentJson;
import dev.readout.model.AnalyzedDocument;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a batch writes: the documents, the problems (the errors file, one JSON object a line with
 * {@code id}, {@code source}, {@code kind} and {@code message}) and optionally the statements as CSV
 * ({@link StatementsCsv}). Each file is written as {@code FILE.part}, flushed after every document, and
 * moved into place by {@link #commit()}, so a reader never sees a half-written file after a clean finish.
 *
 * <p>Resuming continues the {@code .part} files an interrupted run left (or the finished files of a run
 * that completed): a torn or unreadable tail is cut off at the last whole line, the ids of the documents
 * and the sources of the problems already written are handed to the next batch to skip
 * ({@link #doneIds()}, {@link #doneSources()}), the CSV is rebuilt from the documents kept, and new
 * results are appended. For that the documents must be JSON Lines (one {@link DocumentJson} a line).
 *
 * <p>Not thread-safe: use it from the thread that runs the batch, as {@link BatchProcessor} does.
 */
public final class BatchFiles implements BatchProcessor.Listener, Closeable {
  private static final Logger LOG = LoggerFactory.getLogger(BatchFiles.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  /** What a file is called while it is written. */
  public static final String PART = ".part";

  private final Function<AnalyzedDocument, String> render;
  private final Writer documents;
  private final PartFile documentsFile; // null when documents go to a caller's writer
  private final PartFile errorsFile;
  private final PartFile csvFile;
  private final Set<String> doneIds = new HashSet<>();
  private final Set<String> doneSources = new HashSet<>();
  private int resumedDocuments;
  private int resumedProblems;

  private BatchFiles(Function<AnalyzedDocument, String> render, Writer documents, PartFile documentsFile, PartFile errorsFile, PartFile csvFile) {
    this.render = render;
    this.documents = documents;
    this.documentsFile = documentsFile;
    this.errorsFile = errorsFile;
    this.csvFile = csvFile;
  }

  /**
   * Documents to {@code output}, problems to {@code errors}, statements to {@code statementsCsv} (null: no
   * CSV), each through its {@code .part} file.
   *
   * @param render a document as the text of its record, line end included
   * @param resume continue what an earlier run of the same batch left instead of starting afresh
   */
  public static BatchFiles toFiles(Path output, Path errors, Path statementsCsv, boolean resume, Function<AnalyzedDocument, String> render) {
    Objects.requireNonNull(output, "output");
    Objects.requireNonNull(errors, "errors");
    PartFile out = null;
    PartFile err = null;
    PartFile csv = null;
    try {
      if (!resume) {
        out = PartFile.fresh(output);
        err = PartFile.fresh(errors);
        csv = statementsCsv == null ? null : PartFile.fresh(statementsCsv);
        writeCsvHeader(csv);
        return new BatchFiles(render, out.writer, out, err, csv);
      }
      csv = statementsCsv == null ? null : PartFile.fresh(statementsCsv);
      writeCsvHeader(csv);
      Writer csvWriter = csv == null ? null : csv.writer;
      DocumentJson json = new DocumentJson();
      Set<String> ids = new HashSet<>();
      Set<String> sources = new HashSet<>();
      out = PartFile.resumed(output, line -> {
        AnalyzedDocument d;
        try {
          d = json.read(line); // a whole document, not just a line with an id: garbage can look like JSON
        } catch (IllegalArgumentException e) {
          return false;
        }
        if (!render.apply(d).equals(line + "\n")) {
          return false; // valid JSON that is not what this run writes: garbage that closed a document early
        }
        if (!ids.add(d.id())) {
          return false; // an id twice (a second writer, a copied tail): what follows is not this run's
        }
        if (csvWriter != null) { // rebuilt from the documents kept, so it never holds a row the documents lack
          write(csvWriter, StatementsCsv.rows(d));
        }
        return true;
      });
      err = PartFile.resumed(errors, line -> {
        String source = field(line, "source");
        return source != null && field(line, "id") != null && sources.add(source);
      });
      BatchFiles files = new BatchFiles(render, out.writer, out, err, csv);
      files.doneIds.addAll(ids);
      files.doneSources.addAll(sources);
      files.resumedDocuments = out.kept;
      files.resumedProblems = err.kept;
      return files;
    } catch (IOException | RuntimeException e) {
      closeQuietly(out);
      closeQuietly(err);
      closeQuietly(csv);
      throw e instanceof IOException io ? new UncheckedIOException(io.getMessage(), io) : (RuntimeException) e;
    }
  }

  /**
   * Documents to a writer the caller owns (standard output; flushed, never closed); problems to
   * {@code errors} and statements to {@code statementsCsv} when they are not null. Nothing to resume.
   */
  public static BatchFiles toWriter(Writer output, Path errors, Path statementsCsv, Function<AnalyzedDocument, String> render) {
    PartFile err = null;
    PartFile csv = null;
    try {
      err = errors == null ? null : PartFile.fresh(errors);
      csv = statementsCsv == null ? null : PartFile.fresh(statementsCsv);
      writeCsvHeader(csv);
      return new BatchFiles(render, output, null, err, csv);
    } catch (IOException e) {
      closeQuietly(err);
      closeQuietly(csv);
      throw new UncheckedIOException(e.getMessage(), e);
    }
  }

  /** Ids of the documents an earlier run already wrote. */
  public Set<String> doneIds() {
    return Set.copyOf(doneIds);
  }

  /** Sources of the problems an earlier run already wrote. */
  public Set<String> doneSources() {
    return Set.copyOf(doneSources);
  }

  /** How many documents and problems an earlier run had written and this one keeps. */
  public int resumedDocuments() {
    return resumedDocuments;
  }

  public int resumedProblems() {
    return resumedProblems;
  }

  @Override
  public void document(InputDocument input, AnalyzedDocument result) {
    try {
      if (csvFile != null) { // the CSV first: on resume it is rebuilt from the documents
        csvFile.writer.write(StatementsCsv.rows(result));
        csvFile.writer.flush();
      }
      documents.write(render.apply(result));
      documents.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + (documentsFile != null ? documentsFile.part : "the output") + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void problem(InputProblem problem) {
    if (errorsFile == null) {
      return;
    }
    try {
      errorsFile.writer.write(errorLine(problem) + "\n");
      errorsFile.writer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + errorsFile.part + ": " + e.getMessage(), e);
    }
  }

  /** A problem as one line of the errors file. */
  public static String errorLine(InputProblem p) {
    ObjectNode o = JSON.createObjectNode();
    o.put("id", p.id());
    o.put("source", p.source());
    o.put("kind", p.kind());
    o.put("message", p.message());
    return o.toString();
  }

  /** Closes the files and moves each into place: errors, statements, then the documents. */
  public void commit() throws IOException {
    close();
    for (PartFile f : new PartFile[] {errorsFile, csvFile, documentsFile}) {
      if (f != null) {
        f.moveIntoPlace();
      }
    }
  }

  /** Closes the files, leaving the {@code .part} files for a resumed run. */
  @Override
  public void close() throws IOException {
    IOException first = null;
    for (PartFile f : new PartFile[] {errorsFile, csvFile, documentsFile}) {
      try {
        if (f != null) {
          f.writer.close();
        }
      } catch (IOException e) {
        first = first == null ? e : first;
      }
    }
    if (documentsFile == null) {
      documents.flush();
    }
    if (first != null) {
      throw first;
    }
  }

  private static void writeCsvHeader(PartFile csv) throws IOException {
    if (csv != null) {
      csv.writer.write(StatementsCsv.header());
      csv.writer.flush();
    }
  }

  private static void write(Writer w, String text) {
    try {
      w.write(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e.getMessage(), e);
    }
  }

  /** A text field of a JSON object line, or null when the line is not one or lacks it. */
  private static String field(String line, String name) {
    try {
      JsonNode node = JSON.readTree(line);
      return node != null && node.path(name).isTextual() ? node.get(name).asText() : null;
    } catch (IOException e) {
      return null;
    }
  }

  private static void closeQuietly(PartFile f) {
    if (f != null) {
      try {
        f.writer.close();
      } catch (IOException e) {
        LOG.debug("closing {}", f.part, e);
      }
    }
  }

  /** A file written as FILE.part and moved to FILE at the end. */
  static final class PartFile {
    final Path target;
    final Path part;
    Writer writer;
    int kept;

    private PartFile(Path target) {
      this.target = target;
      this.part = target.resolveSibling(target.getFileName() + PART);
    }

    static PartFile fresh(Path target) throws IOException {
      PartFile f = new PartFile(target);
      createParent(target);
      f.writer = Files.newBufferedWriter(f.part, StandardCharsets.UTF_8);
      return f;
    }

    /**
     * The part file an earlier run left, else a copy of the file it finished, else an empty one; repaired
     * ({@link #keepWholeLines}) and open to append.
     */
    static PartFile resumed(Path target, Predicate<String> accept) throws IOException {
      PartFile f = new PartFile(target);
      createParent(target);
      if (!Files.exists(f.part) && Files.exists(target)) {
        Files.copy(target, f.part);
      }
      if (Files.exists(f.part)) {
        f.keepWholeLines(accept);
      }
      f.writer = Files.newBufferedWriter(f.part, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
      return f;
    }

    /**
     * Keeps the longest run of whole lines from the start that {@code accept} takes (it reads each line once,
     * recording what it needs), and cuts the file after them (a line torn by a kill, or garbage after a power loss).
     */
    void keepWholeLines(Predicate<String> accept) throws IOException {
      long keep = 0;
      long offset = 0;
      long size = Files.size(part);
      try (InputStream in = new BufferedInputStream(Files.newInputStream(part), 1 << 16)) {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0) {
          offset++;
          if (b != '\n') {
            line.write(b);
            continue;
          }
          String text = line.toString(StandardCharsets.UTF_8);
          line.reset();
          if (text.isBlank() || !accept.test(text)) {
            break;
          }
          this.kept++;
          keep = offset;
        }
      }
      if (keep < size) {
        LOG.warn("{}: cut {} bytes after the last whole record", part, size - keep);
        try (FileChannel ch = FileChannel.open(part, StandardOpenOption.WRITE)) {
          ch.truncate(keep);
        }
      }
    }

    void moveIntoPlace() throws IOException {
      try {
        Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
      }
    }

    private static void createParent(Path file) throws IOException {
      Path dir = file.toAbsolutePath().getParent();
      if (dir != null) {
        Files.createDirectories(dir);
      }
    }
  }
}
