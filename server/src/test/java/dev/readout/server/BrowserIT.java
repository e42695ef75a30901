package dev.readout.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.readout.corpus.Samples;
import dev.readout.model.ActorMention;
import dev.readout.model.AnalyzedDocument;
import dev.readout.model.Statement;
import dev.readout.view.DocumentHtml;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The document view in a real browser: Debian's chromium, headless, driven through chromium-driver. A rendered page
 * of a bundled sample (clicking, hovering, the side table) and the server's page (paste, submit, see the statements;
 * an error's one line). Screenshots go to {@code target/browser/}. Without chromium the tests fail and say how to
 * install it; they are never skipped.
 */
class BrowserIT {
  static final Path OUT = Path.of("target", "browser");
  static final String SAMPLE = "jp-mofa-foreign-ministers-meeting";
  /** Our own sentences. */
  static final String PASTED = "Foreign Minister Anna Berg of Norway welcomed the new fisheries agreement with Chile. "
      + "She said that the agreement would protect the coastal communities of both countries. "
      + "Minister Berg condemned the attack on the port of Valdora.";

  static ChromeDriver driver;
  static ReadoutServer server;
  static AnalyzedDocument sample;
  static Path samplePage;

  @BeforeAll
  static void start() throws IOException {
    Path chromium = onPath("chromium", "chromium-browser")
        .orElseThrow(() -> new AssertionError("chromium is not installed: the browser tests need Debian's chromium and "
            + "chromium-driver (apt-get install -y chromium chromium-driver; .ci/run installs them)"));
    Path chromedriver = onPath("chromedriver").or(() -> Optional.of(Path.of("/usr/lib/chromium/chromedriver")).filter(Files::isExecutable))
        .orElseThrow(() -> new AssertionError("chromedriver is not installed: apt-get install -y chromium-driver (.ci/run installs it)"));
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1400,1000",
        "--allow-file-access-from-files");
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile()).usingAnyFreePort().build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    Files.createDirectories(OUT);
    sample = Http.fastPipeline().analyze(SAMPLE, Samples.text(SAMPLE));
    samplePage = OUT.resolve(SAMPLE + ".html").toAbsolutePath();
    Files.writeString(samplePage, DocumentHtml.page(sample), StandardCharsets.UTF_8);
    server = Http.start(ServerOptions.defaults().withThreads(2).withMaxChars(2_000), Http.fastPipeline());
  }

  @AfterAll
  static void stop() {
    if (driver != null) {
      driver.quit();
    }
    if (server != null) {
      server.close();
    }
  }

  private static Optional<Path> onPath(String... names) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      for (String name : names) {
        Path p = Path.of(dir, name);
        if (Files.isExecutable(p)) {
          return Optional.of(p);
        }
      }
    }
    return Optional.empty();
  }

  private static void screenshot(String name) throws IOException {
    Files.write(OUT.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
  }

  /** The exact text of the elements the selector finds, in document order. */
  private static String textOf(String css) {
    return (String) ((JavascriptExecutor) driver).executeScript(
        "return Array.prototype.map.call(document.querySelectorAll(arguments[0]), function (e) { return e.textContent; }).join('');", css);
  }

  /** The first statement whose speaker is named in its own sentence: its number in the document. */
  private static int statementWithSpeakerMention() {
    for (int k = 0; k < sample.statements().size(); k++) {
      Statement s = sample.statements().get(k);
      if (speakerMention(s).isPresent()) {
        return k;
      }
    }
    throw new AssertionError("no statement of " + SAMPLE + " has its speaker named in its sentence");
  }

  private static Optional<ActorMention> speakerMention(Statement s) {
    return sample.mentions().stream()
        .filter(m -> m.sentence() == s.sentence() && m.end() <= s.cue().begin() && m.actors().stream().anyMatch(s.speakers()::contains))
        .reduce((a, b) -> b);
  }

  private static void assertLitUp(int k) {
    Statement s = sample.statements().get(k);
    assertEquals(s.content().text(), textOf(".rd-on-content"), "the content is lit up");
    assertEquals(s.cue().text(), textOf(".rd-on-cue"), "the cue is lit up");
    assertEquals(speakerMention(s).orElseThrow().text(), textOf(".rd-on-spk"), "the speaker's mention is lit up");
    WebElement detail = driver.findElement(By.cssSelector(".rd-detail [data-st='" + k + "']"));
    assertTrue(detail.isDisplayed());
    String speaker = sample.actor(s.speakers().get(0)).orElseThrow().name();
    assertTrue(detail.findElement(By.cssSelector(".rd-speaker-name")).getText().contains(speaker), detail.getText());
    assertTrue(detail.getText().contains(s.stance().name()), detail.getText());
    assertTrue(detail.getText().contains(s.chain() != null ? s.chain() : s.rule()), "the rule that found it: " + detail.getText());
    assertEquals(s.stance().name(), driver.findElement(By.cssSelector(".rd-doc")).getAttribute("data-stance"), "the stance colours the content");
  }

  @Test
  void clickingAStatementLightsUpItsSpeakerAndContent() throws IOException {
    driver.get(samplePage.toUri().toString());
    int k = statementWithSpeakerMention();
    assertEquals("", textOf(".rd-on-content"), "nothing is lit up before a click");
    driver.findElement(By.cssSelector(".rd-text [data-cue~='" + k + "']")).click();
    assertLitUp(k);
    screenshot("view-clicked");
  }

  @Test
  void hoveringAStatementShowsItUntilAnotherIsChosen() {
    driver.get(samplePage.toUri().toString());
    int first = statementWithSpeakerMention();
    Actions actions = new Actions(driver);
    actions.moveToElement(driver.findElement(By.cssSelector(".rd-text [data-cue~='" + first + "']"))).perform();
    assertLitUp(first);
    int other = -1;
    for (int k = first + 1; k < sample.statements().size() && other < 0; k++) {
      if (speakerMention(sample.statements().get(k)).isPresent()
          && !sample.statements().get(k).cue().text().equals(sample.statements().get(first).cue().text())) {
        other = k;
      }
    }
    assertTrue(other > 0, "a second statement to hover");
    actions.moveToElement(driver.findElement(By.cssSelector(".rd-text [data-cue~='" + other + "']"))).perform();
    assertLitUp(other);
  }

  @Test
  void theSideTablesListStatementsAndActorsAndARowSelects() {
    driver.get(samplePage.toUri().toString());
    List<WebElement> rows = driver.findElements(By.cssSelector(".rd-statements tbody tr"));
    assertEquals(sample.statements().size(), rows.size());
    assertEquals(sample.actors().size(), driver.findElements(By.cssSelector(".rd-actors tbody tr")).size());
    int k = statementWithSpeakerMention();
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()", rows.get(k));
    rows.get(k).click();
    assertLitUp(k);
    assertTrue(rows.get(k).getAttribute("class").contains("rd-on"));
  }

  @Test
  void sectionsAreHeadingsAndEntitiesAreColouredByType() {
    driver.get(samplePage.toUri().toString());
    long headings = sample.sentences().stream().filter(s -> s.heading()).count();
    assertTrue(headings > 0, "the sample has headings");
    assertEquals(headings, driver.findElements(By.cssSelector(".rd-text h3")).size());
    String person = driver.findElement(By.cssSelector(".rd-text .rd-ent-PERSON")).getCssValue("background-color");
    String place = driver.findElement(By.cssSelector(".rd-text .rd-ent-GPE")).getCssValue("background-color");
    assertFalse(person.equals(place), person + " " + place);
  }

  @Test
  void pastingATextIntoTheServerPageShowsItsStatements() throws IOException {
    driver.get("http://127.0.0.1:" + server.port() + "/");
    driver.findElement(By.id("rd-text")).sendKeys(PASTED);
    driver.findElement(By.id("rd-submit")).click();
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    wait.until(d -> !d.findElements(By.cssSelector("#rd-result .rd-statements tbody tr")).isEmpty());
    AnalyzedDocument expected = Http.fastPipeline().analyze("pasted", PASTED);
    List<WebElement> rows = driver.findElements(By.cssSelector("#rd-result .rd-statements tbody tr"));
    assertEquals(expected.statements().size(), rows.size());
    for (int k = 0; k < rows.size(); k++) {
      assertTrue(rows.get(k).getText().contains(expected.statements().get(k).cue().text()), rows.get(k).getText());
    }
    rows.get(0).click();
    assertEquals(expected.statements().get(0).content().text(), textOf("#rd-result .rd-on-content"));
    screenshot("server-page");
  }

  @Test
  void uploadingAFileShowsItsStatements() throws IOException {
    Path file = OUT.resolve("upload.txt").toAbsolutePath();
    Files.writeString(file, PASTED, StandardCharsets.UTF_8);
    driver.get("http://127.0.0.1:" + server.port() + "/");
    driver.findElement(By.id("rd-file")).sendKeys(file.toString());
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    wait.until(d -> PASTED.equals(d.findElement(By.id("rd-text")).getDomProperty("value")));
    driver.findElement(By.id("rd-submit")).click();
    wait.until(d -> !d.findElements(By.cssSelector("#rd-result .rd-statements tbody tr")).isEmpty());
    assertEquals(Http.fastPipeline().analyze("upload", PASTED).statements().size(),
        driver.findElements(By.cssSelector("#rd-result .rd-statements tbody tr")).size());
  }

  @Test
  void anErrorOnTheServerPageShowsItsOneLine() {
    driver.get("http://127.0.0.1:" + server.port() + "/");
    ((JavascriptExecutor) driver).executeScript("document.getElementById('rd-text').value = arguments[0];", "The envoy said yes. ".repeat(120));
    driver.findElement(By.id("rd-submit")).click();
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    wait.until(d -> !d.findElement(By.id("rd-error")).getText().isEmpty());
    assertTrue(driver.findElement(By.id("rd-error")).getText().contains("over the limit of 2000 characters"),
        driver.findElement(By.id("rd-error")).getText());
    assertTrue(Stream.of(driver.findElement(By.id("rd-result")).getText()).allMatch(String::isEmpty));
  }
}
