package dev.readout.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readout.lexicon.Lexicon;
import dev.readout.model.AnalyzedDocument;
import dev.readout.model.Span;
import dev.readout.model.Stance;
import dev.readout.model.Statement;
import dev.readout.pipeline.Pipeline;
import dev.readout.stance.EncoderStanceClassifier;
import dev.readout.stance.LexiconStanceClassifier;
import dev.readout.stance.SentenceEncoder;
import dev.readout.stance.StanceClassifier;
import dev.readout.stance.StanceModel;
import dev.readout.stance.StanceTrainer;
import dev.readout.stance.StanceTrainer.Example;
import dev.readout.stance.TrainedStanceClassifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Stance training data and cross-validation: the pipeline's statements matched to gold statements
 * (cues overlapping, one to one) become examples labelled with the gold stance; folds are by document,
 * shuffled with a fixed seed.
 */
public final class StanceExperiments {
  private final Lexicon lexicon;

  public StanceExperiments(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** Examples from running the pipeline over gold documents, grouped by document id. */
  public Map<String, List<Example>> examples(Pipeline pipeline, List<AnalyzedDocument> gold) {
    Map<String, List<Example>> out = new LinkedHashMap<>();
    for (AnalyzedDocument g : gold) {
      AnalyzedDocument p = pipeline.analyze(g.id(), g.text());
      List<Example> ex = new ArrayList<>();
      Set<Span> used = new HashSet<>();
      for (Statement gs : g.statements()) {
        if (gs.stance() == null || gs.optional()) {
          continue;
        }
        for (Statement ps : p.statements()) {
          if (!used.contains(ps.cue().span()) && ps.cue().span().overlaps(gs.cue().span())) {
            used.add(ps.cue().span());
            ex.add(new Example(ps, p, gs.stance()));
            break;
          }
        }
      }
      out.put(g.id(), ex);
    }
    return out;
  }

  /**
   * Examples from running the pipeline over anchored gold documents (the real dev set's format), matched as
   * {@link AnchoredScorer} matches them: the first prediction of each cue span whose cue overlaps a gold cue, one to
   * one, in gold order; optional gold statements take their match but give no example, nor do those without a stance.
   * So a classifier scores on these examples what {@code eval} reports as its stance figures.
   */
  public Map<String, List<Example>> anchoredExamples(Pipeline pipeline, List<AnchoredSet.Item> items) {
    Map<String, List<Example>> out = new LinkedHashMap<>();
    for (AnchoredSet.Item it : items) {
      AnalyzedDocument p = pipeline.analyze(it.id(), it.text());
      Map<Span, Statement> preds = new LinkedHashMap<>();
      for (Statement s : p.statements()) {
        preds.putIfAbsent(s.cue().span(), s);
      }
      List<Statement> predList = new ArrayList<>(preds.values());
      Set<Integer> used = new HashSet<>();
      List<Example> ex = new ArrayList<>();
      for (AnchoredGold.GoldStatement g : it.gold().statements()) {
        for (int k = 0; k < predList.size(); k++) {
          if (!used.contains(k) && predList.get(k).cue().span().overlaps(g.cue())) {
            used.add(k);
            if (!g.optional() && g.stance() != null) {
              ex.add(new Example(predList.get(k), p, g.stance()));
            }
            break;
          }
        }
      }
      out.put(it.id(), ex);
    }
    return out;
  }

  /** A sentence encoder that encodes each text once and keeps its vector, so that every fold reuses it. */
  public static SentenceEncoder caching(SentenceEncoder encoder) {
    Map<String, float[]> cache = new java.util.concurrent.ConcurrentHashMap<>();
    return new SentenceEncoder() {
      @Override
      public String id() {
        return encoder.id();
      }

      @Override
      public int dimension() {
        return encoder.dimension();
      }

      @Override
      public float[] encode(String text) {
        return cache.computeIfAbsent(text, encoder::encode);
      }
    };
  }

  /** A classifier for a trained model: the encoder's when it has a head. */
  public StanceClassifier classifier(StanceModel m, SentenceEncoder encoder) {
    return m.needsEncoder() ? new EncoderStanceClassifier(m, lexicon, encoder) : new TrainedStanceClassifier(m, lexicon);
  }

  /**
   * Compares classifiers (the lexicon baseline first, then each named setting) under up to three protocols:
   * {@code cv}, K-fold cross-validation by document on {@code dev}; {@code real}, trained on all of {@code dev} and
   * scored on {@code real}'s documents; {@code real_folds}, {@code real}'s documents in K folds, each scored by a
   * model trained on {@code dev} and the other folds of {@code real}. {@code real} may be empty (then only cv).
   * The encoder should cache ({@link #caching}): each statement is encoded once for all folds and settings.
   */
  public ObjectNode compare(Map<String, List<Example>> dev, Map<String, List<Example>> real, Map<String, StanceTrainer.Settings> settings,
      SentenceEncoder encoder, int folds, int realFolds, long seed) {
    StanceTrainer trainer = new StanceTrainer(lexicon, encoder);
    LexiconStanceClassifier lex = new LexiconStanceClassifier(lexicon);
    ObjectNode out = new ObjectMapper().createObjectNode();
    out.put("folds", folds);
    out.put("real_folds", realFolds);
    out.put("seed", seed);
    out.put("dev_documents", dev.size());
    out.put("real_documents", real.size());
    out.put("dev_examples", dev.values().stream().mapToInt(List::size).sum());
    out.put("real_examples", real.values().stream().mapToInt(List::size).sum());
    ObjectNode rows = out.putObject("classifiers");
    List<Example> allDev = new ArrayList<>();
    dev.values().forEach(allDev::addAll);
    List<Example> allReal = new ArrayList<>();
    real.values().forEach(allReal::addAll);
    StringBuilder gold = new StringBuilder();
    allReal.forEach(x -> gold.append(x.gold().name().charAt(0)));
    out.put("real_gold", gold.toString());
    ObjectNode lexRow = rows.putObject("lexicon");
    put(lexRow.putObject("cv"), scoreWith(lex, allDev));
    if (!allReal.isEmpty()) {
      put(lexRow.putObject("real"), scoreWith(lex, allReal));
      put(lexRow.putObject("real_folds"), scoreWith(lex, allReal));
    }
    for (Map.Entry<String, StanceTrainer.Settings> e : settings.entrySet()) {
      StanceTrainer.Settings st = e.getValue();
      ObjectNode row = rows.putObject(e.getKey());
      StatementScore cv = new StatementScore();
      for (List<String> testIds : folds(dev.keySet(), folds, seed)) {
        List<Example> train = new ArrayList<>();
        List<Example> test = new ArrayList<>();
        dev.forEach((id, ex) -> (testIds.contains(id) ? test : train).addAll(ex));
        if (!train.isEmpty() && !test.isEmpty()) {
          count(cv, classifier(trainer.train(train, st, "cv", null), encoder), test);
        }
      }
      put(row.putObject("cv"), cv);
      if (!allReal.isEmpty()) {
        StatementScore onReal = new StatementScore();
        StanceClassifier trained = classifier(trainer.train(allDev, st, "cv", null), encoder);
        count(onReal, trained, allReal);
        put(row.putObject("real"), onReal);
        StringBuilder predicted = new StringBuilder();
        allReal.forEach(x -> predicted.append(trained.classify(x.statement(), x.document()).stance().name().charAt(0)));
        row.put("real_predictions", predicted.toString());
        StatementScore realFolded = new StatementScore();
        for (List<String> testIds : folds(real.keySet(), realFolds, seed)) {
          List<Example> train = new ArrayList<>(allDev);
          List<Example> test = new ArrayList<>();
          real.forEach((id, ex) -> (testIds.contains(id) ? test : train).addAll(ex));
          count(realFolded, classifier(trainer.train(train, st, "cv", null), encoder), test);
        }
        put(row.putObject("real_folds"), realFolded);
      }
    }
    return out;
  }

  private static StatementScore scoreWith(StanceClassifier c, List<Example> examples) {
    StatementScore s = new StatementScore();
    count(s, c, examples);
    return s;
  }

  private static void count(StatementScore s, StanceClassifier c, List<Example> examples) {
    for (Example e : examples) {
      s.count(e.gold(), c.classify(e.statement(), e.document()).stance(), 1);
    }
  }

  /** Document ids in K folds: sorted, shuffled with the seed, dealt round. */
  static List<List<String>> folds(java.util.Collection<String> documents, int k, long seed) {
    List<String> ids = new ArrayList<>(documents);
    Collections.sort(ids);
    Collections.shuffle(ids, new Random(seed));
    List<List<String>> out = new ArrayList<>();
    for (int f = 0; f < k; f++) {
      List<String> fold = new ArrayList<>();
      for (int i = f; i < ids.size(); i += k) {
        fold.add(ids.get(i));
      }
      out.add(fold);
    }
    return out;
  }

  /** Accuracy and macro-F1 of a classifier on examples. */
  public static ObjectNode score(StanceClassifier c, List<Example> examples) {
    StatementScore s = new StatementScore();
    for (Example e : examples) {
      s.count(e.gold(), c.classify(e.statement(), e.document()).stance(), 1);
    }
    ObjectNode n = new ObjectMapper().createObjectNode();
    n.put("examples", examples.size());
    n.put("accuracy", s.stanceAccuracy());
    n.put("macro_f1", s.stanceMacroF1());
    return n;
  }

  /** K-fold cross-validation by document: lexicon, trained and combined, side by side. */
  public ObjectNode crossValidate(Map<String, List<Example>> byDoc, StanceTrainer.Settings settings, int folds, long seed) {
    List<String> ids = new ArrayList<>(byDoc.keySet());
    Collections.sort(ids);
    Collections.shuffle(ids, new Random(seed));
    StanceTrainer trainer = new StanceTrainer(lexicon);
    StatementScore lex = new StatementScore();
    StatementScore trained = new StatementScore();
    StatementScore combined = new StatementScore();
    LexiconStanceClassifier lexicon = new LexiconStanceClassifier(this.lexicon);
    for (int f = 0; f < folds; f++) {
      List<Example> train = new ArrayList<>();
      List<Example> test = new ArrayList<>();
      for (int i = 0; i < ids.size(); i++) {
        (i % folds == f ? test : train).addAll(byDoc.get(ids.get(i)));
      }
      if (test.isEmpty() || train.isEmpty()) {
        continue;
      }
      StanceModel plain = trainer.train(train, new StanceTrainer.Settings(settings.algorithm(), settings.iterations(), settings.cutoff(), false), "cv", null);
      StanceModel withLex = trainer.train(train, new StanceTrainer.Settings(settings.algorithm(), settings.iterations(), settings.cutoff(), true), "cv", null);
      TrainedStanceClassifier a = new TrainedStanceClassifier(plain, this.lexicon);
      TrainedStanceClassifier b = new TrainedStanceClassifier(withLex, this.lexicon);
      for (Example e : test) {
        lex.count(e.gold(), lexicon.classify(e.statement(), e.document()).stance(), 1);
        trained.count(e.gold(), a.classify(e.statement(), e.document()).stance(), 1);
        combined.count(e.gold(), b.classify(e.statement(), e.document()).stance(), 1);
      }
    }
    ObjectNode n = new ObjectMapper().createObjectNode();
    n.put("folds", folds);
    n.put("seed", seed);
    n.put("documents", ids.size());
    put(n.putObject("lexicon"), lex);
    put(n.putObject("trained"), trained);
    put(n.putObject("combined"), combined);
    return n;
  }

  private static void put(ObjectNode n, StatementScore s) {
    int examples = 0;
    for (Stance g : Stance.values()) {
      for (Stance q : Stance.values()) {
        examples += s.cell(g, q);
      }
    }
    n.put("examples", examples);
    n.put("accuracy", s.stanceAccuracy());
    n.put("macro_f1", s.stanceMacroF1());
  }
}
