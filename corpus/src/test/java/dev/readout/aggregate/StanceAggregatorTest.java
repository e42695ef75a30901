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
import dev.readout.model.AnalyzedDocument;
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
        .says(NEUTRAL, "the ceasefire", "a1")
        .says(NEUTRAL, "ceasefires", "a1")
        .build());
    agg.add(doc("d2", "2022-02-24T09:00:00Z")
        .actor(person("a1", "Biden", "President", null, "President Biden"))
        .actor(state("a2", "Ukraine"))
        .actor(state("a3", "Russia"))
        .aboutActor(OPPOSE, "a3", "a1")
        .aboutActor(SUPPORT, "a2", "a1")
        .says(SUPPORT, "Its ceasefire", "a1")
        .build());
    agg.add(doc("d3", null)
        .actor(person("a5", "Joe Biden", "President", null, "Biden"))
        .actor(state("a1", "Ukraine"))
        .aboutActor(OPPOSE, "a1", "a5")
        .says(SUPPORT, null, "a5")
        .says(SUPPORT, "their", "a5")
        .says(SUPPORT, "The  Ceasefire.", "a5")
        .build());
    StanceTable t = agg.table();
    assertEquals(3, t.documents());
    assertEquals(9, t.statements());
    assertEquals(1, t.withoutTarget());
    assertEquals(1, t.unusableTarget(), "a target of a determiner alone");
    assertEquals(1, t.undated());
    assertEquals(1, t.speakers(), "three documents' Bidens are one speaker");
    StanceRow ukraine = row(t, "Joseph R. Biden, Jr.", "Ukraine");
    assertEquals(TargetKind.ACTOR, ukraine.kind());
    assertEquals(3, ukraine.support());
    assertEquals(1, ukraine.oppose());
    assertEquals(0, ukraine.neutral());
    assertEquals(4, ukraine.total());
    assertEquals(0.5, ukraine.netStance(), 1e-9);
    assertEquals(LocalDate.of(2021, 3, 4), ukraine.firstDate());
    assertEquals(LocalDate.of(2022, 2, 24), ukraine.lastDate(), "an ISO date-time counts by its day; the undated d3 changes no date");
    assertEquals(3, ukraine.documents());
    assertEquals("Ukraine", ukraine.targetActor().name());
    assertNull(ukraine.head());
    StanceRow ceasefire = row(t, "Joseph R. Biden, Jr.", "ceasefire");
    assertEquals(4, ceasefire.total(), "'the ceasefire', 'ceasefires', 'Its ceasefire' and 'The  Ceasefire.' are one issue");
    assertEquals(TargetKind.ISSUE, ceasefire.kind());
    assertEquals("ceasefire", ceasefire.head());
    assertEquals(2, ceasefire.support());
    assertNull(ceasefire.targetActor());
    assertEquals(ukraine, t.rows().get(0), "most statements first");
  }

  @Test
  void anActOfAnActorCountsUnderTheActorAndUnderItsHeadPhrase() {
    String war = "Russia's war in Ukraine";
    StanceAggregator agg = new StanceAggregator();
    agg.add(doc("d1", "2022-03-01")
        .actor(person("a1", "Ana Lima", "Foreign Minister", "Brazil"))
        .actor(state("a2", "Russia"))
        .actor(state("a3", "United States", "U.S."))
        .states(OPPOSE, "the sanctions on Russia", "Russia", "a2", "russia", "a1")
        .states(OPPOSE, "the end of " + war, war, "a2", "war", "a1")
        .states(OPPOSE, "that the war must end", "the war", null, "war", "a1")
        .states(SUPPORT, "the U.S. commitment", "the U.S. commitment", "a3", "u.s. commitment", "a1")
        .states(SUPPORT, "the importance of it", "the importance", null, "importance", "a1")
        .build());
    StanceTable t = agg.table();
    assertEquals(4, t.statements());
    assertEquals(2, t.acts(), "the war and the U.S. commitment");
    assertEquals(1, t.unusableTarget(), "the importance, alone");
    StanceRow russia = row(t, "Ana Lima", "Russia");
    assertEquals(2, russia.oppose(), "the actor itself and its act");
    assertEquals(1, russia.acts());
    StanceRow warRow = row(t, "Ana Lima", "war");
    assertEquals(2, warRow.oppose(), "the act and the war without an actor");
    assertEquals(1, warRow.acts());
    assertEquals(1, row(t, "Ana Lima", "United States").acts());
    assertEquals(3, t.rows().size(), "'the U.S. commitment' leaves no issue of its own: " + t.rows());
    assertEquals(List.of(TargetKind.ACTOR, TargetKind.ISSUE), t.rows().stream().map(StanceRow::kind).distinct().sorted().toList());
  }

  @Test
  void aTargetThatIsTheCueOrLightNounsAloneIsLeftOut() {
    StanceAggregator agg = new StanceAggregator();
    agg.add(doc("d1", "2022-03-01")
        .actor(person("a1", "Ana Lima", "Foreign Minister", "Brazil"))
        .actor(person("a2", "Jon Dahl", "Prime Minister", "Norway"))
        .says(SUPPORT, "said", "a1")
        .states(SUPPORT, "the need for calm", "calm", null, "calm", "a1")
        .states(SUPPORT, "her commitment", "her commitment", "a2", "commitment", "a1")
        .build());
    StanceTable t = agg.table();
    assertEquals(1, t.unusableTarget(), "the cue itself");
    assertEquals(2, t.statements());
    assertEquals(1, row(t, "Ana Lima", "calm").total());
    assertEquals(1, row(t, "Ana Lima", "Jon Dahl (Prime Minister, Norway)").acts(), "her commitment: the actor only");
    assertEquals(2, t.rows().size());
  }

  @Test
  void eachPairKeepsAFewExamplesOneOfEachStanceFirstInDocumentOrder() {
    try (StanceAggregator agg = new StanceAggregator(new ActorMerger(), 2)) {
      Docs d = doc("d1", "2022-03-01").actor(person("a1", "Ana Lima", "Foreign Minister", "Brazil"));
      for (int i = 0; i < 5; i++) {
        d.states(SUPPORT, "the ceasefire number " + i, "the ceasefire", null, "ceasefire", "a1");
      }
      d.states(OPPOSE, "no ceasefire without the hostages", "ceasefire", null, "ceasefire", "a1");
      d.states(SUPPORT, "the ceasefire again", "the ceasefire", null, "ceasefire", "a1");
      agg.add(d.build());
      agg.add(doc("d2", "2022-03-02").actor(person("a9", "Ana Lima", "Foreign Minister", "Brazil"))
          .states(NEUTRAL, "the ceasefire talks", "the ceasefire talks", null, "ceasefire talk", "a9").build());
      StanceRow r = row(agg.table(), "Ana Lima", "ceasefire");
      assertEquals(List.of("d1#s1", "d1#s6"), r.examples().stream().map(ExampleRef::id).toList(),
          "the first SUPPORT and the one OPPOSE, which took the place of the second SUPPORT");
      StanceExample e = agg.example(r.examples().get(1));
      assertEquals(OPPOSE, e.stance());
      assertEquals("Ana Lima", e.speakers());
      assertEquals("said", e.cue());
      assertEquals(LocalDate.of(2022, 3, 1), e.date());
      assertEquals("no ceasefire without the hostages", e.content());
      assertEquals("ceasefire", e.content().substring(e.markBegin(), e.markEnd()));
    }
  }

  @Test
  void aRowOfMergedActorsChoosesItsExamplesOnceEachAndZeroKeepsNone() {
    AnalyzedDocument d = doc("d1", "2021-01-01")
        .actor(person("a1", "Joseph Biden", "President", null))
        .actor(person("a2", "Joseph R. Biden", "President", null))
        .states(SUPPORT, "the deal", "the deal", null, "deal", "a1", "a2")
        .states(OPPOSE, "the bad deal", "the bad deal", null, "bad deal", "a2")
        .states(OPPOSE, "no deal", "deal", null, "deal", "a2")
        .build();
    try (StanceAggregator agg = new StanceAggregator(new ActorMerger(), 3)) {
      agg.add(d);
      StanceRow r = row(agg.table(), "Joseph R. Biden", "deal");
      assertEquals(List.of("d1#s1", "d1#s3"), r.examples().stream().map(ExampleRef::id).toList(), "s1 of both merged speakers once");
    }
    try (StanceAggregator none = new StanceAggregator(new ActorMerger(), 0)) {
      none.add(d);
      assertTrue(none.table().rows().stream().allMatch(r -> r.examples().isEmpty()));
    }
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
    StanceRow r = row(t, "Jon Dahl", "attack");
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
