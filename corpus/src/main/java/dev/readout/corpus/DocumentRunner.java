package dev.readout.corpus;

import dev.readout.model.AnalyzedDocument;
import dev.readout.pipeline.Pipeline;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Analyses documents one at a time, each with a time limit, for a caller that brings its own parallelism (a Spark
 * task): a document ends as a result or as the same problem {@link BatchProcessor} would report ("stage" when a
 * stage fails, "timeout" when it runs too long). A document that times out is interrupted and abandoned on its
 * thread, and the next one gets a fresh thread. Not thread-safe: one runner per calling thread; close it to stop
 * its thread.
 */
public final class DocumentRunner implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(DocumentRunner.class);

  /** What became of one document: exactly one of {@code document} and {@code problem} is set. */
  public record Outcome(InputDocument input, AnalyzedDocument document, InputProblem problem) {
    public Outcome {
      Objects.requireNonNull(input, "input");
      if ((document == null) == (problem == null)) {
        throw new IllegalArgumentException("an outcome is a document or a problem");
      }
    }
  }

  private final Pipeline pipeline;
  private final Duration timeout;
  private ExecutorService thread = newThread();

  public DocumentRunner(Pipeline pipeline, Duration timeout) {
    this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
    this.timeout = Objects.requireNonNull(timeout, "timeout");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive, not " + timeout);
    }
  }

  /** Analyses one document, waiting at most the timeout for it. */
  public Outcome analyze(InputDocument input) {
    Future<AnalyzedDocument> f = thread.submit(() -> pipeline.analyze(input.id(), input.text(), input.meta()));
    try {
      return new Outcome(input, f.get(timeout.toNanos(), TimeUnit.NANOSECONDS), null);
    } catch (ExecutionException e) {
      return new Outcome(input, null, BatchProcessor.failed(input, e.getCause()));
    } catch (TimeoutException e) {
      f.cancel(true);
      thread.shutdownNow(); // the abandoned document may run on; the next one must not wait behind it
      thread = newThread();
      LOG.warn("{}: abandoned after {}", input.source(), timeout);
      return new Outcome(input, null, BatchProcessor.timedOut(input, timeout));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      f.cancel(true);
      throw new IllegalStateException("interrupted while analysing " + input.source(), e);
    }
  }

  @Override
  public void close() {
    thread.shutdownNow();
  }

  private static ExecutorService newThread() {
    return Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "readout-document");
      t.setDaemon(true); // an abandoned document never keeps the JVM alive
      return t;
    });
  }
}
