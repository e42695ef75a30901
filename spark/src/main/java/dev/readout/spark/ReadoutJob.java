package dev.readout.spark;

import static org.apache.spark.sql.functions.col;

import dev.readout.corpus.DocumentReader;
import dev.readout.corpus.PipelineSpec;
import dev.readout.corpus.StatementsCsv;
import dev.readout.pipeline.Pipeline;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The Spark job: {@code extract} and {@code aggregate}, the same from {@code spark-submit --class
 * dev.readout.spark.ReadoutJob readout-spark.jar ...} on a cluster and from {@code java -jar readout-spark.jar ...
 * --master 'local[2]'} on one machine. Like the command line, it prints a user error as one line.
 */
@Command(name = "readout-spark", mixinStandardHelpOptions = true, subcommands = {ReadoutJob.Extract.class, ReadoutJob.Aggregate.class},
    description = "Readout on Apache Spark: extract statements from documents, and the stance table over them.")
public final class ReadoutJob implements Callable<Integer> {
  @Spec CommandSpec spec;

  public static void main(String[] args) {
    System.setProperty("io.netty.tryReflectionSetAccessible", "true"); // what the manifest's Add-Opens cannot say
    System.exit(run(args));
  }

  /** Runs the job's command line; the exit status: 0 done, 1 done with failed documents, 2 a user error. */
  static int run(String... args) {
    CommandLine cli = new CommandLine(new ReadoutJob());
    cli.setExecutionExceptionHandler((e, commandLine, parsed) -> {
      boolean verbose = parsed.hasMatchedOption("--verbose");
      if (verbose) {
        e.printStackTrace(commandLine.getErr());
      }
      commandLine.getErr().println("readout-spark: " + oneLine(e));
      return 2;
    });
    return cli.execute(args);
  }

  private static String oneLine(Throwable e) {
    Throwable t = e;
    while ((t instanceof org.apache.spark.SparkException || t.getMessage() == null) && t.getCause() != null) {
      t = t.getCause();
    }
    String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    return m.lines().findFirst().orElse(m).strip();
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return 2;
  }

  /** Options both commands share: where Spark runs. */
  static class SparkOptions {
    @Option(names = "--master", paramLabel = "URL", description = "Spark master (local[2], spark://host:7077 ...); default: spark-submit's, else local[*].")
    String master;

    @Option(names = "--verbose", description = "Stack traces for errors that stop the job.")
    boolean verbose;

    SparkSession session(String name) {
      SparkSession.Builder b = SparkSession.builder().appName(name);
      org.apache.spark.SparkConf conf = new org.apache.spark.SparkConf();
      String m = master != null ? master : conf.get("spark.master", "local[*]");
      b.master(m);
      if (m.startsWith("local") && !conf.contains("spark.ui.enabled")) {
        b.config("spark.ui.enabled", "false"); // one machine, one run: no web page to serve (-Dspark.ui.enabled=true brings it)
      }
      return b.getOrCreate();
    }
  }

  enum Format {
    parquet,
    jsonl
  }

  enum TableFormat {
    parquet,
    csv
  }

  @Command(name = "extract", mixinStandardHelpOptions = true,
      description = {"Statements from documents: DIR/documents, DIR/statements, DIR/errors and DIR/_SUCCESS.",
          "IN: .txt, .jsonl (an \"id\" and a \"text\" per line), .html files, directories of them, or Parquet files",
          "(or directories of them) with an id and a text column; any Hadoop file system path."})
  static final class Extract implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "IN", description = "Input files or directories.")
    List<String> inputs;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "A directory that does not exist yet.")
    String output;

    @Option(names = "--format", defaultValue = "parquet",
        description = "parquet (default): documents and errors as tables; jsonl: DIR/documents holds the readout/1 lines as extract writes them, DIR/errors extract's error records.")
    Format format;

    @Option(names = "--statements-format", defaultValue = "parquet", description = "parquet (default) or csv (the statements CSV's columns, a header in each part).")
    TableFormat statementsFormat;

    @Option(names = "--partitions", paramLabel = "N", description = "Partitions the documents are analysed in (default: 8 per core of the cluster).")
    Integer partitions;

    @Option(names = "--profile", defaultValue = "accurate", description = "accurate (CoreNLP, default) or fast (OpenNLP).")
    String profile;

    @Option(names = "--stance", defaultValue = "model", description = "model (default) or lexicon.")
    String stance;

    @Option(names = "--stance-model", paramLabel = "FILE", description = "A stance model from 'readout train stance' (a path every executor can read).")
    String stanceModel;

    @Option(names = "--max-sentence-tokens", paramLabel = "N", defaultValue = "" + Pipeline.DEFAULT_MAX_SENTENCE_TOKENS,
        description = "A longer sentence is analysed in pieces (default ${DEFAULT-VALUE}).")
    int maxSentenceTokens;

    @Option(names = "--parse", paramLabel = "every|where-needed", defaultValue = "every",
        description = "every (default): the accurate profile's parser on every sentence; where-needed: only where a statement or meeting can be.")
    String parse;

    @Option(names = "--max-doc-chars", paramLabel = "N", defaultValue = "" + DocumentReader.DEFAULT_MAX_DOC_CHARS,
        description = "A longer document is an error of kind too-large (default ${DEFAULT-VALUE}).")
    int maxDocChars;

    @Option(names = "--doc-timeout", paramLabel = "SECONDS", defaultValue = "120", description = "A document still running after this long is an error of kind timeout (default ${DEFAULT-VALUE}).")
    double docTimeout;

    @Option(names = "--die-once-at", paramLabel = "ID", hidden = true, description = "Test hook: the first attempt of the task reaching this document dies there.")
    String dieOnceAt;

    @CommandLine.Mixin SparkOptions sparkOptions = new SparkOptions();

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      if (partitions != null && partitions < 1) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--partitions must be at least 1, not " + partitions);
      }
      if ("encoder".equals(stance)) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--stance encoder is not available on Spark; use model or lexicon");
      }
      boolean whereNeeded;
      try {
        whereNeeded = PipelineSpec.parseWhereNeeded(parse);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
      }
      ExtractOptions options = new ExtractOptions(new PipelineSpec(profile, stance, stanceModel, maxSentenceTokens, whereNeeded), maxDocChars,
          Duration.ofMillis(Math.round(docTimeout * 1000)), dieOnceAt);
      PrintWriter err = spec.commandLine().getErr();
      long start = System.nanoTime();
      Path out = new Path(output);
      if (out.getFileSystem(new org.apache.hadoop.conf.Configuration()).exists(out)) { // before Spark starts: a user error at once
        throw new IllegalArgumentException(output + " already exists: name a new directory with --output, or remove it");
      }
      SparkSession spark = sparkOptions.session("readout extract");
      long ready = System.nanoTime();
      try {
        FileSystem fs = out.getFileSystem(spark.sparkContext().hadoopConfiguration());
        int n = partitions != null ? partitions : 8 * spark.sparkContext().defaultParallelism(); // small tasks: a short tail
        ReadoutSpark.Result r = ReadoutSpark.analyse(Inputs.read(spark, inputs, maxDocChars), options, n);
        write(r, output);
        fs.create(new Path(out, "_SUCCESS")).close();
        ReadoutSpark.Counts counts = ReadoutSpark.counts(r);
        long ok = counts.ok();
        long failed = counts.failed();
        long statements = counts.statements();
        if (failed > 0) {
          r.errors().limit(20).collectAsList().forEach(e -> err.println("readout-spark: " + e.getString(1) + ": " + e.getString(3)));
        }
        if (failed > 20) {
          err.println("readout-spark: ... " + (failed - 20) + " more failures in " + output + "/errors");
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double working = (System.nanoTime() - ready) / 1e9;
        err.println(String.format(Locale.ROOT,
            "readout-spark: %d documents: %d ok, %d failed; %d statements; %.1f s (%.1f s with Spark started), %.1f docs/s with Spark started; output in %s",
            ok + failed, ok, failed, statements, seconds, working, (ok + failed) / working, output));
        r.release();
        return failed == 0 ? 0 : 1;
      } finally {
        spark.stop();
      }
    }

    private void write(ReadoutSpark.Result r, String dir) {
      if (format == Format.jsonl) {
        r.documents().select("json").write().text(dir + "/documents");
        r.errors().map((MapFunction<Row, String>) ReadoutSpark::errorLine, Encoders.STRING()).write().text(dir + "/errors");
      } else {
        r.documents().write().parquet(dir + "/documents");
        r.errors().write().parquet(dir + "/errors");
      }
      if (statementsFormat == TableFormat.csv) {
        StructType columns = new StructType();
        for (String c : StatementsCsv.COLUMNS) {
          columns = columns.add(c, DataTypes.StringType);
        }
        r.statements().map((MapFunction<Row, Row>) s -> RowFactory.create(csvRow(s).fields().toArray()), Encoders.row(columns))
            .write().option("header", true).csv(dir + "/statements");
      } else {
        r.statements().write().parquet(dir + "/statements");
      }
    }

    private static StatementsCsv.Row csvRow(Row s) {
      return new StatementsCsv.Row(s.getAs("doc_id"), s.getAs("statement_id"), s.getAs("date"), s.getAs("issuer"), s.getAs("section"),
          s.getList(s.fieldIndex("speakers")), s.getList(s.fieldIndex("speaker_titles")), s.getList(s.fieldIndex("speaker_affiliations")),
          s.getAs("cue"), s.getAs("mode"), s.getAs("stance"), s.<Double>getAs("confidence"), s.getAs("target"), s.getAs("content"), s.getAs("rule"));
    }
  }

  @Command(name = "aggregate", mixinStandardHelpOptions = true,
      description = "The stance table (as 'readout aggregate' writes it) over the statements table of an extract run.")
  static final class Aggregate implements Callable<Integer> {
    @Parameters(arity = "1", paramLabel = "STATEMENTS", description = "DIR/statements of an extract run (Parquet).")
    String statements;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "The CSV file to write (on any Hadoop file system).")
    String output;

    @CommandLine.Mixin SparkOptions sparkOptions = new SparkOptions();

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      SparkSession spark = sparkOptions.session("readout aggregate");
      try {
        Path out = new Path(output);
        FileSystem fs = out.getFileSystem(spark.sparkContext().hadoopConfiguration());
        dev.readout.aggregate.StanceTable table = StanceTables.aggregate(spark.read().parquet(statements));
        try (java.io.Writer w = new java.io.OutputStreamWriter(fs.create(out, true), java.nio.charset.StandardCharsets.UTF_8)) {
          dev.readout.aggregate.AggregateCsv.write(table, w);
        }
        spec.commandLine().getErr().println(String.format(Locale.ROOT, "readout-spark: %d statements, %d pairs; the table in %s",
            table.statements(), table.rows().size(), output));
        return 0;
      } finally {
        spark.stop();
      }
    }
  }
}
