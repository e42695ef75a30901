package dev.readout.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readout.model.AnalyzedDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldCorpusTest {
  @TempDir Path dir;

  private AnalyzedDocument doc() {
    return new AuthoringCompiler().compile("jp-cl", AuthoringCompilerTest.SOURCE, AuthoringCompilerTest.JSON, new ArrayList<>());
  }

  @Test
  void loadsValidatedDocumentsAndSplits() throws Exception {
    Files.writeString(dir.resolve("jp-cl.json"), GoldCorpus.toJson(doc()));
    Files.writeString(dir.resolve("split.tsv"), "# id\tsplit\njp-cl\ttest\n");
    GoldCorpus c = GoldCorpus.load(dir);
    assertEquals(1, c.documents("test").size());
    assertEquals(0, c.documents("dev").size());
    assertEquals(doc(), c.documents("all").get(0));
    assertEquals(64, c.hash().length());
  }

  @Test
  void goldWithoutSplitIsAllAndRefusesANamedSplit() throws Exception {
    Files.writeString(dir.resolve("jp-cl.json"), GoldCorpus.toJson(doc()));
    GoldCorpus c = GoldCorpus.load(dir);
    assertFalse(c.hasSplit());
    assertEquals(1, c.documents("all").size());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> c.documents("test"));
    assertTrue(e.getMessage().contains("--split all"), e.getMessage());
  }

  @Test
  void reportsEveryProblemWithFileAndPathAndLoadsNothing() throws Exception {
    String json = GoldCorpus.toJson(doc())
        .replaceFirst("\"text\" : \"Taro Aso\"", "\"text\" : \"Taro Asu\"")
        .replaceFirst("\"actor\" : \"aso\"", "\"actor\" : \"ghost\"")
        .replaceFirst("\"stance\" : \"SUPPORT\"", "\"stance\" : \"FOR\"");
    Files.writeString(dir.resolve("jp-cl.json"), json);
    Files.writeString(dir.resolve("other.json"), GoldCorpus.toJson(doc()).replace("\"gold\" : true", "\"gold\" : false").replace("\"id\" : \"jp-cl\"", "\"id\" : \"other\""));
    Files.writeString(dir.resolve("split.tsv"), "jp-cl\ttest\nmissing\tdev\n");
    CorpusFormatException e = assertThrows(CorpusFormatException.class, () -> GoldCorpus.load(dir));
    String m = e.getMessage();
    assertTrue(m.lines().findFirst().orElseThrow().contains("jp-cl.json: "), "the first line names the first problem: " + m);
    assertTrue(m.contains("jp-cl.json: "), m);
    assertTrue(m.contains("FOR"), "an unknown label is named: " + m);
    assertTrue(m.contains("other.json: $.gold: missing or not true"), m);
    assertTrue(m.contains("split.tsv:2: no gold document missing"), m);
  }

  @Test
  void offsetsAndActorReferencesAreChecked() throws Exception {
    String json = GoldCorpus.toJson(doc())
        .replaceFirst("\"text\" : \"Taro Aso\"", "\"text\" : \"Taro Asu\"")
        .replaceFirst("\"actor\" : \"aso\"", "\"actor\" : \"ghost\"");
    var problems = new ArrayList<String>();
    assertEquals(null, GoldCorpus.parse("jp-cl.json", json, problems));
    assertTrue(problems.stream().anyMatch(p -> p.matches("jp-cl\\.json: \\$\\.entities\\[\\d+\\]\\.text: \"Taro Asu\" but the text at .*")), problems.toString());
    assertTrue(problems.stream().anyMatch(p -> p.matches("jp-cl\\.json: \\$\\.entities\\[\\d+\\]\\.actor: unknown actor ghost")), problems.toString());
  }
}
