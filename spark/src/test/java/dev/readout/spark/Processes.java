package dev.readout.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the packaged jar and Spark's own main classes as processes of their own, as a user or a cluster does. */
final class Processes {
  /** This module's target directory, with the jar, lib/ and spark/jars/ (set by failsafe). */
  static final Path TARGET = Path.of(System.getProperty("readout.spark.target", "target")).toAbsolutePath();

  private Processes() {}

  record Finished(int exit, String out, String err) {}

  static Path java() {
    return Path.of(System.getProperty("java.home"), "bin", "java");
  }

  /** What Spark needs opened on Java 17, for a JVM started without the jar's manifest. */
  static List<String> opens() {
    return List.of(System.getProperty("readout.spark.opens", "").trim().split("\\s+"));
  }

  static Finished run(List<String> command, Map<String, String> env, Path dir, long timeoutSeconds) throws IOException, InterruptedException {
    Files.createDirectories(dir);
    Path out = dir.resolve("stdout.txt");
    Path err = dir.resolve("stderr.txt");
    ProcessBuilder b = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
    b.environment().putAll(env);
    Process p = b.start();
    if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("still running after " + timeoutSeconds + " s: " + command + "\n" + Files.readString(err));
    }
    return new Finished(p.exitValue(), Files.readString(out), Files.readString(err));
  }

  /** The lines of every part file under {@code dir}, in no order. */
  static List<String> partLines(Path dir) throws IOException {
    List<String> lines = new ArrayList<>();
    try (DirectoryStream<Path> parts = Files.newDirectoryStream(dir, "part-*")) {
      for (Path p : parts) {
        lines.addAll(Files.readAllLines(p, StandardCharsets.UTF_8));
      }
    }
    return lines;
  }
}
