package dev.readout.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readout.model.AnalyzedDocument;
import dev.readout.model.Parsed;
import org.junit.jupiter.api.Test;

class SubjectOfCueRuleTest {
  private static final AnalyzedDocument DOC = Parsed.doc("""
      Minister/NNP/2/compound Tanaka/NNP/3/nsubj welcomed/VBD/0/root/welcome the/DT/5/det decision/NN/3/obj ././3/punct
      """, "Minister=TITLE", "Tanaka=PERSON");

  @Test
  void theSubjectSpeaks() {
    AnalyzedDocument out = Attributions.attribute(DOC);
    assertEquals("[Tanaka] by subject-of-cue via [name:person]", Attributions.spoken(out, "welcomed"));
    assertEquals("subject-of-cue", Attributions.cue(out, "welcomed").orElseThrow().rule());
    assertEquals("the decision", Attributions.cue(out, "welcomed").orElseThrow().content().text());
  }

  @Test
  void withoutItTheCueHasNoSpeaker() {
    assertTrue(Attributions.without("subject-of-cue", DOC).statements().isEmpty());
  }

  @Test
  void aGroupLeavesOutItsOwnObject() {
    AnalyzedDocument doc = Parsed.doc("""
        Leo/NNP/2/compound Varadkar/NNP/3/nsubj spoke/VBD/0/root/speak with/IN/5/case Macron/NNP/3/obl and/CC/7/cc Merkel/NNP/5/conj ././3/punct
        The/DT/2/det leaders/NNS/3/nsubj/leader congratulated/VBD/0/root/congratulate Varadkar/NNP/3/obj on/IN/7/case his/PRP$/7/nmod:poss election/NN/3/obl ././3/punct
        """, "Leo Varadkar=PERSON", "Macron=PERSON", "Merkel=PERSON", "Varadkar=PERSON");
    AnalyzedDocument out = Attributions.attribute(doc);
    assertEquals("[Macron, Merkel] by subject-of-cue+less-object via [counted-group:participants, counted-group:participants]",
        Attributions.spoken(out, "congratulated"));
  }

  @Test
  void whomViewsAreExchangedWithSpeaksToo() {
    AnalyzedDocument doc = Parsed.doc("""
        Tanaka/NNP/2/nsubj exchanged/VBD/0/root/exchange views/NNS/2/obj/view with/IN/6/case Minister/NNP/6/compound Berg/NNP/3/nmod ././2/punct
        """, "Tanaka=PERSON", "Minister=TITLE", "Berg=PERSON");
    assertEquals("[Tanaka, Berg] by subject-of-cue+meeting-partners via [name:person, name:person]",
        Attributions.spoken(Attributions.attribute(doc), "exchanged views"));
  }

  @Test
  void aSubjectNamingAnActIsNoSpeaker() {
    AnalyzedDocument doc = Parsed.doc("""
        These/DT/3/det barbaric/JJ/3/amod acts/NNS/4/nsubj/act committed/VBD/0/root/commit to/IN/6/case nothing/NN/4/obl ././4/punct
        """);
    assertTrue(Attributions.attribute(doc).statements().isEmpty(), () -> Attributions.attribute(doc).statements().toString());
  }
}
