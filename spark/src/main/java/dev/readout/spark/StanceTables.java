package dev.readout.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import dev.readout.aggregate.ActorMerger;
import dev.readout.aggregate.ActorProfile;
import dev.readout.aggregate.ExampleRef;
import dev.readout.aggregate.StanceAggregator;
import dev.readout.aggregate.StanceRow;
import dev.readout.aggregate.StanceTable;
import dev.readout.aggregate.TargetKind;
import dev.readout.model.Actor;
import dev.readout.model.ActorKind;
import dev.readout.model.Stance;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The stance table of {@code readout aggregate} over a statements table of {@link ReadoutSpark}, counted in Spark
 * SQL: each statement counts as {@link StanceAggregator#contribution} decided when it was extracted (the columns
 * {@code left_out}, {@code speaker_profiles}, {@code target_profile}, {@code issue}, {@code act}); the distinct actor
 * profiles, with how often each is used, go to the driver and through the same {@link ActorMerger}; the pairs are
 * counted on the executors, and only the table (one row per pair) comes back, with each pair's example statements
 * chosen as the command line chooses them ({@link StanceAggregator#chooseExamples}) in the order of document ids:
 * only each pair's first few statements and the first of each stance, the only ones that can be chosen, come to
 * the driver.
 */
public final class StanceTables {
  private static final StructType PAIR = new StructType()
      .add("speaker", DataTypes.StringType).add("target", DataTypes.StringType).add("stance", DataTypes.StringType)
      .add("act", DataTypes.BooleanType).add("date", DataTypes.StringType).add("doc_id", DataTypes.StringType)
      .add("statement_index", DataTypes.IntegerType).add("statement_id", DataTypes.StringType);

  private StanceTables() {}

  /**
   * The table of a statements table of {@link ReadoutSpark.Result#statements()} (or one read back from Parquet). Its
   * {@code documents} counts the documents that have statements; {@code undated} is not counted (0). Each pair keeps
   * {@value StanceAggregator#DEFAULT_EXAMPLES} example statements, as {@code readout aggregate} does.
   */
  public static StanceTable aggregate(Dataset<Row> statements) {
    return aggregate(statements, StanceAggregator.DEFAULT_EXAMPLES);
  }

  /** The table, each pair keeping up to {@code examplesPerPair} example statements (0 for none). */
  public static StanceTable aggregate(Dataset<Row> statements, int examplesPerPair) {
    if (examplesPerPair < 0) {
      throw new IllegalArgumentException("examples per pair must be at least 0, not " + examplesPerPair);
    }
    Dataset<Row> counted = statements.where(col("left_out").isNull());
    // every use of a profile, in the order the command line meets them: a statement's target, then its speakers
    Dataset<Row> uses = counted.where(col("target_profile").isNotNull())
        .select(col("doc_id"), col("statement_index"), lit(-1).as("pos"), col("target_profile").as("p"))
        .unionByName(counted.select(col("doc_id"), col("statement_index"), posexplode(col("speaker_profiles")).as(new String[] {"pos", "p"})));
    List<Row> profiles = uses.groupBy(col("p"))
        .agg(count(lit(1)).as("weight"), min(struct(col("doc_id"), col("statement_index"), col("pos"))).as("first"))
        .orderBy(col("first")).collectAsList();
    Map<ActorProfile, Integer> weights = new LinkedHashMap<>();
    for (Row r : profiles) {
      weights.put(profile(r.getStruct(0)), (int) r.getLong(1));
    }
    Map<ActorProfile, Actor> merged = new ActorMerger().merge(weights);
    HashMap<String, String> actorIds = new HashMap<>();
    Map<String, Actor> actors = new HashMap<>();
    merged.forEach((p, a) -> {
      actorIds.put(key(p), a.id());
      actors.put(a.id(), a);
    });
    Broadcast<HashMap<String, String>> ids = statements.sparkSession().sparkContext()
        .broadcast(actorIds, scala.reflect.ClassTag$.MODULE$.apply(HashMap.class));
    Dataset<Row> flat = counted.flatMap(new Pairs(ids), Encoders.row(PAIR));
    List<Row> pairs = flat.groupBy(col("speaker"), col("target"))
        .agg(sum(when(col("stance").equalTo("SUPPORT"), 1).otherwise(0)).as("support"),
            sum(when(col("stance").equalTo("OPPOSE"), 1).otherwise(0)).as("oppose"),
            sum(when(col("stance").equalTo("NEUTRAL"), 1).otherwise(0)).as("neutral"),
            sum(when(col("act"), 1).otherwise(0)).as("acts"),
            min(col("date")).as("first"), max(col("date")).as("last"), countDistinct(col("doc_id")).as("documents"))
        .collectAsList();
    Map<List<String>, List<ExampleRef>> examples = examplesPerPair == 0 ? Map.of() : examples(flat, examplesPerPair);
    ids.destroy();
    List<StanceRow> rows = new ArrayList<>();
    for (Row r : pairs) {
      Actor speaker = actors.get(r.getString(0));
      String target = r.getString(1);
      Actor targetActor = target.startsWith("actor:") ? actors.get(target.substring("actor:".length())) : null;
      String issue = targetActor == null ? target.substring("issue:".length()) : null;
      rows.add(new StanceRow(speaker, targetActor != null ? TargetKind.ACTOR : TargetKind.ISSUE,
          targetActor != null ? targetActor.label() : issue, targetActor, issue,
          (int) r.getLong(2), (int) r.getLong(3), (int) r.getLong(4), (int) r.getLong(5),
          r.isNullAt(6) ? null : LocalDate.parse(r.getString(6)), r.isNullAt(7) ? null : LocalDate.parse(r.getString(7)),
          (int) r.getLong(8), examples.getOrDefault(List.of(r.getString(0), target), List.of())));
    }
    StanceAggregator.sort(rows);
    Row totals = counted.agg(count(lit(1)), sum(when(col("act"), 1).otherwise(0)), countDistinct(col("doc_id"))).first();
    Row left = statements.agg(
        sum(when(col("left_out").equalTo(StanceAggregator.WITHOUT_TARGET), 1).otherwise(0)),
        sum(when(col("left_out").equalTo(StanceAggregator.UNUSABLE_TARGET), 1).otherwise(0)),
        sum(when(col("left_out").equalTo(StanceAggregator.WITHOUT_STANCE), 1).otherwise(0))).first();
    Set<String> distinctActors = new HashSet<>(actorIds.values());
    return new StanceTable(rows, (int) totals.getLong(2), (int) totals.getLong(0), (int) longOr0(totals, 1),
        (int) longOr0(left, 0), (int) longOr0(left, 1), (int) longOr0(left, 2), 0, distinctActors.size());
  }

  /**
   * Each pair's examples: of its statements (once each, in the order of document ids, then of the statements), the
   * first {@code max} and the first of each stance go to the driver, where {@link StanceAggregator#chooseExamples}
   * chooses among them.
   */
  private static Map<List<String>, List<ExampleRef>> examples(Dataset<Row> flat, int max) {
    Dataset<Row> once = flat.dropDuplicates("speaker", "target", "doc_id", "statement_index");
    List<Row> candidates = once
        .withColumn("n", row_number().over(Window.partitionBy(col("speaker"), col("target")).orderBy(col("doc_id"), col("statement_index"))))
        .withColumn("m", row_number().over(Window.partitionBy(col("speaker"), col("target"), col("stance")).orderBy(col("doc_id"), col("statement_index"))))
        .where(col("n").leq(max).or(col("m").equalTo(1)))
        .select(col("speaker"), col("target"), col("doc_id"), col("statement_index"), col("statement_id"), col("stance"))
        .collectAsList();
    Map<List<String>, List<Row>> byPair = new HashMap<>();
    for (Row c : candidates) {
      byPair.computeIfAbsent(List.of(c.getString(0), c.getString(1)), k -> new ArrayList<>()).add(c);
    }
    Comparator<Row> order = Comparator.comparing((Row c) -> c.getString(2)).thenComparingInt(c -> c.getInt(3));
    Map<List<String>, List<ExampleRef>> out = new HashMap<>();
    byPair.forEach((pair, rows) -> {
      rows.sort(order);
      out.put(pair, StanceAggregator.chooseExamples(rows, c -> Stance.valueOf(c.getString(5)), max).stream()
          .map(c -> new ExampleRef(c.getString(2), c.getString(4), Stance.valueOf(c.getString(5)), -1)).toList());
    });
    return out;
  }

  private static long longOr0(Row r, int i) {
    return r.isNullAt(i) ? 0 : r.getLong(i);
  }

  static ActorProfile profile(Row p) {
    return new ActorProfile(ActorKind.valueOf(p.getString(0)), p.getString(1), p.getString(2), p.getString(3), p.getList(4));
  }

  /** One string for a profile, the same on the driver and the executors. */
  static String key(ActorProfile p) {
    return String.join("\u0001", p.kind().name(), p.name(), String.valueOf(p.title()), String.valueOf(p.affiliation()),
        String.join("\u0002", p.aliases()));
  }

  /** Runs on the executors: a statement's rows, one per distinct speaker profile and target, as the command line counts them. */
  private static final class Pairs implements FlatMapFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final Broadcast<HashMap<String, String>> ids;

    Pairs(Broadcast<HashMap<String, String>> ids) {
      this.ids = ids;
    }

    @Override
    public Iterator<Row> call(Row s) {
      Map<String, String> actorOf = ids.value();
      Row target = s.getStruct(s.fieldIndex("target_profile"));
      String issue = s.getAs("issue");
      boolean act = s.<Boolean>getAs("act");
      LocalDate date = StanceAggregator.date(s.getAs("date"));
      String day = date == null ? null : date.toString();
      String stance = s.getAs("stance");
      String doc = s.getAs("doc_id");
      int index = s.<Integer>getAs("statement_index");
      String id = s.getAs("statement_id");
      Set<String> speakers = new LinkedHashSet<>();
      for (Row p : s.<Row>getList(s.fieldIndex("speaker_profiles"))) {
        speakers.add(key(profile(p)));
      }
      List<Row> out = new ArrayList<>();
      for (String speaker : speakers) {
        String who = actorOf.get(speaker);
        if (target != null) {
          out.add(RowFactory.create(who, "actor:" + actorOf.get(key(profile(target))), stance, act, day, doc, index, id));
        }
        if (!issue.isEmpty()) {
          out.add(RowFactory.create(who, "issue:" + issue, stance, act, day, doc, index, id));
        }
      }
      return out.iterator();
    }
  }
}
