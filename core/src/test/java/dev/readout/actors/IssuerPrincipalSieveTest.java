package dev.readout.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.readout.model.Actor;
import dev.readout.model.AnalyzedDocument;
import dev.readout.model.Parsed;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IssuerPrincipalSieveTest {
  private static final String TALKS = """
      Foreign/NNP/2/compound Minister/NNP/4/compound Aiko/NNP/4/compound Mori/NNP/5/nsubj met/VBD/0/root/meet President/NNP/8/compound Lars/NNP/8/compound Berg/NNP/5/obj ././5/punct
      """;

  private static Actor named(AnalyzedDocument doc, String name) {
    return doc.actors().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow(() -> new AssertionError(doc.actors()));
  }

  private static AnalyzedDocument talks(Map<String, Object> meta) {
    return Parsed.doc(meta, TALKS, "Foreign Minister=TITLE", "Aiko Mori=PERSON", "President=TITLE", "Lars Berg=PERSON");
  }

  @Test
  void theFirstPersonOfAStatesReleaseIsItsOwn() {
    AnalyzedDocument doc = Sieves.resolve(talks(Map.of("issuer", "Ministry of Foreign Affairs of Japan")));
    assertEquals("Japan", named(doc, "Aiko Mori").affiliation());
    assertNull(named(doc, "Lars Berg").affiliation(), "the other party is not the issuer's");
    assertNull(named(Sieves.without("issuer-principal", talks(Map.of("issuer", "Ministry of Foreign Affairs of Japan"))), "Aiko Mori").affiliation());
  }

  @Test
  void aSeatStandsForItsState() {
    assertEquals("United States", named(Sieves.resolve(talks(Map.of("issuer", "The White House"))), "Aiko Mori").affiliation());
  }

  @Test
  void noIssuerOrAnIssuerOfSeveralStatesGivesNothing() {
    assertNull(named(Sieves.resolve(talks(Map.of())), "Aiko Mori").affiliation());
    assertNull(named(Sieves.resolve(talks(Map.of("issuer", "Joint statement of Japan and Australia"))), "Aiko Mori").affiliation());
  }

  @Test
  void thePersonMarkedAsForeignLeavesTheNextToTheIssuer() {
    AnalyzedDocument doc = Sieves.resolve(Parsed.doc(Map.of("issuer", "Ministry of Foreign Affairs of Japan"), """
        Swedish/JJ/3/amod President/NNP/3/compound Lars/NNP/4/compound Berg/NNP/5/nsubj met/VBD/0/root/meet Foreign/NNP/7/compound Minister/NNP/9/compound Aiko/NNP/9/compound Mori/NNP/5/obj ././5/punct
        """, "Swedish=NATIONALITY=Sweden", "President=TITLE", "Lars Berg=PERSON", "Foreign Minister=TITLE", "Aiko Mori=PERSON"));
    assertEquals("Sweden", named(doc, "Lars Berg").affiliation());
    assertEquals("Japan", named(doc, "Aiko Mori").affiliation());
  }

  @Test
  void aPersonFirstNamedLaterInTheReleaseIsNotItsPrincipal() {
    AnalyzedDocument doc = Sieves.resolve(Parsed.doc(Map.of("issuer", "Ministry of Foreign Affairs of Japan"), """
        The/DT/2/det talks/NNS/3/nsubj ended/VBD/0/root/end ././3/punct
        They/PRP/2/nsubj lasted/VBD/0/root/last ././2/punct
        President/NNP/3/compound Lars/NNP/3/compound Berg/NNP/4/nsubj spoke/VBD/0/root/speak ././4/punct
        """, "President=TITLE", "Lars Berg=PERSON"));
    assertNull(named(doc, "Lars Berg").affiliation());
  }
}
