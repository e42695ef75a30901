package dev.readout.aggregate;

import static dev.readout.aggregate.Docs.doc;
import static dev.readout.aggregate.Docs.person;
import static dev.readout.aggregate.Docs.state;
import static dev.readout.model.Stance.NEUTRAL;
import static dev.readout.model.Stance.OPPOSE;
import static dev.readout.model.Stance.SUPPORT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readout.corpus.InputProblem;
import dev.readout.json.DocumentJson;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StanceAggregatorTest {
  private static StanceRow row(StanceTable t, String speakerName, String target) {
    return t.rows().stream()
        .filter(r -> r.speaker().name().equals(speakerName) && r.target().equals(target))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row " + speakerName + " → " + target + " in " + t.rows()));
  }

  @Test
  void countsDatesAndDocumentsPerPairAcrossDocuments() {
    StanceAggregator agg = new StanceAggregator();
    agg.add(doc("d1", "2021-03-04")
        .actor(person("a1", "Joseph R. Biden, Jr.", "President", null, "President Biden"))
        .actor(state("a2", "Ukraine"))
        .aboutActor(SUPPORT, "a2", "a1")
        .aboutActor(SUPPORT, "a2", "a1")
        .says(NEUTRAL, "the importance", "a1")
        .says(NEUTRAL, "the importance", "a1")
        .build());
    agg.add(doc("d2", "2022-02-24T09:00:00Z")
        .actor(person("a1", "Biden", "President", null, "President Biden"))
        .actor(state("a2", "Ukraine"))
        .actor(state("a3", "Russia"))
        .aboutActor(OPPOSE, "a3", "a1")
        .aboutActor(SUPPORT, "a2", "a1")
        .says(SUPPORT, "Its importance", "a1")
        .build());
    agg.add(doc("d3", null)
        .actor(person("a5", "Joe Biden", "President", null, "Biden"))
        .actor(state("a1", "Ukraine"))
        .aboutActor(OPPOSE, "a1", "a5")
        .says(SUPPORT, null, "a5")
        .says(SUPPORT, "their", "a5")
        .says(SUPPORT, "The  Importance.", "a5")
        .build());
    StanceTable t = agg.table();
    assertEquals(3, t.documents());
    assertEquals(9, t.statements());
    assertEquals(2, t.withoutTarget(), "no target, and a target of a determiner alone");
    assertEquals(1, t.undated());
    assertEquals(1, t.speakers(), "three documents' Bidens are one speaker");
    StanceRow ukraine = row(t, "Joseph R. Biden, Jr.", "Ukraine");
    assertEquals(3, ukraine.support());
    assertEquals(1, ukraine.oppose());
    assertEquals(0, ukraine.neutral());
    assertEquals(4, ukraine.total());
    assertEquals(0.5, ukraine.netStance(), 1e-9);
    assertEquals(LocalDate.of(2021, 3, 4), ukraine.firstDate());
    assertEquals(LocalDate.of(2022, 2, 24), ukraine.lastDate(), "an ISO date-time counts by its day; the undated d3 changes no date");
    assertEquals(3, ukraine.documents());
    assertEquals("Ukraine", ukraine.targetActor().name());
    StanceRow importance = row(t, "Joseph R. Biden, Jr.", "the importance");
    assertEquals(4, importance.total(), "'the importance' (twice), 'Its importance' and 'The  Importance.' are one target, shown as the most used form");
    assertEquals(2, importance.support());
    assertNull(importance.targetActor());
    assertEquals(ukraine, t.rows().get(0), "most statements first");
  }

  @Test
  void onlyUndatedDocumentsLeaveDatesEmptyAndJointStatementsCountForEachSpeaker() {
    StanceAggregator agg = new StanceAggregator();
    agg.add(doc("d1", "not a date")
        .actor(person("a1", "Ana Lima", "Foreign Minister", "Brazil"))
        .actor(person("a2", "Jon Dahl", "Prime Minister", "Norway"))
        .says(OPPOSE, "the attack", "a1", "a2")
        .build());
    StanceTable t = agg.table();
    assertEquals(2, t.rows().size());
    StanceRow r = row(t, "Jon Dahl", "the attack");
    assertEquals(-1.0, r.netStance(), 1e-9);
    assertNull(r.firstDate());
    assertNull(r.lastDate());
    assertEquals(1, t.undated());
  }

  @Test
  void aDocumentCountsOnceForAPairWhenTwoOfItsActorsMerge() {
    StanceAggregator agg = new StanceAggregator();
    agg.add(doc("d1", "2021-01-01")
        .actor(person("a1", "Joseph Biden", "President", null))
        .actor(person("a2", "Joseph R. Biden", "President", null))
        .says(SUPPORT, "the deal", "a1")
        .says(SUPPORT, "the deal", "a2")
        .build());
    StanceRow r = agg.table().rows().get(0);
    assertEquals(2, r.total());
    assertEquals(1, r.documents());
  }

  @Test
  void aStatementNamingAnUnknownActorRejectsTheWholeDocument() {
    StanceAggregator agg = new StanceAggregator();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> agg.add(doc("d1", "2021-01-01")
        .actor(person("a1", "Ana Lima", null, null))
        .says(SUPPORT, "the deal", "a1")
        .says(SUPPORT, "the deal", "a9")
        .build()));
    assertTrue(e.getMessage().contains("a9"), e.getMessage());
    assertEquals(0, agg.table().documents());
    assertEquals(0, agg.table().rows().size(), "nothing of a rejected document is counted");
  }

  @Test
  void badLinesAreReportedWithFileAndLineAndTheOthersCounted() throws Exception {
    DocumentJson json = new DocumentJson();
    String good = json.write(doc("d1", "2021-01-01").actor(person("a1", "Ana Lima", null, null)).says(SUPPORT, "the deal", "a1").build());
    String unknownSpeaker = json.write(doc("d2", "2021-01-02").actor(person("a1", "Ana Lima", null, null)).says(SUPPORT, "the deal", "a7").build());
    String input = String.join("\n", good, "{not json", "", "{\"schema\":\"other/9\",\"id\":\"x\",\"text\":\"t\"}", unknownSpeaker, good);
    StanceAggregator agg = new StanceAggregator();
    List<InputProblem> problems = new ArrayList<>();
    int bad = agg.read(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), "out.jsonl", problems::add);
    assertEquals(3, bad);
    assertEquals(List.of("out.jsonl:2", "out.jsonl:4", "out.jsonl:5"), problems.stream().map(InputProblem::source).toList());
    assertTrue(problems.get(0).describe().startsWith("out.jsonl:2: not a readout document"), problems.get(0).describe());
    assertTrue(problems.get(1).describe().contains("other/9"), problems.get(1).describe());
    assertTrue(problems.get(2).describe().contains("'a7'"), problems.get(2).describe());
    problems.forEach(p -> assertTrue(!p.describe().contains("\n") && !p.describe().contains("Exception"), p.describe()));
    StanceTable t = agg.table();
    assertEquals(2, t.documents());
    assertEquals(2, t.rows().get(0).total());
    assertEquals(2, t.rows().get(0).documents());
  }

  @Test
  void aMissingFileIsOneProblem() {
    List<InputProblem> problems = new ArrayList<>();
    assertEquals(1, new StanceAggregator().read(java.nio.file.Path.of("no/such/file.jsonl"), problems::add));
    assertEquals(1, problems.size());
    assertEquals("no/such/file.jsonl: no such file", problems.get(0).describe());
  }

  @Test
  void aLineThatIsNotUtf8IsOneBadLine(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Path f = dir.resolve("mixed.jsonl");
    String good = new DocumentJson().write(doc("d1", "2021-01-01").actor(person("a1", "Ana Lima", null, null)).says(SUPPORT, "the deal", "a1").build());
    byte[] latin1 = "{\"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    bytes.write((good + "\r\n").getBytes(StandardCharsets.UTF_8));
    bytes.write(latin1);
    bytes.write(("\n" + good.replace("\"d1\"", "\"d3\"")).getBytes(StandardCharsets.UTF_8));
    java.nio.file.Files.write(f, bytes.toByteArray());
    StanceAggregator agg = new StanceAggregator();
    List<InputProblem> problems = new ArrayList<>();
    assertEquals(1, agg.read(f, problems::add));
    assertEquals(f + ":2: not UTF-8 text; convert the file to UTF-8", problems.get(0).describe());
    assertEquals(2, agg.table().documents(), "the lines before and after it count, the last without a final line break");
  }
}
