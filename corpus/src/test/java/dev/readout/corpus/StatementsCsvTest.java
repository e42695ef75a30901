package dev.readout.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readout.model.Actor;
import dev.readout.model.ActorKind;
import dev.readout.model.AnalyzedDocument;
import dev.readout.model.Cue;
import dev.readout.model.Mode;
import dev.readout.model.Stance;
import dev.readout.model.Statement;
import dev.readout.model.Target;
import dev.readout.model.TextSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StatementsCsvTest {
  @Test
  void fieldsAreQuotedOnlyWhenTheyMustBe() {
    assertEquals("plain text", Csv.field("plain text"));
    assertEquals("", Csv.field(""));
    assertEquals("\"a,b\"", Csv.field("a,b"));
    assertEquals("\"say \"\"no\"\"\"", Csv.field("say \"no\""));
    assertEquals("\"one\r\ntwo\"", Csv.field("one\r\ntwo"));
    assertEquals("\"lone\rcr\"", Csv.field("lone\rcr"));
    assertEquals("\"\"\"\"", Csv.field("\""));
    assertEquals("café; 北京", Csv.field("café; 北京"));
    assertEquals("\" padded\"", Csv.field(" padded"), "a reader may trim an unquoted edge space");
  }

  @Test
  void oneRowPerStatementThatAParserReadsBack() {
    String text = "Minister \"Ana\" Lima, and PM Dahl said: \"We agree,\nfully.\"";
    Actor lima = new Actor("a1", "Ana Lima", ActorKind.PERSON, "Foreign Minister", "Brazil, Federative Republic", List.of());
    Actor dahl = new Actor("a2", "Jon Dahl", ActorKind.PERSON, null, "Norway", List.of());
    Statement joint = new Statement("s1", 0, List.of("a1", "a2"), new Cue(37, 41, "said", "say"),
        new TextSpan(44, 61, "We agree,\nfully."), Mode.DIRECT, Stance.SUPPORT, 0.8765, new Target("the \"deal\"", null),
        "Trade, \"fair\" and free", "quote-colon");
    Statement bare = new Statement("s2", 0, List.of(), new Cue(37, 41, "said", "say"),
        new TextSpan(0, 5, "Minis"), Mode.INDIRECT, null, 0.0, null, null, "r");
    AnalyzedDocument doc = AnalyzedDocument.of("doc,1", text, Map.of("date", "2024-05-01", "issuer", "MFA \"Press\""))
        .withActors(List.of(lima, dahl), List.of(), List.of())
        .withStatements(List.of(joint, bare));
    String csv = StatementsCsv.header() + StatementsCsv.rows(doc);
    assertTrue(csv.endsWith("\r\n"));
    List<List<String>> rows = parse(csv);
    assertEquals(3, rows.size());
    assertEquals(StatementsCsv.COLUMNS, rows.get(0));
    assertEquals(List.of("doc,1", "2024-05-01", "MFA \"Press\"", "Trade, \"fair\" and free", "Ana Lima; Jon Dahl",
        "Foreign Minister; ", "Brazil, Federative Republic; Norway", "said", "DIRECT", "SUPPORT", "0.877",
        "the \"deal\"", "We agree,\nfully."), rows.get(1));
    assertEquals(List.of("doc,1", "2024-05-01", "MFA \"Press\"", "", "", "", "", "said", "INDIRECT", "", "0.000", "", "Minis"),
        rows.get(2));
    assertEquals("", StatementsCsv.rows(AnalyzedDocument.of("empty", "x", Map.of())));
  }

  /** A strict RFC 4180 reader: records end in CRLF; a quoted field may hold anything, its quotes doubled. */
  private static List<List<String>> parse(String csv) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int i = 0;
    while (i < csv.length()) {
      if (csv.charAt(i) == '"') {
        i++;
        while (true) {
          char c = csv.charAt(i++);
          if (c == '"' && i < csv.length() && csv.charAt(i) == '"') {
            field.append('"');
            i++;
          } else if (c == '"') {
            break;
          } else {
            field.append(c);
          }
        }
      } else {
        while (csv.charAt(i) != ',' && csv.charAt(i) != '\r') {
          char c = csv.charAt(i++);
          assertTrue(c != '"' && c != '\n', "a quote or line feed in an unquoted field at " + i);
          field.append(c);
        }
      }
      row.add(field.toString());
      field.setLength(0);
      if (csv.charAt(i) == ',') {
        i++;
      } else {
        assertEquals("\r\n", csv.substring(i, i + 2), "a record ends in CRLF");
        i += 2;
        rows.add(row);
        row = new ArrayList<>();
      }
    }
    return rows;
  }
}
