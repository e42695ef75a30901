package dev.readout.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** corpus generate writes a corpus that bench reads like any JSON Lines input; without the big models. */
class GenerateAndBenchTest {
  @TempDir Path dir;

  @Test
  void theSameSeedWritesTheSameFile() throws Exception {
    Path a = dir.resolve("a/corpus.jsonl");
    Path b = dir.resolve("b.jsonl");
    Path c = dir.resolve("c.jsonl");
    assertEquals(0, Cli.run("corpus", "generate", "--docs", "30", "--seed", "4", "-o", a.toString()).exit());
    assertEquals(0, Cli.run("corpus", "generate", "--docs", "30", "--seed", "4", "-o", b.toString()).exit());
    assertEquals(0, Cli.run("corpus", "generate", "--docs", "30", "--seed", "5", "-o", c.toString()).exit());
    assertEquals(30, Files.readAllLines(a).size());
    assertEquals(Files.readString(a), Files.readString(b));
    assertFalse(Files.readString(a).equals(Files.readString(c)));
  }

  @Test
  void aBadCountIsOneLine() {
    Cli.Run r = Cli.run("corpus", "generate", "--docs", "0", "-o", dir.resolve("x.jsonl").toString());
    assertEquals(2, r.exit());
    assertEquals(List.of("readout: --docs must be at least 1, not 0"), r.err().lines().toList());
    assertFalse(Files.exists(dir.resolve("x.jsonl")));
  }

  @Test
  void benchReadsTheGeneratedFileAndTimesTheControls() {
    Cli.Run r = benchOnGenerated(12, "--systems", "loop,matvec", "--limit", "4", "--warmup", "2", "--threads", "1,2");
    List<String> rows = r.out().lines().filter(l -> l.startsWith("loop ") || l.startsWith("matvec ")).toList();
    assertEquals(4, rows.size(), r.out());
    assertTrue(r.out().startsWith("4 documents, "), r.out());
  }

  /** Generates that many documents and runs bench on them with these options; bench must succeed. */
  private Cli.Run benchOnGenerated(int docs, String... options) {
    Path file = dir.resolve("g.jsonl");
    assertEquals(0, Cli.run("corpus", "generate", "--docs", Integer.toString(docs), "-o", file.toString()).exit());
    List<String> args = new java.util.ArrayList<>(List.of("bench", file.toString()));
    args.addAll(List.of(options));
    Cli.Run r = Cli.run(args.toArray(String[]::new));
    assertEquals(0, r.exit(), r.err());
    return r;
  }

  @Test
  void aMinimumTimeRepeatsWholePassesOverTheTimedDocuments() {
    Cli.Run r = benchOnGenerated(6, "--systems", "loop", "--limit", "4", "--warmup", "2", "--min-seconds", "0.5", "--threads", "1,2");
    assertTrue(r.out().startsWith("4 documents, ") && r.out().contains("passes over them until"), r.out());
    List<String> passes = r.out().lines().filter(l -> l.startsWith("loop, ")).toList();
    assertEquals(2, passes.size(), r.out());
    for (String l : passes) {
      String[] w = l.split(" ");
      int n = Integer.parseInt(w[3]);
      double seconds = Double.parseDouble(w[w.length - 2]);
      assertTrue(n >= 2, l); // a pass of 4 documents of the loop control takes well under half a second
      assertTrue(seconds >= 0.5, l);
    }
    Cli.Run once = benchOnGenerated(6, "--systems", "loop", "--limit", "4", "--warmup", "2");
    assertTrue(once.out().lines().noneMatch(l -> l.contains("passes over")), once.out());
  }

  @Test
  void settlingRunsTheDocumentsAfterTheTimedOnesAndTheJitColumnIsThere() {
    Cli.Run r = benchOnGenerated(9, "--systems", "loop", "--limit", "4", "--warmup", "2", "--settle", "0.2");
    List<String> lines = r.out().lines().toList();
    assertTrue(lines.get(1).contains(" gc s  jit s "), r.out());
    String[] row = lines.get(2).trim().split(" +");
    assertEquals(15, row.length, r.out());
    assertTrue(Double.parseDouble(row[12]) >= 0, r.out());
    String settled = lines.stream().filter(l -> l.startsWith("loop: settled on ")).findFirst().orElseThrow(() -> new AssertionError(r.out()));
    int docs = Integer.parseInt(settled.split(" ")[3]);
    assertTrue(docs >= 1, settled); // the three documents after the timed ones, in turn for 0.2 s
    Cli.Run plain = benchOnGenerated(9, "--systems", "loop", "--limit", "4", "--warmup", "2");
    assertTrue(plain.out().lines().noneMatch(l -> l.contains("settled on")), plain.out());
  }

  @Test
  void benchReportsTheStanceStagesCostPerStatement() {
    Path file = dir.resolve("g.jsonl");
    assertEquals(0, Cli.run("corpus", "generate", "--docs", "8", "-o", file.toString()).exit());
    Cli.Run r = Cli.run("bench", file.toString(), "--systems", "fast,fast-encoder", "--limit", "4", "--warmup", "2");
    assertEquals(0, r.exit(), r.err());
    List<String> lines = r.out().lines().toList();
    int header = lines.indexOf(lines.stream().filter(l -> l.startsWith("stance stage")).findFirst().orElseThrow());
    String[] fast = lines.get(header + 1).trim().split(" +");
    String[] encoder = lines.get(header + 2).trim().split(" +");
    assertEquals("fast", fast[0], r.out());
    assertEquals("none", fast[6]);
    assertEquals("fast-encoder", encoder[0], r.out());
    assertTrue(encoder[6].startsWith("all-minilm-l6-v2-q@"), r.out());
    assertTrue(Integer.parseInt(fast[2]) > 0 && Double.parseDouble(fast[3]) > 0 && Double.parseDouble(fast[5]) > 0, r.out());
  }

  @Test
  void anUnknownSystemIsOneLine() {
    Path file = dir.resolve("g.jsonl");
    assertEquals(0, Cli.run("corpus", "generate", "--docs", "3", "-o", file.toString()).exit());
    Cli.Run r = Cli.run("bench", file.toString(), "--systems", "nope", "--warmup", "1");
    assertEquals(2, r.exit());
    assertTrue(r.err().lines().toList().equals(List.of("readout: unknown system 'nope': use corenlp-default, accurate, accurate-encoder, accurate-lean, accurate-nocache, fast, fast-encoder, loop or matvec")), r.err());
  }
}
