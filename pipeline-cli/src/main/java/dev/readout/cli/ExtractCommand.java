package dev.readout.cli;

import dev.readout.corpus.BatchFiles;
import dev.readout.corpus.BatchProcessor;
import dev.readout.corpus.DocumentReader;
import dev.readout.corpus.InputDocument;
import dev.readout.corpus.InputProblem;
import dev.readout.corpus.OutputLock;
import dev.readout.json.DocumentJson;
import dev.readout.model.AnalyzedDocument;
import dev.readout.pipeline.Pipeline;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code readout extract}: statements from documents, as JSON Lines or a table for a person. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
      "Reads documents and writes what Readout finds in them.",
      "PATH: .txt files, .jsonl files (an \"id\" and a \"text\" per line; other fields go to \"meta\"),",
      "saved web pages (.html, .htm: the article text), directories of them (recursively), or - for standard input.",
      "Every document ends in the output or in the errors file; a failure also gets one line on stderr."
    })
final class ExtractCommand implements Callable<Integer> {
  enum Format {
    jsonl,
    table
  }

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, directories or - (standard input).")
  List<String> paths;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of standard output (as FILE.part until the end).")
  Path output;

  @Option(names = "--format", defaultValue = "jsonl", description = "jsonl (default) or table.")
  Format format;

  @Option(names = "--tokens", description = "Include tokens, tags and dependency arcs in the JSON.")
  boolean tokens;

  @Option(names = "--verbose", description = "Stack traces for errors that stop the command.")
  boolean verbose;

  @Option(names = "--threads", paramLabel = "N", description = "Documents analysed at once by one shared pipeline (default: the cores). Output stays in input order.")
  Integer threads;

  @Option(names = "--statements-csv", paramLabel = "FILE", description = "Also write one CSV row per statement here.")
  Path statementsCsv;

  @Option(names = "--errors", paramLabel = "FILE", description = "One JSON line per failed document (default with -o FILE.jsonl: FILE.errors.jsonl beside it; without -o: none).")
  Path errors;

  @Option(names = "--max-doc-chars", paramLabel = "N", defaultValue = "" + DocumentReader.DEFAULT_MAX_DOC_CHARS,
      description = "A longer document fails as too-large (default ${DEFAULT-VALUE}).")
  int maxDocChars;

  @Option(names = "--doc-timeout", paramLabel = "SECONDS", defaultValue = "120",
      description = "A document still running after this long fails as timeout and is abandoned (default ${DEFAULT-VALUE}).")
  double docTimeout;

  @Option(names = "--resume", description = "Continue an interrupted run of the same command: skip the documents its output and errors file hold (needs -o and jsonl).")
  boolean resume;

  @Option(names = "--quiet", description = "No progress, failure lines or summary on stderr.")
  boolean quiet;

  @Spec CommandSpec spec;

  @picocli.CommandLine.Mixin PipelineOptions pipelineOptions = new PipelineOptions();

  @Override
  public Integer call() throws IOException {
    options(); // the options' own errors first
    Path errorsFile = errors != null ? errors : output != null ? defaultErrorsFile(output) : null;
    List<Path> written = java.util.stream.Stream.of(output, errorsFile, statementsCsv)
        .filter(java.util.Objects::nonNull).map(f -> f.toAbsolutePath().normalize()).toList();
    if (written.size() != new java.util.HashSet<>(written).size()) {
      throw new ParameterException(spec.commandLine(), "-o, --errors and --statements-csv must be different files, not " + written);
    }
    try (OutputLock.Held locks = OutputLock.acquireAll(written)) { // before the models load: a second run is refused at once
      return run(errorsFile);
    }
  }

  /** The errors file named after the output, so that runs with different outputs in one folder never share one. */
  static Path defaultErrorsFile(Path output) {
    String name = output.getFileName().toString();
    String stem = name.endsWith(".jsonl") && name.length() > ".jsonl".length() ? name.substring(0, name.length() - ".jsonl".length()) : name;
    return output.toAbsolutePath().resolveSibling(stem + ".errors.jsonl");
  }

  private Integer run(Path errorsFile) throws IOException {
    BatchProcessor.Options options = options();
    PrintWriter err = spec.commandLine().getErr();
    ProgressReporter progress = new ProgressReporter(err, System.console() != null, quiet);
    if (output != null && !resume && Files.exists(output.resolveSibling(output.getFileName() + BatchFiles.PART))) {
      progress.line("readout: starting afresh over " + output + BatchFiles.PART + " left by an earlier run (use --resume to continue it)");
    }
    Pipeline pipeline = pipelineOptions.build();
    DocumentJson json = new DocumentJson();
    Function<AnalyzedDocument, String> render = format == Format.table ? TableFormat::render : d -> json.write(d, tokens) + "\n";
    BatchFiles files = output == null
        ? BatchFiles.toWriter(new NonClosingWriter(spec.commandLine().getOut()), errorsFile, statementsCsv, render)
        : BatchFiles.toFiles(output, errorsFile, statementsCsv, resume, render);
    if (resume && files.resumedDocuments() + files.resumedProblems() > 0) {
      progress.line(String.format(Locale.ROOT, "readout: resuming: %d documents and %d failures already written",
          files.resumedDocuments(), files.resumedProblems()));
    }
    BatchProcessor.Summary s;
    try (files) {
      s = new BatchProcessor(pipeline, options.skipping(files.doneIds(), files.doneSources()))
          .run(paths, System.in, new BatchProcessor.Listener() {
            @Override
            public void document(InputDocument input, AnalyzedDocument result) {
              files.document(input, result);
            }

            @Override
            public void problem(InputProblem problem) {
              files.problem(problem);
              progress.line("readout: " + problem.describe());
            }

            @Override
            public void renamed(InputDocument document, String originalId, String firstSource) {
              progress.line("readout: " + document.source() + ": id '" + originalId + "' is also the id of " + firstSource
                  + "; analysed as '" + document.id() + "'");
            }

            @Override
            public void progress(BatchProcessor.Progress p) {
              progress.progress(p);
            }
          });
      files.commit();
    } catch (RuntimeException | IOException e) {
      if (output != null) {
        progress.line("readout: stopped; what is done is in " + output + BatchFiles.PART + " (rerun with --resume to continue)");
      }
      throw e;
    }
    progress.summary(summary(s, errorsFile));
    return s.failed() + files.resumedProblems() == 0 ? 0 : 1; // a failure of the interrupted run still counts
  }

  private BatchProcessor.Options options() {
    if (threads != null && threads < 1) {
      throw new ParameterException(spec.commandLine(), "--threads must be at least 1, not " + threads);
    }
    if (maxDocChars < 1) {
      throw new ParameterException(spec.commandLine(), "--max-doc-chars must be at least 1, not " + maxDocChars);
    }
    if (!(docTimeout > 0)) {
      throw new ParameterException(spec.commandLine(), "--doc-timeout must be a positive number of seconds, not " + docTimeout);
    }
    if (resume && (output == null || format != Format.jsonl)) {
      throw new ParameterException(spec.commandLine(), "--resume needs -o FILE and --format jsonl: it continues the output file");
    }
    BatchProcessor.Options o = BatchProcessor.Options.defaults()
        .withMaxDocChars(maxDocChars)
        .withDocTimeout(Duration.ofMillis(Math.round(docTimeout * 1000)));
    return threads == null ? o : o.withThreads(threads);
  }

  private static String summary(BatchProcessor.Summary s, Path errorsFile) {
    StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "readout: %d documents: %d ok, %d failed",
        s.ok() + s.failed() + s.skipped(), s.ok(), s.failed()));
    if (s.skipped() > 0) {
      b.append(", ").append(s.skipped()).append(" already done");
    }
    b.append(String.format(Locale.ROOT, "; %d statements; %.1f s, %.1f docs/s", s.statements(), s.seconds(), s.docsPerSecond()));
    if (s.failed() > 0 && errorsFile != null) {
      b.append("; failures in ").append(errorsFile);
    }
    return b.toString();
  }

  /** Standard output stays open after one command: picocli owns it. */
  private static final class NonClosingWriter extends java.io.FilterWriter {
    NonClosingWriter(Writer out) {
      super(out);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
