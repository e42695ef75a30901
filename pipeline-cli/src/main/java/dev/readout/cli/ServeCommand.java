package dev.readout.cli;

import dev.readout.server.ReadoutServer;
import dev.readout.server.ServerOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code readout serve}: Readout over HTTP until stopped (SIGTERM or Ctrl-C let the requests in flight finish). */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serves Readout over HTTP, and a page to see a text annotated, until stopped (SIGTERM, Ctrl-C).",
      "POST /v1/analyze (text/plain, or JSON {\"id\",\"text\",\"meta\"}) gives readout/1 JSON; GET / is the page;",
      "GET /v1/health and GET /v1/info. See README, \"Server and document view\"."
    })
final class ServeCommand implements Callable<Integer> {
  @Option(names = "--host", defaultValue = ServerOptions.DEFAULT_HOST,
      description = "The address to listen on (default ${DEFAULT-VALUE}: this machine only; 0.0.0.0 for every interface).")
  String host;

  @Option(names = "--port", paramLabel = "N", defaultValue = "" + ServerOptions.DEFAULT_PORT, description = "The port (default ${DEFAULT-VALUE}; 0 for a free one).")
  int port;

  @Option(names = "--threads", paramLabel = "N", description = "Documents analysed at once (default: the cores).")
  Integer threads;

  @Option(names = "--queue", paramLabel = "N", description = "Documents that may wait for a thread; more are answered 503 (default: 4 per thread).")
  Integer queue;

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
      description = "A document not done this long after it came in is abandoned and answered 504 (default ${DEFAULT-VALUE}).")
  double timeout;

  @Option(names = "--max-chars", paramLabel = "N", defaultValue = "" + ServerOptions.DEFAULT_MAX_CHARS,
      description = "A longer text is answered 413 (default ${DEFAULT-VALUE}).")
  int maxChars;

  @Option(names = "--api-key-file", paramLabel = "FILE", description = "Every request but GET / and /v1/health must carry the key in this file "
      + "('Authorization: Bearer KEY' or 'X-API-Key: KEY'), else 401.")
  Path apiKeyFile;

  @picocli.CommandLine.Mixin PipelineOptions pipelineOptions = new PipelineOptions();

  @Option(names = "--verbose", description = "Stack traces for errors that stop the command.")
  boolean verbose;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (!(timeout > 0)) {
      throw new ParameterException(spec.commandLine(), "--timeout must be a positive number of seconds, not " + timeout);
    }
    ServerOptions options = ServerOptions.defaults().withHost(host).withPort(port).withMaxChars(maxChars)
        .withTimeout(Duration.ofMillis(Math.round(timeout * 1000)));
    if (threads != null) {
      options = options.withThreads(threads);
    }
    if (queue != null) {
      options = options.withQueue(queue);
    }
    if (apiKeyFile != null) {
      options = options.withApiKey(readKey(apiKeyFile));
    }
    pipelineOptions.profile(); // a bad --profile is refused before anything listens
    var err = spec.commandLine().getErr();
    ReadoutServer server;
    try {
      server = ReadoutServer.start(options, pipelineOptions::build);
    } catch (RuntimeException e) {
      throw new IllegalStateException(host + ":" + port + ": could not listen (" + ReadoutCommand.describe(e)
          + "); is the port in use? choose another with --port", e);
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Thread stop = new Thread(() -> {
      err.println("readout: stopping: the requests in flight finish first");
      server.close();
      err.println("readout: stopped");
      stopped.countDown();
    }, "readout-stop");
    Runtime.getRuntime().addShutdownHook(stop);
    err.println("readout: listening on http://" + host + ":" + server.port() + "/ (loading the " + pipelineOptions.profile + " profile)");
    try {
      server.awaitReady();
    } catch (RuntimeException e) {
      Runtime.getRuntime().removeShutdownHook(stop);
      server.close();
      err.println("readout: the pipeline could not be built: " + ReadoutCommand.describe(e));
      return 2;
    }
    err.println("readout: ready on http://" + host + ":" + server.port() + "/");
    stopped.await();
    return 0;
  }

  /** The key in the file, without surrounding white space; one line naming the file when it cannot be used. */
  private static String readKey(Path file) throws IOException {
    String key = Files.readString(file, StandardCharsets.UTF_8).strip();
    if (key.isEmpty()) {
      throw new IllegalArgumentException(file + ": the API key file is empty");
    }
    if (key.lines().count() > 1) {
      throw new IllegalArgumentException(file + ": the API key file holds more than one line");
    }
    return key;
  }
}
