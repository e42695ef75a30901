package dev.readout.pipeline;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Wall time spent in each stage, summed over the documents analysed with it ({@link Pipeline#analyze(String, String,
 * Map, StageTimes)}), with the number of statements the documents gave: what {@code bench} divides to report a
 * stage's cost per statement. Thread-safe: many documents may add to one at once.
 */
public final class StageTimes {
  private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();
  private final LongAdder statements = new LongAdder();
  private final LongAdder documents = new LongAdder();

  void add(String stage, long elapsedNanos) {
    nanos.computeIfAbsent(stage, k -> new LongAdder()).add(elapsedNanos);
  }

  void document(int statementCount) {
    documents.increment();
    statements.add(statementCount);
  }

  /** Seconds spent in each stage so far, by stage name. */
  public Map<String, Double> seconds() {
    Map<String, Double> out = new TreeMap<>();
    nanos.forEach((k, v) -> out.put(k, v.sum() / 1e9));
    return out;
  }

  /** Seconds spent in one stage (0 when it never ran). */
  public double seconds(String stage) {
    LongAdder a = nanos.get(stage);
    return a == null ? 0 : a.sum() / 1e9;
  }

  /** Seconds spent in every stage together. */
  public double totalSeconds() {
    return nanos.values().stream().mapToLong(LongAdder::sum).sum() / 1e9;
  }

  public long statements() {
    return statements.sum();
  }

  public long documents() {
    return documents.sum();
  }
}
