package dev.readout.corpus;

import dev.readout.pipeline.Pipeline;

/** One accurate pipeline per test JVM: CoreNLP's models load once. */
final class SharedPipeline {
  private SharedPipeline() {}

  private static final class Holder {
    static final Pipeline PIPELINE = Pipeline.builder().build();
  }

  static Pipeline get() {
    return Holder.PIPELINE;
  }
}
