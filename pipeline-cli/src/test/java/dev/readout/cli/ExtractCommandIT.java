package dev.readout.cli;

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
    Cli.Run r = Cli.run("extract", dir.toString(), dir.resolve("nope.txt").toString(), "-o", outFile.toString());
    assertEquals(1, r.exit(), r.err());
    List<String> errLines = r.err().lines().toList();
    assertEquals(5, errLines.size(), r.err());
    assertTrue(errLines.get(4).startsWith("readout: 5 documents: 1 ok, 4 failed;"), r.err());
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
      assertEquals(List.of("docs.errors.jsonl", "docs.jsonl"), files.map(f -> f.getFileName().toString()).sorted().toList(),
          "the errors file beside the output, no temporary file left");
    }
    List<String> errors = Files.readAllLines(outFile.resolveSibling("docs.errors.jsonl"));
    assertEquals(4, errors.size(), String.join("\n", errors));
    JsonNode missing = new ObjectMapper().readTree(errors.get(3));
    assertEquals("nope", missing.get("id").asText());
    assertEquals(dir.resolve("nope.txt").toString(), missing.get("source").asText());
    assertEquals("missing", missing.get("kind").asText());
    assertEquals("no such file", missing.get("message").asText());
  }

  @Test
  void pagesAndCsvAndTheSummary() throws Exception {
    Files.writeString(dir.resolve("call.html"), "<html><head><title>Call</title></head><body><nav>Home</nav><main>"
        + "<p>Prime Minister Jon Dahl spoke with President Mia Roth.</p><p>The two leaders condemned the attack.</p></main></body></html>");
    Files.writeString(dir.resolve("long.txt"), "The minister said yes. ".repeat(20));
    Path csv = dir.resolve("st.csv");
    Cli.Run r = Cli.run("extract", dir.resolve("call.html").toString(), dir.resolve("long.txt").toString(), "--profile", "fast",
        "--statements-csv", csv.toString(), "--max-doc-chars", "200", "--errors", dir.resolve("failed.jsonl").toString());
    assertEquals(1, r.exit(), r.err());
    JsonNode doc = new ObjectMapper().readTree(r.out().lines().findFirst().orElseThrow());
    assertEquals("call", doc.get("id").asText());
    assertEquals("Call", doc.at("/meta/title").asText());
    assertFalse(doc.get("text").asText().contains("Home"));
    List<String> rows = Files.readString(csv).lines().toList();
    assertEquals(String.join(",", dev.readout.corpus.StatementsCsv.COLUMNS), rows.get(0));
    assertTrue(rows.stream().skip(1).allMatch(l -> l.startsWith("call,")), rows.toString());
    assertTrue(rows.stream().anyMatch(l -> l.contains("Jon Dahl") && l.contains("OPPOSE")), rows.toString());
    assertTrue(Files.readString(dir.resolve("failed.jsonl")).contains("\"kind\":\"too-large\""));
    List<String> err = r.err().lines().toList();
    assertEquals(1, err.stream().filter(l -> l.contains("long.txt") && l.contains("too large")).count(), r.err());
    assertTrue(err.get(err.size() - 1).matches("readout: 2 documents: 1 ok, 1 failed; \\d+ statements; .*"), r.err());
    Cli.Run quiet = Cli.run("extract", dir.resolve("long.txt").toString(), "--max-doc-chars", "200", "--quiet", "--profile", "fast");
    assertEquals(1, quiet.exit());
    assertEquals("", quiet.err());
  }

  @Test
  void resumeNeedsAnOutputFileAndOutputsMustDiffer() {
    Cli.Run r = Cli.run("extract", "x.txt", "--resume");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("--resume needs -o"), r.err());
    assertFalse(r.err().contains("\tat "), r.err());
    Cli.Run same = Cli.run("extract", "x.txt", "-o", dir.resolve("a.jsonl").toString(), "--errors", dir.resolve("a.jsonl").toString());
    assertEquals(2, same.exit());
    assertTrue(same.err().contains("must be different files"), same.err());
  }

  @Test
  void tableFormatIsForAPerson() throws Exception {
    Files.writeString(dir.resolve("call.txt"), "Prime Minister Jon Dahl spoke with President Mia Roth. The two leaders condemned the attack.");
    Cli.Run r = Cli.run("extract", dir.resolve("call.txt").toString(), "--format", "table");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("Jon Dahl (Prime Minister)"), r.out());
    assertTrue(r.out().contains("condemned"), r.out());
    assertTrue(r.out().contains("OPPOSE"), r.out());
  }

  @Test
  void everyCommandHasHelpAndUsageErrorsAreOneLine() {
    Cli.Run help = Cli.run("extract", "--help");
    assertEquals(0, help.exit());
    assertTrue(help.out().contains("--format"), help.out());
    Cli.Run bad = Cli.run("extract", "--format", "xml", "x.txt");
    assertEquals(2, bad.exit());
    assertTrue(bad.err().contains("xml"), bad.err());
    assertFalse(bad.err().contains("\tat "), bad.err());
  }

  @Test
  void parsingWhereNeededGivesTheSameStatementsOnAPlainRelease() throws Exception {
    Path in = dir.resolve("release.txt");
    Files.writeString(in, "Foreign Minister Ana Lima met Foreign Minister Jan Berg in Oslo on Monday. The weather was mild.\n\n"
        + "Ms Lima welcomed the agreement on fisheries and said it would help both countries.\n");
    Cli.Run every = Cli.run("extract", in.toString(), "-o", dir.resolve("every.jsonl").toString(), "--quiet");
    Cli.Run lean = Cli.run("extract", in.toString(), "--parse", "where-needed", "-o", dir.resolve("lean.jsonl").toString(), "--quiet");
    assertEquals(0, every.exit(), every.err());
    assertEquals(0, lean.exit(), lean.err());
    ObjectMapper json = new ObjectMapper();
    JsonNode a = json.readTree(Files.readString(dir.resolve("every.jsonl")).strip()).get("statements");
    JsonNode b = json.readTree(Files.readString(dir.resolve("lean.jsonl")).strip()).get("statements");
    assertEquals(2, a.size(), a.toString());
    assertEquals(a, b);
  }

  @Test
  void anUnknownParseChoiceIsOneLine() {
    Cli.Run r = Cli.run("extract", dir.toString(), "--profile", "fast", "--parse", "some", "-o", dir.resolve("x.jsonl").toString());
    assertEquals(2, r.exit());
    assertEquals("readout: --parse: 'some' is neither every nor where-needed", r.err().strip());
  }
}
