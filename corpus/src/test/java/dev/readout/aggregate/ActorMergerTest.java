package dev.readout.aggregate;

import static dev.readout.aggregate.Docs.person;
import static dev.readout.aggregate.Docs.state;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.readout.model.Actor;
import dev.readout.model.ActorKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ActorMergerTest {
  private static final ActorMerger MERGER = new ActorMerger();

  /** Each actor once, with weight; returns the corpus actor of each, in order. */
  private static List<Actor> merge(Object... actorsAndWeights) {
    Map<ActorProfile, Integer> w = new LinkedHashMap<>();
    for (int i = 0; i < actorsAndWeights.length; i += 2) {
      w.merge(ActorProfile.of((Actor) actorsAndWeights[i]), (Integer) actorsAndWeights[i + 1], Integer::sum);
    }
    Map<ActorProfile, Actor> m = MERGER.merge(w);
    List<Actor> out = new java.util.ArrayList<>();
    for (int i = 0; i < actorsAndWeights.length; i += 2) {
      out.add(m.get(ActorProfile.of((Actor) actorsAndWeights[i])));
    }
    return out;
  }

  @Test
  void oneManyWaysNamedIsOneActor() {
    List<Actor> m = merge(
        person("a1", "Joseph R. Biden, Jr.", "President", null, "President Joseph R. Biden, Jr.", "R.", "President"), 10,
        person("a1", "Biden", "President", null, "President Biden"), 8,
        person("a3", "Joe Biden", "President", "United States", "President Joe Biden", "Biden"), 3,
        person("a2", "Joseph Biden's", null, null), 1,
        person("a7", "H.E. JOSEPH BIDEN", "President", null), 1);
    assertEquals(1, m.stream().map(Actor::id).distinct().count(), m.toString());
    Actor a = m.get(0);
    assertEquals("Joseph R. Biden, Jr.", a.name(), "the full name used most");
    assertEquals("President", a.title());
    assertEquals(null, a.affiliation(), "3 of 23 occurrences are too few to show an affiliation");
    assertEquals("Joseph R. Biden, Jr. (President)", a.label());
    assertEquals("A1", a.id());
  }

  @Test
  void peopleSharingASurnameStayApartUnlessADocumentConnectsThem() {
    List<Actor> m = merge(
        person("a1", "Joe Biden", "President", null, "Biden"), 5,
        person("a2", "Jill Biden", "First Lady", null, "Biden"), 4,
        person("a3", "Biden", null, null), 2,
        person("a4", "Hunter Biden", null, null), 1);
    assertEquals(4, m.stream().map(Actor::id).distinct().count(), m.toString());
    assertEquals("Biden", m.get(2).name(), "a bare surname of several comparable people stays apart");
  }

  @Test
  void aSurnameWithATitleJoinsThePersonHoldingIt() {
    List<Actor> m = merge(
        person("a1", "Kamala Harris", "Vice President", null, "Harris"), 5,
        person("a2", "Simon Harris", "Taoiseach", "Ireland", "Harris"), 5,
        person("a3", "Harris", "Vice President", null, "Vice President Harris"), 3,
        person("a4", "Harris", "Taoiseach", null), 1);
    assertEquals(m.get(0).id(), m.get(2).id());
    assertEquals(m.get(1).id(), m.get(3).id());
    assertNotEquals(m.get(0).id(), m.get(1).id());
  }

  @Test
  void aSurnameGoesToTheDominantCandidateOnly() {
    List<Actor> dominant = merge(
        person("a1", "Joe Biden", "President", null), 100,
        person("a2", "Jill Biden", "President", null), 2,
        person("a3", "Biden", "President", null), 50);
    assertEquals(dominant.get(0).id(), dominant.get(2).id());
    List<Actor> balanced = merge(
        person("a1", "Joe Biden", "President", null), 10,
        person("a2", "Jill Biden", "President", null), 5,
        person("a3", "Biden", "President", null), 50);
    assertEquals(3, balanced.stream().map(Actor::id).distinct().count());
  }

  @Test
  void titleOnlyActorsMergeByTitleAndAffiliation() {
    List<Actor> m = merge(
        person("a1", "Secretary", "Secretary", "United States", "the Secretary"), 2,
        person("a1", "Secretary", "Secretary", "United States"), 2,
        person("a2", "Secretary", "Secretary", "Canada"), 1,
        person("a3", "Antony Blinken", "Secretary", "United States", "Secretary Blinken"), 4);
    assertEquals(m.get(0).id(), m.get(1).id());
    assertNotEquals(m.get(0).id(), m.get(2).id());
    assertNotEquals(m.get(0).id(), m.get(3).id(), "a title alone does not say who held it");
    assertEquals("Secretary (United States)", m.get(0).label());
  }

  @Test
  void statesJoinByAcronymAliasButNotByAGenericWord() {
    List<Actor> m = merge(
        state("a1", "United States", "U.S."), 3,
        state("a2", "U.S."), 1,
        state("a3", "the United States"), 1,
        new Actor("a4", "National Security Council", ActorKind.ORGANIZATION, null, null, List.of("Council")), 1,
        new Actor("a5", "European Council", ActorKind.ORGANIZATION, null, null, List.of("Council")), 1,
        new Actor("a6", "United States", ActorKind.ORGANIZATION, null, null, List.of()), 1);
    assertEquals(m.get(0).id(), m.get(1).id());
    assertEquals(m.get(0).id(), m.get(2).id());
    assertNotEquals(m.get(3).id(), m.get(4).id());
    assertNotEquals(m.get(0).id(), m.get(5).id(), "kinds are never mixed");
  }

  @Test
  void diacriticsCaseAndNameOrderDoNotSplitAPerson() {
    List<Actor> m = merge(
        person("a1", "Andrés Manuel López Obrador", "President", "Mexico"), 2,
        person("a2", "ANDRES MANUEL LOPEZ OBRADOR", null, null), 1,
        person("a3", "Kishida Fumio", "Prime Minister", "Japan"), 2,
        person("a4", "Fumio Kishida", "Prime Minister", null), 1,
        person("a5", "Kishida", "Prime Minister", null), 1,
        person("a6", "Ali Hassan", "Minister", null), 1,
        person("a7", "Hassan Ali", "Ambassador", null), 1);
    assertEquals(m.get(0).id(), m.get(1).id());
    assertEquals(m.get(2).id(), m.get(3).id());
    assertEquals(m.get(2).id(), m.get(4).id());
    assertNotEquals(m.get(5).id(), m.get(6).id(), "reordered names join only with a shared title");
  }

  @Test
  void givenNamesMustBeCompatible() {
    assertEquals(true, ActorMerger.givenCompatible("joe", "joseph"));
    assertEquals(true, ActorMerger.givenCompatible("jen", "jennifer"));
    assertEquals(true, ActorMerger.givenCompatible("bill", "will"));
    assertEquals(false, ActorMerger.givenCompatible("jill", "joe"));
    assertEquals(false, ActorMerger.givenCompatible("al", "albert"));
  }
}
