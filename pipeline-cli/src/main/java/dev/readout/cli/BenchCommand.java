package dev.readout.cli;

import dev.readout.backend.corenlp.CoreNlpTokenAnalyzer;
import dev.readout.corpus.DocumentReader;
import dev.readout.corpus.InputDocument;
import dev.readout.corpus.InputProblem;
import dev.readout.pipeline.Pipeline;
import dev.readout.pipeline.Profile;
import dev.readout.pipeline.StageTimes;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code readout bench}: time to ready, throughput and heap of each profile, and of bare CoreNLP with its
 * default English annotators, on the same documents in one run, so that ratios hold on a noisy machine.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"Measures readiness time, documents/s and tokens/s of the pipelines on the same texts in one run.",
        "Tokens are counted as whitespace-separated words of the input, the same for every system."})
final class BenchCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Texts to run on (.txt, .jsonl, directories).")
  List<String> paths;

  @Option(names = "--systems", defaultValue = "corenlp-default,accurate,fast", split = ",",
      description = {"Which to measure, in order: corenlp-default, accurate, fast (default all three); accurate-encoder and",
          "fast-encoder (stance from the encoder model, --stance encoder); accurate-lean (the parser only where needed,",
          "Pipeline.Builder.parseOnlyWhereNeeded); accurate-nocache (accurate",
          "without the parser's LRU cache, which all threads lock); controls for the machine:",
          "loop (arithmetic only, per word) and matvec (a 200x2400 float matrix times a vector per word, like CoreNLP's parser)."})
  List<String> systems;

  @Option(names = "--limit", defaultValue = "200", description = "Documents to time (default 200).")
  int limit;

  @Option(names = "--warmup", defaultValue = "10", description = "Documents run first and not timed (default 10).")
  int warmup;

  @Option(names = "--settle", defaultValue = "0", paramLabel = "SECONDS",
      description = {"Before timing a system, also run the documents after the timed ones (in turn, from the start again",
          "when they run out) for this many seconds, so that the JIT has compiled what the timing runs (default 0)."})
  double settle;

  @Option(names = "--min-seconds", defaultValue = "0", paramLabel = "SECONDS",
      description = {"Time whole passes over the same documents until at least this long has passed (default 0: one pass), so",
          "that a fast system's timing is not a fraction of a second, which a shared machine's noise decides."})
  double minSeconds;

  @Option(names = "--threads", defaultValue = "1", split = ",", description = "Thread counts to time, e.g. 1,2 (default 1).")
  List<Integer> threads;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    List<String> texts = new ArrayList<>();
    List<String> settleTexts = new ArrayList<>();
    new DocumentReader().read(paths, System.in, (InputDocument d) -> {
      if (texts.size() < limit + warmup) {
        texts.add(d.text());
      } else if (settle > 0 && settleTexts.size() < MAX_SETTLE_TEXTS) {
        settleTexts.add(d.text());
      }
    }, (InputProblem p) -> spec.commandLine().getErr().println("readout bench: skipped " + p.describe()));
    if (texts.size() <= warmup) {
      throw new IllegalArgumentException("need more than " + warmup + " documents, found " + texts.size());
    }
    List<String> timed = texts.subList(warmup, texts.size());
    long words = timed.stream().mapToLong(t -> t.split("\\s+").length).sum();
    var out = spec.commandLine().getOut();
    if (minSeconds < 0) {
      throw new IllegalArgumentException("--min-seconds must be 0 or more, not " + minSeconds);
    }
    out.printf(Locale.ROOT, "%d documents, %d words timed (after %d warm-up documents%s); %d cores, max heap %d MB%n", timed.size(), words,
        warmup, minSeconds > 0 ? String.format(Locale.ROOT, "; passes over them until %.0f s have passed", minSeconds) : "",
        Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
    out.printf(Locale.ROOT, "%-16s %7s %8s %8s %9s %8s %7s %6s %6s %9s %6s %6s %6s %8s %8s%n", "system", "threads", "ready s", "docs/s",
        "tokens/s", "x first", "scale", "cpu", "work", "tok/cpu-s", "others", "gc s", "jit s", "peak MB", "live MB");
    Double base = null;
    List<String> stageLines = new ArrayList<>();
    List<String> settleLines = new ArrayList<>();
    List<String> passLines = new ArrayList<>();
    for (String system : systems) {
      System.gc();
      long t0 = System.nanoTime();
      java.util.concurrent.atomic.AtomicReference<StageTimes> times = new java.util.concurrent.atomic.AtomicReference<>();
      Consumer<String> run = build(system.strip(), times);
      double ready = (System.nanoTime() - t0) / 1e9;
      texts.subList(0, warmup).forEach(run);
      if (settle > 0) {
        settleLines.add(settle(system, run, settleTexts.isEmpty() ? texts.subList(0, warmup) : settleTexts));
      }
      Double single = null;
      for (int n : threads) {
        System.gc();
        StageTimes stageTimes = new StageTimes();
        times.set(stageTimes);
        Usage before = Usage.now();
        double work = 0;
        int passes = 0;
        do {
          work += runAll(run, timed, n);
          passes++;
        } while (System.nanoTime() / 1e9 - before.wall() < minSeconds);
        Usage used = Usage.now().since(before);
        if (minSeconds > 0) {
          passLines.add(String.format(Locale.ROOT, "%s, %d threads: %d passes over the documents in %.2f s", system, n, passes, used.wall()));
        }
        times.set(null);
        if (stageTimes.documents() > 0) {
          stageLines.add(stanceCost(system, n, stageTimes));
        }
        long live = liveHeap();
        double tps = (double) words * passes / used.wall();
        if (base == null) {
          base = tps;
        }
        if (single == null) {
          single = tps;
        }
        out.printf(Locale.ROOT, "%-16s %7d %8.2f %8.2f %9.0f %8.2f %7.2f %6.2f %6.2f %9.0f %6.2f %6.2f %6.2f %8d %8d%n", system, n, ready,
            (double) timed.size() * passes / used.wall(), tps, tps / base, tps / single, used.cpu() / used.wall(), work / used.wall(),
            words * passes / work,
            used.others() / used.wall(), used.gc(), used.jit(), used.peakHeap() >> 20, live >> 20);
      }
    }
    settleLines.forEach(out::println);
    passLines.forEach(out::println);
    if (!stageLines.isEmpty()) {
      out.printf(Locale.ROOT, "%n%-16s %7s %10s %13s %13s %11s %9s%n", "stance stage", "threads", "statements", "stance ms/st",
          "rest ms/st", "stance/rest", "encoder");
      stageLines.forEach(out::println);
      out.println("stance ms/st: wall time in the stance stage per statement (target finding and classification); rest ms/st: the");
      out.println("other stages' wall time in the same run per statement; stance/rest: the two's ratio.");
      out.println();
    }
    out.println("x first: tokens/s against the first row; scale: against this system's first thread count; cpu: cores this JVM kept");
    out.println("busy (GC and JIT included); work: cores the worker threads kept busy (below the thread count when they wait or");
    out.println("the machine is short of cores); tok/cpu-s: tokens per CPU second of the workers, which falls when threads contend");
    out.println("for shared data; others: cores busy outside this JVM (other processes, steal); peak MB: sum of the heap pools'");
    out.println("peaks (an upper bound); live MB: heap in use after a full GC at the end of the timing; jit s: seconds the JIT");
    out.println("compiler threads spent compiling during the timing (they take cores from the workers).");
    return 0;
  }

  /** Heap in use after a full collection: what the run keeps, as opposed to garbage not yet collected. */
  private static long liveHeap() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  /**
   * What a timed phase used: wall time, this JVM's CPU time and GC time, the machine's CPU time spent outside this JVM
   * (from /proc/stat, so 0 where there is none), and the heap pools' peaks since the last reading.
   */
  private record Usage(double wall, double cpu, double gc, double jit, double others, long peakHeap) {
    static Usage now() {
      long peak = 0;
      for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
        if (pool.getType() == MemoryType.HEAP) {
          peak += pool.getPeakUsage().getUsed();
          pool.resetPeakUsage();
        }
      }
      double gc = ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionTime).sum() / 1e3;
      double cpu = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
      return new Usage(System.nanoTime() / 1e9, cpu, gc, jitSeconds(), machineBusySeconds(), peak);
    }

    /** This reading minus an earlier one; the peak is the one reached between the two. */
    Usage since(Usage before) {
      double cpuUsed = cpu - before.cpu;
      return new Usage(wall - before.wall, cpuUsed, gc - before.gc, jit - before.jit, Math.max(0, others - before.others - cpuUsed),
          peakHeap);
    }

    /** Seconds the JIT compiler has spent compiling since the JVM started; 0 where the JVM does not say. */
    static double jitSeconds() {
      java.lang.management.CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
      return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() / 1e3 : 0;
    }

    /** Busy CPU seconds of the whole machine since boot, steal included; 0 where /proc/stat is not there. */
    private static double machineBusySeconds() {
      try {
        String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
        long busy = 0;
        for (int i = 1; i < f.length && i <= 8; i++) {
          if (i != 4 && i != 5) { // idle and iowait
            busy += Long.parseLong(f[i]);
          }
        }
        return busy / 100.0; // USER_HZ
      } catch (IOException | RuntimeException e) {
        return 0;
      }
    }
  }

  /** The most documents read for {@code --settle}. */
  private static final int MAX_SETTLE_TEXTS = 2000;

  /**
   * Runs {@code more} in turn for {@link #settle} seconds before a system's timing; returns a line saying how many
   * documents it ran and how long the JIT compiled meanwhile.
   */
  private String settle(String system, Consumer<String> run, List<String> more) {
    if (more.isEmpty()) {
      return system + ": no documents to settle on";
    }
    double jit0 = Usage.jitSeconds();
    long start = System.nanoTime();
    int n = 0;
    while ((System.nanoTime() - start) / 1e9 < settle) {
      run.accept(more.get(n++ % more.size()));
    }
    return String.format(Locale.ROOT, "%s: settled on %d more documents for %.1f s (JIT compiling %.1f s of it)", system, n,
        (System.nanoTime() - start) / 1e9, Usage.jitSeconds() - jit0);
  }

  /** Runs every text on that many threads; returns the CPU seconds the worker threads spent on them. */
  private static double runAll(Consumer<String> run, List<String> texts, int threads) throws Exception {
    java.lang.management.ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    java.util.concurrent.atomic.DoubleAdder work = new java.util.concurrent.atomic.DoubleAdder();
    Consumer<String> timedRun = t -> {
      long c0 = mx.getCurrentThreadCpuTime();
      run.accept(t);
      work.add((mx.getCurrentThreadCpuTime() - c0) / 1e9);
    };
    if (threads <= 1) {
      texts.forEach(timedRun);
      return work.sum();
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> fs = new ArrayList<>();
      for (String t : texts) {
        fs.add(pool.submit(() -> timedRun.accept(t)));
      }
      for (Future<?> f : fs) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    return work.sum();
  }

  private static final String SYSTEMS = "corenlp-default, accurate, accurate-encoder, accurate-lean, accurate-nocache, fast, fast-encoder, loop or matvec";
  private static final java.util.concurrent.atomic.DoubleAdder BLACKHOLE = new java.util.concurrent.atomic.DoubleAdder();

  /** The stance stage's cost per statement against the rest of the pipeline, as one row. */
  private String stanceCost(String system, int threads, StageTimes t) {
    double stance = t.seconds("stance");
    double rest = t.totalSeconds() - stance;
    long n = Math.max(1, t.statements());
    return String.format(Locale.ROOT, "%-16s %7d %10d %13.2f %13.2f %11.3f %9s", system, threads, t.statements(), 1e3 * stance / n,
        1e3 * rest / n, stance / Math.max(rest, 1e-9), encoders.getOrDefault(system, "none"));
  }

  /** The sentence encoder each pipeline system classifies stance with. */
  private final java.util.Map<String, String> encoders = new java.util.HashMap<>();

  private Consumer<String> build(String system, java.util.concurrent.atomic.AtomicReference<StageTimes> times) {
    switch (system) {
      case "accurate":
      case "fast":
      case "accurate-encoder":
      case "accurate-lean":
      case "fast-encoder": {
        Pipeline.Builder b = Pipeline.builder().profile(system.startsWith("fast") ? Profile.FAST : Profile.ACCURATE);
        if (system.endsWith("-encoder")) {
          b.encoderStance();
        }
        if (system.endsWith("-lean")) {
          b.parseOnlyWhereNeeded();
        }
        Pipeline p = b.build();
        encoders.put(system, p.models().getOrDefault("stance.encoder", "none"));
        return text -> p.analyze("bench", text, java.util.Map.of(), times.get());
      }
      case "corenlp-default": {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        StanfordCoreNLP nlp = new StanfordCoreNLP(props);
        return text -> nlp.annotate(new Annotation(text));
      }
      case "accurate-nocache": {
        Properties props = CoreNlpTokenAnalyzer.defaultProperties();
        props.setProperty("depparse.numCached", "0"); // no parser LRU cache, so no lock shared by the threads
        Pipeline p = Pipeline.builder().tokenAnalyzer(new CoreNlpTokenAnalyzer(props)).build();
        return text -> p.analyze("bench", text, java.util.Map.of(), times.get());
      }
      case "loop": {
        return text -> BLACKHOLE.add(Controls.loop(text));
      }
      case "matvec": {
        Controls.Matrix m = new Controls.Matrix(200, 2400, 42);
        return text -> BLACKHOLE.add(m.perWord(text));
      }
      default:
        throw new IllegalArgumentException("unknown system '" + system + "': use " + SYSTEMS);
    }
  }
}
