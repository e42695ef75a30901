package dev.readout.cli;

import java.util.Random;

/**
 * Work that scales only with the machine, for {@code readout bench}: how far two threads can go on this machine
 * when nothing in our code is shared. Thread-safe: nothing is written but locals.
 */
final class Controls {
  private Controls() {}

  private static int words(String text) {
    return text.isBlank() ? 0 : text.strip().split("\\s+").length;
  }

  /** Integer arithmetic in registers, 50,000 steps per word of the text: no memory traffic at all. */
  static double loop(String text) {
    long x = text.hashCode();
    for (long i = 0, n = 50_000L * words(text); i < n; i++) {
      x = x * 6364136223846793005L + 1442695040888963407L;
      x ^= x >>> 29;
    }
    return x;
  }

  /** A read-only float matrix the size of CoreNLP's parser's hidden layer, multiplied in row blocks. */
  static final class Matrix {
    private static final int BLOCK = 25;
    private final float[][] rows;
    private final float[] vector;

    Matrix(int height, int width, long seed) {
      Random r = new Random(seed);
      rows = new float[height][width];
      for (float[] row : rows) {
        for (int j = 0; j < width; j++) {
          row[j] = r.nextFloat() - 0.5f;
        }
      }
      vector = new float[width];
      for (int j = 0; j < width; j++) {
        vector[j] = r.nextFloat();
      }
    }

    /** One block of rows times the vector per word of the text, moving through the whole matrix. */
    double perWord(String text) {
      double sum = 0;
      int start = Math.floorMod(text.hashCode(), rows.length);
      for (int w = 0, n = words(text); w < n; w++) {
        for (int b = 0; b < BLOCK; b++) {
          float[] row = rows[(start + w * BLOCK + b) % rows.length];
          float dot = 0;
          for (int j = 0; j < row.length; j++) {
            dot += row[j] * vector[j];
          }
          sum += dot;
        }
      }
      return sum;
    }
  }
}
