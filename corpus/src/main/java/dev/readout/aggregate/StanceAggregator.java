package dev.readout.aggregate;

import dev.readout.corpus.InputProblem;
import dev.readout.json.DocumentJson;
import dev.readout.model.Actor;
import dev.readout.model.AnalyzedDocument;
import dev.readout.model.Statement;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts stances per (speaker, target) pair over documents of schema {@value AnalyzedDocument#SCHEMA}, read
 * one at a time: a document is dropped once counted, and only the table is kept — per distinct actor profile
 * and per pair, the counts, first and last dates and the ordinals of the documents (so that a document is
 * counted once for a pair even when two of its actors turn out to be one corpus actor).
 *
 * <p>A statement counts once for each of its speakers. Its target is the target's actor when it has one, else
 * its words normalised (case, diacritics, punctuation, leading determiners: "the importance" and "its
 * importance" are one target). Statements without a stance, without a target, or whose target is a
 * determiner alone ("their", "the") are left out and counted. Actors are
 * merged across documents by {@link ActorMerger} when the table is made. Dates come from the meta field
 * {@code date} (YYYY-MM-DD, or an ISO date-time); a document without one leaves the dates of its pairs empty.
 * Not thread-safe: one aggregator per run.
 */
public final class StanceAggregator {
  private static final Logger LOG = LoggerFactory.getLogger(StanceAggregator.class);
  private static final int MAX_MESSAGE = 200;
  private static final java.nio.charset.Charset UTF8 = java.nio.charset.StandardCharsets.UTF_8;

  private final ActorMerger merger;
  private final DocumentJson json = new DocumentJson();
  private final Map<ActorProfile, Integer> profileIndex = new HashMap<>();
  private final List<ActorProfile> profiles = new ArrayList<>();
  private final List<Integer> weights = new ArrayList<>();
  private final Map<PairKey, Tally> tallies = new LinkedHashMap<>();
  /** For each normalised target text, how often each surface form was seen. */
  private final Map<String, Map<String, Long>> surfaces = new HashMap<>();
  private int documents;
  private int statements;
  private int withoutTarget;
  private int withoutStance;
  private int undated;

  public StanceAggregator() {
    this(new ActorMerger());
  }

  public StanceAggregator(ActorMerger merger) {
    this.merger = Objects.requireNonNull(merger, "merger");
  }

  /** A speaker profile and a target: an actor profile (text null) or normalised words (actor -1). */
  private record PairKey(int speaker, int targetActor, String targetText) {}

  /** Counts of one pair of profiles. */
  private static final class Tally {
    int support;
    int oppose;
    int neutral;
    LocalDate first;
    LocalDate last;
    int[] docs = new int[2];
    int docCount;

    void add(Statement s, int doc, LocalDate date) {
      switch (s.stance()) {
        case SUPPORT -> support++;
        case OPPOSE -> oppose++;
        case NEUTRAL -> neutral++;
      }
      if (date != null) {
        first = first == null || date.isBefore(first) ? date : first;
        last = last == null || date.isAfter(last) ? date : last;
      }
      if (docCount == 0 || docs[docCount - 1] != doc) {
        if (docCount == docs.length) {
          docs = Arrays.copyOf(docs, docCount * 2);
        }
        docs[docCount++] = doc;
      }
    }
  }

  /**
   * Counts one document.
   *
   * @throws IllegalArgumentException naming the problem when a statement names an actor the document lacks;
   *     nothing of the document is counted then
   */
  public void add(AnalyzedDocument doc) {
    Map<String, Actor> actors = new HashMap<>();
    doc.actors().forEach(a -> actors.put(a.id(), a));
    for (Statement s : doc.statements()) {
      for (String id : s.speakers()) {
        if (!actors.containsKey(id)) {
          throw new IllegalArgumentException("statement " + s.id() + " names speaker '" + id + "', which is not among the document's actors");
        }
      }
      if (s.target() != null && s.target().actor() != null && !actors.containsKey(s.target().actor())) {
        throw new IllegalArgumentException("statement " + s.id() + " names target actor '" + s.target().actor() + "', which is not among the document's actors");
      }
    }
    int ordinal = documents++;
    LocalDate date = date(doc.meta().get("date"));
    if (date == null) {
      undated++;
    }
    for (Statement s : doc.statements()) {
      if (s.stance() == null) {
        withoutStance++;
        continue;
      }
      int targetActor = -1;
      String targetText = null;
      if (s.target() != null && s.target().actor() != null) {
        targetActor = profile(actors.get(s.target().actor()));
      } else if (s.target() != null && !NameNormalizer.target(s.target().text()).isEmpty()) {
        targetText = NameNormalizer.target(s.target().text());
        surfaces.computeIfAbsent(targetText, k -> new HashMap<>()).merge(s.target().text().strip(), 1L, Long::sum);
      } else {
        withoutTarget++;
        continue;
      }
      statements++;
      Set<Integer> speakers = new LinkedHashSet<>();
      s.speakers().forEach(id -> speakers.add(profile(actors.get(id))));
      for (int speaker : speakers) {
        tallies.computeIfAbsent(new PairKey(speaker, targetActor, targetText), k -> new Tally()).add(s, ordinal, date);
      }
    }
  }

  private int profile(Actor a) {
    ActorProfile p = ActorProfile.of(a);
    Integer i = profileIndex.get(p);
    if (i == null) {
      i = profiles.size();
      profileIndex.put(p, i);
      profiles.add(p);
      weights.add(0);
    }
    weights.set(i, weights.get(i) + 1);
    return i;
  }

  /** The day of a meta date ("2021-03-04" or "2021-03-04T10:00:00Z"), or null. */
  static LocalDate date(Object value) {
    if (!(value instanceof String s) || s.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(s.substring(0, 10));
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /**
   * Counts every document of a JSON Lines stream, line by line. A line that is not UTF-8 or not a readout
   * document goes to {@code problems} as "source:line: what is wrong", and the other lines are still counted.
   *
   * @return how many lines were bad
   */
  public int read(InputStream in, String source, Consumer<InputProblem> problems) throws IOException {
    InputStream buffered = in instanceof BufferedInputStream ? in : new BufferedInputStream(in, 1 << 16);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 14);
    int n = 0;
    int bad = 0;
    for (int b = buffered.read(); b != -1 || bytes.size() > 0; b = buffered.read()) {
      if (b != '\n' && b != -1) {
        bytes.write(b);
        continue;
      }
      n++;
      String where = source + ":" + n;
      try {
        String line = UTF8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(bytes.toByteArray()))
            .toString();
        if (!line.isBlank()) {
          add(json.read(line));
        }
      } catch (CharacterCodingException e) {
        bad++;
        problems.accept(new InputProblem(where, where, "encoding", "not UTF-8 text; convert the file to UTF-8"));
      } catch (IllegalArgumentException e) {
        bad++;
        problems.accept(new InputProblem(where, where, "document", oneLine(e)));
      }
      bytes.reset();
      if (b == -1) {
        break;
      }
    }
    return bad;
  }

  /**
   * Counts every document of a JSON Lines file. A bad line is one problem; a file that cannot be read is one.
   *
   * @return how many problems were reported
   */
  public int read(Path file, Consumer<InputProblem> problems) {
    String source = file.toString();
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, source, problems);
    } catch (NoSuchFileException e) {
      problems.accept(new InputProblem(source, source, "missing", "no such file"));
    } catch (java.nio.file.FileSystemException e) {
      problems.accept(new InputProblem(source, source, "unreadable", "cannot read: " + (e.getReason() != null ? e.getReason() : e.getClass().getSimpleName())));
    } catch (IOException e) {
      problems.accept(new InputProblem(source, source, "unreadable", "cannot read: " + e.getMessage()));
    }
    return 1;
  }

  private static String oneLine(Exception e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    m = m.lines().findFirst().orElse(m).strip();
    return m.length() > MAX_MESSAGE ? m.substring(0, MAX_MESSAGE) + "…" : m;
  }

  /** The table of everything counted so far, actors merged across documents. */
  public StanceTable table() {
    Map<ActorProfile, Integer> w = new LinkedHashMap<>();
    for (int i = 0; i < profiles.size(); i++) {
      w.put(profiles.get(i), weights.get(i));
    }
    Map<ActorProfile, Actor> merged = merger.merge(w);
    List<Actor> actorOf = profiles.stream().map(merged::get).toList();
    record RowKey(String speaker, String target) {}
    final class Row {
      final Actor speaker;
      final Actor targetActor;
      final String target;
      int support;
      int oppose;
      int neutral;
      LocalDate first;
      LocalDate last;
      final List<int[]> docs = new ArrayList<>();

      Row(Actor speaker, Actor targetActor, String target) {
        this.speaker = speaker;
        this.targetActor = targetActor;
        this.target = target;
      }
    }
    Map<RowKey, Row> rows = new LinkedHashMap<>();
    tallies.forEach((k, t) -> {
      Actor speaker = actorOf.get(k.speaker());
      Actor targetActor = k.targetActor() < 0 ? null : actorOf.get(k.targetActor());
      String key = targetActor != null ? "actor:" + targetActor.id() : "text:" + k.targetText();
      Row r = rows.computeIfAbsent(new RowKey(speaker.id(), key),
          x -> new Row(speaker, targetActor, targetActor != null ? targetActor.label() : ActorMerger.mostUsed(surfaces.get(k.targetText()))));
      r.support += t.support;
      r.oppose += t.oppose;
      r.neutral += t.neutral;
      r.first = t.first == null ? r.first : r.first == null || t.first.isBefore(r.first) ? t.first : r.first;
      r.last = t.last == null ? r.last : r.last == null || t.last.isAfter(r.last) ? t.last : r.last;
      r.docs.add(Arrays.copyOf(t.docs, t.docCount));
    });
    List<StanceRow> out = new ArrayList<>();
    Set<String> actorIds = new HashSet<>();
    actorOf.forEach(a -> actorIds.add(a.id()));
    for (Row r : rows.values()) {
      int docs = r.docs.size() == 1 ? r.docs.get(0).length : (int) r.docs.stream().flatMapToInt(Arrays::stream).distinct().count();
      out.add(new StanceRow(r.speaker, r.target, r.targetActor, r.support, r.oppose, r.neutral, r.first, r.last, docs));
    }
    Map<String, String> labels = new HashMap<>();
    out.sort(Comparator.comparingInt((StanceRow r) -> -r.total())
        .thenComparing(r -> labels.computeIfAbsent(r.speaker().id(), id -> r.speaker().label()))
        .thenComparing(StanceRow::target));
    LOG.debug("{} documents, {} profiles, {} corpus actors, {} pairs", documents, profiles.size(), actorIds.size(), out.size());
    return new StanceTable(out, documents, statements, withoutTarget, withoutStance, undated, actorIds.size());
  }
}
