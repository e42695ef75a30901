package dev.readout.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** What {@code train stance --compare} prints beside the scores, without the big models. */
class TrainCommandTest {
  @Test
  void changedCountsFixedAndBrokenStatementsAgainstTheDefault() {
    // gold, the default's predictions, another classifier's: it fixes the second, breaks the third, and the fourth
    // changes from one wrong stance to another
    assertEquals("+1/-1", TrainCommand.changed("SSON", "SNOS", "SSNO"));
    assertEquals("+0/-0", TrainCommand.changed("SON", "SON", "SON"));
    assertEquals("", TrainCommand.changed("SON", "SO", "SON"));
  }

  @Test
  void anUnknownClassifierIsOneLine() {
    Cli.Run r = Cli.run("train", "stance", "--gold", "nowhere", "-o", "x.zip", "--classifier", "forest");
    assertEquals(2, r.exit());
    assertEquals("readout: --classifier: 'forest' is none of maxent, encoder, combined, stacked", r.err().strip());
  }
}
