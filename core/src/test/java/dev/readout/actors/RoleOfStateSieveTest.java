package dev.readout.actors;

import static dev.readout.actors.Sieves.assertResolved;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readout.model.AnalyzedDocument;
import dev.readout.model.Parsed;
import org.junit.jupiter.api.Test;

class RoleOfStateSieveTest {
  @Test
  void aNationalRoleIsTheOnePersonOfThatState() {
    AnalyzedDocument doc = Parsed.doc("""
        Foreign/NNP/2/compound Minister/NNP/4/compound Abbas/NNP/4/compound Araghchi/NNP/7/nsubj of/IN/6/case Iran/NNP/4/nmod visited/VBD/0/root/visit Oslo/NNP/7/obj ././7/punct
        The/DT/3/det Iranian/JJ/3/amod minister/NN/4/nsubj welcomed/VBD/0/root/welcome the/DT/6/det talks/NNS/4/obj/talk ././4/punct
        """, "Foreign Minister=TITLE", "Abbas Araghchi=PERSON", "Iran=GPE", "Oslo=GPE", "Iranian=NATIONALITY");
    assertResolved("[Abbas Araghchi] by role-of-state", Sieves.resolve(doc), "The Iranian minister");
    assertTrue(Sieves.mention(Sieves.without("role-of-state", doc), "The Iranian minister").isEmpty());
  }
}
