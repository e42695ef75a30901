package dev.readout.actors;

import static dev.readout.actors.Sieves.assertResolved;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readout.model.AnalyzedDocument;
import dev.readout.model.Parsed;
import org.junit.jupiter.api.Test;

class UnnamedSubjectSieveTest {
  @Test
  void aPluralSpeakerNamingNoKnownActorIsAGroup() {
    AnalyzedDocument doc = Parsed.doc("""
        The/DT/2/det members/NNS/7/nsubj/member of/IN/6/case the/DT/6/det Security/NNP/6/compound Council/NNP/2/nmod condemned/VBD/0/root/condemn the/DT/9/det attack/NN/7/obj ././7/punct
        """, "Security Council=ORGANIZATION");
    assertResolved("[members of the Security Council] by unnamed-subject", Sieves.resolve(doc), "members of the Security Council");
    assertTrue(Sieves.mention(Sieves.without("unnamed-subject", doc), "members of the Security Council").isEmpty());
  }

  @Test
  void theSubjectOfAVerbThatOnlyBeginsACuePhraseIsNoSpeaker() {
    AnalyzedDocument doc = Parsed.doc("""
        The/DT/2/det hostages/NNS/4/nsubj:pass/hostage were/VBD/4/aux:pass/be held/VBN/0/root/hold by/IN/6/case militants/NNS/4/obl/militant ././4/punct
        """);
    assertTrue(Sieves.mention(Sieves.resolve(doc), "hostages").isEmpty());
    AnalyzedDocument plain = Parsed.doc("""
        Hostages/NNS/2/nsubj/hostage held/VBD/0/root/hold out/RP/2/compound:prt ././2/punct
        """);
    assertTrue(Sieves.mention(Sieves.resolve(plain), "Hostages").isEmpty(), "'hold' begins 'hold discussion' only");
  }

  @Test
  void actsAndThingsNeverSpeak() {
    AnalyzedDocument doc = Parsed.doc("""
        Such/JJ/2/amod attacks/NNS/3/nsubj/attack committed/VBD/0/root/commit to/IN/5/mark building/VBG/3/advcl/build peace/NN/5/obj ././3/punct
        """);
    assertTrue(Sieves.mention(Sieves.resolve(doc), "Such attacks").isEmpty());
  }
}
