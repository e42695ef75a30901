package dev.readout.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readout.model.AnalyzedDocument;
import dev.readout.model.Parsed;
import org.junit.jupiter.api.Test;

class ParticipleCueRuleTest {
  private static final AnalyzedDocument DOC = Parsed.doc("""
      Minister/NNP/2/compound Tanaka/NNP/3/nsubj discussed/VBD/0/root/discuss trade/NN/3/obj ,/,/6/punct underscoring/VBG/3/advcl/underscore the/DT/8/det value/NN/6/obj ././3/punct
      """, "Minister=TITLE", "Tanaka=PERSON");

  private static final AnalyzedDocument SUBJECT_PARTICIPLE = Parsed.doc("""
      Tanaka/NNP/2/nsubj discussed/VBD/0/root/discuss the/DT/4/det test/NN/2/obj ,/,/2/punct agreeing/VBG/10/csubj/agree it/PRP/6/obj was/VBD/10/cop/be a/DT/10/det provocation/NN/2/parataxis ././2/punct
      """, "Tanaka=PERSON");

  @Test
  void aParticipleTheParserMadeASubjectBelongsToTheVerbBeforeTheComma() {
    assertEquals("[Tanaka] by participle-cue>subject-of-cue via [name:person]",
        Attributions.spoken(Attributions.attribute(SUBJECT_PARTICIPLE), "agreeing"));
  }

  @Test
  void aParticipleSharesItsReportingVerbsSpeaker() {
    assertEquals("[Tanaka] by participle-cue>subject-of-cue via [name:person]", Attributions.spoken(Attributions.attribute(DOC), "underscoring"));
  }

  @Test
  void withoutItTheParticipleHasNoSpeaker() {
    assertTrue(Attributions.cue(Attributions.without("participle-cue", DOC), "underscoring").isEmpty());
  }

  @Test
  void aCallsPurposeIsTheCallersAlone() {
    AnalyzedDocument doc = Parsed.doc("""
        Tanaka/NNP/2/nsubj called/VBD/0/root/call Minister/NNP/4/compound Sato/NNP/2/obj to/TO/6/mark offer/VB/2/xcomp his/PRP$/8/nmod:poss condolences/NNS/6/obj/condolence ././2/punct
        """, "Minister=TITLE", "Tanaka=PERSON", "Sato=PERSON");
    assertEquals("[Tanaka] by participle-cue>subject-of-cue via [name:person]", Attributions.spoken(Attributions.attribute(doc), "offer"));
  }
}
