package dev.readout.actors;

import static dev.readout.actors.Sieves.assertResolved;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readout.model.AnalyzedDocument;
import dev.readout.model.Parsed;
import org.junit.jupiter.api.Test;

class TitleAloneSieveTest {
  @Test
  void aTitleGoesToTheNamedHolderOfItsOffice() {
    AnalyzedDocument doc = Parsed.doc("""
        Secretary/NNP/2/compound General/NNP/4/compound Hans/NNP/4/compound Vik/NNP/5/nsubj visited/VBD/0/root/visit Oslo/NNP/5/obj ././5/punct
        The/DT/3/det Secretary/NNP/3/compound General/NNP/4/nsubj welcomed/VBD/0/root/welcome the/DT/6/det decision/NN/4/obj ././4/punct
        """, "Secretary General=TITLE", "Hans Vik=PERSON", "Oslo=GPE");
    assertResolved("[Hans Vik] by title-alone:office-holder", Sieves.resolve(doc), "Secretary General");
    assertTrue(Sieves.mention(Sieves.without("title-alone", doc), "Secretary General").isEmpty());
  }

  @Test
  void aTitleNobodyHoldsYetIsATitleOnlyActor() {
    AnalyzedDocument doc = Parsed.doc("""
        The/DT/3/det Prime/NNP/3/compound Minister/NNP/4/nsubj spoke/VBD/0/root/speak to/IN/7/case President/NNP/7/compound Bondar/NNP/4/obl ././4/punct
        """, "Prime Minister=TITLE", "President=TITLE", "Bondar=PERSON");
    assertResolved("[Prime Minister] by title-alone:title-only", Sieves.resolve(doc), "Prime Minister");
  }
}
