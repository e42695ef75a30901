package dev.readout.backend.opennlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShallowParserTest {
  private static ShallowParser.Parse parse(String tagged) {
    List<String> words = new java.util.ArrayList<>();
    List<String> tags = new java.util.ArrayList<>();
    for (String item : tagged.trim().split("\\s+")) {
      int slash = item.lastIndexOf('/');
      words.add(item.substring(0, slash));
      tags.add(item.substring(slash + 1));
    }
    return new ShallowParser().parse(words, tags);
  }

  @Test
  void theTaggersPrepositionThatStartsAClauseWithItsSubject() {
    ShallowParser.Parse p = parse("Biden/NNP reiterated/VBD that/IN Hamas/NNP does/VBZ not/RB stand/VB for/IN peace/NN ./.");
    assertEquals("nsubj", p.relations()[3], "Hamas is the subject of 'does not stand'");
    assertEquals(6, p.heads()[3]);
    assertEquals("ccomp", p.relations()[6], "and the clause is what 'reiterated' reports");
    assertEquals(1, p.heads()[6]);
  }

  @Test
  void aPrepositionalObjectIsStillNoSubject() {
    ShallowParser.Parse p = parse("The/DT establishment/NN of/IN a/DT group/NN was/VBD welcomed/VBN ./.");
    assertEquals("nmod", p.relations()[4], "the group is the establishment's, not the subject of 'was welcomed'");
  }
}
