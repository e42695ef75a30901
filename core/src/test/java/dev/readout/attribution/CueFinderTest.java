package dev.readout.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readout.model.AnalyzedDocument;
import dev.readout.model.Parsed;
import org.junit.jupiter.api.Test;

/** Which words are cues: object cues, a second adjective, a cue phrase with adjectives between its words. */
class CueFinderTest {
  @Test
  void anObjectCueNeedsANounThatCarriesAStance() {
    AnalyzedDocument doc = Parsed.doc("""
        Tanaka/NNP/2/nsubj sent/VBD/0/root/send his/PRP$/4/nmod:poss condolences/NNS/2/obj/condolence ././2/punct
        Norway/NNP/2/nsubj offers/VBZ/0/root/offer new/JJ/4/amod opportunities/NNS/2/obj/opportunity ././2/punct
        """, "Tanaka=PERSON", "Norway=GPE");
    AnalyzedDocument out = Attributions.attribute(doc);
    assertEquals("[Tanaka] by subject-of-cue via [name:person]", Attributions.spoken(out, "sent"));
    assertTrue(Attributions.cue(out, "offers").isEmpty());
  }

  @Test
  void aSecondAdjectiveIsACueWithTheFirstOnesSubject() {
    AnalyzedDocument doc = Parsed.doc("""
        Tanaka/NNP/3/nsubj:pass is/VBZ/3/aux:pass/be appalled/VBN/0/root/appall and/CC/6/cc deeply/RB/6/advmod saddened/VBN/3/conj/sadden by/IN/9/case the/DT/9/det attack/NN/3/obl ././3/punct
        """, "Tanaka=PERSON");
    assertEquals("[Tanaka] by subject-of-cue via [name:person]", Attributions.spoken(Attributions.attribute(doc), "saddened"));
  }

  @Test
  void aCuePhraseMayHaveAdjectivesJoinedByAndBetweenItsWords() {
    AnalyzedDocument doc = Parsed.doc("""
        Tanaka/NNP/2/nsubj held/VBD/0/root/hold substantive/JJ/9/amod and/CC/6/cc wide/JJ/6/dep ~-/HYPH/6/punct ~ranging/VBG/3/conj/range discussions/NNS/2/obj/discussion on/IN/10/case trade/NN/8/nmod ././2/punct
        """, "Tanaka=PERSON");
    assertEquals("[Tanaka] by subject-of-cue via [name:person]", Attributions.spoken(Attributions.attribute(doc), "held substantive and wide-ranging discussions"));
  }
}
