package dev.readout.actors;

import static dev.readout.actors.Sieves.assertResolved;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readout.model.AnalyzedDocument;
import dev.readout.model.Parsed;
import org.junit.jupiter.api.Test;

class WeSieveTest {
  @Test
  void weIsTheGroupNamedBesideIt() {
    AnalyzedDocument doc = Parsed.doc("""
        We/PRP/12/nsubj ,/,/4/punct the/DT/4/det leaders/NNS/1/appos/leader of/IN/6/case Chile/NNP/4/nmod ,/,/8/punct Kenya/NNP/6/conj and/CC/10/cc Norway/NNP/6/conj ,/,/1/punct met/VBD/0/root/meet today/NN/12/obl:tmod ././12/punct
        We/PRP/2/nsubj condemn/VBP/0/root the/DT/4/det attack/NN/2/obj ././2/punct
        """, "Chile=GPE", "Kenya=GPE", "Norway=GPE");
    assertResolved("[leaders] by we:apposition", Sieves.resolve(doc), "We");
    assertTrue(Sieves.mention(Sieves.without("we", doc), "We").isEmpty());
  }

  @Test
  void aPressStatementsWeIsTheStateMostOftenItsSubject() {
    AnalyzedDocument doc = Parsed.doc("""
        The/DT/3/det United/NNP/3/compound States/NNP/4/nsubj condemns/VBZ/0/root/condemn the/DT/6/det launch/NN/4/obj ././4/punct
        The/DT/3/det United/NNP/3/compound States/NNP/4/nsubj rejects/VBZ/0/root/reject the/DT/6/det claims/NNS/4/obj/claim ././4/punct
        We/PRP/2/nsubj call/VBP/0/root on/IN/5/case the/DT/5/det regime/NN/2/obl ././2/punct
        """, "United States=GPE");
    assertResolved("[United States] by we:subject-state", Sieves.resolve(doc), "We");
  }

  @Test
  void aSpokespersonsWeBeforeAnyStateIsSubjectIsTheStateTheAnswerIsAbout() {
    AnalyzedDocument doc = Parsed.doc("""
        Official/NNP/2/compound Spokesperson/NNP/0/root ,/,/2/punct Ravi/NNP/5/compound Kumar/NNP/2/appos ~:/:/2/punct I/PRP/8/nsubj have/VBP/2/parataxis a/DT/10/det statement/NN/8/obj ././2/punct
        We/PRP/2/nsubj welcome/VBP/0/root this/DT/4/det development/NN/2/obj ././2/punct
        Ruritania/NNP/2/nsubj supports/VBZ/0/root/support the/DT/4/det talks/NNS/2/obj/talk ././2/punct
        """, "Ravi Kumar=PERSON", "Ruritania=GPE");
    assertResolved("[Ruritania] by we:subject-state", Sieves.resolve(doc), "We");
  }
}
