package dev.readout.cli;

import dev.readout.corpus.GoldCorpus;
import dev.readout.eval.AnchoredSet;
import dev.readout.eval.EvalRunner;
import dev.readout.eval.EvaluationReport;
import dev.readout.eval.ReportFormat;
import dev.readout.pipeline.Pipeline;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code readout eval}: the pipeline (or a prediction file) measured against gold. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the pipeline on gold texts and reports every figure: sentences, entities, statements, speakers,",
      "content, stance, end to end. --gold is a gold corpus directory (gold documents and split.tsv) or a",
      "directory of anchored gold files, whose texts are in --texts (default: ../texts beside it)."
    })
final class EvalCommand implements Callable<Integer> {
  @Option(names = "--gold", required = true, paramLabel = "DIR", description = "Gold directory.")
  Path gold;

  @Option(names = "--texts", paramLabel = "DIR",
      description = "Texts of anchored gold (default: <gold>/../texts); a text whose SHA-256 is not the annotated one is refused.")
  Path texts;

  @Option(names = "--split", description = "dev, test or all (default test, or all when the gold has no split.tsv).")
  String split;

  @Option(names = "--predictions", paramLabel = "FILE.jsonl", description = "Score these predictions instead of running the pipeline.")
  Path predictions;

  @Option(names = "--report", paramLabel = "FILE.json", description = "Write the report as JSON.")
  Path report;

  @Option(names = "--errors", paramLabel = "FILE", description = "Write one line per error (missed, spurious, wrong speaker, wrong stance).")
  Path errors;

  @Option(names = "--fail-under", paramLabel = "KEY=VALUE,...", description = "Exit 3 when a figure is under its minimum, e.g. end_to_end_f1=0.8.")
  String failUnder;

  @Option(names = "--ablate", paramLabel = "NAME[,NAME...]|all", split = ",",
      description = {"Score without this actor sieve or speaker rule (README lists them). With several names, or 'all'",
          "for every one in turn, print the full figures once and then one line per name: what each contributes."})
  List<String> ablate;

  @Spec CommandSpec spec;

  @picocli.CommandLine.Mixin PipelineOptions pipelineOptions = new PipelineOptions();

  @Override
  public Integer call() throws IOException {
    if (!Files.isDirectory(gold)) {
      throw new IllegalArgumentException(gold + ": not a directory");
    }
    EvalRunner.Predictor predictor;
    Map<String, String> models;
    Pipeline pipeline = null;
    if (predictions != null) {
      if (ablate != null) {
        throw new IllegalArgumentException("--ablate runs the pipeline; it does not go with --predictions");
      }
      predictor = EvalRunner.fromFile(predictions);
      models = Map.of("predictions", predictions.toString());
    } else {
      boolean several = ablate != null && (ablate.size() > 1 || ablate.contains("all"));
      pipeline = pipelineOptions.build(several);
      if (ablate != null && !several) {
        pipeline = pipeline.ablating(ablate.get(0));
      }
      predictor = pipeline::analyze;
      models = pipeline.models();
    }
    EvaluationReport r = evaluate(predictor, models);
    if (ablate != null && ablate.size() == 1 && !ablate.contains("all")) {
      spec.commandLine().getOut().println("Without " + ablate.get(0) + ":");
    }
    spec.commandLine().getOut().print(ReportFormat.table(r));
    spec.commandLine().getOut().flush();
    if (report != null) {
      Files.writeString(ReadoutCommand.creatingParent(report), ReportFormat.json(r), StandardCharsets.UTF_8);
    }
    if (errors != null) {
      Files.write(ReadoutCommand.creatingParent(errors), r.errors(), StandardCharsets.UTF_8);
    }
    if (pipeline != null && ablate != null && (ablate.size() > 1 || ablate.contains("all"))) {
      ablations(pipeline, r);
    }
    List<String> failed = EvalRunner.failures(r, failUnder);
    failed.forEach(f -> spec.commandLine().getErr().println("readout eval: " + f));
    return failed.isEmpty() ? 0 : 3;
  }

  private EvaluationReport evaluate(EvalRunner.Predictor predictor, Map<String, String> models) throws IOException {
    EvalRunner runner = new EvalRunner();
    if (AnchoredSet.isAnchored(gold)) {
      Path textDir = texts != null ? texts : gold.toAbsolutePath().getParent().resolve("texts");
      String which = split != null ? split : AnchoredSet.hasSplit(gold) ? "test" : "all";
      List<AnchoredSet.Item> items = AnchoredSet.load(gold, textDir, which);
      return runner.anchored(items, predictor, Hashing.directory(gold), models, Git.commit());
    }
    GoldCorpus corpus = GoldCorpus.load(gold);
    return runner.gold(corpus, split != null ? split : corpus.hasSplit() ? "test" : "all", predictor, models, Git.commit());
  }

  /** One line per sieve or rule left out: the figures without it and what it contributes (the full run minus them). */
  private void ablations(Pipeline pipeline, EvaluationReport full) throws IOException {
    List<String> names = ablate.contains("all") ? pipeline.ablatable() : ablate;
    var out = spec.commandLine().getOut();
    out.printf(java.util.Locale.ROOT, "%nablations (each figure without the sieve or rule; in brackets what it contributes):%n");
    out.printf(java.util.Locale.ROOT, "  %-20s %22s %22s %22s%n", "left out", "statement F1", "speaker accuracy", "end-to-end F1");
    Map<String, Double> base = ReportFormat.figures(full);
    for (String name : names) {
      Pipeline without = pipeline.ablating(name);
      Map<String, Double> f = ReportFormat.figures(evaluate(without::analyze, without.models()));
      out.printf(java.util.Locale.ROOT, "  %-20s", name);
      for (String key : List.of("statement_f1", "speaker_accuracy", "end_to_end_f1")) {
        out.printf(java.util.Locale.ROOT, " %13.3f (%+.3f)", f.get(key), base.get(key) - f.get(key));
      }
      out.println();
      out.flush();
    }
  }
}
