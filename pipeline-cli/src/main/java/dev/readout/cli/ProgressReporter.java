package dev.readout.cli;

import dev.readout.corpus.BatchProcessor;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * Progress of a batch on stderr: a bar redrawn in place on a terminal, a plain line every so often
 * otherwise, nothing when quiet. Failure lines go above the bar.
 */
final class ProgressReporter {
  private static final long BAR_EVERY_NANOS = 200_000_000L;
  private static final long LINE_EVERY_NANOS = 10_000_000_000L;
  private static final int BAR_WIDTH = 24;

  private final PrintWriter err;
  private final boolean terminal;
  private final boolean quiet;
  private long lastNanos; // 0: no progress heard yet
  private int barLength;

  ProgressReporter(PrintWriter err, boolean terminal, boolean quiet) {
    this.err = err;
    this.terminal = terminal;
    this.quiet = quiet;
  }

  void progress(BatchProcessor.Progress p) {
    long now = System.nanoTime();
    if (lastNanos == 0 && !terminal) {
      lastNanos = now; // the first plain line comes after one interval of the batch, not of loading models
    }
    if (quiet || (lastNanos != 0 && now - lastNanos < (terminal ? BAR_EVERY_NANOS : LINE_EVERY_NANOS))) {
      return;
    }
    lastNanos = now;
    if (terminal) {
      String bar = "\r" + bar(p);
      err.print(bar + " ".repeat(Math.max(0, barLength - bar.length())));
      barLength = bar.length();
      err.flush();
    } else {
      err.println("readout: " + status(p));
    }
  }

  /** A line of its own (a failure), above the bar. */
  void line(String text) {
    if (!quiet) {
      clearBar();
      err.println(text);
    }
  }

  /** The last word, unless quiet. */
  void summary(String text) {
    line(text);
  }

  private void clearBar() {
    if (barLength > 0) {
      err.print("\r" + " ".repeat(barLength) + "\r");
      barLength = 0;
    }
  }

  static String bar(BatchProcessor.Progress p) {
    StringBuilder b = new StringBuilder();
    if (p.total() > 0) {
      int filled = (int) Math.min(BAR_WIDTH, BAR_WIDTH * p.done() / p.total());
      b.append('[').append("#".repeat(filled)).append(".".repeat(BAR_WIDTH - filled)).append("] ");
    }
    return b.append(status(p)).toString();
  }

  static String status(BatchProcessor.Progress p) {
    StringBuilder b = new StringBuilder();
    b.append(p.done());
    if (p.total() >= 0) {
      b.append('/').append(p.total()).append(" documents (")
          .append(p.total() == 0 ? 100 : 100 * p.done() / p.total()).append("%)");
    } else {
      b.append(" documents");
    }
    if (p.failed() > 0) {
      b.append(", ").append(p.failed()).append(" failed");
    }
    double rate = p.docsPerSecond();
    b.append(String.format(Locale.ROOT, rate < 1 ? ", %.2f docs/s" : ", %.1f docs/s", rate));
    p.etaSeconds().ifPresent(s -> b.append(", ETA ").append(duration(s)));
    return b.toString();
  }

  static String duration(double seconds) {
    long s = Math.round(seconds);
    return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
        : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
  }
}
