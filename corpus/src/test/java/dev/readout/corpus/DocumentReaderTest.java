package dev.readout.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentReaderTest {
  @TempDir Path dir;

  private final DocumentReader reader = new DocumentReader();

  @Test
  void badFilesAreReportedAndTheOthersStillRead() throws Exception {
    Files.writeString(dir.resolve("a-good.txt"), "The Minister said the talks went well.");
    Files.writeString(dir.resolve("b-empty.txt"), "  \n");
    Files.write(dir.resolve("c-binary.txt"), new byte[] {'a', 0, 1, 2});
    Files.write(dir.resolve("d-latin1.txt"), "Caf\u00e9 talks".getBytes(StandardCharsets.ISO_8859_1));
    Files.createDirectories(dir.resolve("sub"));
    Files.writeString(dir.resolve("sub/e-nested.txt"), "He welcomed the visit.");
    Files.writeString(dir.resolve("ignored.json"), "{}");
    List<InputProblem> problems = new ArrayList<>();
    List<InputDocument> docs = reader.readAll(List.of(dir.toString(), dir.resolve("missing.txt").toString()), problems);
    assertEquals(List.of("a-good", "e-nested"), docs.stream().map(InputDocument::id).toList());
    assertEquals(List.of("empty", "binary", "encoding", "missing"), problems.stream().map(InputProblem::kind).toList());
    assertEquals(List.of("b-empty", "c-binary", "d-latin1", "missing"), problems.stream().map(InputProblem::id).toList());
    for (InputProblem p : problems) {
      assertTrue(p.describe().startsWith(p.source() + ": "), p.describe());
      assertTrue(!p.describe().contains("\n"));
    }
  }

  @Test
  void jsonLinesCarryMetadataAndReportBadLines() throws Exception {
    Path f = dir.resolve("batch.jsonl");
    Files.writeString(f, String.join("\n",
        "{\"id\":\"r1\",\"text\":\"The PM spoke.\",\"date\":\"2024-05-01\",\"issuer\":\"No 10\"}",
        "not json",
        "{\"id\":\"r3\"}",
        "",
        "{\"id\":\"r5\",\"text\":\"She agreed.\"}"));
    List<InputProblem> problems = new ArrayList<>();
    List<InputDocument> docs = reader.readAll(List.of(f.toString()), problems);
    assertEquals(List.of("r1", "r5"), docs.stream().map(InputDocument::id).toList());
    assertEquals("2024-05-01", docs.get(0).meta().get("date"));
    assertEquals("No 10", docs.get(0).meta().get("issuer"));
    assertEquals(2, problems.size());
    assertEquals(f + ":2", problems.get(0).source());
    assertEquals("json", problems.get(1).kind());
  }

  @Test
  void standardInputIsTextOrJsonLines() {
    List<InputDocument> docs = new ArrayList<>();
    List<InputProblem> problems = new ArrayList<>();
    reader.read(List.of("-"), new ByteArrayInputStream("The Minister said yes.".getBytes(StandardCharsets.UTF_8)), docs::add, problems::add);
    reader.read(List.of("-"), new ByteArrayInputStream("{\"id\":\"x\",\"text\":\"He said no.\"}\n".getBytes(StandardCharsets.UTF_8)), docs::add, problems::add);
    assertEquals(List.of("stdin", "x"), docs.stream().map(InputDocument::id).toList());
    assertTrue(problems.isEmpty());
  }

  @Test
  void documentsOverTheLimitAreReportedWhateverTheirForm() throws Exception {
    DocumentReader small = new DocumentReader(20);
    Files.writeString(dir.resolve("a-fits.txt"), "Twenty characters!!!");
    Files.writeString(dir.resolve("b-long.txt"), "Twenty-one characters");
    Files.writeString(dir.resolve("c-huge.txt"), "x".repeat(1000));
    Files.writeString(dir.resolve("d-lines.jsonl"),
        "{\"id\":\"short\",\"text\":\"She agreed.\"}\n{\"id\":\"long\",\"text\":\"" + "y".repeat(21) + "\"}\n");
    Files.writeString(dir.resolve("e-page.html"), "<html><body><nav>" + "menu ".repeat(20) + "</nav><p>He agreed.</p></body></html>");
    List<InputProblem> problems = new ArrayList<>();
    List<InputDocument> docs = small.readAll(List.of(dir.toString()), problems);
    assertEquals(List.of("a-fits", "short", "e-page"), docs.stream().map(InputDocument::id).toList());
    assertEquals(List.of("b-long", "c-huge", "long"), problems.stream().map(InputProblem::id).toList());
    for (InputProblem p : problems) {
      assertEquals("too-large", p.kind());
      assertTrue(p.message().contains("20 characters"), p.message());
    }
    assertEquals(6, small.count(List.of(dir.toString())));
    assertEquals(-1, small.count(List.of(dir.toString(), "-")));
  }

  @Test
  void savedPagesGiveTheirArticleTextAndTitle() throws Exception {
    Files.writeString(dir.resolve("call.html"),
        "<html><head><title>Readout</title></head><body><nav>Home</nav><article><h2>Call</h2><p>The leaders spoke.</p></article></body></html>");
    Files.write(dir.resolve("latin.htm"),
        "<html><head><meta charset=\"windows-1252\"></head><body><p>Caf\u00e9 talks.</p></body></html>".getBytes(StandardCharsets.ISO_8859_1));
    Files.write(dir.resolve("mangled.html"), "<p>Caf\u00e9 talks.</p>".getBytes(StandardCharsets.ISO_8859_1));
    List<InputProblem> problems = new ArrayList<>();
    List<InputDocument> docs = reader.readAll(List.of(dir.toString()), problems);
    assertEquals(List.of("call", "latin"), docs.stream().map(InputDocument::id).toList());
    assertEquals("Call\n\nThe leaders spoke.", docs.get(0).text());
    assertEquals("Readout", docs.get(0).meta().get("title"));
    assertEquals("Caf\u00e9 talks.", docs.get(1).text());
    assertEquals(List.of("encoding"), problems.stream().map(InputProblem::kind).toList());
    assertEquals("mangled", problems.get(0).id());
  }

  @Test
  void textIsKeptExactlyAsRead() throws Exception {
    String text = "Line one.\r\n  Line two with  spaces.\n";
    Files.writeString(dir.resolve("x.txt"), text);
    List<InputDocument> docs = reader.readAll(List.of(dir.resolve("x.txt").toString()), new ArrayList<>());
    assertEquals(text, docs.get(0).text());
  }
}
