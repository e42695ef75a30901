package dev.readout.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readout.json.DocumentJson;
import dev.readout.pipeline.Pipeline;
import dev.readout.pipeline.Profile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bundled samples give, in both profiles, exactly what {@code extract} wrote for them when the snapshot was last
 * written (snapshot/samples-*.jsonl: first before actor resolution and attribution became sieves, then again when
 * the target finder changed the samples' targets and nothing else), apart from the rule fields the sieves added: a
 * mention's {@code rule}, a statement's {@code chain}, {@code speaker_rules} and {@code optional}. A change meant to alter the
 * output rewrites the snapshot ({@code extract corpus/src/main/resources/dev/readout/corpus/samples --profile P -o
 * corpus/src/test/resources/dev/readout/corpus/snapshot/samples-P.jsonl}) and says what changed and why.
 */
class SamplesSnapshotIT {
  private static final DocumentJson JSON = new DocumentJson();
  private static final List<String> ADDED_STATEMENT_FIELDS = List.of("chain", "speaker_rules", "optional");

  private static final class Fast {
    static final Pipeline PIPELINE = Pipeline.builder().profile(Profile.FAST).build();
  }

  @ParameterizedTest
  @ValueSource(strings = {"accurate", "fast"})
  void samplesAreAsTheSnapshotHasThem(String profile) throws IOException {
    Pipeline pipeline = profile.equals("fast") ? Fast.PIPELINE : SharedPipeline.get();
    List<String> lines = snapshot(profile);
    assertEquals(Samples.IDS.size(), lines.size(), "one snapshot line per sample");
    for (String line : lines) {
      JsonNode expected = withoutAddedFields(JSON.mapper().readTree(line));
      String id = expected.get("id").asText();
      JsonNode actual = withoutAddedFields(JSON.mapper().readTree(JSON.write(pipeline.analyze(id, Samples.text(id), Map.of()))));
      assertTrue(expected.equals(actual), profile + " " + id + ": " + firstDifference("$", expected, actual));
    }
  }

  private static List<String> snapshot(String profile) throws IOException {
    try (InputStream in = SamplesSnapshotIT.class.getResourceAsStream("/dev/readout/corpus/snapshot/samples-" + profile + ".jsonl")) {
      assertTrue(in != null, "snapshot/samples-" + profile + ".jsonl");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
    }
  }

  private static JsonNode withoutAddedFields(JsonNode doc) {
    doc.path("mentions").forEach(m -> ((ObjectNode) m).remove("rule"));
    doc.path("statements").forEach(s -> ((ObjectNode) s).remove(ADDED_STATEMENT_FIELDS));
    return doc;
  }

  /** Where two JSON trees first differ, for a message a person can act on. */
  private static String firstDifference(String path, JsonNode a, JsonNode b) {
    if (a.equals(b)) {
      return "";
    }
    if (a.isObject() && b.isObject()) {
      for (Iterator<String> it = a.fieldNames(); it.hasNext(); ) {
        String f = it.next();
        if (!a.get(f).equals(b.get(f))) {
          return b.has(f) ? firstDifference(path + "." + f, a.get(f), b.get(f)) : path + "." + f + " missing";
        }
      }
      return path + ": fields added " + b;
    }
    if (a.isArray() && b.isArray()) {
      for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
        if (!a.get(i).equals(b.get(i))) {
          return firstDifference(path + "[" + i + "]", a.get(i), b.get(i));
        }
      }
      return path + ": " + a.size() + " elements in the snapshot, " + b.size() + " now";
    }
    return path + ": snapshot " + a + ", now " + b;
  }
}
