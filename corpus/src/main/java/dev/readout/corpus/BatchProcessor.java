package dev.readout.corpus;

import dev.readout.model.AnalyzedDocument;
import dev.readout.pipeline.DocumentException;
import dev.readout.pipeline.Pipeline;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Runs one shared pipeline over many documents on several threads. Documents are read as a stream and at
 * most a few per thread are in flight, so memory does not grow with the corpus; results reach the sink in
 * input order; a document that fails becomes a problem and the batch goes on.
 */
public final class BatchProcessor {
  /** What a batch did. */
  public record Summary(int ok, int failed, long statements, double seconds) {
    public double docsPerSecond() {
      return seconds == 0 ? 0 : ok / seconds;
    }
  }

  private final Pipeline pipeline;
  private final int threads;
  private final int inFlight;

  public BatchProcessor(Pipeline pipeline, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, not " + threads);
    }
    this.pipeline = pipeline;
    this.threads = threads;
    this.inFlight = threads * 4;
  }

  private record Pending(InputDocument input, Future<AnalyzedDocument> result) {}

  public Summary run(List<String> paths, InputStream stdin, Consumer<AnalyzedDocument> sink, Consumer<InputProblem> problems) {
    long start = System.nanoTime();
    int[] ok = {0};
    int[] failed = {0};
    long[] statements = {0};
    Deque<Pending> queue = new ArrayDeque<>();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    Consumer<Pending> finish = p -> {
      try {
        AnalyzedDocument d = p.result().get();
        ok[0]++;
        statements[0] += d.statements().size();
        sink.accept(d);
      } catch (ExecutionException e) {
        failed[0]++;
        Throwable cause = e.getCause();
        String message = cause instanceof DocumentException de ? de.getMessage() : p.input().id() + ": " + cause;
        problems.accept(new InputProblem(p.input().id(), p.input().source(), "stage", message));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
    };
    try {
      new DocumentReader().read(paths, stdin, doc -> {
        queue.addLast(new Pending(doc, pool.submit(() -> pipeline.analyze(doc.id(), doc.text(), doc.meta()))));
        while (queue.size() > inFlight) {
          finish.accept(queue.removeFirst());
        }
      }, p -> {
        while (!queue.isEmpty()) {
          finish.accept(queue.removeFirst()); // keep problems and results in input order
        }
        failed[0]++;
        problems.accept(p);
      });
      while (!queue.isEmpty()) {
        finish.accept(queue.removeFirst());
      }
    } finally {
      pool.shutdownNow();
    }
    return new Summary(ok[0], failed[0], statements[0], (System.nanoTime() - start) / 1e9);
  }
}
