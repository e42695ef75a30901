package dev.readout.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readout.model.AnalyzedDocument;
import dev.readout.model.Sentence;
import dev.readout.model.Warning;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A sentence of thousands of tokens (a long list with no full stop) is analysed in pieces, with a warning. */
class LongSentenceIT {
  static String longList(int words, long seed) {
    String[] w = {"security", "cooperation", "trade", "energy", "climate", "the", "region", "partners", "maritime", "development",
        "stability", "and", "of", "peace", "economic", "Japan", "Kenya", "Chile"};
    Random r = new Random(seed);
    StringBuilder b = new StringBuilder("Foreign Minister Ana Lima said that the two sides discussed");
    for (int n = 9; n < words; n++) {
      b.append(' ').append(w[r.nextInt(w.length)]).append(r.nextInt(5) == 0 ? "," : "");
    }
    return b.toString();
  }

  @Test
  void bothProfilesCutItRecordAWarningAndFindTheStatement() {
    String text = longList(2500, 1) + "\n\nPrime Minister Jon Dahl welcomed the agreement.";
    for (Pipeline p : List.of(SharedPipeline.get(), SharedPipeline.fast())) {
      AnalyzedDocument doc = p.analyze("long", text);
      String profile = p.models().get("profile");
      assertEquals(1, doc.warnings().size(), profile);
      Warning w = doc.warnings().get(0);
      assertEquals(Warning.LONG_SENTENCE, w.kind());
      assertEquals(0, w.begin());
      assertTrue(w.message().contains("over the limit of " + Pipeline.DEFAULT_MAX_SENTENCE_TOKENS), w.message());
      List<Sentence> pieces = doc.sentences().stream().filter(s -> s.end() <= w.end()).toList();
      assertTrue(pieces.size() >= 5, profile + ": " + pieces.size() + " pieces");
      assertTrue(pieces.stream().allMatch(s -> s.tokens().size() <= Pipeline.DEFAULT_MAX_SENTENCE_TOKENS + 5), profile);
      assertEquals("said", doc.statements().get(0).cue().text(), profile);
      assertEquals("Ana Lima", doc.actor(doc.statements().get(0).speakers().get(0)).orElseThrow().name(), profile);
      assertEquals("welcomed", doc.statements().get(doc.statements().size() - 1).cue().text(), profile + ": the rest of the document");
    }
  }

  @Test
  void theLimitIsTheBuildersAndADocumentWithinItHasNoWarning() {
    Pipeline small = Pipeline.builder().profile(Profile.FAST).maxSentenceTokens(20).build();
    String text = "Foreign Minister Ana Lima said that the two sides discussed trade, energy, climate, security, peace and the region's stability.";
    assertEquals(1, small.analyze("a", text).warnings().size());
    assertEquals(List.of(), SharedPipeline.fast().analyze("a", text).warnings());
  }
}
