package dev.readout.cli;

import dev.readout.corpus.AuthoringCompiler;
import dev.readout.corpus.Brat;
import dev.readout.corpus.GoldCorpus;
import dev.readout.corpus.SyntheticCorpus;
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
    description = "Gold corpus tools, and a generated corpus for benchmarks.",
    subcommands = {CorpusCommand.Generate.class, CorpusCommand.Compile.class, CorpusCommand.Check.class, CorpusCommand.ExportBrat.class, CorpusCommand.ImportBrat.class,
        CorpusCommand.Anchor.class})
final class CorpusCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }

  /** A synthetic corpus of readout-like documents, for benchmarks. */
  @Command(name = "generate", mixinStandardHelpOptions = true,
      description = {"Writes readout-like documents generated from templates (calls, meetings, statements, press conferences;",
          "150 to 1,500 words) as JSON Lines: id, date, title, issuer, genre, text. The same seed gives the same file."})
  static final class Generate implements Callable<Integer> {
    @Option(names = "--docs", required = true, paramLabel = "N", description = "Number of documents.")
    int docs;

    @Option(names = "--seed", defaultValue = "1", description = "Seed (default 1).")
    long seed;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "JSON Lines file to write.")
    Path output;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      if (docs < 1) {
        throw new IllegalArgumentException("--docs must be at least 1, not " + docs);
      }
      SyntheticCorpus corpus = SyntheticCorpus.load();
      try (var w = Files.newBufferedWriter(ReadoutCommand.creatingParent(output), StandardCharsets.UTF_8)) {
        corpus.writeJsonLines(seed, docs, w);
      }
      spec.commandLine().getOut().printf("wrote %d documents (seed %d) to %s%n", docs, seed, output);
      return 0;
    }
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

    @Option(names = "--excluded", paramLabel = "FILE",
        description = "Also check every document against these fingerprints of documents that must never enter the corpus.")
    Path excluded;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      GoldCorpus c = GoldCorpus.load(gold);
      spec.commandLine().getOut().printf("%d gold documents (%d dev, %d test), sha256 %s%n",
          c.size(), c.documents("dev").size(), c.documents("test").size(), c.hash());
      if (excluded != null) {
        java.util.List<String[]> docs = new java.util.ArrayList<>();
        for (var d : c.documents("all")) {
          Object url = d.meta().get("url");
          docs.add(new String[] {d.id(), url == null ? null : url.toString(), d.text()});
        }
        java.util.List<String> bad = dev.readout.corpus.ExcludedDocuments.load(excluded).check(docs);
        bad.forEach(b -> spec.commandLine().getErr().println("readout: " + b));
        spec.commandLine().getOut().printf("%d documents checked against %s: %d excluded%n", docs.size(), excluded, bad.size());
        return bad.isEmpty() ? 0 : 1;
      }
      return 0;
    }
  }

  /** Anchored gold (ctx strings) to gold that holds none of the text: offsets and the text's SHA-256. */
  @Command(name = "anchor", mixinStandardHelpOptions = true,
      description = {"Turns anchored gold files (ctx strings copied from the text, as in ../shared/realdev/gold) into gold that",
          "holds none of the text: cues and targets as offsets, with the SHA-256 of the text; 'eval --texts' reads it."})
  static final class Anchor implements Callable<Integer> {
    @Option(names = "--from", required = true, paramLabel = "DIR", description = "Anchored gold files (<name>.json).")
    Path from;

    @Option(names = "--texts", required = true, paramLabel = "DIR", description = "The texts they annotate (<name>.txt).")
    Path texts;

    @Option(names = "--to", required = true, paramLabel = "DIR", description = "Directory to write <name>.json into.")
    Path to;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      java.util.List<Path> files;
      try (var s = java.nio.file.Files.list(from)) {
        files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
      }
      java.nio.file.Files.createDirectories(to);
      com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
      int bad = 0;
      for (Path f : files) {
        try {
          var node = json.readTree(f.toFile());
          Path text = texts.resolve(node.path("file").asText(""));
          if (!java.nio.file.Files.exists(text)) {
            throw new dev.readout.corpus.CorpusFormatException(f.getFileName() + ": $.file: " + text + " not found");
          }
          var out = dev.readout.eval.AnchoredExport.toOffsets(f.getFileName().toString(), node,
              java.nio.file.Files.readString(text, java.nio.charset.StandardCharsets.UTF_8));
          java.nio.file.Files.writeString(to.resolve(f.getFileName()), json.writerWithDefaultPrettyPrinter().writeValueAsString(out) + "\n");
        } catch (dev.readout.corpus.CorpusFormatException | com.fasterxml.jackson.core.JsonProcessingException e) {
          bad++;
          spec.commandLine().getErr().println("readout: " + e.getMessage().lines().findFirst().orElse(""));
        }
      }
      spec.commandLine().getOut().printf("%d files written to %s, %d refused%n", files.size() - bad, to, bad);
      return bad == 0 ? 0 : 1;
    }
  }

  /** Gold documents to brat standoff. */
  @Command(name = "export-brat", mixinStandardHelpOptions = true,
      description = "Writes each gold document as <id>.txt + <id>.ann (brat standoff), with annotation.conf.")
  static final class ExportBrat implements Callable<Integer> {
    @Option(names = "--gold", required = true, paramLabel = "DIR")
    Path gold;

    @Option(names = "--to", required = true, paramLabel = "DIR")
    Path to;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      GoldCorpus c = GoldCorpus.load(gold);
      Files.createDirectories(to);
      Files.writeString(to.resolve("annotation.conf"), Brat.annotationConf(), StandardCharsets.UTF_8);
      for (AnalyzedDocument d : c.documents("all")) {
        Brat.Files f = Brat.export(d);
        Files.writeString(to.resolve(d.id() + ".txt"), f.txt(), StandardCharsets.UTF_8);
        Files.writeString(to.resolve(d.id() + ".ann"), f.ann(), StandardCharsets.UTF_8);
      }
      spec.commandLine().getOut().printf("exported %d documents to %s%n", c.size(), to);
      return 0;
    }
  }

  /** brat standoff back to gold documents. */
  @Command(name = "import-brat", mixinStandardHelpOptions = true,
      description = "Reads <id>.txt + <id>.ann pairs (brat standoff) into validated gold documents.")
  static final class ImportBrat implements Callable<Integer> {
    @Option(names = "--from", required = true, paramLabel = "DIR")
    Path from;

    @Option(names = "--to", required = true, paramLabel = "DIR")
    Path to;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      List<Path> anns;
      try (var s = Files.list(from)) {
        anns = s.filter(p -> p.toString().endsWith(".ann")).sorted().toList();
      }
      List<String> problems = new java.util.ArrayList<>();
      List<AnalyzedDocument> docs = new java.util.ArrayList<>();
      for (Path ann : anns) {
        String id = ann.getFileName().toString().replaceFirst("\\.ann$", "");
        AnalyzedDocument d = Brat.read(id, Files.readString(ann.resolveSibling(id + ".txt")), Files.readString(ann));
        int before = problems.size();
        GoldCorpus.validate(id + ".ann", d, problems);
        if (problems.size() == before) {
          docs.add(d);
        }
      }
      if (!problems.isEmpty()) {
        throw new IllegalArgumentException(problems.size() + " problem(s): " + String.join("; ", problems));
      }
      Files.createDirectories(to);
      for (AnalyzedDocument d : docs) {
        Files.writeString(to.resolve(d.id() + ".json"), GoldCorpus.toJson(d), StandardCharsets.UTF_8);
      }
      spec.commandLine().getOut().printf("imported %d documents into %s%n", docs.size(), to);
      return 0;
    }
  }
}
