package dev.readout.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readout.corpus.Samples;
import dev.readout.json.DocumentJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Load and faults against a real server on localhost, every loop bounded: concurrent clients, clients that go away,
 * a megabyte of random bytes, a body that trickles in; after each, the server still answers correctly and holds no
 * document. Figures (the heap's peak) go to {@code target/server-load.txt}.
 */
class ServerLoadIT {
  static ReadoutServer server;
  static final Map<String, String> expected = new LinkedHashMap<>();
  static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

  @BeforeAll
  static void start() {
    server = Http.start(ServerOptions.defaults().withThreads(2).withTimeout(Duration.ofSeconds(60)), Http.fastPipeline());
    DocumentJson json = new DocumentJson();
    for (String id : Samples.IDS) {
      expected.put(id, json.write(Http.fastPipeline().analyze(id, Samples.text(id))));
    }
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  /** After every scenario: nothing left in flight, and a document is analysed right. */
  @AfterEach
  void stillServing() throws InterruptedException {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    int inFlight;
    while ((inFlight = Http.get(server, "/v1/health").json().path("in_flight").asInt()) != 0) {
      assertTrue(System.nanoTime() < end, inFlight + " documents still in flight");
      Thread.sleep(20);
    }
    String id = Samples.IDS.get(0);
    assertEquals(expected.get(id), analyze(id).body());
  }

  private static Http.Reply analyze(String id) {
    String body = "{\"id\":" + Http.JSON.valueToTree(id) + ",\"text\":" + Http.JSON.valueToTree(Samples.text(id)) + "}";
    return Http.post(server, "/v1/analyze", "application/json", body.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void twoHundredRequestsFromEightClientsAreAllAnsweredRight() throws Exception {
    System.gc();
    long before = MEMORY.getHeapMemoryUsage().getUsed();
    AtomicLong peak = new AtomicLong(before);
    Thread sampler = new Thread(() -> {
      while (!Thread.currentThread().isInterrupted()) {
        peak.accumulateAndGet(MEMORY.getHeapMemoryUsage().getUsed(), Math::max);
        try {
          Thread.sleep(5);
        } catch (InterruptedException e) {
          return;
        }
      }
    });
    sampler.setDaemon(true);
    sampler.start();
    ExecutorService clients = Executors.newFixedThreadPool(8);
    List<Future<String>> answers = new ArrayList<>();
    long t0 = System.nanoTime();
    try {
      for (int i = 0; i < 200; i++) {
        String id = Samples.IDS.get(i % Samples.IDS.size());
        answers.add(clients.submit(() -> {
          Http.Reply r = analyze(id);
          return r.status() == 200 && r.body().equals(expected.get(id)) ? "ok" : id + ": " + r.status() + " " + r.body();
        }));
      }
      for (Future<String> a : answers) {
        assertEquals("ok", a.get(120, TimeUnit.SECONDS));
      }
    } finally {
      clients.shutdownNow();
      sampler.interrupt();
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    System.gc();
    long after = MEMORY.getHeapMemoryUsage().getUsed();
    String report = String.format(java.util.Locale.ROOT,
        "200 requests, 8 clients, 2 threads, fast profile: %.1f s (%.1f documents/s); heap used: %d MB before, peak %d MB, %d MB after GC%n",
        seconds, 200 / seconds, before >> 20, peak.get() >> 20, after >> 20);
    System.out.print(report);
    Files.writeString(Path.of("target", "server-load.txt"), report);
    assertTrue(after - before < 64L << 20, "the heap kept " + ((after - before) >> 20) + " MB after the load: " + report);
    assertTrue(peak.get() < 1536L << 20, report);
  }

  @Test
  void aClientThatHangsUpMidBodyLeavesNothingBehind() throws IOException {
    try (Socket s = new Socket("127.0.0.1", server.port())) {
      OutputStream out = s.getOutputStream();
      out.write(("POST /v1/analyze HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\nContent-Length: 5000\r\n\r\n"
          + "The minister said that ").getBytes(StandardCharsets.US_ASCII));
      out.flush();
    } // closed with 4,977 bytes still owed
  }

  @Test
  void aClientThatHangsUpBeforeTheAnswerLeavesNothingBehind() throws Exception {
    String text = Samples.text(Samples.IDS.get(1)).repeat(8);
    byte[] body = text.getBytes(StandardCharsets.UTF_8);
    try (Socket s = new Socket("127.0.0.1", server.port())) {
      OutputStream out = s.getOutputStream();
      out.write(("POST /v1/analyze HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\nContent-Length: " + body.length + "\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      out.write(body);
      out.flush();
      Thread.sleep(50);
    } // gone while the document is analysed
  }

  @Test
  void aMegabyteOfRandomBytesIsRefusedInOneLine() {
    byte[] noise = new byte[1 << 20];
    new Random(15).nextBytes(noise);
    Http.Reply plain = Http.post(server, "/v1/analyze", "text/plain", noise);
    assertEquals(413, plain.status(), plain.body());
    Http.Reply json = Http.post(server, "/v1/analyze", "application/json", noise);
    assertEquals(413, json.status(), json.body());
    byte[] small = java.util.Arrays.copyOf(noise, 50_000);
    Http.Reply bad = Http.post(server, "/v1/analyze", "text/plain", small);
    assertEquals(400, bad.status(), bad.body());
    assertTrue(bad.json().path("error").asText().contains("not UTF-8"), bad.body());
  }

  @Test
  void aBodyThatTricklesInIsAnsweredAndHoldsNobodyElseUp() throws Exception {
    String id = Samples.IDS.get(2);
    String json = "{\"id\":" + Http.JSON.valueToTree(id) + ",\"text\":" + Http.JSON.valueToTree(Samples.text(id)) + "}";
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    try (Socket s = new Socket("127.0.0.1", server.port())) {
      s.setSoTimeout(60_000);
      OutputStream out = s.getOutputStream();
      out.write(("POST /v1/analyze HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: "
          + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      int pieces = 30;
      CompletableFuture<Void> others = null;
      for (int i = 0; i < pieces; i++) {
        out.write(body, i * body.length / pieces, (i + 1) * body.length / pieces - i * body.length / pieces);
        out.flush();
        if (i == 1) {
          others = CompletableFuture.runAsync(() -> {
            for (int k = 0; k < 5; k++) {
              String other = Samples.IDS.get(3 + k % 3);
              assertEquals(expected.get(other), analyze(other).body());
            }
          });
        }
        Thread.sleep(150);
        if (i == pieces - 2) {
          assertTrue(others.isDone(), "other clients were answered while the body trickled in");
          others.join();
        }
      }
      InputStream in = s.getInputStream();
      String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(response.startsWith("HTTP/1.1 200"), response);
      assertTrue(response.contains(expected.get(id).substring(0, 200)), response);
    }
  }
}
