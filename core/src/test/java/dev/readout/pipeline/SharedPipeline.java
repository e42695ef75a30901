package dev.readout.pipeline;

/** One accurate and one fast pipeline per test JVM: CoreNLP's models load once. */
public final class SharedPipeline {
  private SharedPipeline() {}

  private static final class Holder {
    static final Pipeline PIPELINE = Pipeline.builder().build();
  }

  private static final class FastHolder {
    static final Pipeline PIPELINE = Pipeline.builder().profile(Profile.FAST).build();
  }

  public static Pipeline fast() {
    return FastHolder.PIPELINE;
  }

  public static Pipeline get() {
    return Holder.PIPELINE;
  }
}
