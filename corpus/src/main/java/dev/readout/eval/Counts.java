package dev.readout.eval;

/** True positives, false positives and false negatives, and the figures they give. Mutable. */
public final class Counts {
  int tp;
  int fp;
  int fn;

  public Counts() {}

  public Counts(int tp, int fp, int fn) {
    this.tp = tp;
    this.fp = fp;
    this.fn = fn;
  }

  void add(Counts o) {
    tp += o.tp;
    fp += o.fp;
    fn += o.fn;
  }

  public int tp() {
    return tp;
  }

  public int fp() {
    return fp;
  }

  public int fn() {
    return fn;
  }

  public double precision() {
    return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
  }

  public double recall() {
    return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
  }

  public double f1() {
    return StatementScore.f1(precision(), recall());
  }
}
