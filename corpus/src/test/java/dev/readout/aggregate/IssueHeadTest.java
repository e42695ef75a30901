package dev.readout.aggregate;

import static dev.readout.aggregate.Docs.person;
import static dev.readout.aggregate.Docs.state;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readout.model.Actor;
import dev.readout.model.Target;
import org.junit.jupiter.api.Test;

class IssueHeadTest {
  private static final IssueHead HEADS = IssueHead.bundled();

  @Test
  void pipelineHeadsLoseDeterminersPronounsAndTrailingLightOrAttitudeNouns() {
    assertEquals("war", HEADS.ofHead("war"));
    assertEquals("human right", HEADS.ofHead("human right"));
    assertEquals("security", HEADS.ofHead("security issue"), "a light noun heading a compound");
    assertEquals("us", HEADS.ofHead("u.s. commitment"), "an attitude noun; the abbreviation stays");
    assertEquals("", HEADS.ofHead("importance"));
    assertEquals("", HEADS.ofHead("their"));
    assertEquals("", HEADS.ofHead("the"));
    assertEquals("ceasefire", HEADS.ofHead("continued ceasefire"), "a vague adjective");
  }

  @Test
  void topicNounsNameNoIssueByThemselves() {
    assertEquals("", HEADS.ofHead("close touch"));
    assertEquals("", HEADS.ofHead("vision"));
    assertEquals("humanitarian", HEADS.ofHead("humanitarian situation"), "what kind of situation stays");
  }

  @Test
  void aTargetsWordsAreReadAsThePipelineReadsAPhrase() {
    assertEquals("war", HEADS.ofText("Russia's continued war in Ukraine"), "possessor and vague adjective out, cut at the preposition");
    assertEquals("war", HEADS.ofText("the war"));
    assertEquals("maritime philippines", HEADS.ofText("maritime Philippines"), "a capitalised word is a name: not made singular");
    assertEquals("lasting ceasefire", HEADS.ofText("the need for a lasting ceasefire"), "seen through a light noun");
    assertEquals("peace talk", HEADS.ofText("their strong commitment to the peace talks"), "seen through an attitude noun");
    assertEquals("humanitarian assistance", HEADS.ofText("$34 million in humanitarian assistance"), "a sum alone is seen through");
    assertEquals("tie", HEADS.ofText("the ties between our peoples"));
    assertEquals("sanction", HEADS.ofText("sanctions, “smart” ones"));
    assertEquals("", HEADS.ofText("The Importance"));
    assertEquals("", HEADS.ofText("their"));
    assertEquals("", HEADS.ofText("that he"));
    assertEquals("", HEADS.ofText(" ... "));
    assertEquals("cote d'ivoire", HEADS.ofText("Côte d’Ivoire"));
  }

  @Test
  void theHeadWinsAndTheWordsAreReadOnlyWithoutOne() {
    assertEquals("ceasefire", HEADS.of(new Target("the need for a ceasefire in Gaza", null, null, "ceasefire", "object>see-through")));
    assertEquals("ceasefire", HEADS.of(new Target("the need for a ceasefire in Gaza", null)), "an older file: no head");
    assertEquals("", HEADS.of(new Target("the U.S. commitment", null, null, "commitment", "object")),
        "the pipeline found nothing behind the attitude noun: its words are not read again");
    assertEquals("", HEADS.of(new Target("the importance", null, null, "importance", "object")));
  }

  @Test
  void anActorTargetIsTheActorItselfByNameAliasTitleOrCapitalsElseAnActOfIt() {
    Actor russia = state("a1", "Russia", "Russian Federation");
    Actor harris = person("a2", "Kamala Harris", "Vice President", "United States");
    Actor us = state("a3", "United States", "U.S.");
    assertTrue(HEADS.isActorItself(new Target("Russia", "a1", null, "russia", "actor-object"), russia));
    assertTrue(HEADS.isActorItself(new Target("the Russian Federation", "a1"), russia), "an alias");
    assertTrue(HEADS.isActorItself(new Target("the Vice President", "a2", null, "vice president", "clause-subject"), harris), "the title");
    assertTrue(HEADS.isActorItself(new Target("Vice President Harris", "a2"), harris), "a name only: every word capitalised");
    assertTrue(HEADS.isActorItself(new Target("the student leaders", "a4"), state("a4", "student leaders")), "plural and singular are one");
    assertFalse(HEADS.isActorItself(new Target("Russia's war in Ukraine", "a1", null, "war", "object"), russia));
    assertFalse(HEADS.isActorItself(new Target("the U.S. commitment", "a3", null, "u.s. commitment", "object"), us));
    assertTrue(HEADS.isActorName("us", us), "'the U.S. commitment' leaves only the actor's name: no issue");
    assertFalse(HEADS.isActorName("war", russia));
  }

  @Test
  void pluralsBecomeSingularByRule() {
    assertEquals("tie", IssueHead.singular("ties"));
    assertEquals("ally", IssueHead.singular("allies"));
    assertEquals("approach", IssueHead.singular("approaches"));
    assertEquals("crisis", IssueHead.singular("crises"));
    assertEquals("talk", IssueHead.singular("talks"));
    assertEquals("economics", IssueHead.singular("economics"));
    assertEquals("process", IssueHead.singular("process"));
    assertEquals("gas", IssueHead.singular("gas"));
    assertEquals("status", IssueHead.singular("status"));
  }
}
