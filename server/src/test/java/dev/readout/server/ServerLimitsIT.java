package dev.readout.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readout.attribution.RuleSpeakerAttributor;
import dev.readout.attribution.SpeakerAttributor;
import dev.readout.lexicon.Lexicon;
import dev.readout.pipeline.Pipeline;
import dev.readout.pipeline.Profile;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bounded queue (503), the timeout (504) and loading (503): a real fast pipeline whose speaker stage, for a text
 * that asks it to, waits on the test (a document that takes as long as the test says) or ignores interrupts for a
 * while (a document that will not stop when abandoned).
 */
class ServerLimitsIT {
  static final String NORMAL = "Minister Tomas Reed of Canada welcomed the agreement on river protection.";
  static final String WAITS = "Minister Tomas Reed of Canada said the WAIT-FOR-TEST marker is here.";
  static final String STUBBORN = "Minister Tomas Reed of Canada said the STUBBORN marker is here.";

  static Lexicon lexicon;
  static volatile CountDownLatch entered = new CountDownLatch(1);
  static volatile CountDownLatch release = new CountDownLatch(1);
  static final AtomicBoolean stubbornRunning = new AtomicBoolean();
  ReadoutServer server;

  @BeforeAll
  static void load() {
    lexicon = Lexicon.loadDefault();
  }

  @AfterEach
  void stop() {
    release.countDown();
    if (server != null) {
      server.close();
    }
  }

  /** The fast pipeline with a speaker stage that waits or stalls for the marked texts. */
  static Pipeline controlled() {
    SpeakerAttributor real = new RuleSpeakerAttributor(lexicon);
    SpeakerAttributor controlled = doc -> {
      if (doc.text().contains("WAIT-FOR-TEST")) {
        entered.countDown();
        try {
          release.await();
        } catch (InterruptedException e) {
          throw new IllegalStateException("interrupted", e);
        }
      } else if (doc.text().contains("STUBBORN")) {
        stubbornRunning.set(true);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(6);
        while (System.nanoTime() < end) {
          Thread.onSpinWait(); // deaf to interrupts, as a stage deep in a library call may be
        }
        stubbornRunning.set(false);
      }
      return real.attribute(doc);
    };
    return Pipeline.builder().profile(Profile.FAST).lexicon(lexicon).speakerAttributor(controlled).build();
  }

  private static CompletableFuture<Http.Reply> async(ReadoutServer server, String text) {
    return CompletableFuture.supplyAsync(() -> Http.postText(server, text));
  }

  private static int inFlight(ReadoutServer server) {
    return Http.get(server, "/v1/health").json().path("in_flight").asInt();
  }

  private static void awaitInFlight(ReadoutServer server, int n) throws InterruptedException {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (inFlight(server) != n) {
      assertTrue(System.nanoTime() < end, "in flight never reached " + n + ": " + inFlight(server));
      Thread.sleep(20);
    }
  }

  @Test
  void aFullQueueIs503WithRetryAfterAndMemoryStaysBounded() throws Exception {
    entered = new CountDownLatch(1);
    release = new CountDownLatch(1);
    server = Http.start(ServerOptions.defaults().withThreads(1).withQueue(1).withTimeout(Duration.ofSeconds(30)), controlled());
    CompletableFuture<Http.Reply> running = async(server, WAITS);
    assertTrue(entered.await(20, TimeUnit.SECONDS));
    CompletableFuture<Http.Reply> queued = async(server, NORMAL);
    awaitInFlight(server, 2);
    Http.Reply refused = Http.postText(server, NORMAL);
    assertEquals(503, refused.status(), refused.body());
    assertEquals("1", refused.header("Retry-After"));
    assertTrue(refused.json().path("error").asText().startsWith("busy"), refused.body());
    release.countDown();
    assertEquals(200, running.get(20, TimeUnit.SECONDS).status());
    assertEquals(200, queued.get(20, TimeUnit.SECONDS).status());
    assertEquals(200, Http.postText(server, NORMAL).status(), "served again once the queue has room");
    awaitInFlight(server, 0);
  }

  @Test
  void overTheTimeoutIs504AndTheNextDocumentIsServedAtOnce() throws Exception {
    server = Http.start(ServerOptions.defaults().withThreads(1).withQueue(2).withTimeout(Duration.ofMillis(700)), controlled());
    long t0 = System.nanoTime();
    Http.Reply slow = Http.postText(server, STUBBORN);
    assertEquals(504, slow.status(), slow.body());
    assertTrue(slow.json().path("error").asText().contains("0.7 s"), slow.body());
    assertTrue(System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(5), "answered at the timeout, not when the document ended");
    assertTrue(stubbornRunning.get(), "the abandoned document still runs");
    Http.Reply next = Http.postText(server, NORMAL);
    assertEquals(200, next.status(), "its thread was replaced: " + next.body());
    assertTrue(stubbornRunning.get(), "served while the abandoned document still ran");
    awaitInFlight(server, 0);
  }

  @Test
  void aDocumentInterruptedAtTheTimeoutStopsAndFreesItsPlace() throws Exception {
    entered = new CountDownLatch(1);
    release = new CountDownLatch(1);
    server = Http.start(ServerOptions.defaults().withThreads(1).withQueue(0).withTimeout(Duration.ofMillis(500)), controlled());
    Http.Reply slow = Http.postText(server, WAITS);
    assertEquals(504, slow.status(), slow.body());
    awaitInFlight(server, 0); // the interrupt ended it without the test releasing it
    assertEquals(200, Http.postText(server, NORMAL).status());
  }

  @Test
  void aPipelineThatCannotBeBuiltIsReportedAsFailed() {
    server = ReadoutServer.start(ServerOptions.defaults().withPort(0), () -> {
      throw new IllegalStateException("no models here");
    });
    assertEquals("no models here", org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, server::awaitReady).getMessage());
    Http.Reply health = Http.get(server, "/v1/health");
    assertEquals(503, health.status());
    assertEquals("failed", health.json().path("status").asText());
    Http.Reply analyze = Http.postText(server, NORMAL);
    assertEquals(503, analyze.status());
    assertTrue(analyze.json().path("error").asText().contains("could not be built"), analyze.body());
  }

  @Test
  void whileLoadingHealthAndAnalyzeAre503WithRetryAfter() throws Exception {
    CountDownLatch loaded = new CountDownLatch(1);
    server = ReadoutServer.start(ServerOptions.defaults().withPort(0), () -> {
      try {
        loaded.await();
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
      return Http.fastPipeline();
    });
    Http.Reply health = Http.get(server, "/v1/health");
    assertEquals(503, health.status());
    assertEquals("loading", health.json().path("status").asText());
    assertEquals("5", health.header("Retry-After"));
    Http.Reply analyze = Http.postText(server, NORMAL);
    assertEquals(503, analyze.status());
    assertTrue(analyze.json().path("error").asText().contains("loading"), analyze.body());
    assertEquals("5", analyze.header("Retry-After"));
    loaded.countDown();
    server.awaitReady();
    assertEquals("ready", Http.get(server, "/v1/health").json().path("status").asText());
    assertEquals(200, Http.postText(server, NORMAL).status());
  }
}
