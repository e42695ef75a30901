package dev.readout.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExcludedDocumentsTest {
  private static final String LINE = "The two ministers agreed to meet again before the end of the year.";

  private static ExcludedDocuments fingerprints(Path dir) throws IOException {
    Path f = dir.resolve("excluded.tsv");
    Files.writeString(f, "# kind\tsha256\n"
        + "url\t" + ExcludedDocuments.sha256("example.org/news/readout-1") + "\n"
        + "line\t" + ExcludedDocuments.sha256(ExcludedDocuments.normalLine(LINE)) + "\n");
    return ExcludedDocuments.load(f);
  }

  @Test
  void aUrlMatchesWhateverItsSchemeWwwAndTrailingSlash(@TempDir Path dir) throws IOException {
    ExcludedDocuments ex = fingerprints(dir);
    assertEquals(Optional.of("its url"), ex.match("https://www.Example.org/news/readout-1/", "Nothing alike."));
    assertEquals(Optional.empty(), ex.match("https://example.org/news/readout-2", "Nothing alike."));
  }

  @Test
  void aLineMatchesWhateverItsCaseAndPunctuation(@TempDir Path dir) throws IOException {
    ExcludedDocuments ex = fingerprints(dir);
    assertEquals(Optional.of("line 2"), ex.match(null, "A title\nTHE TWO MINISTERS AGREED, to meet again before the end of the year!\n"));
    assertTrue(ex.match(null, "The two ministers agreed to meet again.").isEmpty(), "a different line");
  }

  @Test
  void aBadRowNamesTheFileAndLine(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("bad.tsv");
    Files.writeString(f, "url\tnot-a-hash\n");
    CorpusFormatException e = assertThrows(CorpusFormatException.class, () -> ExcludedDocuments.load(f));
    assertTrue(e.getMessage().startsWith(f + ":1:"), e.getMessage());
  }
}
