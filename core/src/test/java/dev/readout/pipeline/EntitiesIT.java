package dev.readout.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readout.model.AnalyzedDocument;
import dev.readout.model.EntityMention;
import dev.readout.model.EntityType;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The entity stage: statistical tags and the gazetteer together. */
class EntitiesIT {
  private static Map<String, EntityType> entities(String text) {
    AnalyzedDocument doc = SharedPipeline.get().analyze("e", text);
    return doc.entities().stream().collect(Collectors.toMap(EntityMention::text, EntityMention::type, (a, b) -> a));
  }

  @Test
  void gazetteerNamesCoreNlpMisses() {
    Map<String, EntityType> e = entities("H.E. Mr. Ichiro Sato said the Japan Self-Defense Forces and the Government of Japan "
        + "will work with NATO and the United Nations Security Council in the Indo-Pacific.");
    assertEquals(EntityType.PERSON, e.get("Ichiro Sato"));
    assertEquals(EntityType.ORGANIZATION, e.get("Japan Self-Defense Forces"));
    assertEquals(EntityType.ORGANIZATION, e.get("Government of Japan"));
    assertEquals(EntityType.ORGANIZATION, e.get("NATO"));
    assertEquals(EntityType.ORGANIZATION, e.get("United Nations Security Council"));
    assertEquals(EntityType.LOCATION, e.get("Indo-Pacific"));
    assertTrue(e.keySet().stream().noneMatch(k -> k.startsWith("H.E")), e.toString());
  }

  @Test
  void titlesNationalitiesAndPlaces() {
    Map<String, EntityType> e = entities("Romanian President Klaus Werner met the Prime Minister of Canada in Brussels.");
    assertEquals(EntityType.NATIONALITY, e.get("Romanian"));
    assertEquals(EntityType.TITLE, e.get("President"));
    assertEquals(EntityType.PERSON, e.get("Klaus Werner"));
    assertEquals(EntityType.TITLE, e.get("Prime Minister"));
    assertEquals(EntityType.GPE, e.get("Canada"));
    assertEquals(EntityType.GPE, e.get("Brussels"));
  }

  @Test
  void canonicalNamesJoinVariants() {
    AnalyzedDocument doc = SharedPipeline.get().analyze("e", "The U.S. and the United States of America are one country; the DPRK is North Korea.");
    long usActors = doc.actors().stream().filter(a -> a.name().equals("United States")).count();
    assertEquals(1, usActors, doc.actors().toString());
    assertEquals(1, doc.actors().stream().filter(a -> a.name().equals("North Korea")).count(), doc.actors().toString());
  }
}
