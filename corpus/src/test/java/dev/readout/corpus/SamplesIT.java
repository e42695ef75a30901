package dev.readout.corpus;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readout.eval.AnchoredGold;
import dev.readout.eval.AnchoredScorer;
import dev.readout.eval.StatementScore;
import dev.readout.model.AnalyzedDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The bundled samples end to end: their statements, speakers and stances against their gold. */
class SamplesIT {
  private final AnchoredScorer scorer = new AnchoredScorer();

  static Iterable<String> ids() {
    return Samples.IDS;
  }

  private StatementScore score(String id) {
    AnchoredGold gold = Samples.gold(id);
    AnalyzedDocument doc = SharedPipeline.get().analyze(id, Samples.text(id));
    return scorer.score(gold, doc);
  }

  @ParameterizedTest
  @MethodSource("ids")
  void eachSampleGivesItsStatements(String id) {
    StatementScore s = score(id);
    String errors = String.join("\n", s.errors());
    assertTrue(s.precision() >= 0.9 && s.recall() >= 0.9, id + " statement P/R " + s.precision() + "/" + s.recall() + "\n" + errors);
    assertTrue(s.speakerAccuracy() >= 0.8, id + " speaker accuracy " + s.speakerAccuracy() + "\n" + errors);
    assertTrue(s.stanceAccuracy() >= 0.7, id + " stance accuracy " + s.stanceAccuracy() + "\n" + errors);
  }

  @Test
  void allSamplesTogether() {
    StatementScore all = new StatementScore();
    Samples.IDS.forEach(id -> all.add(score(id)));
    String errors = String.join("\n", all.errors());
    assertTrue(all.f1() >= 0.97, "statement F1 " + all.f1() + "\n" + errors);
    assertTrue(all.speakerAccuracy() >= 0.95, "speaker accuracy " + all.speakerAccuracy() + "\n" + errors);
    assertTrue(all.stanceMacroF1() >= 0.85, "stance macro-F1 " + all.stanceMacroF1() + "\n" + errors);
    assertTrue(all.endToEndF1() >= 0.82, "end-to-end F1 " + all.endToEndF1() + "\n" + errors);
  }
}
