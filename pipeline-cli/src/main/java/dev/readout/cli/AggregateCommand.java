package dev.readout.cli;

import dev.readout.aggregate.ActorMerger;
import dev.readout.aggregate.AggregateCsv;
import dev.readout.aggregate.AggregateHtml;
import dev.readout.aggregate.StanceAggregator;
import dev.readout.aggregate.StanceTable;
import dev.readout.aggregate.TargetKind;
import dev.readout.corpus.InputProblem;
import dev.readout.corpus.OutputLock;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code readout aggregate}: stance per speaker and target over the documents {@code extract} wrote. */
@Command(
    name = "aggregate",
    mixinStandardHelpOptions = true,
    description = {
      "Counts stances per (speaker, target) pair over documents written by 'readout extract' (JSON Lines):",
      "actor targets by actor (merged across documents by name, aliases, title and affiliation), issue targets",
      "by their normalised head phrase; an act of an actor counts under both. Writes CSV (RFC 4180) and, with",
      "--html, one self-contained HTML page with two heatmaps, a sortable table and example statements."
    })
final class AggregateCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "FILE", description = "JSON Lines files from 'readout extract', or - for standard input.")
  List<String> files;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the CSV here instead of standard output.")
  Path output;

  @Option(names = "--html", paramLabel = "FILE", description = "Also write an HTML page: heatmap and sortable table.")
  Path html;

  @Option(names = "--top", paramLabel = "N", defaultValue = "25", description = "Speakers and targets the HTML page shows (default: ${DEFAULT-VALUE}).")
  int top;

  @Option(names = "--examples", paramLabel = "N", defaultValue = "3",
      description = "Example statements kept per pair, for the CSV's ids and the page (default: ${DEFAULT-VALUE}; 0 for none).")
  int examples;

  @Option(names = "--verbose", description = "Stack traces for errors that stop the command.")
  boolean verbose;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (top < 1) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--top must be at least 1, not " + top);
    }
    if (examples < 0) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--examples must be at least 0, not " + examples);
    }
    List<Path> written = java.util.stream.Stream.of(output, html).filter(java.util.Objects::nonNull)
        .map(f -> f.toAbsolutePath().normalize()).toList();
    if (written.size() == 2 && written.get(0).equals(written.get(1))) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "-o and --html must be different files, not " + written.get(0));
    }
    try (OutputLock.Held locks = OutputLock.acquireAll(written)) { // one writer per output, refused at once
      return aggregate();
    }
  }

  private int aggregate() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    int[] failed = {0};
    Consumer<InputProblem> problems = p -> {
      failed[0]++;
      err.println("readout: " + p.describe());
    };
    long start = System.nanoTime();
    try (StanceAggregator aggregator = new StanceAggregator(new ActorMerger(), examples)) {
      for (String f : files) {
        if (f.equals("-")) {
          aggregator.read(System.in, "-", problems);
        } else {
          aggregator.read(Path.of(f), problems);
        }
      }
      StanceTable table = aggregator.table();
      if (output == null) {
        PrintWriter out = spec.commandLine().getOut();
        AggregateCsv.write(table, out);
        out.flush();
      } else {
        try (Writer w = Files.newBufferedWriter(ReadoutCommand.creatingParent(output), StandardCharsets.UTF_8)) {
          AggregateCsv.write(table, w);
        }
      }
      if (html != null) {
        try (Writer w = Files.newBufferedWriter(ReadoutCommand.creatingParent(html), StandardCharsets.UTF_8)) {
          AggregateHtml.write(table, top, aggregator::example, w);
        }
      }
      err.printf("readout: %d documents, %d statements (%d about an act of an actor), %d pairs (%d actor, %d issue), %d actors (%d speaking), %d bad inputs, %.1f s%n",
          table.documents(), table.statements(), table.acts(), table.rows().size(), table.rows(TargetKind.ACTOR).size(),
          table.rows(TargetKind.ISSUE).size(), table.actors(), table.speakers(), failed[0], (System.nanoTime() - start) / 1e9);
    }
    return failed[0] == 0 ? 0 : 1;
  }
}
