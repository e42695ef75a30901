package dev.readout.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readout.corpus.CorpusFormatException;
import dev.readout.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Anchored gold ({@code ctx} strings copied from the text) turned into gold that holds none of the text: each cue and
 * target as character offsets, with the SHA-256 of the text they annotate ({@link AnchoredGold#readOffsets}). What
 * stays is labels, names (speakers, actors, entities) and the target keys. For annotations of texts that may not be
 * copied. Stateless.
 */
public final class AnchoredExport {
  private static final ObjectMapper JSON = new ObjectMapper();

  private AnchoredExport() {}

  /**
   * The offsets form of one anchored gold file.
   *
   * @throws CorpusFormatException naming each ctx, cue or target that is not in the text as the file says
   */
  public static ObjectNode toOffsets(String name, JsonNode anchored, String text) {
    AnchoredGold.read(name, new java.io.ByteArrayInputStream(anchored.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)), text);
    List<String> problems = new ArrayList<>();
    ObjectNode out = JSON.createObjectNode();
    out.put("file", anchored.path("file").asText());
    out.put("sha256", AnchoredGold.sha256(text));
    if (anchored.has("actors")) {
      ArrayNode actors = out.putArray("actors");
      for (JsonNode a : anchored.get("actors")) {
        ObjectNode o = actors.addObject();
        for (String f : List.of("name", "kind", "title", "affiliation")) {
          if (a.hasNonNull(f)) {
            o.put(f, a.get(f).asText());
          }
        }
      }
    }
    ArrayNode sts = out.putArray("statements");
    JsonNode in = anchored.path("statements");
    for (int i = 0; i < in.size(); i++) {
      JsonNode s = in.get(i);
      String ctx = s.get("ctx").asText();
      String cue = s.get("cue").asText();
      int at = text.indexOf(ctx) + ctx.indexOf(cue);
      ObjectNode o = sts.addObject();
      o.set("cue", span(at, at + cue.length()));
      o.set("speakers", s.get("speakers").deepCopy());
      o.set("stance", s.hasNonNull("stance") ? s.get("stance").deepCopy() : JSON.nullNode());
      if (s.path("optional").asBoolean(false)) {
        o.put("optional", true);
      }
      if (s.hasNonNull("target")) {
        Span t = nearest(text, s.get("target").asText(), at);
        if (t == null) {
          problems.add(name + ": $.statements[" + i + "].target: \"" + s.get("target").asText() + "\" is not in the text");
          continue;
        }
        o.set("target", span(t.begin(), t.end()));
      }
      if (s.hasNonNull("target_key")) {
        o.put("target_key", s.get("target_key").asText());
      }
    }
    if (anchored.has("entities")) {
      out.set("entities", anchored.get("entities").deepCopy());
    }
    if (!problems.isEmpty()) {
      throw new CorpusFormatException(String.join("; ", problems));
    }
    return out;
  }

  private static ObjectNode span(int begin, int end) {
    ObjectNode n = JSON.createObjectNode();
    n.put("begin", begin);
    n.put("end", end);
    return n;
  }

  /** The occurrence of {@code phrase} nearest to {@code at}. */
  private static Span nearest(String text, String phrase, int at) {
    Span best = null;
    int bestDist = Integer.MAX_VALUE;
    for (int i = text.indexOf(phrase); i >= 0 && !phrase.isEmpty(); i = text.indexOf(phrase, i + 1)) {
      int dist = Math.abs(i - at);
      if (dist < bestDist) {
        bestDist = dist;
        best = new Span(i, i + phrase.length());
      }
    }
    return best;
  }
}
