package dev.readout.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readout.lexicon.Lexicon;
import dev.readout.model.AnalyzedDocument;
import dev.readout.model.Span;
import dev.readout.model.Stance;
import dev.readout.model.Statement;
import dev.readout.pipeline.Pipeline;
import dev.readout.stance.LexiconStanceClassifier;
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
    n.put("accuracy", s.stanceAccuracy());
    n.put("macro_f1", s.stanceMacroF1());
  }
}
