package dev.readout.spark;

import dev.readout.aggregate.IssueHead;
import dev.readout.corpus.PipelineSpec;
import dev.readout.pipeline.Pipeline;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One pipeline per executor JVM and spec, built by the first task that needs it and shared by every later task of
 * that JVM (a pipeline is immutable and thread-safe; the accurate profile takes seconds and 600 MB to load, so it is
 * loaded once, not per task or partition); likewise the lexicon the statements table reads targets with. These are
 * the static caches of Readout: a Spark task has no other place that outlives it within its JVM.
 */
final class Pipelines {
  private static final Map<PipelineSpec, Pipeline> BUILT = new ConcurrentHashMap<>();

  private Pipelines() {}

  static Pipeline of(PipelineSpec spec) {
    return BUILT.computeIfAbsent(spec, PipelineSpec::build);
  }

  /** The stance table's head phrases (the lexicon, loaded once per JVM like the pipeline's), for the statements table. */
  static IssueHead issueHeads() {
    return Heads.HEADS;
  }

  private static final class Heads {
    static final IssueHead HEADS = IssueHead.bundled();
  }
}
