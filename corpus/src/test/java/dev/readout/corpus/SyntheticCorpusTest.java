package dev.readout.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticCorpusTest {
  private static final SyntheticCorpus CORPUS = SyntheticCorpus.load();

  @Test
  void sameSeedAndIndexGiveTheSameDocumentAcrossLoads() {
    SyntheticCorpus other = SyntheticCorpus.load();
    for (int i = 0; i < 50; i++) {
      assertEquals(CORPUS.document(1, i), other.document(1, i));
    }
  }

  @Test
  void seedsAndIndicesGiveDifferentDocuments() {
    assertNotEquals(CORPUS.document(1, 0).text(), CORPUS.document(2, 0).text());
    Set<String> texts = new HashSet<>();
    IntStream.range(0, 200).forEach(i -> texts.add(CORPUS.document(1, i).text()));
    assertEquals(200, texts.size());
  }

  @Test
  void aDocumentDoesNotDependOnTheOnesBeforeIt() {
    StringWriter out = new StringWriter();
    CORPUS.writeJsonLines(7, 12, out);
    List<String> lines = out.toString().lines().toList();
    assertEquals(12, lines.size());
    assertTrue(lines.get(11).contains("\"id\":\"synthetic-7-00011\""));
    StringWriter one = new StringWriter();
    CORPUS.writeJsonLines(7, 12, one);
    assertEquals(out.toString(), one.toString());
    assertTrue(lines.get(11).contains(jsonEscaped(CORPUS.document(7, 11).title())));
  }

  private static String jsonEscaped(String s) {
    return s.replace("\"", "\\\"");
  }

  @Test
  void documentsHaveTheShapeOfReadouts() {
    List<SyntheticCorpus.Document> docs = IntStream.range(0, 400).mapToObj(i -> CORPUS.document(3, i)).toList();
    TreeMap<String, Integer> genres = new TreeMap<>();
    Set<String> titles = new HashSet<>();
    int shortDocs = 0;
    int longDocs = 0;
    int withHeadings = 0;
    int withQuotes = 0;
    for (SyntheticCorpus.Document d : docs) {
      String all = d.title() + "\n" + d.text();
      assertFalse(all.contains("{") || all.contains("}"), () -> d.id() + " has an unexpanded slot: " + all);
      assertTrue(d.words() >= SyntheticCorpus.MIN_WORDS, () -> d.id() + " is too short: " + d.words());
      assertTrue(d.words() <= SyntheticCorpus.MAX_WORDS + 150, () -> d.id() + " is too long: " + d.words());
      assertTrue(d.date().matches("20\\d\\d-\\d\\d-\\d\\d"), d.date());
      assertTrue(Character.isUpperCase(d.text().charAt(0)), d.text());
      genres.merge(d.genre(), 1, Integer::sum);
      titles.add(d.title());
      shortDocs += d.words() < 300 ? 1 : 0;
      longDocs += d.words() > 1000 ? 1 : 0;
      withQuotes += d.text().contains("\"") ? 1 : 0;
      boolean heading = d.text().lines().anyMatch(l -> !l.isBlank() && !l.strip().matches(".*[.!?\"]$"));
      withHeadings += heading ? 1 : 0;
      for (String paragraph : d.text().split("\n\n")) {
        assertFalse(paragraph.isBlank(), d.id());
      }
    }
    assertEquals(Set.of("call", "meeting", "statement", "press"), genres.keySet());
    assertTrue(shortDocs > 100, "short documents: " + shortDocs);
    assertTrue(longDocs > 20, "long documents: " + longDocs);
    assertTrue(withHeadings > 20, "documents with headings: " + withHeadings);
    assertTrue(withQuotes > 50, "documents with quotations: " + withQuotes);
    assertTrue(titles.size() > 350, "distinct titles: " + titles.size());
  }

  @Test
  void speakersComeFromManyStatesAndOrganisations() {
    Set<String> openings = new HashSet<>();
    int organisations = 0;
    for (int i = 0; i < 300; i++) {
      String first = CORPUS.document(5, i).text().split("\n\n")[0];
      openings.add(first);
      organisations += first.matches("(?s).*(Secretary-General|Secretary General|High Representative|Director General|Chairperson).*") ? 1 : 0;
    }
    assertEquals(300, openings.size());
    assertTrue(organisations > 20, "openings naming an organisation's head: " + organisations);
  }

  @Test
  void theWrittenFileReadsBackAsDocuments(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("synthetic.jsonl");
    try (var w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      CORPUS.writeJsonLines(1, 25, w);
    }
    List<InputProblem> problems = new ArrayList<>();
    List<InputDocument> read = new DocumentReader().readAll(List.of(file.toString()), problems);
    assertEquals(List.of(), problems);
    assertEquals(25, read.size());
    SyntheticCorpus.Document d = CORPUS.document(1, 24);
    assertEquals(d.id(), read.get(24).id());
    assertEquals(d.text(), read.get(24).text());
    assertEquals(d.genre(), read.get(24).meta().get("genre"));
    assertEquals(d.date(), read.get(24).meta().get("date"));
  }
}
