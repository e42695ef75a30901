package dev.readout.actors;

import static dev.readout.actors.Sieves.assertResolved;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readout.model.AnalyzedDocument;
import dev.readout.model.Parsed;
import org.junit.jupiter.api.Test;

class CollectiveSieveTest {
  @Test
  void aNationalDelegationIsItsState() {
    AnalyzedDocument doc = Parsed.doc("""
        The/DT/3/det Ukrainian/JJ/3/amod delegation/NN/4/nsubj thanked/VBD/0/root/thank the/DT/6/det hosts/NNS/4/obj/host ././4/punct
        """, "Ukrainian=NATIONALITY");
    assertResolved("[Ukraine] by collective", Sieves.resolve(doc), "Ukrainian delegation");
    assertTrue(Sieves.without("collective", doc).mentions().isEmpty());
  }
}
