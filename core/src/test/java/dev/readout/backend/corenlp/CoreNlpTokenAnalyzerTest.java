package dev.readout.backend.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readout.lexicon.ModelLoadException;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The configuration check, which runs before any model loads. */
class CoreNlpTokenAnalyzerTest {
  @Test
  void theDefaultAnnotatorsAreTakenInOrder() {
    assertEquals(List.of("tokenize", "ssplit", "pos", "lemma", "ner", "depparse"),
        CoreNlpTokenAnalyzer.annotators(CoreNlpTokenAnalyzer.defaultProperties().getProperty("annotators")));
    assertEquals(List.of("tokenize", "ssplit", "pos"), CoreNlpTokenAnalyzer.annotators(" tokenize , ssplit,pos "));
    assertEquals(List.of("tokenize"), CoreNlpTokenAnalyzer.annotators("tokenize"));
  }

  @Test
  void anAnnotatorItCannotRunIsRefusedByName() {
    ModelLoadException e = assertThrows(ModelLoadException.class,
        () -> CoreNlpTokenAnalyzer.annotators("tokenize,ssplit,pos,lemma,ner,parse"));
    assertTrue(e.getMessage().contains("'parse' is not one of"), e.getMessage());
  }

  @Test
  void annotatorsOutOfOrderOrWithoutTheTaggerAreRefused() {
    assertTrue(assertThrows(ModelLoadException.class, () -> CoreNlpTokenAnalyzer.annotators("tokenize,pos,ssplit"))
        .getMessage().contains("'ssplit' is out of order"));
    assertTrue(assertThrows(ModelLoadException.class, () -> CoreNlpTokenAnalyzer.annotators("ssplit,pos"))
        .getMessage().contains("the first must be 'tokenize'"));
    assertTrue(assertThrows(ModelLoadException.class, () -> CoreNlpTokenAnalyzer.annotators("tokenize,ssplit,depparse"))
        .getMessage().contains("need 'pos'"));
    assertThrows(ModelLoadException.class, () -> CoreNlpTokenAnalyzer.annotators("tokenize,tokenize"));
  }

  @Test
  void theConstructorRefusesABadConfiguration() {
    Properties p = CoreNlpTokenAnalyzer.defaultProperties();
    p.setProperty("annotators", "tokenize,ssplit,pos,coref");
    assertTrue(assertThrows(ModelLoadException.class, () -> new CoreNlpTokenAnalyzer(p)).getMessage().contains("'coref'"));
  }
}
