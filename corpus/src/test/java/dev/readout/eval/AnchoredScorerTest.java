package dev.readout.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readout.corpus.CorpusFormatException;
import dev.readout.model.Actor;
import dev.readout.model.ActorKind;
import dev.readout.model.AnalyzedDocument;
import dev.readout.model.Cue;
import dev.readout.model.Mode;
import dev.readout.model.Sentence;
import dev.readout.model.Stance;
import dev.readout.model.Statement;
import dev.readout.model.TextSpan;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnchoredScorerTest {
  private static final String TEXT = "Minister Aso welcomed the plan. The two leaders discussed trade. Aso condemned the attack.";
  private final AnchoredScorer scorer = new AnchoredScorer();

  private static AnchoredGold gold(String statementsJson) {
    String json = "{\"file\":\"t.txt\",\"statements\":[" + statementsJson + "],\"entities\":[]}";
    return AnchoredGold.read("t.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), TEXT);
  }

  private static final String G1 = "{\"ctx\":\"Minister Aso welcomed the\",\"cue\":\"welcomed\",\"speakers\":[\"Aso\"],\"stance\":\"SUPPORT\"}";
  private static final String G2 = "{\"ctx\":\"two leaders discussed trade\",\"cue\":\"discussed\",\"speakers\":[\"Aso\",\"Lee|President\"],\"stance\":\"NEUTRAL\"}";
  private static final String G3 = "{\"ctx\":\"Aso condemned the attack\",\"cue\":\"condemned\",\"speakers\":[\"Aso\"],\"stance\":\"OPPOSE\",\"optional\":true}";

  private static AnalyzedDocument doc(List<Statement> statements) {
    return new AnalyzedDocument(AnalyzedDocument.SCHEMA, "t", null, TEXT, List.of(new Sentence(0, 0, TEXT.length(), null, false, List.of())), null,
        List.of(new Actor("a1", "Taro Aso", ActorKind.PERSON, "Minister", "Japan", List.of("Minister Aso")),
            new Actor("a2", "President", ActorKind.PERSON, "President", null, List.of()),
            new Actor("a3", "Japan", ActorKind.GPE, null, null, List.of())),
        null, statements);
  }

  private static Statement st(String id, String cue, List<String> speakers, Stance stance) {
    int b = TEXT.indexOf(cue);
    return new Statement(id, 0, speakers, new Cue(b, b + cue.length(), cue, cue), new TextSpan(b, b, ""), Mode.INDIRECT, stance, 0.5, null, null, "test");
  }

  @Test
  void perfectPrediction() {
    StatementScore s = scorer.score(gold(G1 + "," + G2), doc(List.of(
        st("s1", "welcomed", List.of("a1"), Stance.SUPPORT), st("s2", "discussed", List.of("a1", "a2"), Stance.NEUTRAL))));
    assertEquals(1.0, s.f1());
    assertEquals(1.0, s.speakerAccuracy());
    assertEquals(1.0, s.stanceAccuracy());
    assertEquals(1.0, s.endToEndF1());
    assertTrue(s.errors().isEmpty());
  }

  @Test
  void emptyPredictionScoresZeroAndListsMisses() {
    StatementScore s = scorer.score(gold(G1 + "," + G2), doc(List.of()));
    assertEquals(0, s.truePositives());
    assertEquals(2, s.falseNegatives());
    assertEquals(0.0, s.f1());
    assertEquals(0.0, s.endToEndF1());
    assertEquals(2, s.errors().size());
    assertTrue(s.errors().get(0).contains("missed"));
  }

  @Test
  void emptyGoldMakesEveryPredictionSpurious() {
    StatementScore s = scorer.score(gold(""), doc(List.of(st("s1", "welcomed", List.of("a1"), Stance.SUPPORT))));
    assertEquals(1, s.falsePositives());
    assertEquals(0.0, s.precision());
    assertTrue(s.errors().get(0).contains("spurious"));
  }

  @Test
  void jointSpeakersNeedEveryParticipantAndNoMore() {
    StatementScore partial = scorer.score(gold(G2), doc(List.of(st("s1", "discussed", List.of("a1"), Stance.NEUTRAL))));
    assertEquals(1.0, partial.f1());
    assertEquals(0.0, partial.speakerAccuracy());
    assertEquals(0.0, partial.endToEndF1());
    StatementScore extra = scorer.score(gold(G2), doc(List.of(st("s1", "discussed", List.of("a1", "a2", "a3"), Stance.NEUTRAL))));
    assertEquals(0.0, extra.speakerAccuracy());
  }

  @Test
  void overlappingCuesMatchOneToOneAndDuplicateSpansCountOnce() {
    int b = TEXT.indexOf("welcomed");
    Statement wide = new Statement("s1", 0, List.of("a1"), new Cue(b - 4, b + 8, "Aso welcomed", "welcome"), new TextSpan(b, b, ""),
        Mode.INDIRECT, Stance.SUPPORT, 0.5, null, null, "test");
    StatementScore s = scorer.score(gold(G1), doc(List.of(wide, st("s2", "welcomed", List.of("a1"), Stance.SUPPORT),
        st("s3", "welcomed", List.of("a1"), Stance.SUPPORT))));
    assertEquals(1, s.truePositives());
    assertEquals(1, s.falsePositives(), "the second distinct span is spurious, the duplicate counts once");
  }

  @Test
  void optionalStatementsAreNeitherRewardedNorPenalised() {
    StatementScore found = scorer.score(gold(G1 + "," + G3), doc(List.of(
        st("s1", "welcomed", List.of("a1"), Stance.SUPPORT), st("s2", "condemned", List.of("a1"), Stance.OPPOSE))));
    StatementScore missed = scorer.score(gold(G1 + "," + G3), doc(List.of(st("s1", "welcomed", List.of("a1"), Stance.SUPPORT))));
    assertEquals(1.0, found.f1());
    assertEquals(1.0, missed.f1());
    assertEquals(1.0, found.endToEndF1());
  }

  @Test
  void stanceConfusionAndMacroF1() {
    StatementScore s = scorer.score(gold(G1 + "," + G2), doc(List.of(
        st("s1", "welcomed", List.of("a1"), Stance.NEUTRAL), st("s2", "discussed", List.of("a1", "a2"), Stance.NEUTRAL))));
    assertEquals(0.5, s.stanceAccuracy());
    assertEquals(1, s.cell(Stance.SUPPORT, Stance.NEUTRAL));
    // SUPPORT: P 0 R 0 -> 0; NEUTRAL: P 1/2 R 1 -> 2/3
    assertEquals((0.0 + 2.0 / 3.0) / 2, s.stanceMacroF1(), 1e-9);
    assertEquals(0.5, s.endToEndF1(), 1e-9);
  }

  @Test
  void goldProblemsNameTheFileAndPath() {
    CorpusFormatException e = assertThrows(CorpusFormatException.class,
        () -> gold("{\"ctx\":\"not in the text\",\"cue\":\"text\",\"speakers\":[\"X\"],\"stance\":\"SUPPORT\"},"
            + "{\"ctx\":\"Aso\",\"cue\":\"Aso\",\"speakers\":[\"X\"],\"stance\":\"MAYBE\"}"));
    assertTrue(e.getMessage().startsWith("t.json: "), e.getMessage());
    assertTrue(e.getMessage().contains("$.statements[0].ctx"), e.getMessage());
    assertTrue(e.getMessage().contains("$.statements[1].ctx: \"Aso\" occurs more than once"), e.getMessage());
  }

  private static AnchoredGold goldWithActors(String actorsJson) {
    String json = "{\"file\":\"t.txt\",\"statements\":[" + G1 + "],\"entities\":[],\"actors\":[" + actorsJson + "]}";
    return AnchoredGold.read("t.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), TEXT);
  }

  @Test
  void goldActorsScoreTheAffiliationsOfThePeopleThePredictionNames() {
    // Rosa Vidal is not among the predicted actors, so only Aso counts
    AnchoredGold g = goldWithActors("{\"name\":\"Taro Aso\",\"kind\":\"PERSON\",\"title\":\"Minister\",\"affiliation\":\"Japan\"},"
        + "{\"name\":\"Rosa Vidal\",\"kind\":\"PERSON\",\"affiliation\":\"Chile\"},{\"name\":\"Japan\",\"kind\":\"GPE\"}");
    StatementScore s = scorer.score(g, doc(List.of(st("s1", "welcomed", List.of("a1"), Stance.SUPPORT))));
    assertEquals(1, s.affiliationN);
    assertEquals(1.0, s.affiliationAccuracy());
  }

  @Test
  void aWrongAffiliationIsCountedAndListed() {
    AnchoredGold g = goldWithActors("{\"name\":\"Taro Aso\",\"kind\":\"PERSON\",\"affiliation\":\"China\"}");
    StatementScore s = scorer.score(g, doc(List.of(st("s1", "welcomed", List.of("a1"), Stance.SUPPORT))));
    assertEquals(0.0, s.affiliationAccuracy());
    assertTrue(s.errors().contains("t: wrong affiliation for Taro Aso: gold \"China\", predicted \"Japan\""), s.errors().toString());
  }

  @Test
  void goldWithoutActorsScoresNoAffiliation() {
    StatementScore s = scorer.score(gold(G1), doc(List.of(st("s1", "welcomed", List.of("a1"), Stance.SUPPORT))));
    assertTrue(Double.isNaN(s.affiliationAccuracy()));
  }

  @Test
  void anActorOfAnUnknownKindIsNamedByItsPath() {
    CorpusFormatException e = assertThrows(CorpusFormatException.class,
        () -> goldWithActors("{\"name\":\"Taro Aso\",\"kind\":\"PERSON\"},{\"name\":\"Kyiv\",\"kind\":\"CITY\"}"));
    assertTrue(e.getMessage().contains("$.actors[1].kind: \"CITY\""), e.getMessage());
  }

  @Test
  void actorsThatAreNoArrayAreNamedByTheirPath() {
    String json = "{\"file\":\"t.txt\",\"statements\":[" + G1 + "],\"entities\":[],\"actors\":{\"name\":\"Taro Aso\"}}";
    CorpusFormatException e = assertThrows(CorpusFormatException.class,
        () -> AnchoredGold.read("t.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), TEXT));
    assertTrue(e.getMessage().startsWith("t.json: ") && e.getMessage().contains("$.actors: not an array"), e.getMessage());
  }
}
