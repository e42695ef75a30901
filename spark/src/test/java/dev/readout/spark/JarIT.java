package dev.readout.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readout.aggregate.ActorMerger;
import dev.readout.aggregate.AggregateCsv;
import dev.readout.aggregate.StanceAggregator;
import dev.readout.corpus.PipelineSpec;
import dev.readout.model.AnalyzedDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code java -jar spark/target/readout-spark.jar ...} exactly as the README has it: the jar carries Spark. */
class JarIT {
  private static List<String> jar(String... args) {
    List<String> c = new ArrayList<>(List.of(Processes.java().toString(), "-Xmx2g", "-jar", Processes.TARGET.resolve("readout-spark.jar").toString()));
    c.addAll(List.of(args));
    return c;
  }

  @Test
  void extractWritesTheCommandLinesLinesAndErrorsThenAggregateItsTable(@TempDir Path tmp) throws Exception {
    Path in = tmp.resolve("in");
    TestDocuments.write(in, 8);
    Files.writeString(in.resolve("blank.txt"), "\n\n");
    Cli.Run cli = Cli.extract(List.of(in.toString()), tmp.resolve("cli.jsonl"), PipelineSpec.of("fast"));
    Path out = tmp.resolve("out");

    Processes.Finished run = Processes.run(jar("extract", "--master", "local[2]", in.toString(), "--output", out.toString(),
        "--format", "jsonl", "--profile", "fast"), Map.of(), tmp.resolve("run"), 300);
    assertEquals(1, run.exit(), "one document failed: " + run.err());
    assertTrue(run.err().contains("readout-spark: " + in.resolve("blank.txt") + ": empty file"), run.err());
    assertFalse(run.err().contains("\tat "), "no stack trace: " + run.err());
    assertEquals(new TreeSet<>(cli.lines()), new TreeSet<>(Processes.partLines(out.resolve("documents"))));
    assertEquals(cli.lines().size(), Processes.partLines(out.resolve("documents")).size());
    assertEquals(cli.errorLines(), Processes.partLines(out.resolve("errors")));
    assertTrue(Files.exists(out.resolve("_SUCCESS")));
    assertTrue(Files.exists(out.resolve("statements").resolve("_SUCCESS")));

    Path csv = tmp.resolve("table.csv");
    Processes.Finished agg = Processes.run(jar("aggregate", "--master", "local[2]", out.resolve("statements").toString(),
        "--output", csv.toString()), Map.of(), tmp.resolve("agg"), 300);
    assertEquals(0, agg.exit(), agg.err());
    List<AnalyzedDocument> docs = new ArrayList<>(cli.documents());
    docs.sort(Comparator.comparing(AnalyzedDocument::id));
    StringBuilder expected = new StringBuilder();
    try (StanceAggregator aggregator = new StanceAggregator(new ActorMerger())) {
      docs.forEach(aggregator::add);
      AggregateCsv.write(aggregator.table(), expected);
    }
    assertEquals(expected.toString(), Files.readString(csv));
  }

  @Test
  void userErrorsAreOneLineNamingTheFile(@TempDir Path tmp) throws Exception {
    Path taken = Files.createDirectories(tmp.resolve("taken"));
    Processes.Finished exists = Processes.run(jar("extract", tmp.toString(), "--output", taken.toString()), Map.of(), tmp.resolve("r1"), 120);
    assertEquals(2, exists.exit());
    assertEquals("readout-spark: " + taken + " already exists: name a new directory with --output, or remove it", exists.err().strip());

    Path table = Files.createDirectories(tmp.resolve("table"));
    Files.writeString(table.resolve("a.txt"), TestDocuments.release(0));
    Path out = tmp.resolve("out");
    assertEquals(0, Processes.run(jar("extract", "--master", "local[1]", table.toString(), "--output", out.toString(), "--profile", "fast"),
        Map.of(), tmp.resolve("r2"), 300).exit());
    Processes.Finished noText = Processes.run(jar("extract", "--master", "local[1]", out.resolve("errors").toString(), "--output",
        tmp.resolve("out2").toString(), "--profile", "fast"), Map.of(), tmp.resolve("r3"), 300);
    assertEquals(2, noText.exit());
    List<String> lines = noText.err().lines().filter(l -> l.startsWith("readout-spark:")).toList();
    assertEquals(1, lines.size(), noText.err());
    assertTrue(lines.get(0).matches("readout-spark: .*/errors/part-[^ ]*\\.parquet: a Parquet input needs an id and a text column; it has id, source, kind, message"),
        lines.get(0));
    assertFalse(noText.err().contains("\tat "), noText.err());
  }
}
