package dev.readout.cli;

import static dev.readout.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The extract command as a user runs it: good and bad files together. */
class ExtractCommandIT {
  @TempDir Path dir;

  @Test
  void badFilesGetOneLineEachAndTheGoodOnesAreWritten() throws Exception {
    Files.writeString(dir.resolve("good.txt"), "Foreign Minister Ana Lima welcomed the agreement and said it would help both countries.");
    Files.writeString(dir.resolve("empty.txt"), "");
    Files.write(dir.resolve("binary.txt"), new byte[] {0x7f, 'E', 'L', 'F', 0, 0, 1});
    Files.write(dir.resolve("latin1.txt"), "Le ministre a salu\u00e9 l'accord.".getBytes(StandardCharsets.ISO_8859_1));
    Path outFile = dir.resolve("out/docs.jsonl");
    CliRun r = run("extract", dir.toString(), dir.resolve("nope.txt").toString(), "-o", outFile.toString());
    assertEquals(1, r.exit(), r.err());
    List<String> errLines = r.err().lines().toList();
    assertEquals(4, errLines.size(), r.err());
    assertTrue(errLines.stream().anyMatch(l -> l.contains("empty.txt") && l.contains("empty")), r.err());
    assertTrue(errLines.stream().anyMatch(l -> l.contains("binary.txt") && l.contains("binary")), r.err());
    assertTrue(errLines.stream().anyMatch(l -> l.contains("latin1.txt") && l.contains("UTF-8")), r.err());
    assertTrue(errLines.stream().anyMatch(l -> l.contains("nope.txt") && l.contains("no such file")), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
    List<String> lines = Files.readAllLines(outFile);
    assertEquals(1, lines.size());
    JsonNode doc = new ObjectMapper().readTree(lines.get(0));
    assertEquals("good", doc.get("id").asText());
    assertEquals("readout/1", doc.get("schema").asText());
    assertEquals(2, doc.get("statements").size(), lines.get(0));
    assertEquals("SUPPORT", doc.at("/statements/0/stance").asText());
    try (var files = Files.list(outFile.getParent())) {
      assertEquals(1, files.count(), "no temporary file is left beside the output");
    }
  }

  @Test
  void tableFormatIsForAPerson() throws Exception {
    Files.writeString(dir.resolve("call.txt"), "Prime Minister Jon Dahl spoke with President Mia Roth. The two leaders condemned the attack.");
    CliRun r = run("extract", dir.resolve("call.txt").toString(), "--format", "table");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("Jon Dahl (Prime Minister)"), r.out());
    assertTrue(r.out().contains("condemned"), r.out());
    assertTrue(r.out().contains("OPPOSE"), r.out());
  }

  @Test
  void everyCommandHasHelpAndUsageErrorsAreOneLine() {
    CliRun help = run("extract", "--help");
    assertEquals(0, help.exit());
    assertTrue(help.out().contains("--format"), help.out());
    CliRun bad = run("extract", "--format", "xml", "x.txt");
    assertEquals(2, bad.exit());
    assertTrue(bad.err().contains("xml"), bad.err());
    assertFalse(bad.err().contains("\tat "), bad.err());
  }
}
