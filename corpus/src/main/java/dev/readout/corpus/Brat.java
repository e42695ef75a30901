package dev.readout.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readout.model.Actor;
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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * brat standoff ({@code .txt} + {@code .ann}) for gold documents, so annotators can work in brat or
 * INCEpTION. Entities are T lines of their type with an {@code Actor} attribute; sentences and headings are
 * T lines {@code Sentence} and {@code Heading}; each statement is a {@code Cue} and a {@code Content} T
 * line, a {@code Content} relation between them, a {@code Speaker} relation from the cue to a mention of
 * each speaker, and {@code Stance}, {@code Mode} and {@code Optional} attributes on the cue. Actors, the
 * target and the metadata travel as annotator notes. Export then import gives the same document.
 */
public final class Brat {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The two files of one document. */
  public record Files(String txt, String ann) {}

  private Brat() {}

  /** The brat configuration that declares our types, relations and attributes. */
  public static String annotationConf() {
    StringBuilder b = new StringBuilder("[entities]\n");
    for (EntityType t : EntityType.values()) {
      b.append(t.name()).append('\n');
    }
    b.append("Cue\nContent\nSentence\nHeading\nSpeakerRef\n\n[relations]\n");
    b.append("Speaker\tArg1:Cue, Arg2:<ENTITY>\nContent\tArg1:Cue, Arg2:Content\n\n[events]\n\n[attributes]\n");
    b.append("Stance\tArg:Cue, Value:SUPPORT|OPPOSE|NEUTRAL\nMode\tArg:Cue, Value:DIRECT|INDIRECT\nOptional\tArg:Cue\n");
    b.append("Actor\tArg:<ENTITY>\n");
    return b.toString();
  }

  public static Files export(AnalyzedDocument d) {
    Writer w = new Writer();
    for (Sentence s : d.sentences()) {
      w.t(s.heading() ? "Heading" : "Sentence", s.span(), d.text());
    }
    String first = "T1";
    ObjectNode meta = JSON.valueToTree(d.meta());
    w.note(first, "meta " + meta);
    for (Actor a : d.actors()) {
      w.note(first, "actor " + JSON.valueToTree(a));
    }
    Map<String, String> mentionOfActor = new HashMap<>();
    List<String[]> mentionIds = new ArrayList<>(); // [T id, actor id, begin]
    for (EntityMention e : d.entities()) {
      String id = w.t(e.type().name(), e.span(), d.text());
      if (e.actor() != null) {
        w.attr("Actor", id, e.actor());
        mentionIds.add(new String[] {id, e.actor(), Integer.toString(e.begin())});
        mentionOfActor.putIfAbsent(e.actor(), id);
      }
    }
    for (Statement s : d.statements()) {
      String cue = w.t("Cue", s.cue().span(), d.text());
      String content = w.t("Content", s.content().span(), d.text());
      w.rel("Content", cue, content);
      for (String actor : s.speakers()) {
        String mention = nearestBefore(mentionIds, actor, s.cue().begin());
        if (mention == null) {
          mention = w.t("SpeakerRef", s.cue().span(), d.text());
          w.attr("Actor", mention, actor);
        }
        w.rel("Speaker", cue, mention);
      }
      w.attr("Stance", cue, s.stance().name());
      if (s.mode() == Mode.DIRECT) {
        w.attr("Mode", cue, "DIRECT");
      }
      if (s.optional()) {
        w.attr("Optional", cue, null);
      }
      if (s.target() != null) {
        w.note(cue, "target " + JSON.valueToTree(s.target()));
      }
    }
    return new Files(d.text(), w.out.toString());
  }

  private static String nearestBefore(List<String[]> mentions, String actor, int begin) {
    String best = null;
    String any = null;
    for (String[] m : mentions) {
      if (m[1].equals(actor)) {
        any = any == null ? m[0] : any;
        if (Integer.parseInt(m[2]) < begin) {
          best = m[0];
        }
      }
    }
    return best != null ? best : any;
  }

  /** Reads a document back; problems name the file and line. */
  public static AnalyzedDocument read(String id, String txt, String ann) {
    Map<String, Span> spans = new LinkedHashMap<>();
    Map<String, String> types = new HashMap<>();
    Map<String, Map<String, String>> attrs = new HashMap<>();
    Map<String, List<String>> notes = new HashMap<>();
    List<String[]> relations = new ArrayList<>();
    String[] lines = ann.split("\n");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank()) {
        continue;
      }
      String where = id + ".ann:" + (i + 1);
      String[] cols = line.split("\t");
      try {
        switch (line.charAt(0)) {
          case 'T' -> {
            String[] typeAndSpans = cols[1].split(" ", 2);
            String[] frags = typeAndSpans[1].split(";");
            int b = Integer.parseInt(frags[0].split(" ")[0]);
            int e = Integer.parseInt(frags[frags.length - 1].split(" ")[1]);
            spans.put(cols[0], new Span(b, e));
            types.put(cols[0], typeAndSpans[0]);
          }
          case 'A' -> {
            String[] p = cols[1].split(" ");
            attrs.computeIfAbsent(p[1], k -> new HashMap<>()).put(p[0], p.length > 2 ? p[2] : "true");
          }
          case 'R' -> {
            String[] p = cols[1].split(" ");
            relations.add(new String[] {p[0], p[1].substring(5), p[2].substring(5)});
          }
          case '#' -> notes.computeIfAbsent(cols[1].split(" ")[1], k -> new ArrayList<>()).add(cols[2]);
          default -> throw new CorpusFormatException(where + ": unknown annotation kind '" + line.charAt(0) + "'");
        }
      } catch (RuntimeException e) {
        if (e instanceof CorpusFormatException c) {
          throw c;
        }
        throw new CorpusFormatException(where + ": cannot read \"" + line + "\": " + e, e);
      }
    }
    Map<String, Object> meta = new LinkedHashMap<>();
    List<Actor> actors = new ArrayList<>();
    for (List<String> ns : notes.values()) {
      for (String n : ns) {
        try {
          if (n.startsWith("meta ")) {
            JsonNode m = JSON.readTree(n.substring(5));
            m.fields().forEachRemaining(f -> meta.put(f.getKey(), JSON.convertValue(f.getValue(), Object.class)));
          } else if (n.startsWith("actor ")) {
            actors.add(JSON.treeToValue(JSON.readTree(n.substring(6)), Actor.class));
          }
        } catch (IOException e) {
          throw new CorpusFormatException(id + ".ann: bad note \"" + n + "\": " + e.getMessage(), e);
        }
      }
    }
    List<Sentence> sentences = new ArrayList<>();
    String section = null;
    List<String> sentenceIds = spans.keySet().stream()
        .filter(k -> types.get(k).equals("Sentence") || types.get(k).equals("Heading"))
        .sorted(Comparator.comparingInt(k -> spans.get(k).begin())).toList();
    for (String k : sentenceIds) {
      Span s = spans.get(k);
      boolean heading = types.get(k).equals("Heading");
      if (heading) {
        section = s.of(txt);
      }
      sentences.add(new Sentence(sentences.size(), s.begin(), s.end(), section, heading, List.of()));
    }
    List<EntityMention> entities = new ArrayList<>();
    for (var e : spans.entrySet()) {
      EntityType t = entityType(types.get(e.getKey()));
      if (t != null) {
        entities.add(new EntityMention(e.getValue().begin(), e.getValue().end(), e.getValue().of(txt), t, null,
            attrs.getOrDefault(e.getKey(), Map.of()).get("Actor"), "gold"));
      }
    }
    entities.sort(Comparator.comparingInt(EntityMention::begin));
    List<Statement> statements = new ArrayList<>();
    List<String> cues = spans.keySet().stream().filter(k -> types.get(k).equals("Cue"))
        .sorted(Comparator.comparingInt(k -> spans.get(k).begin())).toList();
    for (String cue : cues) {
      Span cs = spans.get(cue);
      Span content = null;
      List<String> speakers = new ArrayList<>();
      for (String[] r : relations) {
        if (!r[1].equals(cue)) {
          continue;
        }
        if (r[0].equals("Content")) {
          content = spans.get(r[2]);
        } else if (r[0].equals("Speaker")) {
          speakers.add(attrs.getOrDefault(r[2], Map.of()).get("Actor"));
        }
      }
      Map<String, String> a = attrs.getOrDefault(cue, Map.of());
      if (content == null || !a.containsKey("Stance")) {
        throw new CorpusFormatException(id + ".ann: cue " + cue + " needs a Content relation and a Stance attribute");
      }
      Target target = null;
      for (String n : notes.getOrDefault(cue, List.of())) {
        if (n.startsWith("target ")) {
          try {
            target = JSON.treeToValue(JSON.readTree(n.substring(7)), Target.class);
          } catch (IOException e) {
            throw new CorpusFormatException(id + ".ann: bad target note on " + cue, e);
          }
        }
      }
      int sentence = 0;
      for (Sentence s : sentences) {
        if (s.span().contains(cs)) {
          sentence = s.index();
        }
      }
      String cueText = cs.of(txt);
      statements.add(new Statement("s" + (statements.size() + 1), sentence, speakers,
          new Cue(cs.begin(), cs.end(), cueText, cueText.toLowerCase(Locale.ROOT)), TextSpan.of(txt, content),
          "DIRECT".equals(a.get("Mode")) ? Mode.DIRECT : Mode.INDIRECT, Stance.valueOf(a.get("Stance")), 1.0, target,
          sentences.isEmpty() ? null : sentences.get(sentence).section(),
          GoldCorpus.GOLD_RULE, null, List.of(), a.containsKey("Optional")));
    }
    return new AnalyzedDocument(AnalyzedDocument.SCHEMA, id, meta, txt, sentences, entities, actors, null, statements);
  }

  private static EntityType entityType(String t) {
    try {
      return EntityType.valueOf(t);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** Numbers annotations as brat does. */
  private static final class Writer {
    final StringBuilder out = new StringBuilder();
    int t;
    int a;
    int r;
    int n;

    String t(String type, Span s, String text) {
      String id = "T" + (++t);
      StringBuilder frags = new StringBuilder();
      int b = s.begin();
      for (int i = s.begin(); i <= s.end(); i++) {
        if (i == s.end() || text.charAt(i) == '\n') {
          if (frags.length() > 0) {
            frags.append(';');
          }
          frags.append(b).append(' ').append(i);
          b = i + 1;
        }
      }
      out.append(id).append('\t').append(type).append(' ').append(frags).append('\t')
          .append(s.of(text).replace('\n', ' ')).append('\n');
      return id;
    }

    void attr(String name, String target, String value) {
      out.append("A").append(++a).append('\t').append(name).append(' ').append(target);
      if (value != null) {
        out.append(' ').append(value);
      }
      out.append('\n');
    }

    void rel(String type, String from, String to) {
      out.append("R").append(++r).append('\t').append(type).append(" Arg1:").append(from).append(" Arg2:").append(to).append('\n');
    }

    void note(String target, String note) {
      out.append("#").append(++n).append("\tAnnotatorNotes ").append(target).append('\t').append(note).append('\n');
    }
  }

}
