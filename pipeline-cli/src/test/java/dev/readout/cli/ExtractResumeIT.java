package dev.readout.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real extract process killed with SIGKILL part-way and rerun with --resume ends with every document
 * exactly once, in input order, the same as a run that was never interrupted.
 */
class ExtractResumeIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String[] WHO = {"Foreign Minister Ana Lima", "Prime Minister Jon Dahl", "President Mia Roth", "Secretary Ole Berg"};
  private static final String[] WHAT = {"welcomed the agreement", "condemned the attack", "expressed concern about the situation", "called for restraint"};

  @TempDir Path dir;

  @Test
  void aKilledRunResumedEqualsACleanRun() throws Exception {
    Path input = dir.resolve("input.jsonl");
    List<String> okIds = new ArrayList<>();
    List<String> failedIds = new ArrayList<>();
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      String id = String.format("doc-%03d", i);
      if (i % 97 == 13) {
        lines.add("{\"id\":\"" + id + "\",\"text\":\"  \"}"); // an empty document: a failure
        failedIds.add(id);
        continue;
      }
      StringBuilder text = new StringBuilder();
      for (int k = 0; k < 4; k++) {
        text.append(WHO[(i + k) % WHO.length]).append(' ').append(WHAT[(i * 3 + k) % WHAT.length])
            .append(" and said that talks on item ").append(i * 10 + k).append(" would continue next week. ");
      }
      lines.add(JSON.createObjectNode().put("id", id).put("text", text.toString().strip()).put("date", "2024-05-" + (1 + i % 28)).toString());
      okIds.add(id);
    }
    Files.write(input, lines);

    Path out = dir.resolve("killed/docs.jsonl");
    Path part = dir.resolve("killed/docs.jsonl.part");
    Process p = start(input, out, false);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (lineCount(part) < 5 && p.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    p.destroyForcibly(); // SIGKILL: no shutdown hook, no flush, no move into place
    p.waitFor(30, TimeUnit.SECONDS);
    assertFalse(Files.exists(out), "the run was killed before it finished, so only the .part file exists");
    assertTrue(Files.exists(dev.readout.corpus.OutputLock.lockFile(out)), "the killed run's lock file is left behind");
    long before = lineCount(part);
    assertTrue(before >= 5 && before < okIds.size(), "killed part-way: " + before + " lines");

    Process resumed = start(input, out, true); // the stale lock file must not block it
    assertTrue(resumed.waitFor(300, TimeUnit.SECONDS), "the resumed run finishes");
    assertEquals(1, resumed.exitValue(), "exit status 1: some documents failed");

    Path clean = dir.resolve("clean/docs.jsonl");
    Process whole = start(input, clean, false);
    assertTrue(whole.waitFor(300, TimeUnit.SECONDS), "the clean run finishes");
    assertEquals(1, whole.exitValue());

    assertEquals(okIds, ids(out, "id"), "every document once, in input order");
    assertEquals(failedIds, ids(out.resolveSibling("docs.errors.jsonl"), "id"));
    assertEquals(Files.readString(clean), Files.readString(out), "the same documents and statements as a clean run");
    assertEquals(Files.readString(clean.resolveSibling("docs.errors.jsonl")), Files.readString(out.resolveSibling("docs.errors.jsonl")));
    assertEquals(Files.readString(clean.resolveSibling("statements.csv")), Files.readString(out.resolveSibling("statements.csv")));
    assertTrue(Files.readString(out.resolveSibling("statements.csv")).lines().count() > okIds.size(), "statements were found");
    try (var files = Files.list(out.getParent())) {
      assertEquals(List.of("docs.errors.jsonl", "docs.jsonl", "statements.csv"), files.map(f -> f.getFileName().toString()).sorted().toList());
    }
  }

  /** The extract command in a JVM of its own, on the test's class path. */
  private Process start(Path input, Path out, boolean resume) throws IOException {
    List<String> cmd = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
        "-cp", System.getProperty("java.class.path"), ReadoutCommand.class.getName(),
        "extract", input.toString(), "--profile", "fast", "--threads", "2", "--quiet",
        "-o", out.toString(), "--statements-csv", out.resolveSibling("statements.csv").toString()));
    if (resume) {
      cmd.add("--resume");
    }
    return new ProcessBuilder(cmd)
        .redirectOutput(dir.resolve("stdout.log").toFile())
        .redirectError(ProcessBuilder.Redirect.appendTo(dir.resolve("stderr.log").toFile()))
        .start();
  }

  private static long lineCount(Path f) throws IOException {
    if (!Files.exists(f)) {
      return 0;
    }
    byte[] bytes = Files.readAllBytes(f); // bytes, not text: the last line may be torn mid-character
    long n = 0;
    for (byte b : bytes) {
      n += b == '\n' ? 1 : 0;
    }
    return n;
  }

  private static List<String> ids(Path jsonl, String field) throws IOException {
    List<String> out = new ArrayList<>();
    for (String line : Files.readAllLines(jsonl)) {
      out.add(JSON.readTree(line).get(field).asText());
    }
    return out;
  }
}
