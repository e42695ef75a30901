package dev.readout.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readout.model.AnalyzedDocument;
import dev.readout.model.Stance;
import dev.readout.model.Statement;
import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The fast profile: OpenNLP and the shallow parse, with no CoreNLP, ONNX Runtime or MiniLM model on the classpath at all.
 */
class FastProfileIT {
  private static final String TEXT = "Foreign Minister Ana Lima held talks with Minister Ken Oda of Japan. "
      + "Minister Lima welcomed Minister Oda to Lisbon and said the visit would deepen ties. "
      + "Minister Oda expressed concern about the missile launches. The two ministers discussed trade.";

  @Test
  void findsStatementsSpeakersAndStances() {
    Pipeline fast = Pipeline.builder().profile(Profile.FAST).build();
    AnalyzedDocument doc = fast.analyze("f", TEXT);
    assertEquals("FAST", fast.models().get("profile"));
    List<String> cues = doc.statements().stream().map(s -> s.cue().text()).toList();
    assertEquals(List.of("welcomed", "said", "expressed", "discussed"), cues);
    Statement said = doc.statements().get(1);
    assertEquals(Set.of("Ana Lima"), names(doc, said));
    assertEquals(Stance.OPPOSE, doc.statements().get(2).stance());
    assertEquals(Set.of("Ana Lima", "Ken Oda"), names(doc, doc.statements().get(3)));
  }

  @Test
  void addsEachStagesTimeAndCountsTheStatements() {
    Pipeline fast = Pipeline.builder().profile(Profile.FAST).build();
    StageTimes times = new StageTimes();
    AnalyzedDocument doc = fast.analyze("f", TEXT, java.util.Map.of(), times);
    fast.analyze("g", TEXT, java.util.Map.of(), times);
    assertEquals(Set.copyOf(fast.stageNames()), times.seconds().keySet());
    assertEquals(2L * doc.statements().size(), times.statements());
    assertEquals(2, times.documents());
    assertTrue(times.seconds("stance") > 0 && times.seconds("stance") < times.totalSeconds());
    assertEquals(0, times.seconds("no such stage"));
  }

  private static Set<String> names(AnalyzedDocument doc, Statement s) {
    return s.speakers().stream().map(id -> doc.actor(id).orElseThrow().name()).collect(Collectors.toSet());
  }

  @Test
  void runsWithoutCoreNlpOrTheEncoderOnTheClasspath() throws Exception {
    String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<URL> urls = new ArrayList<>();
    for (String entry : cp.split(File.pathSeparator)) {
      if (!entry.isBlank() && !entry.contains("stanford") && !entry.contains("onnxruntime") && !entry.contains("langchain4j")) {
        urls.add(new File(entry).toURI().toURL());
      }
    }
    try (URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
      assertThrows(ClassNotFoundException.class, () -> Class.forName("edu.stanford.nlp.pipeline.StanfordCoreNLP", false, loader));
      assertThrows(ClassNotFoundException.class, () -> Class.forName("ai.onnxruntime.OrtSession", false, loader));
      assertTrue(loader.getResource("all-minilm-l6-v2-q.onnx") == null);
      Class<?> pipelineClass = Class.forName("dev.readout.pipeline.Pipeline", true, loader);
      Class<?> profileClass = Class.forName("dev.readout.pipeline.Profile", true, loader);
      Object builder = pipelineClass.getMethod("builder").invoke(null);
      Object fastValue = profileClass.getField("FAST").get(null);
      builder.getClass().getMethod("profile", profileClass).invoke(builder, fastValue);
      Object pipeline = builder.getClass().getMethod("build").invoke(builder);
      Object doc = pipelineClass.getMethod("analyze", String.class, String.class).invoke(pipeline, "f", TEXT);
      List<?> statements = (List<?>) doc.getClass().getMethod("statements").invoke(doc);
      assertEquals(4, statements.size());
      // the accurate profile says clearly what it is missing
      Object accurate = pipelineClass.getMethod("builder").invoke(null);
      Exception e = assertThrows(Exception.class, () -> accurate.getClass().getMethod("build").invoke(accurate));
      Throwable cause = e.getCause();
      assertTrue(cause.getMessage().contains("needs Stanford CoreNLP"), cause.getMessage());
      assertFalse(cause.getMessage().contains("\n"));
    }
  }
}
