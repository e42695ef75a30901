package dev.readout.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.readout.model.Actor;
import dev.readout.model.ActorKind;
import dev.readout.model.ActorMention;
import dev.readout.model.AnalyzedDocument;
import dev.readout.model.Cue;
import dev.readout.model.EntityMention;
import dev.readout.model.EntityType;
import dev.readout.model.Mode;
import dev.readout.model.Sentence;
import dev.readout.model.Stance;
import dev.readout.model.Statement;
import dev.readout.model.Target;
import dev.readout.model.TextSpan;
import dev.readout.model.Token;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DocumentJsonTest {
  private static final String TEXT = "Minister Aso welcomed Japan's offer.";
  private final DocumentJson json = new DocumentJson();

  static AnalyzedDocument sample() {
    List<Token> tokens = List.of(
        new Token(0, 0, 8, "Minister", "Minister", "NNP", "O", 1, "compound"),
        new Token(1, 9, 12, "Aso", "Aso", "NNP", "PERSON", 2, "nsubj"),
        new Token(2, 13, 21, "welcomed", "welcome", "VBD", "O", -1, "root"));
    return new AnalyzedDocument(
        AnalyzedDocument.SCHEMA,
        "doc-1",
        Map.of("date", "2024-01-02", "issuer", "MOFA"),
        TEXT,
        List.of(new Sentence(0, 0, 36, "Bilateral relations", false, tokens)),
        List.of(new EntityMention(9, 12, "Aso", EntityType.PERSON, null, "a1", "corenlp"),
            new EntityMention(22, 27, "Japan", EntityType.GPE, "Japan", "a2", "gazetteer")),
        List.of(new Actor("a1", "Taro Aso", ActorKind.PERSON, "Minister", "Japan", List.of("Aso")),
            new Actor("a2", "Japan", ActorKind.GPE, null, null, List.of())),
        List.of(new ActorMention(0, 12, "Minister Aso", 0, 1, ActorMention.MentionKind.NAME, List.of("a1"))),
        List.of(new Statement("s1", 0, List.of("a1"), new Cue(13, 21, "welcomed", "welcome"),
            new TextSpan(22, 35, "Japan's offer"), Mode.INDIRECT, Stance.SUPPORT, 0.9, new Target("Japan", "a2"),
            "Bilateral relations", "subject-of-cue")));
  }

  @Test
  void everyRecordSurvivesTheRoundTripWithTokens() {
    AnalyzedDocument doc = sample();
    assertEquals(doc, json.read(json.write(doc, true)));
  }

  @Test
  void defaultOutputLeavesTokensOutAndRoundTripsTheRest() {
    AnalyzedDocument doc = sample();
    String line = json.write(doc);
    assertTrue(!line.contains("\"tokens\""), line);
    assertEquals(doc.withoutTokens(), json.read(line));
  }

  @Test
  void fieldNamesAreTheSchemaOnes() throws Exception {
    JsonNode n = json.mapper().readTree(json.write(sample()));
    assertEquals("readout/1", n.get("schema").asText());
    assertEquals("doc-1", n.get("id").asText());
    assertEquals("Bilateral relations", n.at("/sentences/0/section").asText());
    assertEquals(9, n.at("/entities/0/begin").asInt());
    assertEquals("a1", n.at("/entities/0/actor").asText());
    assertEquals("Minister", n.at("/actors/0/title").asText());
    assertEquals("welcome", n.at("/statements/0/cue/lemma").asText());
    assertEquals("Japan's offer", n.at("/statements/0/content/text").asText());
    assertEquals("SUPPORT", n.at("/statements/0/stance").asText());
    assertEquals("a2", n.at("/statements/0/target/actor").asText());
    assertEquals("subject-of-cue", n.at("/statements/0/rule").asText());
    assertEquals("MOFA", n.at("/meta/issuer").asText());
  }

  /** The sample as the rule-based stages write it: each mention's rule, each statement's chain and speakers' rules. */
  static AnalyzedDocument withRules() {
    AnalyzedDocument d = sample();
    ActorMention m = d.mentions().get(0);
    Statement s = d.statements().get(0);
    return d.withActors(d.actors(), d.entities(),
            List.of(new ActorMention(m.begin(), m.end(), m.text(), m.sentence(), m.head(), m.kind(), m.actors(), "name:person")))
        .withStatements(List.of(new Statement(s.id(), s.sentence(), s.speakers(), s.cue(), s.content(), s.mode(), s.stance(),
            s.confidence(), s.target(), s.section(), "meeting-partners", "coordinated-cue>subject-of-cue+meeting-partners",
            List.of("name:person"), true)));
  }

  @Test
  void mentionAndStatementRulesRoundTrip() throws Exception {
    AnalyzedDocument doc = withRules();
    String line = json.write(doc);
    assertEquals(doc.withoutTokens(), json.read(line));
    JsonNode n = json.mapper().readTree(line);
    assertEquals("name:person", n.at("/mentions/0/rule").asText());
    assertEquals("coordinated-cue>subject-of-cue+meeting-partners", n.at("/statements/0/chain").asText());
    assertEquals("name:person", n.at("/statements/0/speaker_rules/0").asText());
    assertTrue(n.at("/statements/0/optional").asBoolean());
  }

  @Test
  void aDocumentWrittenBeforeTheRulesStillReads() {
    String older = json.write(withRules()).replace(",\"rule\":\"name:person\"", "")
        .replace(",\"chain\":\"coordinated-cue>subject-of-cue+meeting-partners\"", "")
        .replace(",\"speaker_rules\":[\"name:person\"]", "").replace(",\"optional\":true", "");
    assertTrue(!older.contains("chain") && !older.contains("speaker_rules") && !older.contains("name:person"), older);
    AnalyzedDocument d = json.read(older);
    assertNull(d.mentions().get(0).rule());
    assertNull(d.statements().get(0).chain());
    assertEquals(List.of(), d.statements().get(0).speakerRules());
    assertEquals("meeting-partners", d.statements().get(0).rule());
  }

  @Test
  void fieldsNotRecordedAreNotWritten() throws Exception {
    JsonNode n = json.mapper().readTree(json.write(sample()));
    assertTrue(!n.at("/mentions/0").has("rule"), n.toString());
    for (String field : List.of("chain", "speaker_rules", "optional")) {
      assertTrue(!n.at("/statements/0").has(field), field + " in " + n);
    }
  }

  @Test
  void otherSchemasAreRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> json.read("{\"schema\":\"readout/9\",\"id\":\"x\",\"text\":\"t\"}"));
    assertTrue(e.getMessage().contains("readout/9"));
  }

  @Test
  void recordsRejectBadValues() {
    assertThrows(IllegalArgumentException.class, () -> new TextSpan(5, 2, "x"));
    assertThrows(IllegalArgumentException.class, () -> sample().statements().get(0).withStance(Stance.SUPPORT, 1.5, null));
  }
}
