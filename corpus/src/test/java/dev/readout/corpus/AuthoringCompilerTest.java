package dev.readout.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readout.model.AnalyzedDocument;
import dev.readout.model.EntityMention;
import dev.readout.model.EntityType;
import dev.readout.model.Mode;
import dev.readout.model.Stance;
import dev.readout.model.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuthoringCompilerTest {
  static final String SOURCE = String.join("\n",
      "%date: 2024-03-01",
      "%issuer: Ministry of Foreign Affairs of Japan",
      "## Japan-Chile Foreign Ministers' Meeting",
      "On March 1, Mr. Taro Aso, Minister for Foreign Affairs of Japan, held a meeting with Ms. Rosa Vidal, Minister of Foreign Affairs of Chile.",
      "",
      "## Bilateral relations",
      "Minister Aso welcomed Minister Vidal to Japan and said the two countries share basic values.",
      "In response, Minister Vidal expressed her gratitude to Japan.",
      "\"We will deepen our ties,\" she said.",
      "");
  static final String JSON = """
      {"actors": [
        {"id": "aso", "name": "Taro Aso", "kind": "PERSON", "title": "Minister for Foreign Affairs", "affiliation": "Japan", "aliases": ["Aso"]},
        {"id": "vidal", "name": "Rosa Vidal", "kind": "PERSON", "title": "Minister of Foreign Affairs", "affiliation": "Chile"},
        {"id": "japan", "name": "Japan", "kind": "GPE"}, {"id": "chile", "name": "Chile", "kind": "GPE"}],
       "entities": [["Taro Aso", "PERSON", "aso"], ["Aso", "PERSON", "aso"], ["Rosa Vidal", "PERSON", "vidal"], ["Vidal", "PERSON", "vidal"],
         ["Japan", "GPE", "japan"], ["Chile", "GPE", "chile"], ["Minister for Foreign Affairs", "TITLE"], ["Minister of Foreign Affairs", "TITLE"]],
       "statements": [
        {"ctx": "Minister Aso welcomed Minister Vidal", "cue": "welcomed", "speakers": ["aso"], "stance": "SUPPORT", "content": "Minister Vidal to Japan", "target": "vidal"},
        {"ctx": "Japan and said the two", "cue": "said", "speakers": ["aso"], "stance": "SUPPORT", "content": "the two countries share basic values"},
        {"ctx": "Minister Vidal expressed her gratitude", "cue": "expressed", "speakers": ["vidal"], "stance": "SUPPORT", "content": "her gratitude to Japan", "target": "japan"},
        {"ctx": "our ties,\\" she said", "cue": "said", "speakers": ["vidal"], "stance": "SUPPORT", "content": "We will deepen our ties", "mode": "DIRECT"}]}
      """;

  @Test
  void compilesTextSentencesEntitiesAndStatements() {
    List<String> problems = new ArrayList<>();
    AnalyzedDocument d = new AuthoringCompiler().compile("jp-cl", SOURCE, JSON, problems);
    assertTrue(problems.isEmpty(), problems.toString());
    assertNotNull(d);
    assertTrue(d.text().startsWith("Japan-Chile Foreign Ministers' Meeting\nOn March 1,"), d.text());
    assertTrue(d.text().contains("share basic values. In response,"), "sentences of a paragraph are joined by one space");
    assertEquals("2024-03-01", d.meta().get("date"));
    assertEquals(6, d.sentences().size());
    assertTrue(d.sentences().get(0).heading());
    assertEquals("Bilateral relations", d.sentences().get(3).section());
    for (EntityMention e : d.entities()) {
      assertEquals(e.text(), d.text().substring(e.begin(), e.end()));
    }
    assertEquals(2, d.entities().stream().filter(e -> e.text().equals("Taro Aso") || e.text().equals("Aso")).count(),
        "\"Aso\" inside \"Taro Aso\" is not a second entity");
    assertTrue(d.entities().stream().anyMatch(e -> e.type() == EntityType.TITLE));
    assertEquals(4, d.statements().size());
    Statement quote = d.statements().get(3);
    assertEquals(Mode.DIRECT, quote.mode());
    assertEquals("We will deepen our ties", quote.content().text());
    assertEquals(Stance.SUPPORT, quote.stance());
    assertEquals("Rosa Vidal", d.statements().get(0).target().text());
    assertEquals("vidal", d.statements().get(0).target().actor());
    List<String> validation = new ArrayList<>();
    GoldCorpus.validate("jp-cl.json", d, validation);
    assertTrue(validation.isEmpty(), validation.toString());
  }

  @Test
  void everyProblemNamesFileAndPathAndNothingCompiles() {
    String bad = JSON.replace("\"ctx\": \"Minister Aso welcomed Minister Vidal\"", "\"ctx\": \"Minister\"")
        .replace("\"stance\": \"SUPPORT\", \"content\": \"the two", "\"stance\": \"MAYBE\", \"content\": \"the two")
        .replace("[\"Chile\", \"GPE\", \"chile\"]", "[\"Chile\", \"COUNTRY\", \"chile\"]")
        .replace("\"speakers\": [\"vidal\"], \"stance\": \"SUPPORT\", \"content\": \"her", "\"speakers\": [\"nobody\"], \"stance\": \"SUPPORT\", \"content\": \"her");
    List<String> problems = new ArrayList<>();
    assertNull(new AuthoringCompiler().compile("jp-cl", SOURCE, bad, problems));
    assertEquals(4, problems.size(), problems.toString());
    assertTrue(problems.contains("jp-cl.json: $.entities[5][1]: unknown type \"COUNTRY\""), problems.toString());
    assertTrue(problems.stream().anyMatch(p -> p.startsWith("jp-cl.json: $.statements[0].ctx: \"Minister\" occurs more than once")), problems.toString());
    assertTrue(problems.stream().anyMatch(p -> p.startsWith("jp-cl.json: $.statements[1].stance")), problems.toString());
    assertTrue(problems.stream().anyMatch(p -> p.startsWith("jp-cl.json: $.statements[2].speakers[0]: unknown actor \"nobody\"")), problems.toString());
  }
}
