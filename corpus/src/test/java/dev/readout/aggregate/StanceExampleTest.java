package dev.readout.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readout.model.Cue;
import dev.readout.model.Mode;
import dev.readout.model.Span;
import dev.readout.model.Stance;
import dev.readout.model.Statement;
import dev.readout.model.Target;
import dev.readout.model.TextSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

class StanceExampleTest {
  private static Statement statement(int contentBegin, String content, Target target) {
    return new Statement("s2", 0, List.of("a1"), new Cue(0, 4, "said", "say"), new TextSpan(contentBegin, contentBegin + content.length(), content),
        Mode.INDIRECT, Stance.OPPOSE, 0.9, target, null, "test");
  }

  @Test
  void theTargetIsMarkedByItsSpanElseByItsWords() {
    String content = "the war and the war";
    StanceExample bySpan = StanceExample.of("d1", null, "Ana Lima", statement(100, content, new Target("the war", null, new Span(112, 119), "war", "object")));
    assertEquals(12, bySpan.markBegin(), "the second 'the war', where its span is");
    assertEquals(19, bySpan.markEnd());
    StanceExample byWords = StanceExample.of("d1", null, "Ana Lima", statement(100, content, new Target("The War", null)));
    assertEquals(0, byWords.markBegin(), "an older target without a span: its first place, case ignored");
    assertEquals(7, byWords.markEnd());
    assertFalse(StanceExample.of("d1", null, "Ana Lima", statement(100, content, new Target("peace", null))).marked());
  }

  @Test
  void aLongContentIsClippedAroundItsTargetBetweenWords() {
    String before = "word ".repeat(60);
    String content = before + "the release of the hostages " + "more ".repeat(80);
    int at = before.length();
    StanceExample e = StanceExample.of("d1", null, "Ana Lima",
        statement(10, content, new Target("the release of the hostages", null, new Span(10 + at, 10 + at + 27), "release", "object")));
    assertTrue(e.content().length() <= StanceExample.MAX_CONTENT + 2, e.content().length() + ": " + e.content());
    assertTrue(e.content().startsWith("…word ") && e.content().endsWith("more…"), e.content());
    assertEquals("the release of the hostages", e.content().substring(e.markBegin(), e.markEnd()));
    assertTrue(e.markBegin() > 80 && e.markBegin() <= 102, "about a hundred characters before it: " + e.markBegin());
  }
}
