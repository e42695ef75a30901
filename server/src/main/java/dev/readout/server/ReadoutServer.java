package dev.readout.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readout.json.DocumentJson;
import dev.readout.model.AnalyzedDocument;
import dev.readout.pipeline.Pipeline;
import dev.readout.view.DocumentHtml;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Readout over HTTP: {@code POST /v1/analyze} gives a document's {@code readout/1} JSON, {@code POST /v1/view} its
 * document view (an HTML fragment), {@code GET /v1/health} whether the pipeline is loading or ready, {@code GET
 * /v1/info} what it runs on and the limits, and {@code GET /} a page to paste or upload a text and see it annotated.
 * Every failure is a JSON body {@code {"error": "one line", "status": N}}. The server listens at once and builds the
 * pipeline behind it; {@link #close()} stops taking requests, lets those in flight finish and then stops. One access
 * log line a request goes to the SLF4J logger {@value #ACCESS_LOG}. Thread-safe.
 */
public final class ReadoutServer implements AutoCloseable {
  /** The logger of the access log: one line a request. */
  public static final String ACCESS_LOG = "dev.readout.server.access";
  private static final Logger LOG = LoggerFactory.getLogger(ReadoutServer.class);
  private static final Logger ACCESS = LoggerFactory.getLogger(ACCESS_LOG);
  private static final ObjectMapper JSON = new ObjectMapper();
  /** How long a client waits before asking again while the pipeline loads. */
  private static final int LOADING_RETRY_SECONDS = 5;

  private final ServerOptions options;
  private final CompletableFuture<Ready> ready = new CompletableFuture<>();
  private final AtomicLong requests = new AtomicLong();
  private final DocumentJson documentJson = new DocumentJson();
  private final byte[] apiKey;
  private final Javalin app;

  /** The loaded pipeline with what serves it. */
  private record Ready(Pipeline pipeline, AnalysisPool pool, String info) {}

  private ReadoutServer(ServerOptions options) {
    this.options = Objects.requireNonNull(options, "options");
    this.apiKey = options.apiKey() == null ? null : options.apiKey().getBytes(StandardCharsets.UTF_8);
    this.app = Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.startup.showOldJavalinVersionWarning = false;
      config.http.prefer405over404 = true;
      config.jetty.modifyServer(server -> {
        server.insertHandler(new GracefulHandler()); // in-flight requests finish on stop
        server.setErrorHandler(new JsonErrorHandler()); // what Jetty answers itself is JSON too
        server.setStopTimeout(options.timeout().toMillis() + 5_000);
      });
      config.requestLogger.http(this::logAccess);
      config.routes.before("/v1/*", this::checkKey);
      config.routes.get("/", ctx -> ctx.html(HomePage.html(apiKey != null)));
      config.routes.get("/v1/health", this::health);
      config.routes.get("/v1/info", ctx -> json(ctx, 200, ready(ctx).info()));
      config.routes.post("/v1/analyze", ctx -> {
        AnalyzedDocument doc = analyze(ctx);
        json(ctx, 200, documentJson.write(doc));
      });
      config.routes.post("/v1/view", ctx -> {
        AnalyzedDocument doc = analyze(ctx);
        ctx.status(200).contentType("text/html; charset=utf-8").result(DocumentHtml.fragment(doc));
      });
      config.routes.exception(ApiException.class, (e, ctx) -> error(ctx, e));
      config.routes.exception(Exception.class, (e, ctx) -> {
        LOG.error("{} {}: {}", ctx.method(), ctx.path(), e.toString(), e);
        error(ctx, new ApiException(500, "internal error: " + e.getClass().getSimpleName()));
      });
      config.routes.error(404, "*", ctx -> error(ctx, new ApiException(404, "no such endpoint: " + ctx.method() + " " + ctx.path())));
      config.routes.error(405, "*", ctx -> error(ctx, new ApiException(405, "method " + ctx.method() + " not allowed on " + ctx.path())));
    });
  }

  /**
   * Starts listening at once and builds the pipeline on another thread; {@code GET /v1/health} says "loading" until
   * it is ready ({@link #awaitReady()}).
   */
  public static ReadoutServer start(ServerOptions options, Supplier<Pipeline> pipeline) {
    ReadoutServer server = new ReadoutServer(options);
    server.app.start(options.host(), options.port());
    Thread loader = new Thread(() -> {
      try {
        Pipeline p = pipeline.get();
        server.ready.complete(new Ready(p, new AnalysisPool(p, options.threads(), options.queue(), options.timeout()), server.info(p)));
        LOG.info("ready: {} on http://{}:{}/", p.models().get("profile"), options.host(), server.port());
      } catch (RuntimeException | Error e) {
        LOG.debug("the pipeline could not be built", e); // health says failed; awaitReady throws it
        server.ready.completeExceptionally(e);
      }
    }, "readout-loader");
    loader.setDaemon(true);
    loader.start();
    return server;
  }

  /** The port it listens on. */
  public int port() {
    return app.port();
  }

  public ServerOptions options() {
    return options;
  }

  /** Waits until the pipeline is built; throws what building it threw. */
  public void awaitReady() {
    try {
      ready.join();
    } catch (java.util.concurrent.CompletionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
  }

  /** Stops taking requests, lets those in flight finish (up to the timeout and 5 s), then stops. */
  @Override
  public void close() {
    app.stop();
    Ready r = ready.isCompletedExceptionally() ? null : ready.getNow(null);
    if (r != null) {
      r.pool().close();
    }
  }

  private Ready ready(Context ctx) {
    if (ready.isCompletedExceptionally()) {
      throw new ApiException(503, "the pipeline could not be built; see the server's log");
    }
    Ready r = ready.getNow(null);
    if (r == null) {
      throw new ApiException(503, "the pipeline is still loading", LOADING_RETRY_SECONDS);
    }
    return r;
  }

  private void health(Context ctx) {
    ObjectNode body = JSON.createObjectNode();
    if (ready.isCompletedExceptionally()) {
      body.put("status", "failed");
      json(ctx, 503, body.toString());
    } else if (ready.isDone()) {
      body.put("status", "ready");
      body.put("in_flight", ready.join().pool().admitted());
      json(ctx, 200, body.toString());
    } else {
      body.put("status", "loading");
      ctx.header("Retry-After", Integer.toString(LOADING_RETRY_SECONDS));
      json(ctx, 503, body.toString());
    }
  }

  private AnalyzedDocument analyze(Context ctx) {
    Ready r = ready(ctx);
    AnalyzeRequest request = AnalyzeRequest.read(ctx.contentType(), declaredLength(ctx), ctx.bodyInputStream(),
        options.maxChars(), "request-" + requests.incrementAndGet());
    AnalysisPool.Outcome outcome = r.pool().analyze(request.id(), request.text(), request.meta());
    if (outcome instanceof AnalysisPool.Outcome.Done d) {
      return d.document();
    }
    if (outcome instanceof AnalysisPool.Outcome.Busy) {
      throw new ApiException(503, "busy: " + options.threads() + " documents running and " + options.queue()
          + " waiting; try again shortly", 1);
    }
    if (outcome instanceof AnalysisPool.Outcome.TimedOut t) {
      throw new ApiException(504, "the analysis took longer than " + seconds(t.timeout()) + " s (--timeout) and was abandoned");
    }
    throw new ApiException(500, ((AnalysisPool.Outcome.Failed) outcome).message());
  }

  private static String seconds(java.time.Duration d) {
    return d.toMillis() % 1000 == 0 ? Long.toString(d.toSeconds()) : String.format(java.util.Locale.ROOT, "%.1f", d.toMillis() / 1000.0);
  }

  /** Every {@code /v1/} request but health carries the key when one is set; compared in constant time. */
  private void checkKey(Context ctx) {
    if (apiKey == null || ctx.path().equals("/v1/health")) {
      return;
    }
    String given = ctx.header("X-API-Key");
    String auth = ctx.header("Authorization");
    if (given == null && auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
      given = auth.substring(7).strip();
    }
    if (given == null || !MessageDigest.isEqual(apiKey, given.getBytes(StandardCharsets.UTF_8))) {
      ctx.header("WWW-Authenticate", "Bearer");
      throw new ApiException(401, given == null
          ? "an API key is required: send 'Authorization: Bearer KEY' or 'X-API-Key: KEY'"
          : "the API key is wrong");
    }
  }

  /** The request's {@code Content-Length}, or -1 when it declares none. */
  private static long declaredLength(Context ctx) {
    String v = ctx.header("Content-Length");
    try {
      return v == null ? -1 : Long.parseLong(v.strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static void error(Context ctx, ApiException e) {
    e.retryAfterSeconds().ifPresent(s -> ctx.header("Retry-After", Integer.toString(s)));
    json(ctx, e.status(), JsonErrorHandler.body(e.status(), e.getMessage()));
  }

  private static void json(Context ctx, int status, String body) {
    ctx.status(status).contentType("application/json; charset=utf-8").result(body);
  }

  private void logAccess(Context ctx, Float millis) {
    ACCESS.info("{} \"{} {}\" {} {} ms, {} bytes in", ctx.ip(), ctx.method(), ctx.path(), ctx.statusCode(),
        String.format(java.util.Locale.ROOT, "%.1f", millis), Math.max(0L, declaredLength(ctx)));
  }

  /** What {@code /v1/info} says: the profile, stages, sieve and rule order, models and versions, and the limits. */
  private String info(Pipeline p) {
    Map<String, String> models = p.models();
    ObjectNode root = JSON.createObjectNode();
    root.put("schema", AnalyzedDocument.SCHEMA);
    root.put("profile", models.getOrDefault("profile", "?"));
    ArrayNode stages = root.putArray("stages");
    p.stageNames().forEach(stages::add);
    for (var order : List.of(Map.entry("actor_sieves", "actors.sieves"), Map.entry("attribution_rules", "attribution.rules"))) {
      ArrayNode list = root.putArray(order.getKey());
      String v = models.get(order.getValue());
      if (v != null && !v.isEmpty()) {
        List.of(v.split(",")).forEach(list::add);
      }
    }
    ObjectNode versions = root.putObject("versions");
    ObjectNode rest = root.putObject("models");
    models.forEach((k, v) -> {
      if (k.startsWith("version.")) {
        versions.put(k.substring("version.".length()), v);
      } else if (!k.equals("actors.sieves") && !k.equals("attribution.rules")) {
        rest.put(k, v);
      }
    });
    ObjectNode limits = root.putObject("limits");
    limits.put("threads", options.threads());
    limits.put("queue", options.queue());
    limits.put("timeout_seconds", options.timeout().toMillis() / 1000.0);
    limits.put("max_chars", options.maxChars());
    limits.put("api_key", options.apiKey() != null);
    return root.toString();
  }
}
