package dev.readout.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.input_file_name;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readout.corpus.DocumentReader;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import scala.Tuple2;

/**
 * Reads the job's inputs, on any Hadoop file system, into rows of {@link ReadoutSpark#WORK}: {@code .txt},
 * {@code .jsonl}, {@code .html} files and directories of them, read on the executors by the same
 * {@link DocumentReader} as {@code readout extract} (the same ids, meta and problems), and Parquet files (or
 * directories of them) with an {@code id} and a {@code text} column, every other column going to meta. The driver
 * only lists the files.
 */
final class Inputs {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Inputs() {}

  /** A user error: a path that names nothing readable, or a Parquet file without the columns. */
  static final class InputException extends RuntimeException {
    InputException(String message) {
      super(message);
    }
  }

  static Dataset<Row> read(SparkSession spark, List<String> paths, int maxDocChars) {
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    List<String> files = new ArrayList<>();
    List<String> parquet = new ArrayList<>();
    List<Row> problems = new ArrayList<>();
    for (String p : paths) {
      try {
        list(p, conf, files, parquet, problems);
      } catch (IOException e) {
        problems.add(problem(p, "unreadable", "cannot list: " + e.getMessage(), files.size() + problems.size()));
      }
    }
    Dataset<Row> work = spark.createDataFrame(problems, ReadoutSpark.WORK);
    if (!files.isEmpty()) {
      HashMap<String, Long> ordinals = new HashMap<>();
      for (int i = 0; i < files.size(); i++) {
        ordinals.put(files.get(i), (long) i);
      }
      JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
      Dataset<Row> read = spark.createDataFrame(
          jsc.binaryFiles(String.join(",", files)).flatMap(new ReadFile(maxDocChars, ordinals)), ReadoutSpark.WORK);
      work = work.unionByName(read);
    }
    if (!parquet.isEmpty()) {
      work = work.unionByName(parquet(spark, parquet, files.size() + problems.size()));
    }
    return work;
  }

  private static void list(String p, Configuration conf, List<String> files, List<String> parquet, List<Row> problems) throws IOException {
    Path path = new Path(p);
    FileSystem fs = path.getFileSystem(conf);
    FileStatus status;
    try {
      status = fs.getFileStatus(path);
    } catch (FileNotFoundException e) {
      problems.add(RowFactory.create(idOf(path.getName()), null, p, null, "missing", "no such file", (long) files.size() + problems.size(), 0L));
      return;
    }
    if (status.isFile()) {
      (isParquet(path) ? parquet : files).add(status.getPath().toString());
      return;
    }
    int before = files.size() + parquet.size();
    RemoteIterator<LocatedFileStatus> it = fs.listFiles(path, true);
    List<String> found = new ArrayList<>();
    List<String> foundParquet = new ArrayList<>();
    while (it.hasNext()) {
      LocatedFileStatus f = it.next();
      String name = f.getPath().getName();
      if (name.startsWith(".") || name.startsWith("_")) {
        continue; // hidden files and Spark's own markers (_SUCCESS)
      }
      if (isParquet(f.getPath())) {
        foundParquet.add(f.getPath().toString());
      } else if (DocumentReader.isSupported(name)) {
        found.add(f.getPath().toString());
      }
    }
    found.sort(null);
    foundParquet.sort(null);
    files.addAll(found);
    parquet.addAll(foundParquet);
    if (files.size() + parquet.size() == before) {
      problems.add(problem(p, "empty", "directory holds no .txt, .jsonl, .html, .htm or .parquet files", files.size() + problems.size()));
    }
  }

  /** As the command line names a file's document: its name without extension. */
  private static String idOf(String name) {
    return name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
  }

  private static boolean isParquet(Path p) {
    return p.getName().toLowerCase(java.util.Locale.ROOT).endsWith(".parquet");
  }

  /** A problem of a path as a whole, at its place among the inputs. */
  private static Row problem(String path, String kind, String message, long ordinal) {
    return RowFactory.create(path, null, path, null, kind, message, ordinal, 0L);
  }

  private static Dataset<Row> parquet(SparkSession spark, List<String> files, long ordinal) {
    Dataset<Row> table = spark.read().parquet(files.toArray(String[]::new));
    List<String> columns = Arrays.asList(table.columns());
    if (!columns.contains("id") || !columns.contains("text")) {
      throw new InputException(files.get(0) + ": a Parquet input needs an id and a text column; it has " + String.join(", ", columns));
    }
    List<Column> meta = columns.stream().filter(c -> !c.equals("id") && !c.equals("text")).map(c -> col("`" + c + "`")).toList();
    return table.select(
        col("id").cast(DataTypes.StringType).as("id"),
        col("text").cast(DataTypes.StringType).as("text"),
        input_file_name().as("source"),
        (meta.isEmpty() ? lit(null).cast(DataTypes.StringType) : to_json(struct(meta.toArray(Column[]::new)))).as("meta"),
        lit(null).cast(DataTypes.StringType).as("kind"),
        lit(null).cast(DataTypes.StringType).as("message"),
        lit(ordinal).as("ordinal"),
        monotonically_increasing_id().as("line"));
  }

  /** Runs on the executors: one file through the command line's reader. */
  private static final class ReadFile implements FlatMapFunction<Tuple2<String, PortableDataStream>, Row> {
    private static final long serialVersionUID = 1L;
    private final int maxDocChars;
    private final HashMap<String, Long> ordinals;

    ReadFile(int maxDocChars, HashMap<String, Long> ordinals) {
      this.maxDocChars = maxDocChars;
      this.ordinals = ordinals;
    }

    @Override
    public Iterator<Row> call(Tuple2<String, PortableDataStream> file) throws IOException {
      Path path = new Path(file._1());
      PortableDataStream data = file._2();
      String source = localName(file._1());
      long ordinal = ordinals.getOrDefault(file._1(), Long.MAX_VALUE);
      if (path.getName().toLowerCase(java.util.Locale.ROOT).endsWith(".jsonl")) {
        return new JsonLines(new DocumentReader(maxDocChars), data, source, ordinal);
      }
      long size = path.getFileSystem(data.getConfiguration()).getFileStatus(path).getLen();
      List<Row> out = new ArrayList<>();
      new DocumentReader(maxDocChars).readFile(source, path.getName(), size, data::open,
          d -> out.add(RowFactory.create(d.id(), d.text(), d.source(), d.meta().isEmpty() ? null : write(d.meta()), null, null,
              ordinal, (long) out.size())),
          p -> out.add(RowFactory.create(p.id(), null, p.source(), null, p.kind(), p.message(), ordinal, (long) out.size())));
      return out.iterator();
    }
  }

  /**
   * A JSON Lines file's rows, read a line at a time as the task asks for them, so that a file of any size passes
   * through an executor without being held in its memory. Each line as {@link DocumentReader#readJsonLine} reads it.
   */
  private static final class JsonLines implements Iterator<Row> {
    private final DocumentReader reader;
    private final PortableDataStream data;
    private final String source;
    private final long ordinal;
    private java.io.BufferedReader lines;
    private int n;
    private Row next;
    private boolean done;

    JsonLines(DocumentReader reader, PortableDataStream data, String source, long ordinal) {
      this.reader = reader;
      this.data = data;
      this.source = source;
      this.ordinal = ordinal;
    }

    @Override
    public boolean hasNext() {
      while (next == null && !done) {
        advance();
      }
      return next != null;
    }

    @Override
    public Row next() {
      if (!hasNext()) {
        throw new java.util.NoSuchElementException();
      }
      Row r = next;
      next = null;
      return r;
    }

    private void advance() {
      try {
        if (lines == null) {
          lines = new java.io.BufferedReader(new java.io.InputStreamReader(data.open(), java.nio.charset.StandardCharsets.UTF_8));
          org.apache.spark.TaskContext task = org.apache.spark.TaskContext.get();
          if (task != null) {
            task.addTaskCompletionListener((org.apache.spark.util.TaskCompletionListener) t -> close());
          }
        }
        String line = lines.readLine();
        if (line == null) {
          close();
          return;
        }
        int at = ++n;
        reader.readJsonLine(line, source, at,
            d -> next = RowFactory.create(d.id(), d.text(), d.source(), d.meta().isEmpty() ? null : write(d.meta()), null, null, ordinal, (long) at),
            p -> next = RowFactory.create(p.id(), null, p.source(), null, p.kind(), p.message(), ordinal, (long) at));
      } catch (IOException e) {
        String id = new Path(source).getName().replaceFirst("\\.[^.]*$", "");
        next = RowFactory.create(id, null, source, null, "unreadable", "cannot read: " + e.getMessage(), ordinal, (long) n + 1);
        close();
      }
    }

    private void close() {
      done = true;
      if (lines != null) {
        try {
          lines.close();
        } catch (IOException e) {
          // read to the end or failed already: nothing more to say
        }
      }
    }
  }

  /** A local file as the command line names it (without "file:"); any other file system's path as it is. */
  static String localName(String uri) {
    return uri.startsWith("file:") ? new Path(uri).toUri().getPath() : uri;
  }

  private static String write(Object meta) {
    try {
      return JSON.writeValueAsString(meta);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(new IOException("cannot write meta: " + e.getOriginalMessage(), e));
    }
  }
}
