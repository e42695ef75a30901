package dev.readout.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readout.json.DocumentJson;
import dev.readout.model.Actor;
import dev.readout.model.ActorKind;
import dev.readout.model.AnalyzedDocument;
import dev.readout.model.Cue;
import dev.readout.model.Mode;
import dev.readout.model.Stance;
import dev.readout.model.Statement;
import dev.readout.model.Target;
import dev.readout.model.TextSpan;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchFilesTest {
  @TempDir Path dir;

  private static final DocumentJson JSON = new DocumentJson();
  private static final Function<AnalyzedDocument, String> LINE = d -> JSON.write(d) + "\n";

  private static AnalyzedDocument doc(String id) {
    String text = "Ana Lima said, \"we agree\".";
    Actor lima = new Actor("a1", "Ana Lima", ActorKind.PERSON, "Minister", null, List.of());
    Statement s = new Statement("s1", 0, List.of("a1"), new Cue(9, 13, "said", "say"), new TextSpan(16, 24, "we agree"),
        Mode.DIRECT, Stance.SUPPORT, 0.5, new Target("it", null), null, "r");
    return AnalyzedDocument.of(id, text, Map.of("date", "2024-01-0" + id.length()))
        .withActors(List.of(lima), List.of(), List.of())
        .withStatements(List.of(s));
  }

  private static InputDocument input(String id) {
    return new InputDocument(id, "x", Map.of(), id + ".txt");
  }

  private static InputProblem problem(String id) {
    return new InputProblem(id, id + ".txt", "empty", "empty file");
  }

  /** Fresh files out.jsonl, errors.jsonl and statements.csv in the folder, holding document a and problem b. */
  private static BatchFiles startedIn(Path folder) {
    BatchFiles files = BatchFiles.toFiles(folder.resolve("out.jsonl"), folder.resolve("errors.jsonl"), folder.resolve("statements.csv"), false, LINE);
    files.document(input("a"), doc("a"));
    files.problem(problem("b"));
    return files;
  }

  @Test
  void aCleanRunAppearsOnlyAtTheEnd() throws Exception {
    Path out = dir.resolve("sub/out.jsonl");
    Path errors = dir.resolve("sub/errors.jsonl");
    Path csv = dir.resolve("sub/statements.csv");
    BatchFiles files = startedIn(dir.resolve("sub"));
    assertFalse(Files.exists(out));
    assertEquals(1, Files.readAllLines(dir.resolve("sub/out.jsonl.part")).size(), "flushed per document");
    files.commit();
    assertEquals(List.of("a"), Files.readAllLines(out).stream().map(l -> JSON.read(l).id()).toList());
    assertEquals(List.of("{\"id\":\"b\",\"source\":\"b.txt\",\"kind\":\"empty\",\"message\":\"empty file\"}"), Files.readAllLines(errors));
    assertEquals(StatementsCsv.header() + StatementsCsv.rows(doc("a")), Files.readString(csv));
    try (var listing = Files.list(dir.resolve("sub"))) {
      assertEquals(3, listing.count(), "no .part file is left");
    }
  }

  @Test
  void resumingCutsATornLineSkipsWhatIsDoneAndRebuildsTheCsv() throws Exception {
    Path out = dir.resolve("out.jsonl");
    Path errors = dir.resolve("errors.jsonl");
    Path csv = dir.resolve("statements.csv");
    BatchFiles killed = startedIn(dir);
    killed.document(input("cc"), doc("cc"));
    killed.close(); // as a kill would leave them, but for the torn lines below
    String whole = JSON.write(doc("ddd"));
    Files.writeString(dir.resolve("out.jsonl.part"), whole.substring(0, whole.length() / 2), StandardOpenOption.APPEND);
    Files.writeString(dir.resolve("errors.jsonl.part"), "{\"id\":\"e\",\"sou", StandardOpenOption.APPEND);
    Files.writeString(dir.resolve("statements.csv.part"), "ddd,2024-01-03,\"torn", StandardOpenOption.APPEND);

    BatchFiles resumed = BatchFiles.toFiles(out, errors, csv, true, LINE);
    assertEquals(Set.of("a", "cc"), resumed.doneIds());
    assertEquals(Set.of("b.txt"), resumed.doneSources());
    assertEquals(2, resumed.resumedDocuments());
    assertEquals(1, resumed.resumedProblems());
    resumed.document(input("ddd"), doc("ddd"));
    resumed.problem(problem("e"));
    resumed.commit();

    assertEquals(List.of("a", "cc", "ddd"), Files.readAllLines(out).stream().map(l -> JSON.read(l).id()).toList());
    assertEquals(List.of("b", "e"), Files.readAllLines(errors).stream().map(l -> l.substring(7, l.indexOf('"', 7))).toList());
    assertEquals(StatementsCsv.header() + StatementsCsv.rows(doc("a")) + StatementsCsv.rows(doc("cc")) + StatementsCsv.rows(doc("ddd")),
        Files.readString(csv, StandardCharsets.UTF_8));
  }

  @Test
  void resumingAFinishedRunKeepsItAndAFreshRunReplacesALeftOverPart() throws Exception {
    Path out = dir.resolve("out.jsonl");
    Path errors = dir.resolve("errors.jsonl");
    BatchFiles first = BatchFiles.toFiles(out, errors, null, false, LINE);
    first.document(input("a"), doc("a"));
    first.commit();
    BatchFiles again = BatchFiles.toFiles(out, errors, null, true, LINE);
    assertEquals(Set.of("a"), again.doneIds());
    again.commit();
    assertEquals(1, Files.readAllLines(out).size());

    Files.writeString(dir.resolve("out.jsonl.part"), "left over\n");
    BatchFiles fresh = BatchFiles.toFiles(out, errors, null, false, LINE);
    assertTrue(fresh.doneIds().isEmpty());
    fresh.document(input("b"), doc("b"));
    fresh.commit();
    assertEquals(List.of("b"), Files.readAllLines(out).stream().map(l -> JSON.read(l).id()).toList());
  }

  @Test
  void documentsCanGoToAWriterWithoutAnErrorsFile() throws Exception {
    StringWriter stdout = new StringWriter();
    BatchFiles files = BatchFiles.toWriter(stdout, null, null, LINE);
    files.document(input("a"), doc("a"));
    files.problem(problem("b"));
    files.commit();
    assertEquals(JSON.write(doc("a")) + "\n", stdout.toString());
    try (var listing = Files.list(dir)) {
      assertEquals(0, listing.count());
    }
  }
}
