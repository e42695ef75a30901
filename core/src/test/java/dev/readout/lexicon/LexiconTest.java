package dev.readout.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readout.model.EntityType;
import dev.readout.model.Stance;
import java.util.List;
import org.junit.jupiter.api.Test;

class LexiconTest {
  private static final Lexicon LEX = Lexicon.loadDefault();

  @Test
  void cuesCarryTheirPolarityAndLongestPhraseComesFirst() {
    assertEquals(Stance.SUPPORT, LEX.cuesWithHead("welcome").get(0).polarity().orElseThrow());
    assertEquals(Stance.OPPOSE, LEX.cuesWithHead("condemn").get(0).polarity().orElseThrow());
    assertEquals(Stance.NEUTRAL, LEX.cuesWithHead("touch").get(0).polarity().orElseThrow());
    assertTrue(LEX.cuesWithHead("say").get(0).polarity().isEmpty());
    assertEquals(List.of("call", "for"), LEX.cuesWithHead("call").get(0).lemmas());
    assertTrue(LEX.cuesWithHead("address").get(0).weak());
    assertFalse(LEX.cuesWithHead("discuss").get(0).weak());
  }

  @Test
  void gazetteerMatchesNamesExactlyAndTitlesInAnyCase() {
    Gazetteer g = LEX.gazetteer();
    List<Gazetteer.Match> m = g.match(List.of("the", "United", "States", "and", "the", "prime", "minister", "of", "Japan"));
    assertEquals(3, m.size());
    assertEquals(EntityType.GPE, m.get(0).entry().type());
    assertEquals("United States", m.get(0).entry().canonical());
    assertEquals(EntityType.TITLE, m.get(1).entry().type());
    assertEquals("Japan", m.get(2).entry().canonical());
    assertTrue(g.match(List.of("let", "us", "go")).isEmpty(), "\"us\" is not the U.S.");
    assertEquals("Japan", g.countryOf("Japanese").orElseThrow());
    assertTrue(g.isHonorific("H.E."));
    assertEquals("United States", g.lookup("U.S.").orElseThrow().canonical());
  }

  @Test
  void missingResourceNamesTheResource() {
    ModelLoadException e = assertThrows(ModelLoadException.class, () -> Resources.rows("dev/readout/models/nope.tsv", 2));
    assertTrue(e.getMessage().contains("dev/readout/models/nope.tsv"), e.getMessage());
  }

  @Test
  void shortRowNamesTheResourceAndLine() {
    ModelLoadException e = assertThrows(ModelLoadException.class, () -> Resources.rows(Lexicon.LEXICON_DIR + "negation.txt", 2));
    assertTrue(e.getMessage().matches(".*negation.txt:\\d+: expected 2.*"), e.getMessage());
  }
}
