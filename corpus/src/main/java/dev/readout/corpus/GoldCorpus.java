package dev.readout.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readout.json.DocumentJson;
import dev.readout.model.AnalyzedDocument;
import dev.readout.model.EntityMention;
import dev.readout.model.Sentence;
import dev.readout.model.Statement;
import dev.readout.model.TextSpan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A directory of gold documents: one JSON file per document in schema {@code readout/1} with
 * {@code "gold": true}, and optionally {@code split.tsv} assigning each id to {@code dev} or {@code test}. Loading
 * validates everything (offsets inside the text, span texts equal to the text at their offsets, known
 * labels, actor references that resolve, the split) and reports every problem with its file and JSON
 * path; nothing is loaded when anything is wrong.
 */
public final class GoldCorpus {
  public static final String SPLIT_FILE = "split.tsv";
  /** The rule name of every gold statement; an optional one (nested, impersonal) says so in {@code optional}. */
  public static final String GOLD_RULE = "gold";
  /** How gold files written before {@code "optional": true} marked an optional statement; still read. */
  static final String LEGACY_OPTIONAL_RULE = "gold-optional";

  private final Map<String, AnalyzedDocument> documents;
  private final Map<String, String> split;
  private final String hash;

  private GoldCorpus(Map<String, AnalyzedDocument> documents, Map<String, String> split, String hash) {
    this.documents = documents;
    this.split = split;
    this.hash = hash;
  }

  /** Loads and validates a gold directory. */
  public static GoldCorpus load(Path dir) {
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new CorpusFormatException(dir + ": cannot list the gold directory: " + e.getMessage(), e);
    }
    List<String> problems = new ArrayList<>();
    Map<String, AnalyzedDocument> docs = new LinkedHashMap<>();
    MessageDigest digest = sha256();
    for (Path f : files) {
      try {
        byte[] bytes = Files.readAllBytes(f);
        digest.update(f.getFileName().toString().getBytes(StandardCharsets.UTF_8));
        digest.update(bytes);
        AnalyzedDocument d = parse(f.getFileName().toString(), new String(bytes, StandardCharsets.UTF_8), problems);
        if (d != null) {
          docs.put(d.id(), d);
        }
      } catch (IOException e) {
        problems.add(f.getFileName() + ": cannot be read: " + e.getMessage());
      }
    }
    Map<String, String> split = readSplit(dir.resolve(SPLIT_FILE), docs.keySet(), problems);
    if (!problems.isEmpty()) {
      throw CorpusFormatException.of(dir, problems);
    }
    return new GoldCorpus(Map.copyOf(docs), Map.copyOf(split), HexFormat.of().formatHex(digest.digest()));
  }

  /** Parses one gold document, adding each problem found to {@code problems}; null when any. */
  public static AnalyzedDocument parse(String name, String json, List<String> problems) {
    int before = problems.size();
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(json);
    } catch (JsonProcessingException e) {
      String where = e.getProcessor() instanceof com.fasterxml.jackson.core.JsonParser parser
          ? jsonPath(parser.getParsingContext().pathAsPointer()) : "$";
      com.fasterxml.jackson.core.JsonLocation at = e.getLocation();
      problems.add(name + ": " + where + (at != null ? " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")" : "")
          + ": not valid JSON: " + String.valueOf(e.getOriginalMessage()).lines().findFirst().orElse(""));
      return null;
    } catch (IOException e) {
      problems.add(name + ": $: cannot be read: " + e.getMessage());
      return null;
    }
    if (!(root instanceof ObjectNode obj)) {
      problems.add(name + ": $: not a JSON object");
      return null;
    }
    if (!root.path("gold").asBoolean(false)) {
      problems.add(name + ": $.gold: missing or not true (is this a prediction file?)");
    }
    obj.remove("gold");
    if (!AnalyzedDocument.SCHEMA.equals(root.path("schema").asText(null))) {
      problems.add(name + ": $.schema: " + root.path("schema") + ", expected \"" + AnalyzedDocument.SCHEMA + "\"");
      return null;
    }
    AnalyzedDocument d;
    try {
      d = new DocumentJson().mapper().treeToValue(obj, AnalyzedDocument.class);
    } catch (JsonMappingException e) {
      StringBuilder path = new StringBuilder("$");
      for (JsonMappingException.Reference r : e.getPath()) {
        path.append(r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]");
      }
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      String why = cause instanceof IllegalArgumentException || cause instanceof NullPointerException ? String.valueOf(cause.getMessage())
          : String.valueOf(e.getOriginalMessage());
      problems.add(name + ": " + path + ": " + why.lines().findFirst().orElse(""));
      return null;
    } catch (JsonProcessingException e) {
      problems.add(name + ": $: " + String.valueOf(e.getOriginalMessage()).lines().findFirst().orElse(""));
      return null;
    }
    d = d.withStatements(d.statements().stream().map(GoldCorpus::withoutLegacyRule).toList());
    validate(name, d, problems);
    return problems.size() == before ? d : null;
  }

  /** A JSON pointer ("/statements/3/cue") as a JSON path ("$.statements[3].cue"). */
  private static String jsonPath(com.fasterxml.jackson.core.JsonPointer pointer) {
    StringBuilder out = new StringBuilder("$");
    for (com.fasterxml.jackson.core.JsonPointer p = pointer; p != null && !p.matches(); p = p.tail()) {
      out.append(p.mayMatchElement() ? "[" + p.getMatchingIndex() + "]" : "." + p.getMatchingProperty());
    }
    return out.toString();
  }

  /** An older file's {@code "rule": "gold-optional"} as what it means: a gold statement that is optional. */
  private static Statement withoutLegacyRule(Statement s) {
    if (!LEGACY_OPTIONAL_RULE.equals(s.rule())) {
      return s;
    }
    return new Statement(s.id(), s.sentence(), s.speakers(), s.cue(), s.content(), s.mode(), s.stance(), s.confidence(), s.target(),
        s.section(), GOLD_RULE, s.chain(), s.speakerRules(), true);
  }

  /** Checks offsets, span texts, actor references, sentences and rules, adding each problem found. */
  public static void validate(String name, AnalyzedDocument d, List<String> problems) {
    String text = d.text();
    Set<String> actorIds = new HashSet<>();
    for (int i = 0; i < d.actors().size(); i++) {
      if (!actorIds.add(d.actors().get(i).id())) {
        problems.add(name + ": $.actors[" + i + "].id: duplicate id " + d.actors().get(i).id());
      }
    }
    for (int i = 0; i < d.sentences().size(); i++) {
      Sentence s = d.sentences().get(i);
      if (s.index() != i) {
        problems.add(name + ": $.sentences[" + i + "].index: " + s.index() + ", expected " + i);
      }
      if (s.end() > text.length()) {
        problems.add(name + ": $.sentences[" + i + "].end: " + s.end() + " is past the text's end " + text.length());
      }
    }
    for (int i = 0; i < d.entities().size(); i++) {
      EntityMention e = d.entities().get(i);
      String path = "$.entities[" + i + "]";
      checkSpan(name, path, text, e.begin(), e.end(), e.text(), problems);
      if (e.actor() != null && !actorIds.contains(e.actor())) {
        problems.add(name + ": " + path + ".actor: unknown actor " + e.actor());
      }
    }
    for (int i = 0; i < d.statements().size(); i++) {
      Statement s = d.statements().get(i);
      String path = "$.statements[" + i + "]";
      checkSpan(name, path + ".cue", text, s.cue().begin(), s.cue().end(), s.cue().text(), problems);
      TextSpan c = s.content();
      checkSpan(name, path + ".content", text, c.begin(), c.end(), c.text(), problems);
      for (int k = 0; k < s.speakers().size(); k++) {
        if (!actorIds.contains(s.speakers().get(k))) {
          problems.add(name + ": " + path + ".speakers[" + k + "]: unknown actor " + s.speakers().get(k));
        }
      }
      if (s.speakers().isEmpty()) {
        problems.add(name + ": " + path + ".speakers: empty");
      }
      if (s.stance() == null) {
        problems.add(name + ": " + path + ".stance: missing");
      }
      if (s.target() != null && s.target().actor() != null && !actorIds.contains(s.target().actor())) {
        problems.add(name + ": " + path + ".target.actor: unknown actor " + s.target().actor());
      }
      if (s.sentence() < 0 || s.sentence() >= d.sentences().size()) {
        problems.add(name + ": " + path + ".sentence: no sentence " + s.sentence());
      } else if (!d.sentences().get(s.sentence()).span().contains(s.cue().span())) {
        problems.add(name + ": " + path + ".sentence: sentence " + s.sentence() + " does not hold the cue");
      }
      if (!GOLD_RULE.equals(s.rule())) {
        problems.add(name + ": " + path + ".rule: \"" + s.rule() + "\", expected gold (an optional statement has \"optional\": true)");
      }
    }
  }

  private static void checkSpan(String name, String path, String text, int b, int e, String spanText, List<String> problems) {
    if (e > text.length()) {
      problems.add(name + ": " + path + ": offsets [" + b + "," + e + ") outside the text (length " + text.length() + ")");
    } else if (!text.substring(b, e).equals(spanText)) {
      problems.add(name + ": " + path + ".text: \"" + spanText + "\" but the text at [" + b + "," + e + ") is \"" + text.substring(b, e) + "\"");
    }
  }

  private static Map<String, String> readSplit(Path file, Set<String> ids, List<String> problems) {
    Map<String, String> out = new LinkedHashMap<>();
    if (!Files.exists(file)) {
      return out; // a user's own gold without a split: every document is in "all"
    }
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      problems.add(SPLIT_FILE + ": cannot be read: " + e.getMessage());
      return out;
    }
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i).strip();
      if (l.isEmpty() || l.startsWith("#")) {
        continue;
      }
      String[] c = l.split("\t");
      if (c.length != 2 || !(c[1].equals("dev") || c[1].equals("test"))) {
        problems.add(SPLIT_FILE + ":" + (i + 1) + ": expected \"<id><TAB>dev|test\"");
        continue;
      }
      if (!ids.contains(c[0])) {
        problems.add(SPLIT_FILE + ":" + (i + 1) + ": no gold document " + c[0]);
      }
      out.put(c[0], c[1]);
    }
    for (String id : ids) {
      if (!out.containsKey(id)) {
        problems.add(SPLIT_FILE + ": document " + id + " is in no split");
      }
    }
    return out;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The documents of a split ("dev", "test") or of all splits ("all"), in id order. */
  public List<AnalyzedDocument> documents(String splitName) {
    if (!splitName.equals("all") && !splitName.equals("dev") && !splitName.equals("test")) {
      throw new IllegalArgumentException("unknown split '" + splitName + "': use dev, test or all");
    }
    if (!splitName.equals("all") && !hasSplit()) {
      throw new IllegalArgumentException("the gold has no " + SPLIT_FILE + ", so no split '" + splitName + "': use --split all");
    }
    return documents.values().stream()
        .filter(d -> splitName.equals("all") || splitName.equals(split.get(d.id())))
        .sorted((a, b) -> a.id().compareTo(b.id()))
        .toList();
  }

  /** Whether the corpus has a {@code split.tsv}; without one its documents are only in "all". */
  public boolean hasSplit() {
    return !split.isEmpty();
  }

  /** SHA-256 over the gold files' names and bytes: which corpus a report speaks of. */
  public String hash() {
    return hash;
  }

  public int size() {
    return documents.size();
  }

  /** Writes a gold document as JSON with {@code "gold": true}. */
  public static String toJson(AnalyzedDocument doc) {
    DocumentJson json = new DocumentJson();
    ObjectNode node = json.mapper().valueToTree(doc.withoutTokens());
    node.put("gold", true);
    try {
      return json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(node) + "\n";
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
