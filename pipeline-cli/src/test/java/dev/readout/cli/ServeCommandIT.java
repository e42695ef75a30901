package dev.readout.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code readout serve} as a user runs it: a process of its own, stopped by SIGTERM while a request is in flight
 * (the request is answered, then the process ends), an access log line a request on stderr; and the errors that stop
 * it before it serves, each one line.
 */
class ServeCommandIT {
  static final String TEXT = "Foreign Minister Anna Berg of Norway welcomed the fisheries agreement with Chile.";

  @Test
  void sigtermLetsTheRequestInFlightFinish() throws Exception {
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
        System.getProperty("java.class.path"), "dev.readout.cli.ReadoutCommand", "serve", "--profile", "fast", "--port", "0", "--threads", "1")
        .start();
    List<String> err = new CopyOnWriteArrayList<>();
    CompletableFuture<Integer> port = new CompletableFuture<>();
    Thread reader = new Thread(() -> {
      try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
        Pattern ready = Pattern.compile("ready on http://127\\.0\\.0\\.1:(\\d+)/");
        for (String line; (line = in.readLine()) != null; ) {
          err.add(line);
          Matcher m = ready.matcher(line);
          if (m.find()) {
            port.complete(Integer.parseInt(m.group(1)));
          }
        }
      } catch (java.io.IOException e) {
        port.completeExceptionally(e);
      }
      port.completeExceptionally(new AssertionError("the server never said it was ready: " + err));
    });
    reader.start();
    try {
      int n = port.get(120, TimeUnit.SECONDS);
      byte[] body = TEXT.getBytes(StandardCharsets.UTF_8);
      try (Socket s = new Socket("127.0.0.1", n)) {
        s.setSoTimeout(60_000);
        OutputStream out = s.getOutputStream();
        out.write(("POST /v1/analyze HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\nConnection: close\r\nContent-Length: "
            + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(body, 0, 20);
        out.flush();
        Thread.sleep(300);
        // SIGTERM, as a service manager sends it (Process.destroy would also close the pipe we read the log from)
        assertEquals(0, new ProcessBuilder("kill", "-TERM", Long.toString(p.pid())).inheritIO().start().waitFor());
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (err.stream().noneMatch(l -> l.contains("stopping")) && System.nanoTime() < until) {
          Thread.sleep(20);
        }
        assertTrue(err.stream().anyMatch(l -> l.contains("stopping")), "SIGTERM reached the server: " + err
            + (p.isAlive() ? " (still running)" : " (ended with " + p.exitValue() + ")"));
        out.write(body, 20, body.length - 20);
        out.flush();
        String response = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(response.startsWith("HTTP/1.1 200"), response);
        assertTrue(response.contains("\"statements\""), response);
      }
      assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the process ended");
      reader.join(10_000);
      assertTrue(err.stream().anyMatch(l -> l.contains("readout: stopped")), err.toString());
      assertEquals(1, err.stream().filter(l -> l.contains("\"POST /v1/analyze\" 200")).count(), "one access log line: " + err);
      assertFalse(err.stream().anyMatch(l -> l.startsWith("\tat ")), "no stack trace: " + err);
    } finally {
      p.destroyForcibly();
    }
  }

  @Test
  void aMissingKeyFileIsOneLine(@TempDir Path dir) {
    Path missing = dir.resolve("key.txt");
    Cli.Run r = Cli.run("serve", "--profile", "fast", "--port", "0", "--api-key-file", missing.toString());
    assertEquals(2, r.exit());
    assertEquals("readout: " + missing + ": no such file or directory", r.err().strip());
  }

  @Test
  void anEmptyKeyFileIsOneLine(@TempDir Path dir) throws Exception {
    Path empty = Files.writeString(dir.resolve("key.txt"), "  \n");
    Cli.Run r = Cli.run("serve", "--profile", "fast", "--port", "0", "--api-key-file", empty.toString());
    assertEquals(2, r.exit());
    assertEquals("readout: " + empty + ": the API key file is empty", r.err().strip());
  }

  @Test
  void aPipelineThatCannotBeBuiltIsOneLineAndNothingKeepsListening(@TempDir Path dir) {
    Path missing = dir.resolve("stance.model");
    Cli.Run r = Cli.run("serve", "--profile", "fast", "--port", "0", "--stance-model", missing.toString());
    assertEquals(2, r.exit());
    List<String> lines = r.err().strip().lines().toList();
    assertTrue(lines.get(0).startsWith("readout: listening on"), r.err());
    assertEquals(2, lines.size(), r.err());
    assertTrue(lines.get(1).startsWith("readout: the pipeline could not be built: " + missing), r.err());
  }

  @Test
  void aBadProfileIsRefusedBeforeListening() {
    Cli.Run r = Cli.run("serve", "--profile", "quick", "--port", "0");
    assertEquals(2, r.exit());
    assertEquals("readout: --profile: 'quick' is neither accurate nor fast", r.err().strip());
  }

  @Test
  void aPortInUseIsOneLine() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
      Cli.Run r = Cli.run("serve", "--profile", "fast", "--port", Integer.toString(taken.getLocalPort()));
      assertEquals(2, r.exit());
      assertEquals(1, r.err().strip().lines().count(), r.err());
      assertTrue(r.err().contains("could not listen") && r.err().contains("--port"), r.err());
    }
  }
}
