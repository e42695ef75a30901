package dev.readout.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readout.model.AnalyzedDocument;
import dev.readout.model.Parsed;
import org.junit.jupiter.api.Test;

class NestedByRuleTest {
  private static final AnalyzedDocument DOC = Parsed.doc("""
      NATO/NNP/2/nsubj issued/VBD/0/root/issue a/DT/4/det statement/NN/2/obj by/IN/8/case the/DT/8/det Secretary/NNP/8/compound General/NNP/4/nmod condemning/VBG/4/acl/condemn the/DT/11/det launch/NN/9/obj ././2/punct
      """, "NATO=ORGANIZATION", "Secretary General=TITLE");

  @Test
  void aStatementBySomeoneIsTheirsAndWithoutTheRuleNobodys() {
    assertEquals("[Secretary General] by nested-by via [title-alone:title-only]", Attributions.spoken(Attributions.attribute(DOC), "condemning"));
    assertTrue(Attributions.cue(Attributions.without("nested-by", DOC), "condemning").isEmpty(), "without nested-by");
  }
}
