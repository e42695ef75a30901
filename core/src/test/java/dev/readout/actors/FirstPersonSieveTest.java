package dev.readout.actors;

import static dev.readout.actors.Sieves.assertResolved;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readout.model.AnalyzedDocument;
import dev.readout.model.Parsed;
import org.junit.jupiter.api.Test;

class FirstPersonSieveTest {
  @Test
  void iInAQuotationIsWhoItIsQuotedFrom() {
    AnalyzedDocument doc = Parsed.doc("""
        Minister/NNP/2/compound Coveney/NNP/3/nsubj said/VBD/0/root/say :/:/3/punct “/``/6/punct ~I/PRP/6/nsubj welcome/VBP/3/ccomp the/DT/8/det talks/NNS/6/obj ~././3/punct ~”/''/3/punct
        """, "Coveney=PERSON");
    assertResolved("[Coveney] by first-person:quoted-speaker", Sieves.resolve(doc), "I");
    assertTrue(Sieves.mention(Sieves.without("first-person", doc), "I").isEmpty());
  }

  @Test
  void iInAQuotationBeforeItsReportingVerbIsWhoIsNamedAfterIt() {
    AnalyzedDocument doc = Parsed.doc("""
        Jon/NNP/2/compound Dahl/NNP/3/nsubj met/VBD/0/root/meet Ana/NNP/5/compound Lima/NNP/3/obj ././3/punct

        “/``/3/punct ~I/PRP/3/nsubj am/VBP/4/cop/be relieved/JJ/0/root ~,/,/4/punct ~”/''/4/punct Mr/NNP/8/compound Dahl/NNP/9/nsubj said/VBD/4/parataxis/say ././4/punct
        """, "Jon Dahl=PERSON", "Ana Lima=PERSON", "Dahl=PERSON");
    assertResolved("[Jon Dahl] by first-person:quoted-speaker", Sieves.resolve(doc), "I");
  }

  @Test
  void iOutsideAQuotationIsTheReleasesAuthor() {
    AnalyzedDocument doc = Parsed.doc("""
        Taoiseach/NNP/2/compound Kenny/NNP/3/nsubj met/VBD/0/root/meet Prime/NNP/5/compound Minister/NNP/6/compound May/NNP/3/obj ././3/punct
        Kenny/NNP/2/nsubj said/VBD/0/root/say the/DT/4/det talks/NNS/5/nsubj went/VBD/2/ccomp/go well/RB/5/advmod ././2/punct
        ~I/PRP/2/nsubj welcome/VBP/0/root the/DT/4/det progress/NN/2/obj ././2/punct
        """, "Kenny=PERSON", "May=PERSON");
    assertResolved("[Kenny] by first-person:author", Sieves.resolve(doc), "I");
  }
}
