package dev.readout.corpus;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Gold files of the bundled corpus, mutated (a value removed, nulled, made the wrong type or out of range; the
 * text truncated, a character inserted or a range deleted), through the gold loader: it loads them or refuses
 * them with a message naming the file and the JSON path of the first problem, never anything else.
 */
class MutatedGoldProperties {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String GOLD = "/dev/readout/corpus/gold/";
  private static final List<String> FILES = List.of("asean-chair-statement-myanmar.json", "au-chairperson-statement-sudan.json");
  private static final List<JsonNode> REPLACEMENTS = List.of(JsonNodeFactory.instance.nullNode(), JsonNodeFactory.instance.numberNode(-1),
      JsonNodeFactory.instance.numberNode(1_000_000_000), JsonNodeFactory.instance.numberNode(0), JsonNodeFactory.instance.textNode("x"),
      JsonNodeFactory.instance.textNode(""), JsonNodeFactory.instance.objectNode(), JsonNodeFactory.instance.arrayNode(),
      JsonNodeFactory.instance.booleanNode(true), JsonNodeFactory.instance.numberNode(2.5));

  private static String gold(String file) throws IOException {
    try (InputStream in = MutatedGoldProperties.class.getResourceAsStream(GOLD + file)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Provide
  Arbitrary<Integer> files() {
    return Arbitraries.integers().between(0, FILES.size() - 1);
  }

  /** Every value in the tree with the container that holds it, so that it can be replaced or removed. */
  private record Place(JsonNode container, String field, int index) {}

  private static void places(JsonNode node, List<Place> out) {
    if (node instanceof ObjectNode o) {
      for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        out.add(new Place(o, e.getKey(), -1));
        places(e.getValue(), out);
      }
    } else if (node instanceof ArrayNode a) {
      for (int i = 0; i < a.size(); i++) {
        out.add(new Place(a, null, i));
        places(a.get(i), out);
      }
    }
  }

  @Property(tries = 300)
  void treeMutations(@ForAll("files") int file, @ForAll @IntRange(min = 0, max = 1_000_000) int where,
      @ForAll @IntRange(min = 0, max = 10) int what) throws Exception {
    JsonNode root = JSON.readTree(gold(FILES.get(file)));
    List<Place> places = new ArrayList<>();
    places(root, places);
    Place p = places.get(where % places.size());
    if (what == REPLACEMENTS.size()) { // remove it
      if (p.container() instanceof ObjectNode o) {
        o.remove(p.field());
      } else {
        ((ArrayNode) p.container()).remove(p.index());
      }
    } else if (p.container() instanceof ObjectNode o) {
      o.set(p.field(), REPLACEMENTS.get(what));
    } else {
      ((ArrayNode) p.container()).set(p.index(), REPLACEMENTS.get(what));
    }
    load(FILES.get(file), JSON.writeValueAsString(root));
  }

  @Property(tries = 150)
  void textMutations(@ForAll("files") int file, @ForAll @IntRange(min = 0, max = 1_000_000) int at,
      @ForAll @IntRange(min = 0, max = 40) int length, @ForAll @IntRange(min = 0, max = 2) int how, @ForAll char c) throws Exception {
    String text = gold(FILES.get(file));
    int i = at % text.length();
    String mutated = switch (how) {
      case 0 -> text.substring(0, i); // truncated
      case 1 -> text.substring(0, i) + c + text.substring(i); // a character inserted
      default -> text.substring(0, i) + text.substring(Math.min(text.length(), i + length)); // a range deleted
    };
    load(FILES.get(file), mutated);
  }

  private static void load(String name, String json) throws IOException {
    Path dir = Files.createTempDirectory("gold");
    try {
      Files.writeString(dir.resolve(name), json);
      try {
        GoldCorpus.load(dir);
      } catch (CorpusFormatException e) {
        String first = e.getMessage().lines().findFirst().orElse("");
        assertTrue(first.startsWith(dir + ": " + name + ": $"), () -> "the file and the JSON path first: " + first);
      } catch (RuntimeException e) {
        throw new AssertionError("not a CorpusFormatException: " + e, e);
      }
    } finally {
      try (var files = Files.list(dir)) {
        for (Path f : files.toList()) {
          Files.delete(f);
        }
      }
      Files.delete(dir);
    }
  }
}
