package dev.readout.server;

import dev.readout.model.AnalyzedDocument;
import dev.readout.pipeline.Pipeline;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Analyses documents for the server with one shared pipeline: at most {@code threads} at once, at most {@code queue}
 * more waiting, each given {@code timeout} from the moment it is admitted. A document over the timeout is interrupted
 * and abandoned: its caller hears {@link Outcome.TimedOut} at once and its place goes to the next document, so the
 * server keeps its full width even if the abandoned one runs on (the pipeline stops it at its next check, between
 * stages or sentences). An abandoned document keeps its admission until it really ends, so however many time out,
 * no more than {@code threads + queue} documents are ever held in memory; past that a caller hears
 * {@link Outcome.Busy} at once. Thread-safe.
 */
public final class AnalysisPool implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(AnalysisPool.class);

  /** What became of one document. */
  public sealed interface Outcome {
    /** Analysed. */
    record Done(AnalyzedDocument document) implements Outcome {}

    /** Every thread busy and the queue full: nothing was done. */
    record Busy() implements Outcome {}

    /** Still waiting or running at the timeout: abandoned. */
    record TimedOut(Duration timeout) implements Outcome {}

    /** A stage failed on this document (the message names the document and stage). */
    record Failed(String message) implements Outcome {}
  }

  private final Pipeline pipeline;
  private final Duration timeout;
  private final int capacity;
  private final Semaphore running;
  private final AtomicInteger admitted = new AtomicInteger();
  private final ExecutorService workers;

  /**
   * @param threads documents analysed at once
   * @param queue documents that may wait for a thread beyond those
   * @param timeout from admission to result
   */
  public AnalysisPool(Pipeline pipeline, int threads, int queue, Duration timeout) {
    this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
    this.timeout = Objects.requireNonNull(timeout, "timeout");
    if (threads < 1 || queue < 0) {
      throw new IllegalArgumentException("threads must be at least 1 and queue at least 0, not " + threads + " and " + queue);
    }
    this.capacity = threads + queue;
    this.running = new Semaphore(threads, true);
    AtomicInteger n = new AtomicInteger();
    this.workers = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "readout-analysis-" + n.incrementAndGet());
      t.setDaemon(true); // an abandoned document never keeps the JVM alive
      return t;
    });
  }

  /** Documents admitted and not yet ended, abandoned ones included. */
  public int admitted() {
    return admitted.get();
  }

  /** Analyses one document on the calling thread's behalf, waiting at most the timeout. */
  public Outcome analyze(String id, String text, Map<String, Object> meta) {
    if (admitted.incrementAndGet() > capacity) {
      admitted.decrementAndGet();
      return new Outcome.Busy();
    }
    long deadline = System.nanoTime() + timeout.toNanos();
    Job job = new Job(id, text, meta);
    boolean handedOver = false;
    try {
      if (!running.tryAcquire(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
        return new Outcome.TimedOut(timeout);
      }
      try {
        workers.execute(job);
        handedOver = true;
        return new Outcome.Done(job.result.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS));
      } catch (TimeoutException e) {
        job.abandon();
        LOG.warn("{}: abandoned after {} s", id, timeout.toMillis() / 1000.0);
        return new Outcome.TimedOut(timeout);
      } catch (ExecutionException e) {
        Throwable cause = e.getCause();
        return new Outcome.Failed(cause.getMessage() != null ? cause.getMessage().lines().findFirst().orElse("") : cause.toString());
      } catch (RejectedExecutionException e) {
        return new Outcome.Busy();
      } finally {
        running.release();
      }
    } catch (InterruptedException e) {
      job.abandon();
      Thread.currentThread().interrupt();
      return new Outcome.TimedOut(timeout);
    } finally {
      if (!handedOver) {
        admitted.decrementAndGet();
      }
    }
  }

  /** One document on a worker thread; its admission ends when the thread is done with it, abandoned or not. */
  private final class Job implements Runnable {
    final CompletableFuture<AnalyzedDocument> result = new CompletableFuture<>();
    private final String id;
    private final String text;
    private final Map<String, Object> meta;
    private Thread runner; // guarded by this
    private boolean abandoned; // guarded by this

    Job(String id, String text, Map<String, Object> meta) {
      this.id = id;
      this.text = text;
      this.meta = meta;
    }

    @Override
    public void run() {
      synchronized (this) {
        if (abandoned) {
          admitted.decrementAndGet();
          return;
        }
        runner = Thread.currentThread();
      }
      try {
        result.complete(pipeline.analyze(id, text, meta));
      } catch (RuntimeException | Error e) {
        result.completeExceptionally(e);
      } finally {
        synchronized (this) {
          runner = null;
        }
        Thread.interrupted(); // an interrupt meant for this document must not reach the thread's next one
        admitted.decrementAndGet();
      }
    }

    /** Interrupts the document if it runs, and keeps it from starting if it has not. */
    synchronized void abandon() {
      abandoned = true;
      if (runner != null) {
        runner.interrupt();
      }
    }
  }

  /** Stops the threads; documents still running are interrupted. */
  @Override
  public void close() {
    workers.shutdownNow();
  }
}
