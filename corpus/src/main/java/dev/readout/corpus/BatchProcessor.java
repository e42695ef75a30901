package dev.readout.corpus;

import dev.readout.model.AnalyzedDocument;
import dev.readout.pipeline.DocumentException;
import dev.readout.pipeline.Pipeline;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one shared pipeline over many documents on several threads. Documents are read as a stream and at
 * most a few per thread are in flight, so memory does not grow with the corpus. Every input ends in
 * exactly one place: a result, a problem (unreadable, too large, a stage failure, a timeout), or skipped
 * because an earlier run already did it ({@link Options#skipIds()}, {@link Options#skipSources()}). The
 * listener hears of them in input order, on the thread that called {@link #run}. A document slower than
 * the timeout is interrupted and abandoned: its thread is replaced so the batch goes on at full width even
 * if the document never returns.
 *
 * <p>Ids are made unique: a document whose id an earlier input already had is analysed as {@code id~2}
 * (then {@code ~3} ...), with its own id kept in meta {@value #ORIGINAL_ID}. The same input gives the same
 * ids every time, which is what resuming relies on.
 */
public final class BatchProcessor {
  private static final Logger LOG = LoggerFactory.getLogger(BatchProcessor.class);
  /** How often the listener hears progress while the batch waits for a document. */
  private static final long TICK_MILLIS = 500;
  /** The meta field that keeps a renamed document's own id. */
  public static final String ORIGINAL_ID = "original_id";

  /**
   * How a batch runs.
   *
   * @param threads documents analysed at once
   * @param maxDocChars a longer document is a "too-large" problem
   * @param docTimeout a document still running after this long is a "timeout" problem
   * @param skipIds ids of documents already done (a previous run's output): skipped
   * @param skipSources sources of problems already reported (a previous run's errors): skipped
   */
  public record Options(int threads, int maxDocChars, Duration docTimeout, Set<String> skipIds, Set<String> skipSources) {
    public static final Duration DEFAULT_DOC_TIMEOUT = Duration.ofSeconds(120);

    public Options {
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be at least 1, not " + threads);
      }
      if (maxDocChars < 1) {
        throw new IllegalArgumentException("maxDocChars must be at least 1, not " + maxDocChars);
      }
      Objects.requireNonNull(docTimeout, "docTimeout");
      if (docTimeout.isNegative() || docTimeout.isZero()) {
        throw new IllegalArgumentException("docTimeout must be positive, not " + docTimeout);
      }
      skipIds = Set.copyOf(skipIds);
      skipSources = Set.copyOf(skipSources);
    }

    /** One thread per core, {@value DocumentReader#DEFAULT_MAX_DOC_CHARS} characters, 120 s, nothing skipped. */
    public static Options defaults() {
      return new Options(Runtime.getRuntime().availableProcessors(), DocumentReader.DEFAULT_MAX_DOC_CHARS,
          DEFAULT_DOC_TIMEOUT, Set.of(), Set.of());
    }

    public Options withThreads(int n) {
      return new Options(n, maxDocChars, docTimeout, skipIds, skipSources);
    }

    public Options withMaxDocChars(int n) {
      return new Options(threads, n, docTimeout, skipIds, skipSources);
    }

    public Options withDocTimeout(Duration d) {
      return new Options(threads, maxDocChars, d, skipIds, skipSources);
    }

    /** Skips what an earlier run of the same batch already wrote: documents by id, problems by source. */
    public Options skipping(Set<String> ids, Set<String> sources) {
      return new Options(threads, maxDocChars, docTimeout, ids, sources);
    }
  }

  /** Hears what happens to each input, in input order, on the thread that runs the batch. */
  public interface Listener {
    void document(InputDocument input, AnalyzedDocument result);

    void problem(InputProblem problem);

    /** Called after each input and every half second while waiting; throttle printing here. */
    default void progress(Progress progress) {}

    /** A document took a new id because an earlier input ({@code firstSource}) had its own; called as it is read. */
    default void renamed(InputDocument document, String originalId, String firstSource) {}
  }

  /**
   * Where a batch stands.
   *
   * @param total the inputs counted ahead (files, JSON lines), or -1 when unknown (standard input)
   * @param seconds since the batch started
   */
  public record Progress(int ok, int failed, int skipped, long statements, long total, double seconds) {
    /** Inputs dealt with so far, skipped ones included. */
    public long done() {
      return (long) ok + failed + skipped;
    }

    /** Documents analysed or failed in this run, per second. */
    public double docsPerSecond() {
      return seconds <= 0 ? 0 : (ok + failed) / seconds;
    }

    /** Seconds left at the current rate, when the total is known and there is a rate. */
    public OptionalDouble etaSeconds() {
      double rate = docsPerSecond();
      return total < 0 || rate <= 0 ? OptionalDouble.empty() : OptionalDouble.of(Math.max(0, total - done()) / rate);
    }
  }

  /** What a batch did: {@code ok + failed + skipped} is the number of inputs. */
  public record Summary(int ok, int failed, int skipped, long statements, double seconds) {
    /** Documents analysed or failed in this run, per second. */
    public double docsPerSecond() {
      return seconds <= 0 ? 0 : (ok + failed) / seconds;
    }
  }

  private final Pipeline pipeline;
  private final Options options;

  public BatchProcessor(Pipeline pipeline, Options options) {
    this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
    this.options = Objects.requireNonNull(options, "options");
  }

  /** The problem of a document whose analysis failed: kind "stage", the stage's own message when it names one. */
  static InputProblem failed(InputDocument input, Throwable cause) {
    String message = cause instanceof DocumentException de ? de.getMessage() : input.id() + ": " + cause;
    return new InputProblem(input.id(), input.source(), "stage", message);
  }

  /** The problem of a document still running after the timeout: kind "timeout". */
  static InputProblem timedOut(InputDocument input, Duration timeout) {
    return new InputProblem(input.id(), input.source(), "timeout",
        "took longer than " + timeout.toSeconds() + " s; abandoned (raise --doc-timeout for long documents)");
  }

  /** Reads the paths ({@code -} is {@code stdin}) with a {@link DocumentReader} and analyses every document. */
  public Summary run(List<String> paths, InputStream stdin, Listener listener) {
    return new Run(paths, listener).execute(stdin);
  }

  /** One document on its way through the pool. */
  private final class Job implements Callable<AnalyzedDocument> {
    final InputDocument input;
    volatile long startedNanos;
    boolean finished; // guarded by the run's pool lock
    boolean abandoned; // guarded by the run's pool lock
    Future<AnalyzedDocument> future;
    final Run run;

    Job(InputDocument input, Run run) {
      this.input = input;
      this.run = run;
    }

    @Override
    public AnalyzedDocument call() {
      startedNanos = System.nanoTime();
      try {
        return pipeline.analyze(input.id(), input.text(), input.meta());
      } finally {
        run.finished(this);
      }
    }
  }

  /** The state of one call to {@link #run}. */
  private final class Run {
    private final List<String> paths;
    private final Listener listener;
    private final long start = System.nanoTime();
    private final Deque<Job> queue = new ArrayDeque<>();
    private final Map<String, String> seen = new HashMap<>(); // id -> its first source
    private final ThreadPoolExecutor pool;
    private final Object poolLock = new Object();
    private long total;
    private int ok;
    private int failed;
    private int skipped;
    private long statements;

    Run(List<String> paths, Listener listener) {
      this.paths = List.copyOf(paths);
      this.listener = Objects.requireNonNull(listener, "listener");
      AtomicInteger n = new AtomicInteger();
      ThreadFactory daemons = r -> {
        Thread t = new Thread(r, "readout-batch-" + n.incrementAndGet());
        t.setDaemon(true); // an abandoned document never keeps the JVM alive
        return t;
      };
      this.pool = new ThreadPoolExecutor(options.threads(), options.threads(), 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), daemons);
    }

    Summary execute(InputStream stdin) {
      DocumentReader reader = new DocumentReader(options.maxDocChars());
      total = reader.count(paths);
      int inFlight = options.threads() * 4;
      try {
        reader.read(paths, stdin, input -> {
          InputDocument doc = unique(input);
          if (admit(doc.id(), doc.source())) {
            Job job = new Job(doc, this);
            job.future = pool.submit(job);
            queue.addLast(job);
            while (queue.size() > inFlight) {
              finish(queue.removeFirst());
            }
          }
        }, p -> {
          seen.putIfAbsent(p.id(), p.source());
          if (admit(p.id(), p.source())) {
            report(p);
          }
        });
        drain();
      } finally {
        pool.shutdownNow();
      }
      return new Summary(ok, failed, skipped, statements, seconds());
    }

    /** The document under an id no earlier input had: its own, else {@code id~2}, {@code id~3} ... */
    private InputDocument unique(InputDocument doc) {
      String first = seen.putIfAbsent(doc.id(), doc.source());
      if (first == null) {
        return doc;
      }
      String id = doc.id();
      int n = 2;
      while (seen.containsKey(id + "~" + n)) {
        n++;
      }
      Map<String, Object> meta = new java.util.LinkedHashMap<>(doc.meta());
      meta.put(ORIGINAL_ID, id);
      InputDocument renamed = new InputDocument(id + "~" + n, doc.text(), meta, doc.source());
      seen.put(renamed.id(), renamed.source());
      listener.renamed(renamed, id, first);
      return renamed;
    }

    /** Whether an input is to be done now; false (counted as skipped) when an earlier run did it. */
    private boolean admit(String id, String source) {
      if (options.skipSources().contains(source) || options.skipIds().contains(id)) {
        skipped++;
        progress();
        return false;
      }
      return true;
    }

    private void report(InputProblem p) {
      drain(); // problems take their place between the documents
      fail(p);
    }

    private void fail(InputProblem p) {
      failed++;
      listener.problem(p);
      progress();
    }

    private void drain() {
      while (!queue.isEmpty()) {
        finish(queue.removeFirst());
      }
    }

    /** Waits for a document (at most until its timeout, counted from when it started) and hands it on. */
    private void finish(Job job) {
      long timeout = options.docTimeout().toNanos();
      while (true) {
        long started = job.startedNanos;
        long wait = started == 0 ? TimeUnit.MILLISECONDS.toNanos(TICK_MILLIS)
            : Math.min(TimeUnit.MILLISECONDS.toNanos(TICK_MILLIS), started + timeout - System.nanoTime());
        try {
          AnalyzedDocument d = job.future.get(Math.max(0, wait), TimeUnit.NANOSECONDS);
          ok++;
          statements += d.statements().size();
          listener.document(job.input, d);
          progress();
          return;
        } catch (TimeoutException e) {
          if (started != 0 && System.nanoTime() - started >= timeout) {
            abandon(job);
            fail(timedOut(job.input, options.docTimeout()));
            return;
          }
          progress();
        } catch (ExecutionException e) {
          fail(failed(job.input, e.getCause()));
          return;
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted while waiting for " + job.input.source(), e);
        }
      }
    }

    /** Interrupts a document that ran too long and, while it runs on, lets the pool have one more thread. */
    private void abandon(Job job) {
      job.future.cancel(true);
      synchronized (poolLock) {
        if (!job.finished) {
          job.abandoned = true;
          resize(+1);
        }
      }
      LOG.warn("{}: abandoned after {}", job.input.source(), options.docTimeout());
    }

    /** Called by a job's own thread when it ends, whether it returned, failed or was abandoned. */
    void finished(Job job) {
      synchronized (poolLock) {
        job.finished = true;
        if (job.abandoned) {
          resize(-1);
        }
      }
    }

    private void resize(int by) {
      int n = pool.getMaximumPoolSize() + by;
      if (by > 0) {
        pool.setMaximumPoolSize(n);
        pool.setCorePoolSize(n);
      } else {
        pool.setCorePoolSize(n);
        pool.setMaximumPoolSize(n);
      }
    }

    private void progress() {
      listener.progress(new Progress(ok, failed, skipped, statements, total, seconds()));
    }

    private double seconds() {
      return (System.nanoTime() - start) / 1e9;
    }
  }
}
