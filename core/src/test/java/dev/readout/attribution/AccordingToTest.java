package dev.readout.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.readout.model.AnalyzedDocument;
import dev.readout.model.Parsed;
import dev.readout.model.Statement;
import org.junit.jupiter.api.Test;

class AccordingToTest {
  @Test
  void theSourceOfAccordingToSpeaksTheClause() {
    AnalyzedDocument doc = Parsed.doc("""
        According/VBG/4/case/according to/TO/1/fixed the/DT/4/det Commission/NNP/9/obl ,/,/9/punct the/DT/7/det rules/NNS/9/nsubj/rule will/MD/9/aux take/VB/0/root effect/NN/9/obj in/IN/12/case March/NNP/9/obl ././9/punct
        """, "Commission=ORGANIZATION");
    AnalyzedDocument out = Attributions.attribute(doc);
    assertEquals("[Commission] by according-to via [name:organisation]", Attributions.spoken(out, "According to"));
    Statement s = Attributions.cue(out, "According to").orElseThrow();
    assertEquals("the rules will take effect in March", s.content().text());
  }
}
