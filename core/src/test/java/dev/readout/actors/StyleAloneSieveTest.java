package dev.readout.actors;

import static dev.readout.actors.Sieves.assertResolved;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readout.model.AnalyzedDocument;
import dev.readout.model.Parsed;
import org.junit.jupiter.api.Test;

class StyleAloneSieveTest {
  @Test
  void aStyleStandingAloneIsThePersonStyledSoBefore() {
    AnalyzedDocument doc = Parsed.doc("""
        His/PRP$/2/nmod:poss Highness/NNP/6/compound Sheikh/NNP/6/compound Khalid/NNP/6/compound bin/NNP/6/compound Saeed/NNP/7/nsubj received/VBD/0/root/receive Omar/NNP/9/compound Haddad/NNP/7/obj ././7/punct
        His/PRP$/2/nmod:poss Highness/NNP/3/nsubj welcomed/VBD/0/root/welcome the/DT/5/det visit/NN/3/obj ././3/punct
        """, "Khalid bin Saeed=PERSON", "Omar Haddad=PERSON");
    assertResolved("[Khalid bin Saeed] by style-alone", Sieves.resolve(doc), "His Highness");
    assertTrue(Sieves.mention(Sieves.without("style-alone", doc), "His Highness").isEmpty());
  }
}
