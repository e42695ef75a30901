package dev.readout.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readout.aggregate.ActorProfile;
import dev.readout.aggregate.IssueHead;
import dev.readout.aggregate.StanceAggregator;
import dev.readout.corpus.BatchFiles;
import dev.readout.corpus.BatchProcessor;
import dev.readout.corpus.DocumentReader;
import dev.readout.corpus.DocumentRunner;
import dev.readout.corpus.InputDocument;
import dev.readout.corpus.InputProblem;
import dev.readout.corpus.StatementsCsv;
import dev.readout.json.DocumentJson;
import dev.readout.model.Actor;
import dev.readout.model.AnalyzedDocument;
import dev.readout.model.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * Readout over Spark Datasets: the same extraction as {@code readout extract}, document by document in
 * {@code mapPartitions}, with one pipeline per executor JVM ({@link Pipelines}) and nothing collected to the driver.
 * A document that cannot be analysed (empty, too large, a stage failure, a timeout) becomes a row of the errors
 * Dataset; it never fails its task. The analysis is deterministic, so a retried task gives the same rows, and
 * Spark keeps only one attempt's.
 */
public final class ReadoutSpark {
  /**
   * The documents to analyse, as {@link Inputs} reads them: a read problem already has a kind and a message; the
   * input's order is {@code ordinal} (the file's place among the inputs), then {@code line} (the place in the file).
   */
  static final StructType WORK = new StructType(new StructField[] {
      field("id", DataTypes.StringType), field("text", DataTypes.StringType), field("source", DataTypes.StringType),
      field("meta", DataTypes.StringType), field("kind", DataTypes.StringType), field("message", DataTypes.StringType),
      field("ordinal", DataTypes.LongType), field("line", DataTypes.LongType)});

  private static final StructType PROFILE = new StructType(new StructField[] {
      field("kind", DataTypes.StringType), field("name", DataTypes.StringType), field("title", DataTypes.StringType),
      field("affiliation", DataTypes.StringType), field("aliases", DataTypes.createArrayType(DataTypes.StringType))});

  /** A statement: the statements CSV's columns, speakers as arrays, the statement's id, order, rule; what the table counts. */
  static final StructType STATEMENT = new StructType(new StructField[] {
      field("doc_id", DataTypes.StringType), field("statement_id", DataTypes.StringType),
      field("statement_index", DataTypes.IntegerType), field("date", DataTypes.StringType),
      field("issuer", DataTypes.StringType), field("section", DataTypes.StringType),
      field("speakers", DataTypes.createArrayType(DataTypes.StringType)),
      field("speaker_titles", DataTypes.createArrayType(DataTypes.StringType)),
      field("speaker_affiliations", DataTypes.createArrayType(DataTypes.StringType)),
      field("cue", DataTypes.StringType), field("mode", DataTypes.StringType), field("stance", DataTypes.StringType),
      field("confidence", DataTypes.DoubleType), field("target", DataTypes.StringType),
      field("content", DataTypes.StringType), field("rule", DataTypes.StringType),
      // how the stance table counts it (StanceAggregator.contribution)
      field("left_out", DataTypes.StringType), field("speaker_profiles", DataTypes.createArrayType(PROFILE)),
      field("target_profile", PROFILE), field("issue", DataTypes.StringType), field("act", DataTypes.BooleanType)});

  /** One input's outcome: a document (json set) or an error (kind set). */
  static final StructType RESULT = new StructType(new StructField[] {
      field("id", DataTypes.StringType), field("source", DataTypes.StringType), field("date", DataTypes.StringType),
      field("issuer", DataTypes.StringType), field("meta", DataTypes.StringType), field("json", DataTypes.StringType),
      field("statements", DataTypes.createArrayType(STATEMENT)), field("kind", DataTypes.StringType),
      field("message", DataTypes.StringType)});

  private ReadoutSpark() {}

  /**
   * What {@link #extract} gives: three views of one persisted analysis, so that writing all three analyses each
   * document once. {@link #release()} frees it.
   *
   * @param documents {@code id, source, date, issuer, meta} (the input's other fields as a JSON object) and
   *     {@code json}, the document as one line of {@code readout/1}, exactly as {@code readout extract} writes it
   * @param statements one row per statement: the statements CSV's columns with the speakers, their titles and
   *     affiliations as arrays, {@code statement_id}, {@code rule}, and what the stance table counts
   * @param errors {@code id, source, kind, message}, as {@code readout extract}'s errors file has them
   * @param all the persisted analysis the three are views of: one row per input
   */
  public record Result(Dataset<Row> documents, Dataset<Row> statements, Dataset<Row> errors, Dataset<Row> all) {
    /** Drops the persisted analysis. */
    public void release() {
      all.unpersist();
    }
  }

  /**
   * Analyses a Dataset of documents: a string column {@code id}, a string column {@code text}, optionally
   * {@code source} (where the document came from, for the errors; else its id), every other column going to the
   * document's meta ({@code date} and {@code issuer} as the statements CSV has them).
   *
   * @throws IllegalArgumentException when {@code id} or {@code text} is missing
   */
  public static Result extract(Dataset<Row> documents, ExtractOptions options) {
    List<String> columns = Arrays.asList(documents.columns());
    if (!columns.contains("id") || !columns.contains("text")) {
      throw new IllegalArgumentException("the documents need an id and a text column; they have " + columns);
    }
    List<Column> meta = columns.stream().filter(c -> !List.of("id", "text", "source").contains(c)).map(c -> col("`" + c + "`")).toList();
    Dataset<Row> work = documents.select(
        col("id").cast(DataTypes.StringType).as("id"),
        col("text").cast(DataTypes.StringType).as("text"),
        (columns.contains("source") ? col("source").cast(DataTypes.StringType) : col("id").cast(DataTypes.StringType)).as("source"),
        (meta.isEmpty() ? lit(null).cast(DataTypes.StringType) : to_json(struct(meta.toArray(Column[]::new)))).as("meta"),
        lit(null).cast(DataTypes.StringType).as("kind"),
        lit(null).cast(DataTypes.StringType).as("message"),
        monotonically_increasing_id().as("ordinal"),
        lit(0L).as("line"));
    return analyse(work, options, documents.rdd().getNumPartitions());
  }

  /**
   * Analyses rows of {@link #WORK} in {@code partitions} partitions: each becomes one row of {@link #RESULT}. As the
   * command line does, a document whose id an earlier input (in the input's order) already had is analysed as
   * {@code id~2} ({@code ~3} ...), its own id kept in meta {@value BatchProcessor#ORIGINAL_ID}.
   */
  static Result analyse(Dataset<Row> work, ExtractOptions options, int partitions) {
    Dataset<Row> numbered = work.withColumn("copy",
        row_number().over(Window.partitionBy(col("id")).orderBy(col("ordinal"), col("line"))));
    Dataset<Row> all = numbered.repartition(partitions).mapPartitions(new Analyse(options), Encoders.row(RESULT))
        .persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> ok = all.where(col("kind").isNull());
    return new Result(
        ok.select("id", "source", "date", "issuer", "meta", "json"),
        ok.select(explode(col("statements")).as("s")).select("s.*"),
        all.where(col("kind").isNotNull()).select("id", "source", "kind", "message"),
        all);
  }

  /** How many documents were analysed, how many failed and how many statements they hold: one pass over the analysis. */
  record Counts(long ok, long failed, long statements) {}

  static Counts counts(Result r) {
    Row c = r.all().agg(
        org.apache.spark.sql.functions.count(org.apache.spark.sql.functions.when(col("kind").isNull(), 1)),
        org.apache.spark.sql.functions.count(col("kind")),
        org.apache.spark.sql.functions.sum(org.apache.spark.sql.functions.size(col("statements")))).first();
    return new Counts(c.getLong(0), c.getLong(1), c.isNullAt(2) ? 0 : c.getLong(2));
  }

  /** An errors row as one line of {@code readout extract}'s errors file. */
  static String errorLine(Row error) {
    return BatchFiles.errorLine(new InputProblem(error.getString(0), error.getString(1), error.getString(2), error.getString(3)));
  }

  /** Runs on the executors: one partition's documents through the JVM's pipeline, lazily, one at a time. */
  private static final class Analyse implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final ExtractOptions options;

    Analyse(ExtractOptions options) {
      this.options = Objects.requireNonNull(options, "options");
    }

    @Override
    public Iterator<Row> call(Iterator<Row> inputs) {
      DocumentRunner runner = new DocumentRunner(Pipelines.of(options.pipeline()), options.docTimeout());
      TaskContext task = TaskContext.get();
      if (task != null) {
        task.addTaskCompletionListener((org.apache.spark.util.TaskCompletionListener) t -> runner.close());
      }
      boolean firstAttempt = task == null || task.attemptNumber() == 0;
      Outcomes outcomes = new Outcomes(new DocumentReader(options.maxDocChars()), new DocumentJson(), Pipelines.issueHeads());
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return inputs.hasNext();
        }

        @Override
        public Row next() {
          if (!inputs.hasNext()) {
            throw new NoSuchElementException();
          }
          Row in = inputs.next();
          String id = in.getString(0);
          if (in.getString(4) != null) {
            return outcomes.error(new InputProblem(id, in.getString(2), in.getString(4), in.getString(5)), in.getString(3));
          }
          if (firstAttempt && id != null && id.equals(options.dieOnceAt())) {
            throw new IllegalStateException("test hook: the first attempt of this task dies at document " + id);
          }
          String source = in.getString(2) == null ? String.valueOf(id) : in.getString(2);
          if (id == null) {
            return outcomes.error(new InputProblem(source, source, "json", "the document has no id"), in.getString(3));
          }
          Optional<InputProblem> problem = outcomes.reader.check(id, source, in.getString(1));
          if (problem.isPresent()) {
            return outcomes.error(problem.get(), in.getString(3));
          }
          Map<String, Object> meta = Outcomes.meta(in.getString(3));
          int copy = in.getInt(8);
          if (copy > 1) { // as the command line's BatchProcessor names a document whose id an earlier one had
            meta = new LinkedHashMap<>(meta);
            meta.put(BatchProcessor.ORIGINAL_ID, id);
            id = id + "~" + copy;
          }
          DocumentRunner.Outcome o = runner.analyze(new InputDocument(id, in.getString(1), meta, source));
          return o.problem() != null ? outcomes.error(o.problem(), in.getString(3)) : outcomes.document(o.input(), o.document());
        }
      };
    }
  }

  /** Turns outcomes into rows of {@link #RESULT}. Not thread-safe: one per task. */
  static final class Outcomes {
    private static final ObjectMapper JSON = new ObjectMapper();
    final DocumentReader reader;
    private final DocumentJson json;
    private final IssueHead heads;

    Outcomes(DocumentReader reader, DocumentJson json, IssueHead heads) {
      this.reader = reader;
      this.json = json;
      this.heads = heads;
    }

    Row error(InputProblem p, String meta) {
      return RowFactory.create(p.id(), p.source(), null, null, meta, null, null, p.kind(), p.message());
    }

    Row document(InputDocument input, AnalyzedDocument doc) {
      Map<String, Actor> actors = new HashMap<>();
      doc.actors().forEach(a -> actors.put(a.id(), a));
      List<StatementsCsv.Row> rows = StatementsCsv.records(doc);
      List<Row> statements = new ArrayList<>();
      for (int i = 0; i < rows.size(); i++) {
        StatementsCsv.Row r = rows.get(i);
        Statement s = doc.statements().get(i);
        StanceAggregator.Contribution c = countable(s, actors)
            ? StanceAggregator.contribution(s, actors, heads)
            : new StanceAggregator.Contribution("unknown-actor", List.of(), null, "", false);
        statements.add(RowFactory.create(r.docId(), r.statementId(), i, r.date(), r.issuer(), r.section(),
            r.speakers().toArray(), r.speakerTitles().toArray(), r.speakerAffiliations().toArray(), r.cue(), r.mode(),
            r.stance(), r.confidence(), r.target(), r.content(), r.rule(),
            c.leftOut(), c.speakers().stream().map(Outcomes::profile).toArray(), c.targetActor() == null ? null : profile(c.targetActor()),
            c.issue(), c.act()));
      }
      String meta = input.meta().isEmpty() ? null : write(input.meta());
      String date = doc.meta().get("date") == null ? null : String.valueOf(doc.meta().get("date"));
      String issuer = doc.meta().get("issuer") == null ? null : String.valueOf(doc.meta().get("issuer"));
      return RowFactory.create(doc.id(), input.source(), date, issuer, meta, json.write(doc), statements.toArray(), null, null);
    }

    /** Whether every actor the statement names is among the document's (a pipeline's output always is). */
    private static boolean countable(Statement s, Map<String, Actor> actors) {
      return actors.keySet().containsAll(s.speakers()) && (s.target() == null || s.target().actor() == null || actors.containsKey(s.target().actor()));
    }

    static Row profile(ActorProfile p) {
      return RowFactory.create(p.kind().name(), p.name(), p.title(), p.affiliation(), p.aliases().toArray());
    }

    static Map<String, Object> meta(String json) {
      if (json == null) {
        return Map.of();
      }
      try {
        return JSON.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() {});
      } catch (JsonProcessingException e) {
        throw new IllegalArgumentException("meta is not a JSON object: " + e.getOriginalMessage(), e);
      }
    }

    private static String write(Map<String, Object> meta) {
      try {
        return JSON.writeValueAsString(meta);
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("cannot write meta: " + e.getOriginalMessage(), e);
      }
    }
  }

  private static StructField field(String name, org.apache.spark.sql.types.DataType type) {
    return DataTypes.createStructField(name, type, true);
  }
}
