package dev.readout.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import dev.readout.aggregate.ActorMerger;
import dev.readout.aggregate.ActorProfile;
import dev.readout.aggregate.StanceAggregator;
import dev.readout.aggregate.StanceRow;
import dev.readout.aggregate.StanceTable;
import dev.readout.aggregate.TargetKind;
import dev.readout.model.Actor;
import dev.readout.model.ActorKind;
import java.time.LocalDate;
import java.util.ArrayList;
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
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The stance table of {@code readout aggregate} over a statements table of {@link ReadoutSpark}, counted in Spark
 * SQL: each statement counts as {@link StanceAggregator#contribution} decided when it was extracted (the columns
 * {@code left_out}, {@code speaker_profiles}, {@code target_profile}, {@code issue}, {@code act}); the distinct actor
 * profiles, with how often each is used, go to the driver and through the same {@link ActorMerger}; the pairs are
 * counted on the executors, and only the table (one row per pair) comes back. It has no example statements.
 */
public final class StanceTables {
  private static final StructType PAIR = new StructType()
      .add("speaker", DataTypes.StringType).add("target", DataTypes.StringType).add("stance", DataTypes.StringType)
      .add("act", DataTypes.BooleanType).add("date", DataTypes.StringType).add("doc_id", DataTypes.StringType);

  private StanceTables() {}

  /**
   * The table of a statements table of {@link ReadoutSpark.Result#statements()} (or one read back from Parquet). Its
   * {@code documents} counts the documents that have statements; {@code undated} is not counted (0).
   */
  public static StanceTable aggregate(Dataset<Row> statements) {
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
    List<Row> pairs = counted.flatMap(new Pairs(ids), Encoders.row(PAIR))
        .groupBy(col("speaker"), col("target"))
        .agg(sum(when(col("stance").equalTo("SUPPORT"), 1).otherwise(0)).as("support"),
            sum(when(col("stance").equalTo("OPPOSE"), 1).otherwise(0)).as("oppose"),
            sum(when(col("stance").equalTo("NEUTRAL"), 1).otherwise(0)).as("neutral"),
            sum(when(col("act"), 1).otherwise(0)).as("acts"),
            min(col("date")).as("first"), max(col("date")).as("last"), countDistinct(col("doc_id")).as("documents"))
        .collectAsList();
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
          (int) r.getLong(8), List.of()));
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
      Set<String> speakers = new LinkedHashSet<>();
      for (Row p : s.<Row>getList(s.fieldIndex("speaker_profiles"))) {
        speakers.add(key(profile(p)));
      }
      List<Row> out = new ArrayList<>();
      for (String speaker : speakers) {
        String who = actorOf.get(speaker);
        if (target != null) {
          out.add(RowFactory.create(who, "actor:" + actorOf.get(key(profile(target))), stance, act, day, doc));
        }
        if (!issue.isEmpty()) {
          out.add(RowFactory.create(who, "issue:" + issue, stance, act, day, doc));
        }
      }
      return out.iterator();
    }
  }
}
