package dev.readout.stance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Multinomial logistic regression on made-up points. */
class SoftmaxRegressionTest {
  private static final List<String> LABELS = List.of("A", "B", "C");

  /** Three clusters around (5,0,0), (0,5,0) and (0,0,5), with a constant fourth feature. */
  private static List<double[]> points(List<Integer> labels, int n, long seed) {
    Random r = new Random(seed);
    List<double[]> x = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int c = i % 3;
      double[] v = {r.nextGaussian(), r.nextGaussian(), r.nextGaussian(), 1};
      v[c] += 5;
      x.add(v);
      labels.add(c);
    }
    return x;
  }

  private static int argmax(double[] p) {
    int best = 0;
    for (int k = 1; k < p.length; k++) {
      best = p[k] > p[best] ? k : best;
    }
    return best;
  }

  @Test
  void learnsSeparableClassesAndSumsToOne() {
    List<Integer> y = new ArrayList<>();
    SoftmaxRegression m = SoftmaxRegression.train(points(y, 90, 1), y, LABELS, 0.01, 200);
    List<Integer> testY = new ArrayList<>();
    List<double[]> test = points(testY, 30, 2);
    int right = 0;
    for (int i = 0; i < test.size(); i++) {
      double[] p = m.probabilities(test.get(i));
      assertEquals(1.0, p[0] + p[1] + p[2], 1e-9);
      right += argmax(p) == testY.get(i) ? 1 : 0;
    }
    assertTrue(right >= 29, "right: " + right);
  }

  @Test
  void aStrongerPenaltyGivesLessConfidentAnswers() {
    List<Integer> y = new ArrayList<>();
    List<double[]> x = points(y, 90, 1);
    double[] loose = SoftmaxRegression.train(x, y, LABELS, 0.001, 200).probabilities(x.get(0));
    double[] tight = SoftmaxRegression.train(x, y, LABELS, 10, 200).probabilities(x.get(0));
    assertTrue(tight[y.get(0)] < loose[y.get(0)], tight[y.get(0)] + " vs " + loose[y.get(0)]);
  }

  @Test
  void writesAndReadsBackTheSameModel() throws Exception {
    List<Integer> y = new ArrayList<>();
    List<double[]> x = points(y, 30, 3);
    SoftmaxRegression m = SoftmaxRegression.train(x, y, LABELS, 0.01, 50);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    m.write(new DataOutputStream(bytes));
    SoftmaxRegression back = SoftmaxRegression.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
    assertEquals(LABELS, back.labels());
    for (double[] v : x) {
      assertArrayEquals(m.probabilities(v), back.probabilities(v), 0);
    }
    ByteArrayOutputStream again = new ByteArrayOutputStream();
    SoftmaxRegression.train(x, y, LABELS, 0.01, 50).write(new DataOutputStream(again));
    assertArrayEquals(bytes.toByteArray(), again.toByteArray(), "the same data and settings give the same bytes");
  }

  @Test
  void refusesVectorsOfAnotherLengthAndOtherFiles() {
    List<Integer> y = new ArrayList<>();
    SoftmaxRegression m = SoftmaxRegression.train(points(y, 9, 4), y, LABELS, 0.01, 5);
    assertThrows(IllegalArgumentException.class, () -> m.probabilities(new double[3]));
    assertThrows(java.io.IOException.class,
        () -> SoftmaxRegression.read(new DataInputStream(new ByteArrayInputStream(new byte[] {1, 2, 3, 4, 5, 6, 7, 8}))));
  }
}
