package dev.readout.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readout.model.AnalyzedDocument;
import dev.readout.model.Stance;
import dev.readout.model.Statement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The gold corpus shipped in this module: valid, compiled from its authoring files, as large as promised. */
class BundledCorpusTest {
  static final Path AUTHORING = Path.of("src/main/authoring");
  static final Path GOLD = Path.of("src/main/resources/dev/readout/corpus/gold");

  @Test
  void goldIsValidAndLargeEnough() {
    GoldCorpus c = GoldCorpus.load(GOLD);
    assertTrue(c.size() >= 60, "documents: " + c.size());
    assertTrue(c.documents("test").size() >= 20, "test documents: " + c.documents("test").size());
    Map<Stance, Integer> stances = new EnumMap<>(Stance.class);
    int statements = 0;
    for (AnalyzedDocument d : c.documents("all")) {
      assertTrue(!d.entities().isEmpty() && !d.actors().isEmpty(), d.id() + " has gold entities and actors");
      for (Statement s : d.statements()) {
        if (!s.optional()) {
          statements++;
          stances.merge(s.stance(), 1, Integer::sum);
        }
      }
    }
    assertTrue(statements >= 600, "statements: " + statements);
    for (Stance s : Stance.values()) {
      assertTrue(stances.getOrDefault(s, 0) >= 100, s + ": " + stances.get(s));
    }
  }

  @Test
  void goldIsWhatTheAuthoringFilesCompileTo() throws Exception {
    List<AnalyzedDocument> compiled = new AuthoringCompiler().compileAll(AUTHORING);
    for (AnalyzedDocument d : compiled) {
      Path f = GOLD.resolve(d.id() + ".json");
      assertTrue(Files.exists(f), d.id() + ".json is missing: run readout corpus compile");
      assertEquals(GoldCorpus.toJson(d), Files.readString(f), d.id() + ".json is stale: run readout corpus compile");
    }
    try (var files = Files.list(GOLD)) {
      assertEquals(compiled.size(), files.filter(p -> p.toString().endsWith(".json")).count(), "gold without authoring source");
    }
  }
}
