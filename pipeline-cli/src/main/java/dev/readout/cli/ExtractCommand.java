package dev.readout.cli;

import dev.readout.corpus.BatchProcessor;
import dev.readout.corpus.InputProblem;
import dev.readout.json.DocumentJson;
import dev.readout.model.AnalyzedDocument;
import dev.readout.pipeline.Pipeline;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code readout extract}: statements from documents, as JSON Lines or a table for a person. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
      "Reads documents and writes what Readout finds in them.",
      "PATH: .txt files, .jsonl files (an \"id\" and a \"text\" per line; other fields go to \"meta\"),",
      "directories of them (recursively), or - for standard input."
    })
final class ExtractCommand implements Callable<Integer> {
  enum Format {
    jsonl,
    table
  }

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, directories or - (standard input).")
  List<String> paths;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of standard output.")
  Path output;

  @Option(names = "--format", defaultValue = "jsonl", description = "jsonl (default) or table.")
  Format format;

  @Option(names = "--tokens", description = "Include tokens, tags and dependency arcs in the JSON.")
  boolean tokens;

  @Option(names = "--verbose", description = "Stack traces for errors that stop the command.")
  boolean verbose;

  @Option(names = "--threads", paramLabel = "N", description = "Documents analysed at once by one shared pipeline (default: the cores). Output stays in input order.")
  Integer threads;

  @Spec CommandSpec spec;

  @picocli.CommandLine.Mixin PipelineOptions pipelineOptions = new PipelineOptions();

  @Override
  public Integer call() throws IOException {
    Pipeline pipeline = pipelineOptions.build();
    DocumentJson json = new DocumentJson();
    PrintWriter err = spec.commandLine().getErr();
    int[] failed = {0};
    Path tmp = output == null ? null : tempBeside(output);
    try (Writer raw = tmp == null ? new NonClosingWriter(spec.commandLine().getOut()) : Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
        PrintWriter out = new PrintWriter(new BufferedWriter(raw))) {
      int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
      new BatchProcessor(pipeline, n)
          .run(
              paths,
              System.in,
              a -> {
                if (format == Format.table) {
                  out.print(TableFormat.render(a));
                } else {
                  out.println(json.write(a, tokens));
                }
                out.flush();
              },
              (InputProblem p) -> {
                failed[0]++;
                err.println("readout: " + p.describe());
              });
    }
    if (tmp != null) {
      Files.move(tmp, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
    return failed[0] == 0 ? 0 : 1;
  }

  private static Path tempBeside(Path output) throws IOException {
    Path dir = ReadoutCommand.creatingParent(output).toAbsolutePath().getParent();
    return Files.createTempFile(dir, "." + output.getFileName(), ".part");
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
