package dev.readout.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.readout.json.DocumentJson;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActorTest {
  @Test
  void labelShowsTitleAndAffiliationOnce() {
    assertEquals("Fumio Kishida (Minister for Foreign Affairs, Japan)",
        new Actor("a1", "Fumio Kishida", ActorKind.PERSON, "Minister for Foreign Affairs", "Japan", List.of()).label());
    assertEquals("Jon Dahl", new Actor("a1", "Jon Dahl", ActorKind.PERSON, null, null, null).label());
    assertEquals("Eyal Hulata (Israel)", new Actor("a1", "Eyal Hulata", ActorKind.PERSON, null, "Israel", null).label());
    assertEquals("Secretary (United States)", new Actor("a1", "Secretary", ActorKind.PERSON, "Secretary", "United States", null).label());
  }

  @Test
  void labelIsNotPartOfTheJson() {
    AnalyzedDocument doc = AnalyzedDocument.of("d", "text", null)
        .withActors(List.of(new Actor("a1", "Jon Dahl", ActorKind.PERSON, "Prime Minister", null, null)), List.of(), List.of());
    assertFalse(new DocumentJson().write(doc).contains("label"));
  }
}
