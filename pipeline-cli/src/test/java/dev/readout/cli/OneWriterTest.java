package dev.readout.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.readout.corpus.OutputLock;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A second run on an output someone is writing is refused at once, in one line naming the holder (no models load). */
class OneWriterTest {
  @TempDir Path dir;

  private String refusal(Path file) {
    return "readout: " + file.toAbsolutePath().normalize() + " is being written by another run (pid "
        + ProcessHandle.current().pid() + "); wait for it to finish or stop it";
  }

  @Test
  void extractRefusesAnOutputItsErrorsFileOrItsCsvWhileAnotherRunHoldsIt() throws Exception {
    Path text = dir.resolve("a.txt");
    Files.writeString(text, "The Minister welcomed the agreement.");
    Path out = dir.resolve("docs.jsonl");
    for (Path held : new Path[] {out, dir.resolve("docs.errors.jsonl"), dir.resolve("s.csv")}) {
      try (OutputLock lock = OutputLock.acquire(held)) {
        Cli.Run r = Cli.run("extract", text.toString(), "-o", out.toString(), "--statements-csv", dir.resolve("s.csv").toString());
        assertEquals(2, r.exit(), r.err());
        assertEquals(refusal(held) + "\n", r.err());
      }
    }
    assertFalse(Files.exists(dir.resolve("docs.jsonl.part")), "the refused run wrote nothing");
    try (var files = Files.list(dir)) {
      assertEquals(1, files.count(), "nothing but the input: no lock file left behind");
    }
  }

  @Test
  void aggregateRefusesAnOutputAnotherRunHolds() throws Exception {
    Path in = dir.resolve("in.jsonl");
    Files.writeString(in, "");
    Path csv = dir.resolve("agg.csv");
    try (OutputLock lock = OutputLock.acquire(csv)) {
      Cli.Run r = Cli.run("aggregate", in.toString(), "-o", csv.toString());
      assertEquals(2, r.exit(), r.err());
      assertEquals(refusal(csv) + "\n", r.err());
    }
    Cli.Run r = Cli.run("aggregate", in.toString(), "-o", csv.toString());
    assertEquals(0, r.exit(), r.err());
    assertFalse(Files.exists(OutputLock.lockFile(csv)));
  }

  @Test
  void theDefaultErrorsFileIsNamedAfterTheOutput() {
    assertEquals(dir.resolve("run1.errors.jsonl"), ExtractCommand.defaultErrorsFile(dir.resolve("run1.jsonl")));
    assertEquals(dir.resolve("run2.txt.errors.jsonl"), ExtractCommand.defaultErrorsFile(dir.resolve("run2.txt")));
    assertEquals(dir.resolve("run3.errors.jsonl"), ExtractCommand.defaultErrorsFile(dir.resolve("run3")));
  }
}
