package dev.readout.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readout.model.Actor;
import dev.readout.model.ActorKind;
import dev.readout.model.AnalyzedDocument;
import dev.readout.model.Cue;
import dev.readout.model.EntityMention;
import dev.readout.model.EntityType;
import dev.readout.model.Mode;
import dev.readout.model.Sentence;
import dev.readout.model.Span;
import dev.readout.model.Stance;
import dev.readout.model.Statement;
import dev.readout.model.Target;
import dev.readout.model.TextSpan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Compiles the authoring format (see corpus/AUTHORING.md) into gold documents with exact offsets: a
 * text with one sentence per line and a JSON file anchoring actors, entities and statements on unique
 * pieces of text. Every problem is reported with its file and JSON path; a document with any problem is
 * not compiled. Stateless.
 */
public final class AuthoringCompiler {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The text, its sentences and metadata, built from the authoring lines. */
  record Layout(String text, List<Sentence> sentences, Map<String, Object> meta) {}

  /** Compiles every {@code <id>.txt}/{@code <id>.json} pair of a directory; throws listing all problems. */
  public List<AnalyzedDocument> compileAll(Path dir) {
    List<Path> texts;
    try (Stream<Path> s = Files.list(dir)) {
      texts = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
    } catch (IOException e) {
      throw new CorpusFormatException(dir + ": cannot list: " + e.getMessage(), e);
    }
    List<String> problems = new ArrayList<>();
    List<AnalyzedDocument> out = new ArrayList<>();
    for (Path t : texts) {
      String id = t.getFileName().toString().replaceFirst("\\.txt$", "");
      Path j = t.resolveSibling(id + ".json");
      try {
        AnalyzedDocument d = compile(id, Files.readString(t, StandardCharsets.UTF_8),
            Files.exists(j) ? Files.readString(j, StandardCharsets.UTF_8) : null, problems);
        if (d != null) {
          out.add(d);
        }
      } catch (IOException e) {
        problems.add(id + ": cannot be read: " + e.getMessage());
      }
    }
    if (!problems.isEmpty()) {
      throw CorpusFormatException.of(dir, problems);
    }
    return out;
  }

  /** Compiles one document; null (with problems added) when anything is wrong. */
  public AnalyzedDocument compile(String id, String source, String annotations, List<String> problems) {
    String jsonName = id + ".json";
    if (annotations == null) {
      problems.add(jsonName + ": missing");
      return null;
    }
    int before = problems.size();
    Layout layout = layout(source);
    String text = layout.text();
    JsonNode root;
    try {
      root = JSON.readTree(annotations);
    } catch (IOException e) {
      problems.add(jsonName + ": not valid JSON: " + e.getMessage().lines().findFirst().orElse(""));
      return null;
    }
    List<Actor> actors = actors(jsonName, root.path("actors"), problems);
    Map<String, Actor> byId = new HashMap<>();
    actors.forEach(a -> byId.put(a.id(), a));
    List<EntityMention> entities = entities(jsonName, text, root.path("entities"), byId, problems);
    List<Statement> statements = new ArrayList<>();
    JsonNode sts = root.path("statements");
    for (int i = 0; i < sts.size(); i++) {
      Statement s = statement(jsonName, "$.statements[" + i + "]", text, layout.sentences(), sts.get(i), byId, statements.size(), problems);
      if (s != null) {
        statements.add(s);
      }
    }
    statements.sort(Comparator.comparingInt(s -> s.cue().begin()));
    List<Statement> renumbered = new ArrayList<>();
    for (Statement s : statements) {
      renumbered.add(s.withId("s" + (renumbered.size() + 1)));
    }
    if (problems.size() > before) {
      return null;
    }
    return new AnalyzedDocument(AnalyzedDocument.SCHEMA, id, layout.meta(), text, layout.sentences(), entities, actors, null, renumbered);
  }

  /** One sentence a line, "## " headings, blank lines between paragraphs, "%key: value" metadata on top. */
  static Layout layout(String source) {
    StringBuilder text = new StringBuilder();
    List<Sentence> sentences = new ArrayList<>();
    Map<String, Object> meta = new LinkedHashMap<>();
    String section = null;
    boolean inParagraph = false;
    boolean top = true;
    for (String raw : source.split("\r?\n", -1)) {
      String line = raw.strip();
      if (top && line.startsWith("%") && line.contains(":")) {
        meta.put(line.substring(1, line.indexOf(':')).strip(), line.substring(line.indexOf(':') + 1).strip());
        continue;
      }
      top = false;
      if (line.isEmpty()) {
        inParagraph = false;
        continue;
      }
      boolean heading = line.startsWith("## ");
      if (heading) {
        line = line.substring(3).strip();
        section = line;
      }
      if (text.length() > 0) {
        text.append(inParagraph && !heading ? " " : "\n");
      }
      int b = text.length();
      text.append(line);
      sentences.add(new Sentence(sentences.size(), b, text.length(), section, heading, List.of()));
      inParagraph = !heading;
    }
    return new Layout(text.toString(), sentences, meta);
  }

  private static List<Actor> actors(String name, JsonNode arr, List<String> problems) {
    List<Actor> out = new ArrayList<>();
    for (int i = 0; i < arr.size(); i++) {
      JsonNode a = arr.get(i);
      String path = "$.actors[" + i + "]";
      String id = a.path("id").asText("");
      String nm = a.path("name").asText("");
      if (id.isEmpty() || nm.isEmpty()) {
        problems.add(name + ": " + path + ": needs an id and a name");
        continue;
      }
      ActorKind kind;
      try {
        kind = ActorKind.valueOf(a.path("kind").asText("PERSON"));
      } catch (IllegalArgumentException e) {
        problems.add(name + ": " + path + ".kind: unknown kind \"" + a.path("kind").asText() + "\"");
        continue;
      }
      List<String> aliases = new ArrayList<>();
      a.path("aliases").forEach(x -> aliases.add(x.asText()));
      out.add(new Actor(id, nm, kind, textOrNull(a.get("title")), textOrNull(a.get("affiliation")), aliases));
    }
    return out;
  }

  private static String textOrNull(JsonNode n) {
    return n == null || n.isNull() || n.asText().isBlank() ? null : n.asText();
  }

  /** Every whole-word occurrence of each listed surface; longer surfaces first, no overlaps. */
  private static List<EntityMention> entities(String name, String text, JsonNode arr, Map<String, Actor> actors, List<String> problems) {
    record Row(String surface, EntityType type, String actor) {}
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < arr.size(); i++) {
      JsonNode e = arr.get(i);
      String path = "$.entities[" + i + "]";
      if (!e.isArray() || e.size() < 2) {
        problems.add(name + ": " + path + ": expected [surface, TYPE] or [surface, TYPE, actorId]");
        continue;
      }
      EntityType type;
      try {
        type = EntityType.valueOf(e.get(1).asText());
      } catch (IllegalArgumentException x) {
        problems.add(name + ": " + path + "[1]: unknown type \"" + e.get(1).asText() + "\"");
        continue;
      }
      String actor = e.size() > 2 && !e.get(2).isNull() ? e.get(2).asText() : null;
      if (actor != null && !actors.containsKey(actor)) {
        problems.add(name + ": " + path + "[2]: unknown actor \"" + actor + "\"");
        continue;
      }
      String surface = e.get(0).asText();
      if (occurrences(text, surface).isEmpty()) {
        problems.add(name + ": " + path + "[0]: \"" + surface + "\" does not occur in the text as a whole word");
        continue;
      }
      rows.add(new Row(surface, type, actor));
    }
    rows.sort((a, b) -> b.surface().length() - a.surface().length());
    List<EntityMention> out = new ArrayList<>();
    for (Row r : rows) {
      for (int at : occurrences(text, r.surface())) {
        Span sp = new Span(at, at + r.surface().length());
        if (out.stream().noneMatch(m -> m.span().overlaps(sp))) {
          out.add(new EntityMention(sp.begin(), sp.end(), r.surface(), r.type(), null, r.actor(), "gold"));
        }
      }
    }
    out.sort(Comparator.comparingInt(EntityMention::begin));
    return out;
  }

  /** Start offsets of whole-word, case-sensitive occurrences. */
  static List<Integer> occurrences(String text, String surface) {
    List<Integer> out = new ArrayList<>();
    if (surface.isEmpty()) {
      return out;
    }
    for (int at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) {
      int end = at + surface.length();
      boolean startOk = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
      boolean endOk = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
      if (startOk && endOk) {
        out.add(at);
      }
    }
    return out;
  }

  private static Statement statement(String name, String path, String text, List<Sentence> sentences, JsonNode s,
      Map<String, Actor> actors, int n, List<String> problems) {
    int before = problems.size();
    String ctx = s.path("ctx").asText("");
    String cue = s.path("cue").asText("");
    int at = text.indexOf(ctx);
    if (ctx.isEmpty() || at < 0) {
      problems.add(name + ": " + path + ".ctx: \"" + ctx + "\" does not occur in the text");
      return null;
    }
    if (text.indexOf(ctx, at + 1) >= 0) {
      problems.add(name + ": " + path + ".ctx: \"" + ctx + "\" occurs more than once");
      return null;
    }
    int c = cue.isEmpty() ? -1 : ctx.indexOf(cue);
    if (c < 0) {
      problems.add(name + ": " + path + ".cue: \"" + cue + "\" is not inside its ctx");
      return null;
    }
    Span cueSpan = new Span(at + c, at + c + cue.length());
    int sentence = -1;
    for (Sentence sen : sentences) {
      if (sen.span().contains(cueSpan)) {
        sentence = sen.index();
      }
    }
    if (sentence < 0) {
      problems.add(name + ": " + path + ".ctx: the cue is not inside one sentence");
      return null;
    }
    List<String> speakers = new ArrayList<>();
    JsonNode sp = s.path("speakers");
    for (int k = 0; k < sp.size(); k++) {
      if (!actors.containsKey(sp.get(k).asText())) {
        problems.add(name + ": " + path + ".speakers[" + k + "]: unknown actor \"" + sp.get(k).asText() + "\"");
      }
      speakers.add(sp.get(k).asText());
    }
    if (speakers.isEmpty()) {
      problems.add(name + ": " + path + ".speakers: empty");
    }
    Stance stance = null;
    try {
      stance = Stance.valueOf(s.path("stance").asText(""));
    } catch (IllegalArgumentException e) {
      problems.add(name + ": " + path + ".stance: \"" + s.path("stance").asText() + "\" is not SUPPORT, OPPOSE or NEUTRAL");
    }
    String content = s.path("content").asText("");
    Span contentSpan = nearest(text, content, cueSpan);
    if (contentSpan == null) {
      problems.add(name + ": " + path + ".content: \"" + content + "\" does not occur in the text");
    }
    Mode mode = "DIRECT".equals(s.path("mode").asText("INDIRECT")) ? Mode.DIRECT : Mode.INDIRECT;
    Target target = null;
    if (s.hasNonNull("target")) {
      target = target(name, path, s, text, cueSpan, actors, problems);
    } else if (s.hasNonNull("target_key") || s.hasNonNull("target_actor")) {
      problems.add(name + ": " + path + ".target_key: given without a target");
    }
    if (problems.size() > before) {
      return null;
    }
    return new Statement("s" + (n + 1), sentence, speakers, new Cue(cueSpan.begin(), cueSpan.end(), cue, cue.toLowerCase(Locale.ROOT)),
        TextSpan.of(text, contentSpan), mode, stance, 1.0, target, sentences.get(sentence).section(), GoldCorpus.GOLD_RULE, null, List.of(),
        s.path("optional").asBoolean(false));
  }

  /**
   * A statement's gold target: an actor id, or a phrase of the text (the occurrence nearest the cue) with its
   * {@code target_key} (the words a right prediction holds, "A|B" alternatives) and, for an act of an actor
   * ("Russia's attack on Ukraine"), its {@code target_actor}. A phrase without a key is keyed by its last word.
   */
  private static Target target(String name, String path, JsonNode s, String text, Span cueSpan, Map<String, Actor> actors,
      List<String> problems) {
    String t = s.get("target").asText();
    String key = s.hasNonNull("target_key") ? s.get("target_key").asText().strip() : null;
    if (key != null && (key.isEmpty() || java.util.Arrays.stream(key.split("\\|")).anyMatch(String::isBlank))) {
      problems.add(name + ": " + path + ".target_key: \"" + key + "\" has an empty alternative");
    }
    if (actors.containsKey(t)) {
      return new Target(actors.get(t).name(), t, null, key, GoldCorpus.GOLD_RULE);
    }
    String actor = null;
    if (s.hasNonNull("target_actor")) {
      actor = s.get("target_actor").asText();
      if (!actors.containsKey(actor)) {
        problems.add(name + ": " + path + ".target_actor: unknown actor " + actor);
      }
    }
    Span span = nearest(text, t, cueSpan);
    if (span == null) {
      problems.add(name + ": " + path + ".target: \"" + t + "\" is neither an actor id nor a phrase of the text");
      return null;
    }
    if (key == null) {
      String[] words = t.strip().split("[\\s,;:]+");
      key = words[words.length - 1];
    }
    return new Target(t, actor, span, key, GoldCorpus.GOLD_RULE);
  }

  /** The occurrence of {@code content} nearest to the cue (after it preferred). */
  private static Span nearest(String text, String content, Span cue) {
    if (content.isEmpty()) {
      return null;
    }
    Span best = null;
    int bestDist = Integer.MAX_VALUE;
    for (int at = text.indexOf(content); at >= 0; at = text.indexOf(content, at + 1)) {
      int dist = at >= cue.end() ? at - cue.end() : cue.begin() - (at + content.length()) + 1;
      dist = Math.abs(dist);
      if (dist < bestDist) {
        bestDist = dist;
        best = new Span(at, at + content.length());
      }
    }
    return best;
  }
}
