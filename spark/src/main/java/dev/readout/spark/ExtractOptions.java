package dev.readout.spark;

import dev.readout.corpus.DocumentReader;
import dev.readout.corpus.PipelineSpec;
import java.io.Serializable;
import java.time.Duration;
import java.util.Objects;

/**
 * How {@link ReadoutSpark#extract} runs, as plain serialisable values that travel to the executors with the tasks.
 *
 * @param pipeline the pipeline each executor JVM builds once
 * @param maxDocChars a longer document is a "too-large" error
 * @param docTimeout a document still running after this long is a "timeout" error
 * @param dieOnceAt a test hook: the first attempt of the task that reaches the document of this id dies there (the
 *     retry goes on); null (always, outside tests) for none
 */
public record ExtractOptions(PipelineSpec pipeline, int maxDocChars, Duration docTimeout, String dieOnceAt) implements Serializable {
  public ExtractOptions {
    Objects.requireNonNull(pipeline, "pipeline");
    Objects.requireNonNull(docTimeout, "docTimeout");
    if (maxDocChars < 1) {
      throw new IllegalArgumentException("--max-doc-chars must be at least 1, not " + maxDocChars);
    }
    if (docTimeout.isNegative() || docTimeout.isZero()) {
      throw new IllegalArgumentException("--doc-timeout must be a positive number of seconds, not " + docTimeout);
    }
  }

  /** The profile's default pipeline, the command line's limits (1,000,000 characters, 120 s). */
  public static ExtractOptions of(String profile) {
    return new ExtractOptions(PipelineSpec.of(profile), DocumentReader.DEFAULT_MAX_DOC_CHARS, Duration.ofSeconds(120), null);
  }

  public ExtractOptions withPipeline(PipelineSpec spec) {
    return new ExtractOptions(spec, maxDocChars, docTimeout, dieOnceAt);
  }

  public ExtractOptions withMaxDocChars(int n) {
    return new ExtractOptions(pipeline, n, docTimeout, dieOnceAt);
  }

  public ExtractOptions withDocTimeout(Duration d) {
    return new ExtractOptions(pipeline, maxDocChars, d, dieOnceAt);
  }

  /** Test hook: the first attempt of the task that reaches this document dies there. */
  public ExtractOptions dyingOnceAt(String documentId) {
    return new ExtractOptions(pipeline, maxDocChars, docTimeout, documentId);
  }
}
