package dev.readout.corpus;

import dev.readout.pipeline.Pipeline;

/** The per-JVM shared pipeline, for tests in other packages. */
public final class SharedPipelineAccess {
  private SharedPipelineAccess() {}

  public static Pipeline get() {
    return SharedPipeline.get();
  }
}
