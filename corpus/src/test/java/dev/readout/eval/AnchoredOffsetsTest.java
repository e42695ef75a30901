package dev.readout.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readout.corpus.CorpusFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnchoredOffsetsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TEXT = "Minister Ana Lima met Foreign Minister Jon Dahl in Oslo.\n"
      + "Minister Lima welcomed the new fisheries agreement. The two ministers discussed regional security.\n";
  private static final String ANCHORED = "{\"file\": \"d1.txt\", \"note\": \"a made-up release\","
      + " \"actors\": [{\"name\": \"Ana Lima\", \"kind\": \"PERSON\", \"title\": \"Minister\"}],"
      + " \"statements\": ["
      + "{\"ctx\": \"Minister Lima welcomed the new\", \"cue\": \"welcomed\", \"speakers\": [\"Lima\"], \"stance\": \"SUPPORT\","
      + " \"target\": \"the new fisheries agreement\", \"target_key\": \"fisheries|agreement\"},"
      + "{\"ctx\": \"The two ministers discussed regional\", \"cue\": \"discussed\", \"speakers\": [\"Lima\", \"Dahl\"],"
      + " \"stance\": \"NEUTRAL\", \"target\": \"regional security\", \"target_key\": \"security\", \"optional\": true}],"
      + " \"entities\": [[\"Ana Lima\", \"PERSON\"], [\"Oslo\", \"PLACE\"]]}";

  private static AnchoredGold read(JsonNode n, String text) {
    return AnchoredGold.read("d1.json", new ByteArrayInputStream(n.toString().getBytes(StandardCharsets.UTF_8)), text);
  }

  @Test
  void theOffsetsFormHoldsNoneOfTheTextAndReadsAsTheAnchoredForm() throws IOException {
    JsonNode anchored = JSON.readTree(ANCHORED);
    ObjectNode offsets = AnchoredExport.toOffsets("d1.json", anchored, TEXT);
    String written = offsets.toString();
    assertFalse(written.contains("welcomed the new"), "no ctx");
    assertFalse(written.contains("fisheries agreement"), "no target phrase");
    assertFalse(written.contains("made-up"), "no note");
    assertEquals(AnchoredGold.sha256(TEXT), offsets.get("sha256").asText());
    AnchoredGold a = read(anchored, TEXT);
    AnchoredGold o = read(offsets, TEXT);
    assertEquals(a.statements().size(), o.statements().size());
    for (int i = 0; i < a.statements().size(); i++) {
      var x = a.statements().get(i);
      var y = o.statements().get(i);
      assertEquals(x.cue(), y.cue());
      assertEquals(x.speakers(), y.speakers());
      assertEquals(x.stance(), y.stance());
      assertEquals(x.optional(), y.optional());
      assertEquals(x.target(), y.target());
      assertEquals(x.targetKey(), y.targetKey());
    }
    assertEquals(a.entities(), o.entities());
  }

  @Test
  void aTextThatIsNotTheAnnotatedOneIsRefused() throws IOException {
    ObjectNode offsets = AnchoredExport.toOffsets("d1.json", JSON.readTree(ANCHORED), TEXT);
    CorpusFormatException e = assertThrows(CorpusFormatException.class, () -> read(offsets, TEXT.replace("Oslo", "Bergen")));
    assertTrue(e.getMessage().contains("$.sha256") && e.getMessage().contains("d1.txt"), e.getMessage());
  }

  @Test
  void aTargetNotInTheTextIsNamed() throws IOException {
    ObjectNode bad = (ObjectNode) JSON.readTree(ANCHORED);
    ((ObjectNode) bad.get("statements").get(0)).put("target", "the old treaty");
    CorpusFormatException e = assertThrows(CorpusFormatException.class, () -> AnchoredExport.toOffsets("d1.json", bad, TEXT));
    assertTrue(e.getMessage().contains("$.statements[0].target"), e.getMessage());
  }

  @Test
  void aSplitFileChoosesTheDocuments(@TempDir Path dir) throws IOException {
    Path gold = Files.createDirectories(dir.resolve("gold"));
    Path texts = Files.createDirectories(dir.resolve("texts"));
    for (String id : List.of("d1", "d2")) {
      Files.writeString(texts.resolve(id + ".txt"), TEXT);
      ObjectNode o = AnchoredExport.toOffsets(id + ".json", JSON.readTree(ANCHORED.replace("d1.txt", id + ".txt")), TEXT);
      Files.writeString(gold.resolve(id + ".json"), o.toString());
    }
    Files.writeString(gold.resolve("split.tsv"), "# split\nd1\tdev\nd2\ttest\n");
    assertTrue(AnchoredSet.isAnchored(gold));
    assertEquals(List.of("d2"), AnchoredSet.load(gold, texts, "test").stream().map(AnchoredSet.Item::id).toList());
    assertEquals(List.of("d1"), AnchoredSet.load(gold, texts, "dev").stream().map(AnchoredSet.Item::id).toList());
    assertEquals(2, AnchoredSet.load(gold, texts, "all").size());
  }
}
