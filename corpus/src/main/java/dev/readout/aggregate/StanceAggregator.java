package dev.readout.aggregate;

import dev.readout.corpus.InputProblem;
import dev.readout.json.DocumentJson;
import dev.readout.model.Actor;
import dev.readout.model.AnalyzedDocument;
import dev.readout.model.Stance;
import dev.readout.model.Statement;
import dev.readout.model.Target;
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
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts stances per (speaker, target) pair over documents of schema {@value AnalyzedDocument#SCHEMA}, read
 * one at a time: a document is dropped once counted, and only the table is kept — per distinct actor profile
 * and per pair, the counts, first and last dates, the ordinals of the documents (so that a document is counted
 * once for a pair even when two of its actors turn out to be one corpus actor) and the positions of a few example
 * statements, whose text goes to a temporary file ({@link ExampleStore}) until {@link #close()}.
 *
 * <p>A statement counts once for each of its speakers, in one or two rows:
 * <ul>
 *   <li>an <b>actor</b> row when its target has an actor: the actor itself ("Russia"), or an act of it ("Russia's
 *       war in Ukraine"; see {@link IssueHead#isActorItself});
 *   <li>an <b>issue</b> row, by the target's normalised head phrase ({@link IssueHead}: "war"), when it is not the
 *       actor itself. An act of an actor counts in both rows ("who opposes whom" and "who opposes what"), unless
 *       its head phrase is nothing but a light or attitude noun or the actor's name ("her commitment", "the U.S.
 *       commitment": the actor row only).
 * </ul>
 * Statements without a stance, without a target, or whose target names nothing once normalised (a determiner or
 * pronoun alone, light or attitude nouns alone, the cue itself) are left out and counted. Actors are merged across
 * documents by {@link ActorMerger} when the table is made. Dates come from the meta field {@code date}
 * (YYYY-MM-DD, or an ISO date-time); a document without one leaves the dates of its pairs empty. Not
 * thread-safe: one aggregator per run.
 */
public final class StanceAggregator implements AutoCloseable {
  /** Example statements kept per pair unless told otherwise. */
  public static final int DEFAULT_EXAMPLES = 3;

  private static final Logger LOG = LoggerFactory.getLogger(StanceAggregator.class);
  private static final int MAX_MESSAGE = 200;
  private static final int MAX_SHARED_IDS = 10_000;
  private static final java.nio.charset.Charset UTF8 = java.nio.charset.StandardCharsets.UTF_8;

  private final ActorMerger merger;
  private final IssueHead heads;
  private final int examplesPerPair;
  private final ExampleStore store = new ExampleStore();
  private final DocumentJson json = new DocumentJson();
  private final Map<ActorProfile, Integer> profileIndex = new HashMap<>();
  private final List<ActorProfile> profiles = new ArrayList<>();
  private final List<Integer> weights = new ArrayList<>();
  private final Map<PairKey, Tally> tallies = new LinkedHashMap<>();
  private final Map<String, String> statementIds = new HashMap<>();
  private int documents;
  private int statements;
  private int acts;
  private int withoutTarget;
  private int unusableTarget;
  private int withoutStance;
  private int undated;

  public StanceAggregator() {
    this(new ActorMerger());
  }

  public StanceAggregator(ActorMerger merger) {
    this(merger, DEFAULT_EXAMPLES);
  }

  /** @param examplesPerPair how many example statements each pair keeps (0 for none) */
  public StanceAggregator(ActorMerger merger, int examplesPerPair) {
    this.merger = Objects.requireNonNull(merger, "merger");
    this.heads = IssueHead.bundled();
    if (examplesPerPair < 0) {
      throw new IllegalArgumentException("examples per pair must be at least 0, not " + examplesPerPair);
    }
    this.examplesPerPair = examplesPerPair;
  }

  /** A speaker profile and a target: an actor profile (issue null) or a head phrase (actor -1). */
  private record PairKey(int speaker, int targetActor, String issue) {}

  /**
   * An example kept: the document's ordinal and the statement's index in it (for document order), its ids, stance
   * and position in the store.
   */
  private record Kept(int doc, int order, String document, String statement, Stance stance, long position) {
    ExampleRef ref() {
      return new ExampleRef(document, statement, stance, position);
    }
  }

  /** Counts of one pair of profiles. */
  private static final class Tally {
    int support;
    int oppose;
    int neutral;
    int acts;
    LocalDate first;
    LocalDate last;
    int[] docs = new int[2];
    int docCount;
    List<Kept> kept = List.of();

    void add(Statement s, int doc, LocalDate date, boolean act) {
      switch (s.stance()) {
        case SUPPORT -> support++;
        case OPPOSE -> oppose++;
        case NEUTRAL -> neutral++;
      }
      acts += act ? 1 : 0;
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
   * Where a new example of this stance goes among those kept: appended while there are fewer than {@code max};
   * else in place of the latest of the most frequent stance when its stance has none yet (so that a pair of 12
   * SUPPORT and one OPPOSE shows the OPPOSE one); else nowhere (-1).
   */
  private static <T> int slot(List<T> kept, Function<T, Stance> stanceOf, Stance stance, int max) {
    if (kept.size() < max) {
      return kept.size();
    }
    int[] count = new int[Stance.values().length];
    kept.forEach(k -> count[stanceOf.apply(k).ordinal()]++);
    if (max == 0 || count[stance.ordinal()] > 0) {
      return -1;
    }
    Stance most = null;
    for (Stance x : Stance.values()) {
      most = most == null || count[x.ordinal()] > count[most.ordinal()] ? x : most;
    }
    if (count[most.ordinal()] < 2) {
      return -1;
    }
    for (int i = kept.size() - 1; i >= 0; i--) {
      if (stanceOf.apply(kept.get(i)) == most) {
        return i;
      }
    }
    return -1;
  }

  /** Keeps {@code k} in {@code kept} when {@link #slot} finds it a place; kept stays in document order. */
  private static <T> List<T> offer(List<T> kept, T k, Function<T, Stance> stanceOf, int max) {
    int at = slot(kept, stanceOf, stanceOf.apply(k), max);
    if (at < 0) {
      return kept;
    }
    List<T> out = new ArrayList<>(kept);
    if (at < out.size()) {
      out.remove(at);
    }
    out.add(k);
    return List.copyOf(out);
  }

  /**
   * The examples a row keeps of its statements, met in document order, each once: as {@code aggregate} chooses
   * them while counting (the first {@code max}; then a statement of a stance none of the kept ones has takes the
   * place of the latest of the most frequent kept stance, when that one has two or more). A stance once kept stays,
   * so only the first {@code max} statements and the first of each stance can be kept: a caller that counts
   * elsewhere (Spark) may offer just those, in document order, and gets the same examples.
   */
  public static <T> List<T> chooseExamples(List<T> inDocumentOrder, Function<T, Stance> stanceOf, int max) {
    List<T> kept = List.of();
    for (T t : inDocumentOrder) {
      kept = offer(kept, t, stanceOf, max);
    }
    return kept;
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
    List<Statement> all = doc.statements();
    for (int order = 0; order < all.size(); order++) {
      Statement s = all.get(order);
      Contribution c = contribution(s, actors, heads);
      if (c.leftOut() != null) {
        switch (c.leftOut()) {
          case WITHOUT_STANCE -> withoutStance++;
          case WITHOUT_TARGET -> withoutTarget++;
          default -> unusableTarget++;
        }
        continue;
      }
      int targetActor = c.targetActor() == null ? -1 : profile(c.targetActor());
      statements++;
      acts += c.act() ? 1 : 0;
      Set<Integer> speakers = new LinkedHashSet<>();
      c.speakers().forEach(p -> speakers.add(profile(p)));
      long[] position = {-1};
      for (int speaker : speakers) {
        if (targetActor >= 0) {
          count(new PairKey(speaker, targetActor, null), s, ordinal, order, date, c.act(), doc, actors, position);
        }
        if (!c.issue().isEmpty()) {
          count(new PairKey(speaker, -1, c.issue()), s, ordinal, order, date, c.act(), doc, actors, position);
        }
      }
    }
  }

  /** Why a statement is left out of the table: it has no stance. */
  public static final String WITHOUT_STANCE = "without-stance";
  /** Why a statement is left out of the table: it has no target. */
  public static final String WITHOUT_TARGET = "without-target";
  /** Why a statement is left out of the table: its target names nothing once normalised. */
  public static final String UNUSABLE_TARGET = "unusable-target";

  /**
   * How one statement counts in the table, decided from the statement and its document's actors alone, so that a
   * table made elsewhere (over a Spark statements table) counts as this one does.
   *
   * @param leftOut why it is left out ({@link #WITHOUT_STANCE}, {@link #WITHOUT_TARGET}, {@link #UNUSABLE_TARGET}), or
   *     null when it counts
   * @param speakers the profile of each of its speakers, in order (one a speaker, even when two are alike)
   * @param targetActor the profile of the actor its target is or whose act it is, or null
   * @param issue the head phrase of its issue row, or "" for none
   * @param act whether the target is an act of an actor
   */
  public record Contribution(String leftOut, List<ActorProfile> speakers, ActorProfile targetActor, String issue, boolean act) {
    public Contribution {
      speakers = List.copyOf(speakers);
      Objects.requireNonNull(issue, "issue");
    }

    static Contribution leftOut(String why) {
      return new Contribution(why, List.of(), null, "", false);
    }
  }

  /** How {@code s} counts, its actors looked up in {@code actors} (all of them must be there). */
  public static Contribution contribution(Statement s, Map<String, Actor> actors, IssueHead heads) {
    if (s.stance() == null) {
      return Contribution.leftOut(WITHOUT_STANCE);
    }
    Target t = s.target();
    if (t == null) {
      return Contribution.leftOut(WITHOUT_TARGET);
    }
    ActorProfile targetActor = null;
    String issue = "";
    boolean act = false;
    if (t.actor() != null) {
      Actor a = actors.get(t.actor());
      targetActor = ActorProfile.of(a);
      if (!heads.isActorItself(t, a)) {
        act = true;
        issue = heads.of(t);
        issue = heads.isActorName(issue, a) ? "" : issue;
      }
    } else {
      issue = t.text().strip().equalsIgnoreCase(s.cue().text().strip()) ? "" : heads.of(t);
      if (issue.isEmpty()) {
        return Contribution.leftOut(UNUSABLE_TARGET);
      }
    }
    List<ActorProfile> speakers = s.speakers().stream().map(id -> ActorProfile.of(actors.get(id))).toList();
    return new Contribution(null, speakers, targetActor, issue, act);
  }

  private void count(PairKey key, Statement s, int ordinal, int order, LocalDate date, boolean act, AnalyzedDocument doc,
      Map<String, Actor> actors, long[] position) {
    Tally tally = tallies.computeIfAbsent(key, k -> new Tally());
    int before = tally.support + tally.oppose + tally.neutral;
    boolean firstOfStance = switch (s.stance()) {
      case SUPPORT -> tally.support == 0;
      case OPPOSE -> tally.oppose == 0;
      case NEUTRAL -> tally.neutral == 0;
    };
    tally.add(s, ordinal, date, act);
    // only these can be chosen (chooseExamples), here or after the pair's profiles merge with others: keep them all
    if (examplesPerPair == 0 || before >= examplesPerPair && !firstOfStance) {
      return;
    }
    if (position[0] < 0) {
      String speakers = String.join("; ", s.speakers().stream().map(id -> actors.get(id).name()).toList());
      position[0] = store.put(StanceExample.of(doc.id(), date, speakers, s));
    }
    if (tally.kept.isEmpty()) {
      tally.kept = new ArrayList<>(examplesPerPair + 1);
    }
    tally.kept.add(new Kept(ordinal, order, doc.id(), statementId(s.id()), s.stance(), position[0]));
  }

  /** One string for each of the usual short statement ids ("s1", "s2" ...), which every document repeats. */
  private String statementId(String id) {
    String shared = statementIds.get(id);
    if (shared != null) {
      return shared;
    }
    if (statementIds.size() < MAX_SHARED_IDS) {
      statementIds.put(id, id);
    }
    return id;
  }

  /** The text of an example of a row of {@link #table()}; only while this aggregator is open. */
  public StanceExample example(ExampleRef ref) {
    return store.get(ref.position());
  }

  /** Deletes the kept examples' file. */
  @Override
  public void close() {
    store.close();
  }

  private int profile(ActorProfile p) {
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
  public static LocalDate date(Object value) {
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
      final String issue;
      int support;
      int oppose;
      int neutral;
      int acts;
      LocalDate first;
      LocalDate last;
      final List<int[]> docs = new ArrayList<>();
      final List<Kept> kept = new ArrayList<>();

      Row(Actor speaker, Actor targetActor, String issue) {
        this.speaker = speaker;
        this.targetActor = targetActor;
        this.issue = issue;
      }
    }
    Map<RowKey, Row> rows = new LinkedHashMap<>();
    tallies.forEach((k, t) -> {
      Actor speaker = actorOf.get(k.speaker());
      Actor targetActor = k.targetActor() < 0 ? null : actorOf.get(k.targetActor());
      String key = targetActor != null ? "actor:" + targetActor.id() : "issue:" + k.issue();
      Row r = rows.computeIfAbsent(new RowKey(speaker.id(), key), x -> new Row(speaker, targetActor, k.issue()));
      r.support += t.support;
      r.oppose += t.oppose;
      r.neutral += t.neutral;
      r.acts += t.acts;
      r.first = t.first == null ? r.first : r.first == null || t.first.isBefore(r.first) ? t.first : r.first;
      r.last = t.last == null ? r.last : r.last == null || t.last.isAfter(r.last) ? t.last : r.last;
      r.docs.add(Arrays.copyOf(t.docs, t.docCount));
      r.kept.addAll(t.kept);
    });
    List<StanceRow> out = new ArrayList<>();
    Set<String> actorIds = new HashSet<>();
    actorOf.forEach(a -> actorIds.add(a.id()));
    for (Row r : rows.values()) {
      int docs = r.docs.size() == 1 ? r.docs.get(0).length : (int) r.docs.stream().flatMapToInt(Arrays::stream).distinct().count();
      out.add(new StanceRow(r.speaker, r.targetActor != null ? TargetKind.ACTOR : TargetKind.ISSUE,
          r.targetActor != null ? r.targetActor.label() : r.issue, r.targetActor, r.targetActor != null ? null : r.issue,
          r.support, r.oppose, r.neutral, r.acts, r.first, r.last, docs, examples(r.kept)));
    }
    sort(out);
    LOG.debug("{} documents, {} profiles, {} corpus actors, {} pairs", documents, profiles.size(), actorIds.size(), out.size());
    return new StanceTable(out, documents, statements, acts, withoutTarget, unusableTarget, withoutStance, undated, actorIds.size());
  }

  /** Puts rows in the table's order: most statements first, then by speaker, kind and target. */
  public static void sort(List<StanceRow> rows) {
    Map<String, String> labels = new HashMap<>();
    rows.sort(Comparator.comparingInt((StanceRow r) -> -r.total())
        .thenComparing(r -> labels.computeIfAbsent(r.speaker().id(), id -> r.speaker().label()))
        .thenComparing(StanceRow::kind)
        .thenComparing(StanceRow::target));
  }

  /**
   * A row's examples from the candidates its pairs kept (each pair's first few statements and the first of each
   * stance): in document order, once each, chosen by {@link #chooseExamples} over them, which is the choice over all
   * the row's statements.
   */
  private List<ExampleRef> examples(List<Kept> all) {
    List<Kept> sorted = new ArrayList<>(all);
    sorted.sort(Comparator.comparingInt(Kept::doc).thenComparingInt(Kept::order));
    List<Kept> once = new ArrayList<>();
    Kept previous = null;
    for (Kept k : sorted) {
      if (previous == null || previous.doc() != k.doc() || previous.order() != k.order()) {
        once.add(k);
      }
      previous = k;
    }
    List<Kept> kept = chooseExamples(once, Kept::stance, examplesPerPair);
    return kept.stream().map(Kept::ref).toList();
  }
}
