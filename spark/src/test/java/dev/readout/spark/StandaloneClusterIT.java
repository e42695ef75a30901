package dev.readout.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readout.corpus.PipelineSpec;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real standalone cluster on this machine: a master and two workers, each a JVM of its own started from the Spark
 * jars Maven copied (target/spark/jars, also the cluster's Spark home), and the job submitted to it by Spark's own
 * spark-submit class with Readout's jars as the README says (those of the fast profile: CoreNLP's 462 MB would only
 * be copied to each executor for nothing). Each worker runs one executor JVM.
 */
class StandaloneClusterIT {
  private final List<Process> started = new ArrayList<>();

  @AfterEach
  void stopCluster() throws InterruptedException {
    for (int i = started.size() - 1; i >= 0; i--) { // the workers before the master
      Process p = started.get(i);
      p.destroy(); // a worker stops its executors as it goes
      if (!p.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
        p.destroyForcibly();
      }
    }
  }

  @Test
  void aJobSubmittedToTwoWorkersWritesTheCommandLinesDocuments(@TempDir Path tmp) throws Exception {
    Path in = tmp.resolve("in");
    TestDocuments.write(in, 16);
    Cli.Run cli = Cli.extract(List.of(in.toString()), tmp.resolve("cli.jsonl"), PipelineSpec.of("fast"));

    Path home = Processes.TARGET.resolve("spark");
    Files.writeString(home.resolve("RELEASE"), "Spark jars copied by Maven for readout-spark's tests\n"); // marks a Spark home
    int port = freePort();
    String master = "spark://127.0.0.1:" + port;
    // SPARK_SCALA_VERSION: a Spark home of jars alone does not say which Scala it was built for, which the worker asks
    Map<String, String> env = Map.of("SPARK_HOME", home.toString(), "SPARK_LOCAL_IP", "127.0.0.1", "SPARK_SCALA_VERSION", "2.13");
    start(List.of("org.apache.spark.deploy.master.Master", "--host", "127.0.0.1", "--port", "" + port, "--webui-port", "" + freePort()),
        env, tmp.resolve("master"));
    waitForPort(port, 90);
    for (int w = 1; w <= 2; w++) {
      Path work = Files.createDirectories(tmp.resolve("worker" + w));
      start(List.of("org.apache.spark.deploy.worker.Worker", master, "--host", "127.0.0.1", "--cores", "1", "--memory", "1200m",
          "--webui-port", "" + freePort(), "--work-dir", work.toString()), env, work);
    }
    waitForLog(tmp.resolve("worker1").resolve("stderr.txt"), "Successfully registered with master", 90);
    waitForLog(tmp.resolve("worker2").resolve("stderr.txt"), "Successfully registered with master", 90);

    String jars = String.join(",", Arrays.stream(Files.readString(Processes.TARGET.resolve("readout-jars-fast.txt")).strip().split(","))
        .map(j -> Processes.TARGET.resolve(j).toString()).toList());
    Path out = tmp.resolve("out");
    List<String> submit = new ArrayList<>(List.of(Processes.java().toString(), "-Xmx1g"));
    submit.addAll(Processes.opens());
    submit.addAll(List.of("-cp", home.resolve("jars") + "/*", "org.apache.spark.deploy.SparkSubmit",
        "--master", master, "--class", "dev.readout.spark.ReadoutJob", "--jars", jars,
        "--conf", "spark.executor.memory=1g", "--conf", "spark.executor.cores=1",
        Processes.TARGET.resolve("readout-spark.jar").toString(),
        "extract", in.toString(), "--output", out.toString(), "--format", "jsonl", "--profile", "fast", "--partitions", "4"));
    Processes.Finished run = Processes.run(submit, env, tmp.resolve("submit"), 600);
    assertEquals(0, run.exit(), run.err());
    assertEquals(new TreeSet<>(cli.lines()), new TreeSet<>(Processes.partLines(out.resolve("documents"))));
    assertEquals(cli.lines().size(), Processes.partLines(out.resolve("documents")).size(), "each document once");
    assertTrue(Files.exists(out.resolve("_SUCCESS")));
    for (int w = 1; w <= 2; w++) {
      try (Stream<Path> files = Files.walk(tmp.resolve("worker" + w))) {
        assertTrue(files.anyMatch(f -> f.getFileName().toString().equals("stderr") && f.getParent().getParent().getFileName().toString().startsWith("app-")),
            "worker " + w + " ran an executor JVM of the application");
      }
    }
  }

  private void start(List<String> mainAndArgs, Map<String, String> env, Path dir) throws IOException {
    Files.createDirectories(dir);
    List<String> c = new ArrayList<>(List.of(Processes.java().toString(), "-Xmx512m"));
    c.addAll(Processes.opens());
    c.addAll(List.of("-cp", Processes.TARGET.resolve("spark").resolve("jars") + "/*"));
    c.addAll(mainAndArgs);
    ProcessBuilder b = new ProcessBuilder(c).redirectOutput(dir.resolve("stdout.txt").toFile()).redirectError(dir.resolve("stderr.txt").toFile());
    b.environment().putAll(env);
    started.add(b.start());
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  private static void waitForPort(int port, int seconds) throws InterruptedException {
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    while (System.nanoTime() < end) {
      try (Socket s = new Socket("127.0.0.1", port)) {
        return;
      } catch (IOException e) {
        Thread.sleep(250);
      }
    }
    throw new AssertionError("the master did not listen on port " + port + " within " + seconds + " s");
  }

  private static void waitForLog(Path log, String text, int seconds) throws IOException, InterruptedException {
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    while (System.nanoTime() < end) {
      if (Files.exists(log) && Files.readString(log).contains(text)) {
        return;
      }
      Thread.sleep(250);
    }
    throw new AssertionError(log + " does not say '" + text + "' after " + seconds + " s:\n" + (Files.exists(log) ? Files.readString(log) : ""));
  }
}
