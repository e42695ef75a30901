package dev.readout.pipeline;

/** One accurate pipeline per test JVM: CoreNLP's models load once. */
public final class SharedPipeline {
  private SharedPipeline() {}

  private static final class Holder {
    static final Pipeline PIPELINE = Pipeline.builder().build();
  }

  public static Pipeline get() {
    return Holder.PIPELINE;
  }
}
