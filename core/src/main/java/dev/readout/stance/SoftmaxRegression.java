package dev.readout.stance;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Multinomial logistic regression with an L2 penalty on the weights (not on the biases), over standardised
 * features (each feature's training mean and spread are kept with the weights). Trained by full-batch gradient
 * descent with Adam steps from zero weights, so the same data and settings give the same model. Immutable and
 * thread-safe once trained or read.
 */
public final class SoftmaxRegression {
  private static final double STEP = 0.05;
  private static final double BETA1 = 0.9;
  private static final double BETA2 = 0.999;
  private static final double EPS = 1e-8;

  private final List<String> labels;
  private final double[] mean;
  private final double[] scale;
  private final double[][] weights;
  private final double[] bias;

  private SoftmaxRegression(List<String> labels, double[] mean, double[] scale, double[][] weights, double[] bias) {
    this.labels = List.copyOf(labels);
    this.mean = mean;
    this.scale = scale;
    this.weights = weights;
    this.bias = bias;
  }

  /** The class labels, in the order of {@link #probabilities}. */
  public List<String> labels() {
    return labels;
  }

  public int dimension() {
    return mean.length;
  }

  /**
   * Trains on examples {@code x} (all of one length) with class indices {@code y} into {@code labels}.
   *
   * @param l2 the penalty: the loss is the mean cross-entropy plus l2/2 times the squared weights
   */
  public static SoftmaxRegression train(List<double[]> x, List<Integer> y, List<String> labels, double l2, int iterations) {
    Objects.requireNonNull(labels, "labels");
    if (x.isEmpty() || x.size() != y.size()) {
      throw new IllegalArgumentException("need as many labels as examples, and some examples");
    }
    int n = x.size();
    int d = x.get(0).length;
    int k = labels.size();
    double[] mean = new double[d];
    double[] scale = new double[d];
    for (double[] v : x) {
      if (v.length != d) {
        throw new IllegalArgumentException("examples of different lengths: " + v.length + " and " + d);
      }
      for (int j = 0; j < d; j++) {
        mean[j] += v[j] / n;
      }
    }
    for (double[] v : x) {
      for (int j = 0; j < d; j++) {
        scale[j] += (v[j] - mean[j]) * (v[j] - mean[j]) / n;
      }
    }
    for (int j = 0; j < d; j++) {
      scale[j] = Math.sqrt(scale[j]) < 1e-6 ? 1 : Math.sqrt(scale[j]);
    }
    double[][] z = new double[n][];
    for (int i = 0; i < n; i++) {
      z[i] = standardize(x.get(i), mean, scale);
    }
    double[][] w = new double[k][d];
    double[] b = new double[k];
    double[][] mw = new double[k][d];
    double[][] vw = new double[k][d];
    double[] mb = new double[k];
    double[] vb = new double[k];
    double[][] gw = new double[k][d];
    double[] gb = new double[k];
    double[] p = new double[k];
    for (int it = 1; it <= iterations; it++) {
      for (double[] row : gw) {
        java.util.Arrays.fill(row, 0);
      }
      java.util.Arrays.fill(gb, 0);
      for (int i = 0; i < n; i++) {
        softmax(w, b, z[i], p);
        int yi = y.get(i);
        for (int c = 0; c < k; c++) {
          double err = (p[c] - (c == yi ? 1 : 0)) / n;
          gb[c] += err;
          double[] g = gw[c];
          double[] zi = z[i];
          for (int j = 0; j < d; j++) {
            g[j] += err * zi[j];
          }
        }
      }
      double c1 = 1 - Math.pow(BETA1, it);
      double c2 = 1 - Math.pow(BETA2, it);
      for (int c = 0; c < k; c++) {
        for (int j = 0; j < d; j++) {
          double g = gw[c][j] + l2 * w[c][j];
          mw[c][j] = BETA1 * mw[c][j] + (1 - BETA1) * g;
          vw[c][j] = BETA2 * vw[c][j] + (1 - BETA2) * g * g;
          w[c][j] -= STEP * (mw[c][j] / c1) / (Math.sqrt(vw[c][j] / c2) + EPS);
        }
        mb[c] = BETA1 * mb[c] + (1 - BETA1) * gb[c];
        vb[c] = BETA2 * vb[c] + (1 - BETA2) * gb[c] * gb[c];
        b[c] -= STEP * (mb[c] / c1) / (Math.sqrt(vb[c] / c2) + EPS);
      }
    }
    return new SoftmaxRegression(labels, mean, scale, w, b);
  }

  /** The probability of each label, in the order of {@link #labels}. */
  public double[] probabilities(double[] x) {
    if (x.length != mean.length) {
      throw new IllegalArgumentException("a vector of " + x.length + " features; the model takes " + mean.length);
    }
    double[] p = new double[labels.size()];
    softmax(weights, bias, standardize(x, mean, scale), p);
    return p;
  }

  private static double[] standardize(double[] x, double[] mean, double[] scale) {
    double[] z = new double[x.length];
    for (int j = 0; j < x.length; j++) {
      z[j] = (x[j] - mean[j]) / scale[j];
    }
    return z;
  }

  private static void softmax(double[][] w, double[] b, double[] z, double[] p) {
    double max = Double.NEGATIVE_INFINITY;
    for (int c = 0; c < w.length; c++) {
      double s = b[c];
      double[] wc = w[c];
      for (int j = 0; j < z.length; j++) {
        s += wc[j] * z[j];
      }
      p[c] = s;
      max = Math.max(max, s);
    }
    double sum = 0;
    for (int c = 0; c < p.length; c++) {
      p[c] = Math.exp(p[c] - max);
      sum += p[c];
    }
    for (int c = 0; c < p.length; c++) {
      p[c] /= sum;
    }
  }

  private static final int MAGIC = 0x52534d31; // "RSM1"

  /** Writes labels, standardisation and weights; {@link #read} reads them back equal. */
  public void write(DataOutputStream out) throws IOException {
    out.writeInt(MAGIC);
    out.writeInt(labels.size());
    for (String l : labels) {
      out.writeUTF(l);
    }
    out.writeInt(mean.length);
    for (int j = 0; j < mean.length; j++) {
      out.writeDouble(mean[j]);
      out.writeDouble(scale[j]);
    }
    for (int c = 0; c < labels.size(); c++) {
      out.writeDouble(bias[c]);
      for (double v : weights[c]) {
        out.writeDouble(v);
      }
    }
  }

  public static SoftmaxRegression read(DataInputStream in) throws IOException {
    if (in.readInt() != MAGIC) {
      throw new IOException("not a softmax regression model");
    }
    int k = in.readInt();
    if (k < 2 || k > 1000) {
      throw new IOException("implausible number of classes: " + k);
    }
    List<String> labels = new ArrayList<>();
    for (int c = 0; c < k; c++) {
      labels.add(in.readUTF());
    }
    int d = in.readInt();
    if (d < 1 || d > 1_000_000) {
      throw new IOException("implausible number of features: " + d);
    }
    double[] mean = new double[d];
    double[] scale = new double[d];
    for (int j = 0; j < d; j++) {
      mean[j] = in.readDouble();
      scale[j] = in.readDouble();
    }
    double[][] w = new double[k][d];
    double[] b = new double[k];
    for (int c = 0; c < k; c++) {
      b[c] = in.readDouble();
      for (int j = 0; j < d; j++) {
        w[c][j] = in.readDouble();
      }
    }
    return new SoftmaxRegression(labels, mean, scale, w, b);
  }
}
