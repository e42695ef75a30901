package dev.readout.actors;

import static dev.readout.actors.Sieves.assertResolved;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readout.model.AnalyzedDocument;
import dev.readout.model.Parsed;
import org.junit.jupiter.api.Test;

class HeSheSieveTest {
  @Test
  void heIsTheSubjectOfTheSentenceBefore() {
    AnalyzedDocument doc = Parsed.doc("""
        President/NNP/2/compound Koval/NNP/3/nsubj thanked/VBD/0/root/thank Minister/NNP/5/compound Lund/NNP/3/obj ././3/punct
        He/PRP/2/nsubj said/VBD/0/root/say that/IN/6/mark talks/NNS/6/nsubj/talk would/MD/6/aux continue/VB/2/ccomp ././2/punct
        """, "President=TITLE", "Minister=TITLE", "Koval=PERSON", "Lund=PERSON");
    assertResolved("[Koval] by he-she:previous-subject", Sieves.resolve(doc), "He");
    assertTrue(Sieves.mention(Sieves.without("he-she", doc), "He").isEmpty());
  }

  @Test
  void sheSkipsASubjectKnownToBeAMan() {
    AnalyzedDocument doc = Parsed.doc("""
        Pedro/NNP/2/compound Alves/NNP/3/nsubj met/VBD/0/root/meet Ms./NNP/6/compound Jutta/NNP/6/compound Koivisto/NNP/3/obj ././3/punct
        She/PRP/2/nsubj noted/VBD/0/root/note the/DT/4/det progress/NN/2/obj ././2/punct
        """, "Pedro Alves=PERSON", "Jutta Koivisto=PERSON");
    assertResolved("[Jutta Koivisto] by he-she:latest-named", Sieves.resolve(doc), "She");
  }
}
