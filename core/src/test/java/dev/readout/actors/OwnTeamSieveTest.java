package dev.readout.actors;

import static dev.readout.actors.Sieves.assertResolved;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readout.model.AnalyzedDocument;
import dev.readout.model.Parsed;
import org.junit.jupiter.api.Test;

class OwnTeamSieveTest {
  @Test
  void aParticipantsTeamIsTheParticipants() {
    AnalyzedDocument doc = Parsed.doc("""
        Secretary/NNP/3/compound Ana/NNP/3/compound Ortiz/NNP/8/nsubj and/CC/7/cc Envoy/NNP/7/compound Ben/NNP/7/compound Cole/NNP/3/conj met/VBD/0/root/meet President/NNP/11/compound Ola/NNP/11/compound Berg/NNP/8/obj ././8/punct
        Secretary/NNP/2/compound Ortiz/NNP/6/nsubj and/CC/5/cc her/PRP$/5/nmod:poss team/NN/2/conj reaffirmed/VBD/0/root/reaffirm their/PRP$/8/nmod:poss support/NN/6/obj ././6/punct
        """, "Secretary=TITLE", "Envoy=TITLE", "President=TITLE", "Ana Ortiz=PERSON", "Ben Cole=PERSON", "Ola Berg=PERSON", "Ortiz=PERSON");
    assertResolved("[Ana Ortiz, Ben Cole, Ola Berg] by own-team", Sieves.resolve(doc), "and her team");
    assertTrue(Sieves.mention(Sieves.without("own-team", doc), "and her team").isEmpty());
  }
}
