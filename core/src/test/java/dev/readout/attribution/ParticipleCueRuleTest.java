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

  @Test
  void aParticipleTheParserHungOnThePartnerBelongsToTheVerbBeforeTheComma() {
    AnalyzedDocument doc = Parsed.doc("""
        Tanaka/NNP/2/nsubj spoke/VBD/0/root/speak with/IN/5/case Minister/NNP/5/compound Sato/NNP/2/obl ,/,/5/punct agreeing/VBG/5/acl/agree on/IN/10/case the/DT/10/det need/NN/7/obl ././2/punct
        """, "Minister=TITLE", "Tanaka=PERSON", "Sato=PERSON");
    assertEquals("[Tanaka, Sato] by participle-cue>subject-of-cue+meeting-partners via [name:person, name:person]",
        Attributions.spoken(Attributions.attribute(doc), "agreeing"));
  }

  @Test
  void aParticipleTheParserMadeTheSubjectOfALaterClauseBelongsToTheVerbBeforeTheComma() {
    AnalyzedDocument doc = Parsed.doc("""
        Tanaka/NNP/2/nsubj spoke/VBD/0/root/speak to/IN/4/case Sato/NNP/2/obl ,/,/2/punct agreeing/VBG/9/nsubj/agree this/DT/6/obj would/MD/9/aux help/VB/2/ccomp ././2/punct
        """, "Tanaka=PERSON", "Sato=PERSON");
    assertEquals("[Tanaka, Sato] by participle-cue>subject-of-cue+meeting-partners via [name:person, name:person]",
        Attributions.spoken(Attributions.attribute(doc), "agreeing"));
  }
}
