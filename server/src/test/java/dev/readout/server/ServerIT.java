package dev.readout.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.readout.json.DocumentJson;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A real server on a free localhost port, a real HTTP client: every endpoint and every error status. */
class ServerIT {
  /** Our own sentences. */
  static final String TEXT = "Foreign Minister Anna Berg of Norway welcomed the new fisheries agreement with Chile. "
      + "She said that the agreement would protect the coastal communities of both countries.\n\n"
      + "Regional questions\n\nMinister Berg condemned the attack on the port of Valdora.";

  static ReadoutServer server;
  static ReadoutServer keyed;

  @BeforeAll
  static void start() {
    ServerOptions options = ServerOptions.defaults().withThreads(2).withMaxChars(2_000).withTimeout(Duration.ofSeconds(30));
    server = Http.start(options, Http.fastPipeline());
    keyed = Http.start(options.withApiKey("s3cret-key"), Http.fastPipeline());
  }

  @AfterAll
  static void stop() {
    server.close();
    keyed.close();
  }

  private static void assertError(Http.Reply r, int status, String words) {
    assertEquals(status, r.status(), r.body());
    JsonNode body = r.json();
    assertEquals(status, body.path("status").asInt());
    String message = body.path("error").asText();
    assertFalse(message.isBlank(), r.body());
    assertFalse(message.contains("\n"), "one line: " + message);
    assertTrue(message.contains(words), message);
    assertTrue(r.header("Content-Type").startsWith("application/json"), r.header("Content-Type"));
  }

  @Test
  void plainTextGivesTheSameDocumentAsTheLibrary() {
    Http.Reply r = Http.postText(server, TEXT);
    assertEquals(200, r.status(), r.body());
    JsonNode doc = r.json();
    assertEquals("readout/1", doc.path("schema").asText());
    assertEquals(TEXT, doc.path("text").asText());
    String id = doc.path("id").asText();
    assertEquals(new DocumentJson().write(Http.fastPipeline().analyze(id, TEXT)), r.body());
    assertTrue(doc.path("statements").size() >= 2, r.body());
  }

  @Test
  void jsonKeepsItsIdAndMeta() {
    String body = "{\"id\":\"fisheries-1\",\"text\":" + Http.JSON.valueToTree(TEXT) + ",\"meta\":{\"date\":\"2031-04-02\",\"issuer\":\"Our own ministry\"}}";
    Http.Reply r = Http.post(server, "/v1/analyze", "application/json", body.getBytes(StandardCharsets.UTF_8));
    assertEquals(200, r.status(), r.body());
    JsonNode doc = r.json();
    assertEquals("fisheries-1", doc.path("id").asText());
    assertEquals("2031-04-02", doc.path("meta").path("date").asText());
    assertEquals("Our own ministry", doc.path("meta").path("issuer").asText());
  }

  @Test
  void badJsonIs400() {
    assertError(Http.post(server, "/v1/analyze", "application/json", "{\"text\": \"unfinished".getBytes(StandardCharsets.UTF_8)), 400, "bad JSON");
    assertError(Http.post(server, "/v1/analyze", "application/json", "[1,2]".getBytes(StandardCharsets.UTF_8)), 400, "bad JSON");
    assertError(Http.post(server, "/v1/analyze", "application/json", "{\"text\": 42}".getBytes(StandardCharsets.UTF_8)), 400, "\"text\"");
  }

  @Test
  void noTextIs400() {
    assertError(Http.post(server, "/v1/analyze", "application/json", "{\"id\":\"x\"}".getBytes(StandardCharsets.UTF_8)), 400, "no text");
    assertError(Http.post(server, "/v1/analyze", "text/plain", " \n\t ".getBytes(StandardCharsets.UTF_8)), 400, "no text");
    assertError(Http.post(server, "/v1/analyze", "text/plain", new byte[0]), 400, "no text");
  }

  @Test
  void bytesThatAreNotUtf8Are400() {
    assertError(Http.post(server, "/v1/analyze", "text/plain", new byte[] {'a', (byte) 0xC3, (byte) 0x28, 'b'}), 400, "not UTF-8");
  }

  @Test
  void overMaxCharsIs413() {
    String long1 = "The minister said the talks went well. ".repeat(60); // 2,340 characters, over 2,000
    assertError(Http.postText(server, long1), 413, "2000 characters");
    String json = "{\"text\":" + Http.JSON.valueToTree(long1) + "}";
    assertError(Http.post(server, "/v1/analyze", "application/json", json.getBytes(StandardCharsets.UTF_8)), 413, "--max-chars");
    assertEquals(200, Http.postText(server, long1.substring(0, 1_990)).status());
  }

  @Test
  void otherMediaTypesAre415() {
    assertError(Http.post(server, "/v1/analyze", "application/xml", "<a/>".getBytes(StandardCharsets.UTF_8)), 415, "application/xml");
    assertError(Http.post(server, "/v1/analyze", "text/plain; charset=iso-8859-1", "text".getBytes(StandardCharsets.ISO_8859_1)), 415, "iso-8859-1");
    assertError(Http.post(server, "/v1/analyze", null, "text".getBytes(StandardCharsets.UTF_8)), 415, "Content-Type");
  }

  @Test
  void unknownPathIs404AndWrongMethod405() {
    assertError(Http.get(server, "/v2/analyze"), 404, "/v2/analyze");
    assertError(Http.get(server, "/v1/analyze"), 405, "GET");
  }

  @Test
  void errorsJettyAnswersItselfAreJsonToo() throws Exception {
    assertError(Http.get(server, "/v1/health", "X-Padding", "x".repeat(20_000)), 431, "Too Large");
    try (java.net.Socket s = new java.net.Socket("127.0.0.1", server.port())) {
      s.getOutputStream().write("NONSENSE\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      String response = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(response.startsWith("HTTP/1.1 400"), response);
      assertTrue(response.contains("application/json"), response);
      JsonNode body = Http.JSON.readTree(response.substring(response.indexOf("\r\n\r\n") + 4));
      assertEquals(400, body.path("status").asInt());
      assertFalse(body.path("error").asText().isBlank());
    }
  }

  @Test
  void healthSaysReady() {
    Http.Reply r = Http.get(server, "/v1/health");
    assertEquals(200, r.status());
    assertEquals("ready", r.json().path("status").asText());
  }

  @Test
  void infoListsStagesSievesRulesModelsAndLimits() {
    JsonNode info = Http.get(server, "/v1/info").json();
    assertEquals("FAST", info.path("profile").asText());
    assertEquals("[\"sentences\",\"entities\",\"actors\",\"statements\",\"stance\"]", info.path("stages").toString());
    assertEquals(Http.fastPipeline().models().get("actors.sieves"), String.join(",", Http.JSON.convertValue(info.path("actor_sieves"), String[].class)));
    assertEquals("name", info.path("actor_sieves").path(0).asText());
    assertTrue(info.path("attribution_rules").size() >= 5, info.toString());
    assertNotNull(info.path("versions").get("readout"), info.toString());
    assertNotNull(info.path("models").get("lexicon"), info.toString());
    assertEquals(2_000, info.path("limits").path("max_chars").asInt());
    assertEquals(2, info.path("limits").path("threads").asInt());
  }

  @Test
  void theViewIsAnHtmlFragment() {
    Http.Reply r = Http.post(server, "/v1/view", "text/plain", TEXT.getBytes(StandardCharsets.UTF_8));
    assertEquals(200, r.status(), r.body());
    assertTrue(r.header("Content-Type").startsWith("text/html"));
    assertTrue(r.body().startsWith("<section class=\"rd-doc\""), r.body());
    assertTrue(r.body().contains("Anna Berg"));
  }

  @Test
  void theHomePageNeedsNoKey() {
    Http.Reply r = Http.get(keyed, "/");
    assertEquals(200, r.status());
    assertTrue(r.body().contains("<textarea id=\"rd-text\""), r.body());
    assertTrue(r.body().contains("id=\"rd-key\""), "the page asks for the key: " + r.body());
    assertFalse(Http.get(server, "/").body().contains("id=\"rd-key\""));
  }

  @Test
  void withoutTheKeyIs401() {
    assertError(Http.postText(keyed, TEXT), 401, "API key is required");
    assertError(Http.get(keyed, "/v1/info"), 401, "API key");
    assertError(Http.post(keyed, "/v1/analyze", "text/plain", TEXT.getBytes(StandardCharsets.UTF_8), "X-API-Key", "wrong"), 401, "wrong");
    assertEquals(200, Http.get(keyed, "/v1/health").status(), "health is open to probes");
  }

  @Test
  void withTheKeyIsServed() {
    byte[] body = TEXT.getBytes(StandardCharsets.UTF_8);
    assertEquals(200, Http.post(keyed, "/v1/analyze", "text/plain", body, "Authorization", "Bearer s3cret-key").status());
    assertEquals(200, Http.post(keyed, "/v1/analyze", "text/plain", body, "X-API-Key", "s3cret-key").status());
  }
}
