package dev.readout.eval;

import dev.readout.corpus.GoldCorpus;
import dev.readout.json.DocumentJson;
import dev.readout.model.AnalyzedDocument;
import dev.readout.model.Sentence;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs an evaluation: predictions from a predictor (the pipeline) or from a JSON Lines file of another
 * system, against a gold corpus or an anchored set. Stateless.
 */
public final class EvalRunner {
  /** Makes a prediction for (id, text). */
  /** Predicts a document from its id, text and the input's metadata (title, date, issuer ...). */
  @FunctionalInterface
  public interface Predictor {
    AnalyzedDocument apply(String id, String text, Map<String, Object> meta);
  }

  private final Evaluator evaluator = new Evaluator();

  /** Evaluates a split of a gold corpus. */
  public EvaluationReport gold(GoldCorpus corpus, String split, Predictor predictor, Map<String, String> models, String commit) {
    List<AnalyzedDocument> gold = corpus.documents(split);
    List<AnalyzedDocument> predicted = new ArrayList<>();
    for (AnalyzedDocument g : gold) {
      predicted.add(predictor.apply(g.id(), g.text(), g.meta())); // the input's metadata, as a user's batch gives it
    }
    return evaluator.evaluate(split, gold, predicted, corpus.hash(), models, commit);
  }

  /** Evaluates an anchored set (statements only: it has no sentence or entity offsets). */
  public EvaluationReport anchored(List<AnchoredSet.Item> items, Predictor predictor, String hash, Map<String, String> models, String commit) {
    AnchoredScorer scorer = new AnchoredScorer();
    StatementScore all = new StatementScore();
    for (AnchoredSet.Item it : items) {
      all.add(scorer.score(it.gold(), predictor.apply(it.id(), it.text(), Map.of())));
    }
    return new EvaluationReport("anchored", items.size(), hash, models, commit, null, null, Map.of(), null, all, all.contentF1(), all.errors());
  }

  /**
   * A predictor that looks documents up by id in a JSON Lines file of predictions (schema readout/1); a
   * document missing from the file is predicted empty, so all its statements count as missed.
   */
  public static Predictor fromFile(Path jsonl) {
    DocumentJson json = new DocumentJson();
    Map<String, AnalyzedDocument> byId = new HashMap<>();
    try (BufferedReader r = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        try {
          AnalyzedDocument d = json.read(line);
          byId.put(d.id(), d);
        } catch (IllegalArgumentException e) {
          throw new dev.readout.corpus.CorpusFormatException(jsonl + ":" + n + ": " + e.getMessage().lines().findFirst().orElse(""));
        }
      }
    } catch (IOException e) {
      throw new dev.readout.corpus.CorpusFormatException(jsonl + ": cannot be read: " + e.getMessage(), e);
    }
    return (id, text, meta) -> {
      AnalyzedDocument d = byId.get(id);
      if (d == null || !d.text().equals(text)) {
        return AnalyzedDocument.of(id, text, Map.of()).withSentences(List.of(new Sentence(0, 0, text.length(), null, false, List.of())));
      }
      return d;
    };
  }

  /** Parses "statement_f1=0.9,end_to_end_f1=0.8" and returns the failures against a report, one line each. */
  public static List<String> failures(EvaluationReport report, String failUnder) {
    List<String> out = new ArrayList<>();
    if (failUnder == null || failUnder.isBlank()) {
      return out;
    }
    Map<String, Double> figures = ReportFormat.figures(report);
    for (String part : failUnder.split(",")) {
      String[] kv = part.strip().split("=");
      if (kv.length != 2) {
        throw new IllegalArgumentException("--fail-under: expected KEY=VALUE, got \"" + part + "\"");
      }
      Double actual = figures.get(kv[0].strip());
      if (actual == null) {
        throw new IllegalArgumentException("--fail-under: unknown figure \"" + kv[0] + "\"; known: " + String.join(", ", figures.keySet()));
      }
      double min = Double.parseDouble(kv[1].strip());
      if (actual < min) {
        out.add(String.format(java.util.Locale.ROOT, "%s = %.3f is under %.3f", kv[0].strip(), actual, min));
      }
    }
    return out;
  }
}
