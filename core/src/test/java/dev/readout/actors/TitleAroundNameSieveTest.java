package dev.readout.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.readout.model.Actor;
import dev.readout.model.AnalyzedDocument;
import dev.readout.model.Parsed;
import org.junit.jupiter.api.Test;

class TitleAroundNameSieveTest {
  private static Actor named(AnalyzedDocument doc, String name) {
    return doc.actors().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow(() -> new AssertionError(doc.actors()));
  }

  @Test
  void aTitleAndItsStateInAppositionAfterTheName() {
    AnalyzedDocument doc = Parsed.doc("""
        Mr./NNP/3/compound Kenji/NNP/3/compound Tanaka/NNP/12/nsubj ,/,/5/punct Minister/NNP/3/appos for/IN/8/case Foreign/NNP/8/compound Affairs/NNPS/5/nmod of/IN/10/case Japan/NNP/5/nmod ,/,/5/punct welcomed/VBD/0/root/welcome the/DT/14/det decision/NN/12/obj ././12/punct
        """, "Kenji Tanaka=PERSON", "Minister for Foreign Affairs=TITLE", "Japan=GPE");
    Actor tanaka = named(Sieves.resolve(doc), "Kenji Tanaka");
    assertEquals("Minister for Foreign Affairs", tanaka.title());
    assertEquals("Japan", tanaka.affiliation());
    assertNull(named(Sieves.without("title-around-name", doc), "Kenji Tanaka").title());
  }

  @Test
  void aTitleBeforeTheNameWithItsOrganisation() {
    AnalyzedDocument doc = Parsed.doc("""
        NATO/NNP/5/compound Secretary/NNP/3/compound General/NNP/5/compound Mark/NNP/5/compound Rutte/NNP/6/nsubj spoke/VBD/0/root/speak ././6/punct
        """, "NATO=ORGANIZATION", "Secretary General=TITLE", "Mark Rutte=PERSON");
    Actor rutte = named(Sieves.resolve(doc), "Mark Rutte");
    assertEquals("NATO", rutte.affiliation());
    assertEquals(java.util.List.of("Secretary General Mark Rutte", "Rutte"), rutte.aliases());
    assertNull(named(Sieves.without("title-around-name", doc), "Mark Rutte").affiliation());
  }
}
