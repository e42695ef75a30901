package dev.readout.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readout.corpus.AuthoringCompiler;
import dev.readout.corpus.AuthoringCompilerTestAccess;
import dev.readout.model.AnalyzedDocument;
import dev.readout.model.EntityMention;
import dev.readout.model.EntityType;
import dev.readout.model.Sentence;
import dev.readout.model.Span;
import dev.readout.model.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvaluatorTest {
  private final Evaluator evaluator = new Evaluator();

  private static AnalyzedDocument gold() {
    return new AuthoringCompiler().compile("jp-cl", AuthoringCompilerTestAccess.SOURCE, AuthoringCompilerTestAccess.JSON, new ArrayList<>());
  }

  private EvaluationReport eval(AnalyzedDocument g, AnalyzedDocument p) {
    return evaluator.evaluate("test", List.of(g), List.of(p), "hash", Map.of(), "abc");
  }

  @Test
  void goldAgainstItselfIsPerfect() {
    EvaluationReport r = eval(gold(), gold());
    assertEquals(1.0, r.sentences().f1());
    assertEquals(1.0, r.entities().f1());
    assertEquals(1.0, r.statements().f1());
    assertEquals(1.0, r.statements().speakerAccuracy());
    assertEquals(1.0, r.contentF1());
    assertEquals(1.0, r.statements().endToEndF1());
    assertTrue(r.errors().isEmpty());
  }

  @Test
  void sentenceAndEntityCountsOnHandMadeChanges() {
    AnalyzedDocument g = gold();
    // glue the first two sentences together and drop one entity, retype another
    List<Sentence> s = new ArrayList<>(g.sentences());
    Sentence glued = new Sentence(0, s.get(0).begin(), s.get(1).end(), null, false, List.of());
    s.set(0, glued);
    s.remove(1);
    List<EntityMention> e = new ArrayList<>(g.entities());
    e.remove(0);
    EntityMention first = e.get(0);
    e.set(0, new EntityMention(first.begin(), first.end(), first.text(), EntityType.MISC, null, null, "test"));
    AnalyzedDocument p = g.withSentences(s).withEntities(e);
    EvaluationReport r = eval(g, p);
    int n = g.sentences().size();
    assertEquals(n - 1, r.sentences().tp());
    assertEquals(0, r.sentences().fp());
    assertEquals(1, r.sentences().fn());
    int m = g.entities().size();
    assertEquals(m - 2, r.entities().tp());
    assertEquals(1, r.entities().fp());
    assertEquals(2, r.entities().fn());
    assertEquals(m - 2, r.entitiesLenient().tp(), "a retyped entity does not match leniently either");
    assertEquals(1, r.entitiesByType().get(EntityType.MISC).fp());
  }

  @Test
  void contentOverlapIsTokenF1() {
    String text = "the two countries share basic values";
    assertEquals(1.0, Evaluator.tokenOverlapF1(text, new Span(0, text.length()), new Span(0, text.length())));
    // predicted "share basic values" (3 of 6 words): P 1, R 0.5
    assertEquals(2 * 0.5 / 1.5, Evaluator.tokenOverlapF1(text, new Span(0, text.length()), new Span(text.indexOf("share"), text.length())), 1e-9);
    assertEquals(0.0, Evaluator.tokenOverlapF1(text, new Span(0, 7), new Span(18, text.length())));
  }

  @Test
  void goldSpeakersAcceptNameAliasOrSurname() {
    AnalyzedDocument g = gold();
    AnchoredGold a = Evaluator.toAnchored(g);
    assertEquals(List.of("Taro Aso|Aso"), a.statements().get(0).speakers());
    Statement st = g.statements().get(0);
    assertEquals(st.cue().span(), a.statements().get(0).cue());
  }

  @Test
  void failUnderNamesTheFigureAndRejectsUnknownKeys() {
    EvaluationReport r = eval(gold(), gold().withStatements(List.of()));
    List<String> f = EvalRunner.failures(r, "statement_f1=0.9, sentence_f1=0.5");
    assertEquals(List.of("statement_f1 = 0.000 is under 0.900"), f);
    assertThrows(IllegalArgumentException.class, () -> EvalRunner.failures(r, "nonsense=1"));
    assertTrue(ReportFormat.table(r).contains("END-TO-END F1"));
    assertTrue(ReportFormat.json(r).contains("\"corpus_sha256\" : \"hash\""));
  }

  private static AnalyzedDocument withAffiliations(AnalyzedDocument g, String aso, String vidal) {
    List<dev.readout.model.Actor> actors = g.actors().stream().map(a -> switch (a.name()) {
      case "Taro Aso" -> new dev.readout.model.Actor(a.id(), a.name(), a.kind(), a.title(), aso, a.aliases());
      case "Rosa Vidal" -> new dev.readout.model.Actor(a.id(), a.name(), a.kind(), a.title(), vidal, a.aliases());
      default -> a;
    }).toList();
    return g.withActors(actors, g.entities(), g.mentions());
  }

  @Test
  void affiliationsAreCountedOverTheGoldPeopleThePredictionNames() {
    EvaluationReport same = eval(gold(), gold());
    assertEquals(1.0, same.statements().affiliationAccuracy());
    EvaluationReport r = eval(gold(), withAffiliations(gold(), null, "Peru"));
    assertEquals(0.0, r.statements().affiliationAccuracy(), "missing for Aso, wrong for Vidal");
    assertTrue(r.errors().contains("jp-cl: wrong affiliation for Rosa Vidal: gold \"Chile\", predicted \"Peru\""), r.errors().toString());
    assertTrue(r.errors().contains("jp-cl: wrong affiliation for Taro Aso: gold \"Japan\", predicted none"), r.errors().toString());
    assertTrue(ReportFormat.table(r).contains("affiliation accuracy"));
    assertTrue(ReportFormat.json(r).contains("\"affiliation_accuracy\" : 0.0"));
  }

  @Test
  void anAffiliationMayBeNamedAnyWayTheGazetteerKnows() {
    EvaluationReport r = eval(withAffiliations(gold(), "Republic of Korea", "Chile; OAS"), withAffiliations(gold(), "South Korea", "the OAS"));
    assertEquals(1.0, r.statements().affiliationAccuracy(), r.errors().toString());
  }
}
