package dev.readout.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readout.model.AnalyzedDocument;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;

class BratTest {
  @Test
  void exportThenImportGivesTheSameDocument() {
    AnalyzedDocument d = new AuthoringCompiler().compile("jp-cl", AuthoringCompilerTest.SOURCE, AuthoringCompilerTest.JSON, new ArrayList<>());
    Brat.Files f = Brat.export(d);
    assertEquals(d.text(), f.txt());
    assertTrue(f.ann().contains("\tCue "), f.ann());
    assertTrue(f.ann().lines().anyMatch(l -> l.matches("R\\d+\tSpeaker Arg1:T\\d+ Arg2:T\\d+")), f.ann());
    assertTrue(f.ann().lines().anyMatch(l -> l.matches("A\\d+\tStance T\\d+ SUPPORT")), f.ann());
    assertEquals(d, Brat.read("jp-cl", f.txt(), f.ann()));
  }

  @Test
  void brokenLinesNameTheFileAndLine() {
    CorpusFormatException e = assertThrows(CorpusFormatException.class, () -> Brat.read("x", "text", "T1\tPERSON zero 4\ttext\n"));
    assertTrue(e.getMessage().startsWith("x.ann:1: "), e.getMessage());
  }

  @Test
  void theConfigurationDeclaresOurLabels() {
    String conf = Brat.annotationConf();
    assertTrue(conf.contains("Stance\tArg:Cue, Value:SUPPORT|OPPOSE|NEUTRAL"));
    assertTrue(conf.contains("\nGPE\n"));
  }
}
