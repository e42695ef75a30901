package dev.readout.backend.onnx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The shipped encoder, loaded from the Maven artifact on the classpath: the vectors LangChain4j's own
 * {@code AllMiniLmL6V2QuantizedEmbeddingModel} (1.19.0-beta29) gives for the same texts, whose first, second,
 * third and last components are written here, so our tokenizer and pooling are checked against theirs.
 */
class MiniLmEncoderIT {
  private static final MiniLmEncoder ENCODER = MiniLmEncoder.loadDefault();

  private static void assertStartsAndEnds(String text, double... expected) {
    float[] v = ENCODER.encode(text);
    assertEquals(384, v.length);
    assertEquals(expected[0], v[0], 1e-4, text);
    assertEquals(expected[1], v[1], 1e-4, text);
    assertEquals(expected[2], v[2], 1e-4, text);
    assertEquals(expected[3], v[383], 1e-4, text);
  }

  @Test
  void givesTheVectorsOfTheReferenceImplementation() {
    assertStartsAndEnds("The two leaders discussed the situation in Ukraine.", -0.007145, 0.044990, -0.035616, -0.031505);
    assertStartsAndEnds("condemned [Russia's war] in Ukraine", -0.024441, 0.113265, -0.049741, -0.083329);
  }

  @Test
  void vectorsHaveUnitLengthAndSayWhatIsNear() {
    float[] a = ENCODER.encode("welcomed the ceasefire agreement");
    float[] b = ENCODER.encode("welcomed the truce deal");
    float[] c = ENCODER.encode("discussed fisheries quotas");
    assertEquals(1.0, dot(a, a), 1e-5);
    assertTrue(dot(a, b) > dot(a, c), dot(a, b) + " vs " + dot(a, c));
    assertTrue(ENCODER.id().startsWith("all-minilm-l6-v2-q@"), ENCODER.id());
  }

  @Test
  void aTextLongerThanTheLimitIsCutNotRefused() {
    assertEquals(384, ENCODER.encode("peace ".repeat(2000)).length);
    assertEquals(384, ENCODER.encode("").length);
  }

  private static double dot(float[] x, float[] y) {
    double s = 0;
    for (int i = 0; i < x.length; i++) {
      s += x[i] * y[i];
    }
    return s;
  }
}
