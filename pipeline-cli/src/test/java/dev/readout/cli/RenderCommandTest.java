package dev.readout.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code readout render}: pages from extract's output, and one line for each input it cannot read. */
class RenderCommandTest {
  @TempDir static Path dir;
  static Path output;

  @BeforeAll
  static void extract() throws Exception {
    Path text = dir.resolve("fisheries-talks.txt");
    Files.writeString(text, "Foreign Minister Anna Berg of Norway welcomed the fisheries agreement with Chile. "
        + "She said that the agreement would protect the coastal communities of both countries.\n");
    output = dir.resolve("out.jsonl");
    Cli.Run r = Cli.run("extract", text.toString(), "--profile", "fast", "-o", output.toString(), "--quiet");
    assertEquals(0, r.exit(), r.err());
  }

  @Test
  void writesAPageADocumentAndAnIndex() throws Exception {
    Path pages = dir.resolve("pages");
    Cli.Run r = Cli.run("render", output.toString(), "-o", pages.toString());
    assertEquals(0, r.exit(), r.err());
    String page = Files.readString(pages.resolve("fisheries-talks.html"));
    assertTrue(page.contains("<section class=\"rd-doc\""), page);
    assertTrue(page.contains("Anna Berg"), page);
    assertTrue(Files.readString(pages.resolve("index.html")).contains("href=\"fisheries-talks.html\""));
    assertTrue(r.err().contains("1 document page"), r.err());
  }

  @Test
  void oneDocumentJsonFileRendersToo() throws Exception {
    Path single = dir.resolve("one.json");
    Files.writeString(single, Files.readAllLines(output).get(0));
    Path pages = dir.resolve("single");
    assertEquals(0, Cli.run("render", single.toString(), "-o", pages.toString()).exit());
    assertTrue(Files.exists(pages.resolve("fisheries-talks.html")));
  }

  @Test
  void aBadLineIsOneLineNamingTheFileAndLineAndTheRestIsRendered() throws Exception {
    Path bad = dir.resolve("bad.jsonl");
    Files.write(bad, List.of(Files.readAllLines(output).get(0), "{\"schema\":\"readout/1\",\"id\":", "{\"schema\":\"other/9\",\"id\":\"x\",\"text\":\"t\"}"));
    Path pages = dir.resolve("bad-pages");
    Cli.Run r = Cli.run("render", bad.toString(), "-o", pages.toString());
    assertEquals(1, r.exit());
    List<String> lines = r.err().lines().filter(l -> l.contains("bad.jsonl:")).toList();
    assertEquals(2, lines.size(), r.err());
    assertTrue(lines.get(0).startsWith("readout: " + bad + ":2: "), lines.get(0));
    assertTrue(lines.get(1).contains(":3: ") && lines.get(1).contains("other/9"), lines.get(1));
    assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
    assertTrue(Files.exists(pages.resolve("fisheries-talks.html")));
  }

  @Test
  void aMissingFileIsOneLine() {
    Path missing = dir.resolve("missing.jsonl");
    Cli.Run r = Cli.run("render", missing.toString(), "-o", dir.resolve("none").toString());
    assertEquals(1, r.exit());
    assertTrue(r.err().startsWith("readout: " + missing + ": no such file or directory"), r.err());
    assertFalse(r.err().contains("\tat "), r.err());
  }
}
