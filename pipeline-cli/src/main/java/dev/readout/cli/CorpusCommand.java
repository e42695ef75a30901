package dev.readout.cli;

import dev.readout.corpus.AuthoringCompiler;
import dev.readout.corpus.GoldCorpus;
import dev.readout.model.AnalyzedDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code readout corpus}: gold corpus tools. */
@Command(
    name = "corpus",
    mixinStandardHelpOptions = true,
    description = "Gold corpus tools.",
    subcommands = {CorpusCommand.Compile.class, CorpusCommand.Check.class})
final class CorpusCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }

  /** Authoring format to gold documents. */
  @Command(name = "compile", mixinStandardHelpOptions = true,
      description = "Compiles authoring files (<id>.txt + <id>.json, see corpus/AUTHORING.md) into gold documents.")
  static final class Compile implements Callable<Integer> {
    @Option(names = "--from", required = true, paramLabel = "DIR", description = "Authoring directory.")
    Path from;

    @Option(names = "--to", required = true, paramLabel = "DIR", description = "Gold directory to write <id>.json into.")
    Path to;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      List<AnalyzedDocument> docs = new AuthoringCompiler().compileAll(from);
      Files.createDirectories(to);
      for (AnalyzedDocument d : docs) {
        Files.writeString(to.resolve(d.id() + ".json"), GoldCorpus.toJson(d), StandardCharsets.UTF_8);
      }
      long statements = docs.stream().mapToLong(d -> d.statements().size()).sum();
      spec.commandLine().getOut().printf("compiled %d documents, %d statements into %s%n", docs.size(), statements, to);
      return 0;
    }
  }

  /** Validates a gold directory. */
  @Command(name = "check", mixinStandardHelpOptions = true, description = "Loads and validates a gold directory; lists every problem.")
  static final class Check implements Callable<Integer> {
    @Option(names = "--gold", required = true, paramLabel = "DIR")
    Path gold;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      GoldCorpus c = GoldCorpus.load(gold);
      spec.commandLine().getOut().printf("%d gold documents (%d dev, %d test), sha256 %s%n",
          c.size(), c.documents("dev").size(), c.documents("test").size(), c.hash());
      return 0;
    }
  }
}
