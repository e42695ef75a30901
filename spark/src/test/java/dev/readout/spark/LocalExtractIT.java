package dev.readout.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readout.corpus.InputProblem;
import dev.readout.corpus.PipelineSpec;
import dev.readout.corpus.StatementsCsv;
import dev.readout.json.DocumentJson;
import dev.readout.model.AnalyzedDocument;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The extraction in a real local Spark (two threads) against what the command line's classes give on the same input. */
class LocalExtractIT {
  private static final PipelineSpec FAST = PipelineSpec.of("fast");
  private static final ExtractOptions OPTIONS = ExtractOptions.of("fast");

  private final SparkSession spark = LocalSpark.get();

  @Test
  void filesGiveTheCommandLinesDocumentsAndStatements(@TempDir Path tmp) throws Exception {
    List<String> ids = new ArrayList<>(TestDocuments.write(tmp.resolve("in"), 12));
    // two lines with the id of gen-00.txt, read before it (names in order): gen-00, gen-00~2, and the file gen-00~3
    Files.writeString(tmp.resolve("in").resolve("dupes.jsonl"), "{\"id\":\"gen-00\",\"text\":\"" + TestDocuments.release(20).replace("\n", "\\n")
        + "\"}\n{\"id\":\"gen-00\",\"text\":\"" + TestDocuments.release(21).replace("\n", "\\n") + "\"}\n");
    ids.addAll(List.of("gen-00~2", "gen-00~3"));
    List<String> paths = List.of(tmp.resolve("in").toString());
    Cli.Run cli = Cli.extract(paths, tmp.resolve("cli.jsonl"), FAST);

    ReadoutSpark.Result r = ReadoutSpark.analyse(Inputs.read(spark, paths, OPTIONS.maxDocChars()), OPTIONS, 3);
    try {
      assertEquals(new TreeSet<>(cli.lines()), new TreeSet<>(r.documents().select("json").as(Encoders.STRING()).collectAsList()),
          "each document's readout/1 line, byte for byte");
      List<String> sparkIds = r.documents().select("id").as(Encoders.STRING()).collectAsList();
      assertEquals(new TreeSet<>(ids), new TreeSet<>(sparkIds));
      assertEquals(ids.size(), sparkIds.size(), "each document once");
      Set<List<Object>> expected = new HashSet<>();
      cli.documents().forEach(d -> StatementsCsv.records(d).forEach(s -> expected.add(key(s))));
      Set<List<Object>> actual = new HashSet<>();
      r.statements().collectAsList().forEach(s -> actual.add(key(s)));
      assertTrue(expected.size() > 60, "statements to compare: " + expected.size());
      assertEquals(expected, actual, "ids, cues, speakers, stances, targets");
      assertEquals(expected.size(), r.statements().count());
      assertEquals(0, r.errors().count());
    } finally {
      r.release();
    }
  }

  @Test
  void aDatasetOfRowsKeepsItsOtherColumnsAsMeta() {
    StructType schema = new StructType().add("id", DataTypes.StringType).add("text", DataTypes.StringType)
        .add("date", DataTypes.StringType).add("issuer", DataTypes.StringType);
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      rows.add(RowFactory.create("row-" + i, TestDocuments.release(i), "2025-03-0" + (i + 1), "Ministry of Foreign Affairs"));
    }
    ReadoutSpark.Result r = ReadoutSpark.extract(spark.createDataFrame(rows, schema), OPTIONS);
    try {
      DocumentJson json = new DocumentJson();
      Set<String> expected = new TreeSet<>();
      for (Row row : rows) {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("date", row.getString(2));
        meta.put("issuer", row.getString(3));
        expected.add(json.write(Pipelines.of(FAST).analyze(row.getString(0), row.getString(1), meta)));
      }
      assertEquals(expected, new TreeSet<>(r.documents().select("json").as(Encoders.STRING()).collectAsList()));
      List<Row> statements = r.statements().select("doc_id", "date", "issuer").collectAsList();
      assertTrue(statements.size() >= 18, "three or more statements a document: " + statements.size());
      for (Row s : statements) {
        int i = Integer.parseInt(s.getString(0).substring("row-".length()));
        assertEquals("2025-03-0" + (i + 1), s.getString(1));
        assertEquals("Ministry of Foreign Affairs", s.getString(2));
      }
    } finally {
      r.release();
    }
  }

  @Test
  void aParquetTableWithIdAndTextIsReadWithItsOtherColumnsAsMeta(@TempDir Path tmp) {
    StructType schema = new StructType().add("id", DataTypes.StringType).add("text", DataTypes.StringType)
        .add("issuer", DataTypes.StringType);
    List<Row> rows = List.of(RowFactory.create("p-1", TestDocuments.release(6), "MFA"), RowFactory.create("p-2", TestDocuments.release(7), "MFA"));
    String table = tmp.resolve("table").toString();
    spark.createDataFrame(rows, schema).coalesce(1).write().parquet(table);
    ReadoutSpark.Result r = ReadoutSpark.analyse(Inputs.read(spark, List.of(table), OPTIONS.maxDocChars()), OPTIONS, 2);
    try {
      DocumentJson json = new DocumentJson();
      Set<String> expected = new TreeSet<>();
      rows.forEach(row -> expected.add(json.write(Pipelines.of(FAST).analyze(row.getString(0), row.getString(1), Map.of("issuer", "MFA")))));
      assertEquals(expected, new TreeSet<>(r.documents().select("json").as(Encoders.STRING()).collectAsList()));
      assertEquals(0, r.errors().count());
    } finally {
      r.release();
    }
  }

  @Test
  void unreadableDocumentsAreErrorRowsAsTheCommandLineReportsThem(@TempDir Path tmp) throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(in.resolve("good.txt"), TestDocuments.release(1));
    Files.writeString(in.resolve("empty.txt"), "  \n");
    Files.writeString(in.resolve("big.txt"), TestDocuments.release(2).repeat(20));
    Files.write(in.resolve("binary.txt"), new byte[] {'a', 0, 'b'});
    Files.write(in.resolve("latin1.txt"), "Caf\u00e9 talks were held.".getBytes(StandardCharsets.ISO_8859_1));
    Files.writeString(in.resolve("batch.jsonl"), "{\"id\":\"line-doc\",\"text\":\"" + TestDocuments.release(3).replace("\n", "\\n")
        + "\",\"date\":\"2025-01-02\"}\n{not json\n{\"id\":\"no-text\"}\n");
    List<String> paths = List.of(in.toString(), tmp.resolve("missing.txt").toString());
    ExtractOptions options = OPTIONS.withMaxDocChars(3000);
    List<InputProblem> cli = new ArrayList<>();
    new dev.readout.corpus.DocumentReader(3000).readAll(paths, cli);

    ReadoutSpark.Result r = ReadoutSpark.analyse(Inputs.read(spark, paths, options.maxDocChars()), options, 2);
    try {
      Set<String> kinds = new TreeSet<>(r.errors().select("kind").as(Encoders.STRING()).collectAsList());
      assertEquals(Set.of("binary", "empty", "encoding", "json", "missing", "too-large"), kinds);
      assertEquals(Set.of("good", "line-doc"), new HashSet<>(r.documents().select("id").as(Encoders.STRING()).collectAsList()));
      Set<InputProblem> actual = new HashSet<>();
      r.errors().collectAsList().forEach(e -> actual.add(new InputProblem(e.getString(0), e.getString(1), e.getString(2), e.getString(3))));
      assertEquals(new HashSet<>(cli), actual, "the same ids, sources, kinds and messages as the command line's reader");
      assertEquals(cli.size(), r.errors().count());
    } finally {
      r.release();
    }
  }

  @Test
  void aDocumentThatRunsTooLongIsATimeoutRowAndTheTaskGoesOn() {
    StructType schema = new StructType().add("id", DataTypes.StringType).add("text", DataTypes.StringType);
    StringBuilder longText = new StringBuilder();
    for (int i = 0; longText.length() < 400_000; i++) {
      longText.append(TestDocuments.release(i)).append('\n');
    }
    List<Row> rows = List.of(RowFactory.create("short", TestDocuments.release(4)), RowFactory.create("long", longText.toString()));
    Pipelines.of(FAST).analyze("warm-up", TestDocuments.release(5)); // the pipeline is built outside the time limit anyway
    ReadoutSpark.Result r = ReadoutSpark.extract(spark.createDataFrame(rows, schema).coalesce(1),
        OPTIONS.withDocTimeout(Duration.ofMillis(1500)));
    try {
      List<Row> errors = r.errors().collectAsList();
      assertEquals(1, errors.size(), errors.toString());
      assertEquals("long", errors.get(0).getString(0));
      assertEquals("timeout", errors.get(0).getString(2));
      assertEquals(List.of("short"), r.documents().select("id").as(Encoders.STRING()).collectAsList());
    } finally {
      r.release();
    }
  }

  @Test
  void aTaskThatDiesOnceMidPartitionEndsWithEachDocumentOnce(@TempDir Path tmp) throws Exception {
    List<String> ids = TestDocuments.write(tmp.resolve("in"), 30);
    AtomicInteger failedTasks = new AtomicInteger();
    SparkListener listener = new SparkListener() {
      @Override
      public void onTaskEnd(SparkListenerTaskEnd end) {
        if (!end.taskInfo().successful()) {
          failedTasks.incrementAndGet();
        }
      }
    };
    spark.sparkContext().addSparkListener(listener);
    ReadoutSpark.Result r = ReadoutSpark.analyse(Inputs.read(spark, List.of(tmp.resolve("in").toString()), OPTIONS.maxDocChars()),
        OPTIONS.dyingOnceAt("gen-17"), 2);
    try {
      String out = tmp.resolve("out").toString();
      r.documents().write().parquet(out + "/documents");
      r.statements().write().parquet(out + "/statements");
      Dataset<Row> written = spark.read().parquet(out + "/documents");
      List<String> writtenIds = new ArrayList<>(written.select("id").as(Encoders.STRING()).collectAsList());
      writtenIds.sort(null);
      List<String> expected = new ArrayList<>(ids);
      expected.sort(null);
      assertEquals(expected, writtenIds, "each document exactly once");
      long statements = spark.read().parquet(out + "/statements").count();
      long distinct = spark.read().parquet(out + "/statements").select("doc_id", "statement_id").distinct().count();
      assertEquals(distinct, statements, "no statement twice");
      spark.sparkContext().listenerBus().waitUntilEmpty();
      assertEquals(1, failedTasks.get(), "the hook killed one task attempt, which was retried");
    } finally {
      spark.sparkContext().removeSparkListener(listener);
      r.release();
    }
  }

  private static List<Object> key(StatementsCsv.Row s) {
    return List.of(s.docId(), s.statementId(), s.cue(), s.speakers(), String.valueOf(s.stance()), String.valueOf(s.target()), s.rule());
  }

  private static List<Object> key(Row s) {
    return List.of(s.getAs("doc_id"), s.getAs("statement_id"), s.getAs("cue"), s.getList(s.fieldIndex("speakers")),
        String.valueOf((Object) s.getAs("stance")), String.valueOf((Object) s.getAs("target")), s.getAs("rule"));
  }
}
