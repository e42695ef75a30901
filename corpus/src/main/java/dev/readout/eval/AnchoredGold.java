package dev.readout.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readout.corpus.CorpusFormatException;
import dev.readout.model.Actor;
import dev.readout.model.ActorKind;
import dev.readout.model.Span;
import dev.readout.model.Stance;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Gold statements in the "anchored" format: each cue located by a context string that occurs once in
 * the text, so that no offsets need counting.
 *
 * <pre>{"file": "x.txt", "statements": [{"ctx": "The two leaders discussed the", "cue": "discussed",
 *   "speakers": ["Biden", "Erdogan"], "stance": "NEUTRAL", "optional": false,
 *   "target": "regional issues", "target_key": "regional issues|issues"}],
 *  "entities": [["Joe Biden", "PERSON"]],
 *  "actors": [{"name": "Joe Biden", "kind": "PERSON", "title": "President", "affiliation": "United States"}]}</pre>
 *
 * {@code actors} is optional: when gold lists them, {@code eval} scores the affiliation it gives each person.
 */
public record AnchoredGold(String file, List<GoldStatement> statements, List<GoldEntity> entities, List<Actor> actors) {
  public AnchoredGold {
    Objects.requireNonNull(file, "file");
    statements = List.copyOf(statements);
    entities = List.copyOf(entities);
    actors = List.copyOf(actors);
  }

  /** Gold without actors: its people's affiliations are not scored. */
  public AnchoredGold(String file, List<GoldStatement> statements, List<GoldEntity> entities) {
    this(file, statements, entities, List.of());
  }

  /**
   * A gold statement.
   *
   * @param speakers one entry per speaker; "A|B" lists alternatives
   * @param stance null when undecidable
   * @param cue the cue's span in the text
   * @param content the content's span when gold has one, else null
   * @param target the gold target's words, or null when gold gives none
   * @param targetKey what a right predicted target holds (in its text, or in the name or an alias of its actor):
   *     one of these alternatives, compared ignoring case; empty when gold gives no target
   */
  public record GoldStatement(
      String ctx, String cueWord, Span cue, List<String> speakers, Stance stance, boolean optional, Span content,
      String target, List<String> targetKey) {
    public GoldStatement {
      speakers = List.copyOf(speakers);
      targetKey = List.copyOf(targetKey);
    }

    public GoldStatement(String ctx, String cueWord, Span cue, List<String> speakers, Stance stance, boolean optional) {
      this(ctx, cueWord, cue, speakers, stance, optional, null, null, List.of());
    }

    /** Whether gold says what the target is. */
    public boolean hasTarget() {
      return !targetKey.isEmpty();
    }
  }

  /** "A|B" as its non-blank alternatives, stripped. */
  public static List<String> alternatives(String key) {
    if (key == null) {
      return List.of();
    }
    return java.util.Arrays.stream(key.split("\\|")).map(String::strip).filter(k -> !k.isEmpty()).toList();
  }

  /** A gold entity: its surface form and coarse type (PERSON, ORGANIZATION, PLACE). */
  public record GoldEntity(String text, String type) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Gold kept apart from its text: cues and targets as character offsets, and the SHA-256 of the text they annotate,
   * so that the annotations can be shared without the text ({@code readout corpus anchor} writes them).
   *
   * <pre>{"file": "x.txt", "sha256": "...", "statements": [{"cue": {"begin": 120, "end": 128}, "speakers": ["Lima"],
   *   "stance": "SUPPORT", "target": {"begin": 129, "end": 150}, "target_key": "agreement"}],
   *  "entities": [["Ana Lima", "PERSON"]]}</pre>
   *
   * @throws CorpusFormatException when the text is not the one annotated (its hash differs), or naming each problem
   */
  static AnchoredGold readOffsets(String name, JsonNode root, String text) {
    String expected = root.path("sha256").asText("");
    String actual = sha256(text);
    if (!expected.equalsIgnoreCase(actual)) {
      throw new CorpusFormatException(name + ": $.sha256: the text " + root.path("file").asText("?") + " is not the one annotated (SHA-256 "
          + actual + ", the annotations are of " + expected + ")");
    }
    List<String> problems = new ArrayList<>();
    List<GoldStatement> out = new ArrayList<>();
    JsonNode sts = root.path("statements");
    if (!sts.isArray()) {
      problems.add("$.statements: missing or not an array");
    }
    for (int i = 0; i < sts.size(); i++) {
      JsonNode s = sts.get(i);
      String path = "$.statements[" + i + "]";
      Span cue = span(s.path("cue"), text, path + ".cue", problems);
      if (cue == null) {
        continue;
      }
      List<String> speakers = new ArrayList<>();
      s.path("speakers").forEach(n -> speakers.add(n.asText()));
      if (speakers.isEmpty()) {
        problems.add(path + ".speakers: empty");
      }
      Stance stance = null;
      if (s.hasNonNull("stance")) {
        try {
          stance = Stance.valueOf(s.get("stance").asText());
        } catch (IllegalArgumentException e) {
          problems.add(path + ".stance: unknown label \"" + s.get("stance").asText() + "\"");
        }
      }
      String target = null;
      if (s.hasNonNull("target")) {
        Span t = span(s.get("target"), text, path + ".target", problems);
        target = t == null ? null : t.of(text);
      }
      List<String> key = alternatives(s.hasNonNull("target_key") ? s.get("target_key").asText() : null);
      int from = Math.max(0, cue.begin() - 30);
      int to = Math.min(text.length(), cue.end() + 30);
      String ctx = text.substring(from, to).replaceAll("\\s+", " ").strip();
      out.add(new GoldStatement(ctx, cue.of(text), cue, speakers, stance, s.path("optional").asBoolean(false), null, target, key));
    }
    return finish(name, root, out, problems);
  }

  private static Span span(JsonNode n, String text, String path, List<String> problems) {
    if (!n.path("begin").isInt() || !n.path("end").isInt()) {
      problems.add(path + ": needs integer begin and end");
      return null;
    }
    int b = n.get("begin").asInt();
    int e = n.get("end").asInt();
    if (b < 0 || e <= b || e > text.length()) {
      problems.add(path + ": [" + b + "," + e + ") is not inside the text (" + text.length() + " characters)");
      return null;
    }
    return new Span(b, e);
  }

  /** The SHA-256 of a text's UTF-8 bytes, in lower-case hex. */
  public static String sha256(String text) {
    try {
      return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Reads and checks a gold file against its text: every ctx must occur exactly once and contain its cue.
   *
   * @throws CorpusFormatException naming the file and the JSON path of each problem
   */
  public static AnchoredGold read(String name, InputStream json, String text) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (IOException e) {
      throw new CorpusFormatException(name + ": not valid JSON: " + e.getMessage(), e);
    }
    if (root.has("sha256")) {
      return readOffsets(name, root, text);
    }
    List<String> problems = new ArrayList<>();
    List<GoldStatement> out = new ArrayList<>();
    JsonNode sts = root.path("statements");
    if (!sts.isArray()) {
      problems.add("$.statements: missing or not an array");
    }
    for (int i = 0; i < sts.size(); i++) {
      JsonNode s = sts.get(i);
      String path = "$.statements[" + i + "]";
      String ctx = s.path("ctx").asText(null);
      String cue = s.path("cue").asText(null);
      if (ctx == null || cue == null) {
        problems.add(path + ": needs \"ctx\" and \"cue\"");
        continue;
      }
      int at = text.indexOf(ctx);
      if (at < 0) {
        problems.add(path + ".ctx: \"" + ctx + "\" does not occur in the text");
        continue;
      }
      if (text.indexOf(ctx, at + 1) >= 0) {
        problems.add(path + ".ctx: \"" + ctx + "\" occurs more than once");
        continue;
      }
      int c = ctx.indexOf(cue);
      if (c < 0) {
        problems.add(path + ".cue: \"" + cue + "\" is not inside its ctx");
        continue;
      }
      List<String> speakers = new ArrayList<>();
      s.path("speakers").forEach(n -> speakers.add(n.asText()));
      if (speakers.isEmpty()) {
        problems.add(path + ".speakers: empty");
      }
      Stance stance = null;
      if (s.hasNonNull("stance")) {
        try {
          stance = Stance.valueOf(s.get("stance").asText());
        } catch (IllegalArgumentException e) {
          problems.add(path + ".stance: unknown label \"" + s.get("stance").asText() + "\"");
        }
      }
      String target = s.hasNonNull("target") ? s.get("target").asText() : null;
      List<String> key = alternatives(s.hasNonNull("target_key") ? s.get("target_key").asText() : null);
      if (s.hasNonNull("target_key") && key.isEmpty()) {
        problems.add(path + ".target_key: no alternative in \"" + s.get("target_key").asText() + "\"");
      }
      out.add(new GoldStatement(ctx, cue, new Span(at + c, at + c + cue.length()), speakers, stance, s.path("optional").asBoolean(false),
          null, target, key));
    }
    return finish(name, root, out, problems);
  }

  private static String text(JsonNode n, String field) {
    return n.hasNonNull(field) && !n.get(field).asText().isBlank() ? n.get(field).asText() : null;
  }

  /** The entities of either format ([text, type] pairs), then the document, or every problem found in one line. */
  private static AnchoredGold finish(String name, JsonNode root, List<GoldStatement> out, List<String> problems) {
    List<GoldEntity> ents = new ArrayList<>();
    JsonNode es = root.path("entities");
    for (int i = 0; i < es.size(); i++) {
      JsonNode e = es.get(i);
      if (!e.isArray() || e.size() != 2) {
        problems.add("$.entities[" + i + "]: expected [text, type]");
        continue;
      }
      ents.add(new GoldEntity(e.get(0).asText(), e.get(1).asText()));
    }
    List<Actor> actors = new ArrayList<>();
    JsonNode as = root.path("actors");
    if (!as.isMissingNode() && !as.isNull() && !as.isArray()) {
      problems.add("$.actors: not an array");
    }
    for (int i = 0; as.isArray() && i < as.size(); i++) {
      JsonNode a = as.get(i);
      String path = "$.actors[" + i + "]";
      if (!a.isObject()) {
        problems.add(path + ": not an object");
        continue;
      }
      String actorName = a.path("name").asText("");
      if (actorName.isBlank()) {
        problems.add(path + ".name: missing or blank");
        continue;
      }
      ActorKind kind;
      try {
        kind = ActorKind.valueOf(a.path("kind").asText(""));
      } catch (IllegalArgumentException e) {
        problems.add(path + ".kind: \"" + a.path("kind").asText("") + "\" is not one of " + java.util.Arrays.toString(ActorKind.values()));
        continue;
      }
      List<String> aliases = new ArrayList<>();
      JsonNode al = a.path("aliases");
      if (!al.isMissingNode() && !al.isNull() && !al.isArray()) {
        problems.add(path + ".aliases: not an array");
      }
      al.forEach(x -> {
        if (x.isTextual() && !x.asText().isBlank()) {
          aliases.add(x.asText());
        } else {
          problems.add(path + ".aliases: " + x + " is not a name");
        }
      });
      actors.add(new Actor("g" + (i + 1), actorName, kind, text(a, "title"), text(a, "affiliation"), aliases));
    }
    if (!problems.isEmpty()) {
      throw new CorpusFormatException(name + ": " + String.join("; ", problems));
    }
    return new AnchoredGold(root.path("file").asText(name), out, ents, actors);
  }
}
