package dev.readout.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The aggregate command as a user runs it, on small files of extract's output (no models loaded). */
class AggregateCommandTest {
  @TempDir Path dir;

  /** One document of schema readout/1 with one speaker and statements of the given stances about a target. */
  private static String doc(String id, String date, String speaker, String title, String target, String... stances) {
    StringBuilder statements = new StringBuilder();
    for (int i = 0; i < stances.length; i++) {
      statements.append(i == 0 ? "" : ",").append(String.format(
          "{\"id\":\"s%d\",\"sentence\":0,\"speakers\":[\"a1\"],\"cue\":{\"begin\":0,\"end\":4,\"text\":\"said\",\"lemma\":\"say\"},"
              + "\"content\":{\"begin\":0,\"end\":4,\"text\":\"text\"},\"mode\":\"INDIRECT\",\"stance\":\"%s\",\"confidence\":0.9,"
              + "\"target\":{\"text\":\"%s\",\"actor\":null},\"rule\":\"test\"}", i + 1, stances[i], target));
    }
    return String.format(
        "{\"schema\":\"readout/1\",\"id\":\"%s\",\"meta\":{%s},\"text\":\"text\","
            + "\"actors\":[{\"id\":\"a1\",\"name\":\"%s\",\"kind\":\"PERSON\",\"title\":%s,\"affiliation\":null,\"aliases\":[]}],"
            + "\"statements\":[%s]}",
        id, date == null ? "" : "\"date\":\"" + date + "\"", speaker, title == null ? "null" : "\"" + title + "\"", statements);
  }

  @Test
  void aggregatesFilesReportsBadLinesAndWritesCsvAndHtml() throws Exception {
    Path a = dir.resolve("a.jsonl");
    Files.writeString(a, String.join("\n",
        doc("d1", "2021-02-01", "Ana Lima", "Foreign Minister", "the deal", "SUPPORT", "OPPOSE"),
        "{\"schema\":\"readout/1\", broken",
        doc("d2", "2021-06-30", "Lima", "Foreign Minister", "The deal", "SUPPORT")));
    Path b = dir.resolve("b.jsonl");
    Files.writeString(b, doc("d3", null, "Jon Dahl", null, "sanctions, \\\"smart\\\" ones", "NEUTRAL") + "\n");
    Path csv = dir.resolve("out/agg.csv");
    Path html = dir.resolve("out/agg.html");
    Cli.Run r = Cli.run("aggregate", a.toString(), b.toString(), dir.resolve("nope.jsonl").toString(), "-o", csv.toString(), "--html", html.toString(), "--top", "5");
    assertEquals(1, r.exit(), r.err());
    List<String> err = r.err().lines().toList();
    assertEquals(3, err.size(), r.err());
    assertTrue(err.get(0).startsWith("readout: " + a + ":2: not a readout document"), err.get(0));
    assertEquals("readout: " + dir.resolve("nope.jsonl") + ": no such file", err.get(1));
    assertTrue(err.get(2).startsWith("readout: 3 documents, 4 statements (0 about an act of an actor), 2 pairs (0 actor, 2 issue), 2 actors (2 speaking), 2 bad inputs"), err.get(2));
    assertFalse(r.err().contains("Exception"), r.err());
    assertEquals("", r.out());
    List<String> lines = List.of(Files.readString(csv).split("\r\n"));
    assertEquals(3, lines.size(), lines.toString());
    assertEquals("A1,Ana Lima (Foreign Minister),issue,,deal,deal,2,1,0,3,0.333,0,2021-02-01,2021-06-30,2,d1#s1; d1#s2; d2#s1", lines.get(1));
    assertEquals("A2,Jon Dahl,issue,,sanction,sanction,0,0,1,1,0.000,0,,,1,d3#s1", lines.get(2), "'sanctions, \"smart\" ones': its head phrase");
    String page = Files.readString(html);
    assertTrue(page.contains("<table id=\"pairs\" class=\"sortable\">"), page);
    assertTrue(page.contains("Ana Lima (Foreign Minister)"), page);
    assertTrue(page.contains("<div class=\"ex\" id=\"e1\""), "example statements behind the cells");
  }

  @Test
  void csvGoesToStandardOutputAndUsageErrorsAreOneLine() throws Exception {
    Path a = dir.resolve("a.jsonl");
    Files.writeString(a, doc("d1", "2021-02-01", "Ana Lima", null, "the deal", "SUPPORT") + "\n");
    Cli.Run ok = Cli.run("aggregate", a.toString());
    assertEquals(0, ok.exit(), ok.err());
    assertTrue(ok.out().startsWith("speaker_id,speaker,kind,target_id,target,head,support,oppose,neutral,total,net_stance,acts,"
        + "first_date,last_date,documents,example_ids\r\n"), ok.out());
    assertTrue(ok.out().contains("\r\nA1,Ana Lima,issue,,deal,deal,1,0,0,1,1.000,0,2021-02-01,2021-02-01,1,d1#s1\r\n"), ok.out());
    Cli.Run none = Cli.run("aggregate", a.toString(), "--examples", "0");
    assertTrue(none.out().contains("\r\nA1,Ana Lima,issue,,deal,deal,1,0,0,1,1.000,0,2021-02-01,2021-02-01,1,\r\n"), none.out());
    Cli.Run negative = Cli.run("aggregate", a.toString(), "--examples", "-1");
    assertEquals(2, negative.exit());
    assertTrue(negative.err().contains("--examples"), negative.err());
    Cli.Run bad = Cli.run("aggregate", a.toString(), "--top", "0");
    assertEquals(2, bad.exit());
    assertTrue(bad.err().contains("--top"), bad.err());
    assertFalse(bad.err().contains("Exception"), bad.err());
    Cli.Run help = Cli.run("aggregate", "--help");
    assertEquals(0, help.exit());
    assertTrue(help.out().contains("--html"), help.out());
  }
}
