package dev.readout.cli;

import dev.readout.corpus.DocumentReader;
import dev.readout.corpus.InputDocument;
import dev.readout.corpus.InputProblem;
import dev.readout.pipeline.Pipeline;
import dev.readout.pipeline.Profile;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
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
      description = "Which to measure, in order: corenlp-default, accurate, fast (default all three).")
  List<String> systems;

  @Option(names = "--limit", defaultValue = "200", description = "Documents to time (default 200).")
  int limit;

  @Option(names = "--warmup", defaultValue = "10", description = "Documents run first and not timed (default 10).")
  int warmup;

  @Option(names = "--threads", defaultValue = "1", split = ",", description = "Thread counts to time, e.g. 1,2 (default 1).")
  List<Integer> threads;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    List<String> texts = new ArrayList<>();
    new DocumentReader().read(paths, System.in, (InputDocument d) -> {
      if (texts.size() < limit + warmup) {
        texts.add(d.text());
      }
    }, (InputProblem p) -> spec.commandLine().getErr().println("readout bench: skipped " + p.describe()));
    if (texts.size() <= warmup) {
      throw new IllegalArgumentException("need more than " + warmup + " documents, found " + texts.size());
    }
    List<String> timed = texts.subList(warmup, texts.size());
    long words = timed.stream().mapToLong(t -> t.split("\\s+").length).sum();
    var out = spec.commandLine().getOut();
    out.printf(Locale.ROOT, "%d documents, %d words timed (after %d warm-up documents)%n", timed.size(), words, warmup);
    out.printf(Locale.ROOT, "%-16s %7s %8s %10s %10s %9s%n", "system", "threads", "ready s", "docs/s", "tokens/s", "heap MB");
    Double base = null;
    for (String system : systems) {
      System.gc();
      long t0 = System.nanoTime();
      Consumer<String> run = build(system.strip());
      double ready = (System.nanoTime() - t0) / 1e9;
      texts.subList(0, warmup).forEach(run);
      for (int n : threads) {
        long heapBefore = usedHeap();
        long start = System.nanoTime();
        runAll(run, timed, n);
        double secs = (System.nanoTime() - start) / 1e9;
        long heap = Math.max(usedHeap(), heapBefore) / (1024 * 1024);
        double tps = words / secs;
        if (base == null) {
          base = tps;
        }
        out.printf(Locale.ROOT, "%-16s %7d %8.2f %10.2f %10.0f %9d   x%.2f of %s%n", system, n, ready, timed.size() / secs, tps, heap,
            tps / base, systems.get(0));
      }
    }
    return 0;
  }

  private static long usedHeap() {
    Runtime r = Runtime.getRuntime();
    return r.totalMemory() - r.freeMemory();
  }

  private static void runAll(Consumer<String> run, List<String> texts, int threads) throws Exception {
    if (threads <= 1) {
      texts.forEach(run);
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> fs = new ArrayList<>();
      for (String t : texts) {
        fs.add(pool.submit(() -> run.accept(t)));
      }
      for (Future<?> f : fs) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static Consumer<String> build(String system) {
    switch (system) {
      case "accurate":
      case "fast": {
        Pipeline p = Pipeline.builder().profile(system.equals("fast") ? Profile.FAST : Profile.ACCURATE).build();
        return text -> p.analyze("bench", text);
      }
      case "corenlp-default": {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        StanfordCoreNLP nlp = new StanfordCoreNLP(props);
        return text -> nlp.annotate(new Annotation(text));
      }
      default:
        throw new IllegalArgumentException("unknown system '" + system + "': use corenlp-default, accurate or fast");
    }
  }
}
