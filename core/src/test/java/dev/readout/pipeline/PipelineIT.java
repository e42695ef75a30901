package dev.readout.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readout.model.Actor;
import dev.readout.model.ActorKind;
import dev.readout.model.AnalyzedDocument;
import dev.readout.model.EntityMention;
import dev.readout.model.EntityType;
import dev.readout.model.Mode;
import dev.readout.model.Stance;
import dev.readout.model.Statement;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Each construction the attribution must handle, on sentences written for the purpose. */
class PipelineIT {
  private static AnalyzedDocument run(String text) {
    return SharedPipeline.get().analyze("t", text);
  }

  private static Statement cue(AnalyzedDocument doc, String cueText) {
    List<Statement> hits = doc.statements().stream().filter(s -> s.cue().text().startsWith(cueText)).toList();
    assertEquals(1, hits.size(), () -> "statements with cue '" + cueText + "': " + describe(doc));
    return hits.get(0);
  }

  private static Set<String> speakers(AnalyzedDocument doc, Statement s) {
    return s.speakers().stream().map(id -> doc.actor(id).orElseThrow().name()).collect(Collectors.toSet());
  }

  private static String describe(AnalyzedDocument doc) {
    return doc.statements().stream()
        .map(s -> s.cue().text() + "<" + speakers(doc, s) + "," + s.stance() + "," + s.rule() + ">")
        .collect(Collectors.joining(" "));
  }

  private static Actor actorNamed(AnalyzedDocument doc, String name) {
    return doc.actors().stream().filter(a -> a.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no actor " + name + " in " + doc.actors()));
  }

  private static final String MEETING =
      "On 3 May, H.E. Mr. Kenji Tanaka, Minister for Foreign Affairs of Japan, held talks with Ms. Maria Costa, "
          + "Foreign Minister of Portugal.\n"
          + "Bilateral relations\n"
          + "(1) Minister Tanaka welcomed Foreign Minister Costa to Tokyo and said the visit would deepen ties between Japan and Portugal. "
          + "In response, Foreign Minister Costa endorsed closer cooperation on ocean research. "
          + "She also thanked Japan for its support.\n"
          + "Regional affairs\n"
          + "(1) Minister Tanaka touched on the situation in East Asia and said North Korea's repeated launches are extremely regrettable. "
          + "He condemned the launch of a ballistic missile last week. "
          + "The two ministers exchanged views on Ukraine.";

  @Test
  void aReadoutGivesActorsWithTitlesAffiliationsAndSections() {
    AnalyzedDocument doc = run(MEETING);
    Actor tanaka = actorNamed(doc, "Kenji Tanaka");
    assertEquals(ActorKind.PERSON, tanaka.kind());
    assertEquals("Minister for Foreign Affairs", tanaka.title());
    assertEquals("Japan", tanaka.affiliation());
    assertTrue(tanaka.aliases().contains("Minister Tanaka"), tanaka.aliases().toString());
    Actor costa = actorNamed(doc, "Maria Costa");
    assertEquals("Foreign Minister", costa.title());
    assertEquals("Portugal", costa.affiliation());
    assertEquals(ActorKind.GPE, actorNamed(doc, "Japan").kind());
    // honorifics are not part of names
    assertTrue(doc.entities().stream().noneMatch(e -> e.type() == EntityType.PERSON && e.text().contains("Mr.")));
    assertEquals("Bilateral relations", cue(doc, "endorsed").section());
    assertEquals("Regional affairs", cue(doc, "condemned").section());
  }

  @Test
  void coordinatedCuesShareTheirSubject() {
    AnalyzedDocument doc = run(MEETING);
    Statement welcomed = cue(doc, "welcomed");
    Statement said = doc.statements().stream().filter(s -> s.cue().text().equals("said")).findFirst().orElseThrow();
    assertEquals(Set.of("Kenji Tanaka"), speakers(doc, welcomed));
    assertEquals(Set.of("Kenji Tanaka"), speakers(doc, said));
    assertEquals("coordinated-cue", said.rule());
    assertEquals(Stance.SUPPORT, welcomed.stance());
    assertEquals("Maria Costa", welcomed.target().text());
  }

  @Test
  void inResponseAndPronounSpeakers() {
    AnalyzedDocument doc = run(MEETING);
    assertEquals(Set.of("Maria Costa"), speakers(doc, cue(doc, "endorsed")));
    assertEquals(Set.of("Maria Costa"), speakers(doc, cue(doc, "thanked")));
    assertEquals(Set.of("Kenji Tanaka"), speakers(doc, cue(doc, "condemned")));
  }

  @Test
  void jointSpeakersAreEveryParticipant() {
    AnalyzedDocument doc = run(MEETING);
    Statement ex = cue(doc, "exchanged");
    assertEquals(Set.of("Kenji Tanaka", "Maria Costa"), speakers(doc, ex));
    assertEquals(Stance.NEUTRAL, ex.stance());
  }

  @Test
  void namedPairsAndTheLeadersSpeakTogether() {
    AnalyzedDocument both = run("Chancellor Anna Berg met President Luis Mora. Chancellor Berg and President Mora discussed trade. "
        + "The leaders condemned the attack on the embassy. They agreed to meet again.");
    assertEquals(Set.of("Anna Berg", "Luis Mora"), speakers(both, cue(both, "discussed")));
    assertEquals(Set.of("Anna Berg", "Luis Mora"), speakers(both, cue(both, "condemned")));
    assertEquals(Stance.OPPOSE, cue(both, "condemned").stance());
    assertEquals(Set.of("Anna Berg", "Luis Mora"), speakers(both, cue(both, "agreed")));
  }

  @Test
  void aParticipantAndHisTeamAreTheParticipants() {
    AnalyzedDocument doc = run("Secretary Ana Ortiz and Envoy Ben Cole met President Ola Berg in Oslo. "
        + "Secretary Ortiz and her team reaffirmed their support for Norway. They emphasized that talks must go on.");
    Set<String> all = Set.of("Ana Ortiz", "Ben Cole", "Ola Berg");
    assertEquals(all, speakers(doc, cue(doc, "reaffirmed")));
    assertEquals(all, speakers(doc, cue(doc, "emphasized")));
  }

  @Test
  void stanceFromCueContentAndTarget() {
    AnalyzedDocument doc = run(MEETING);
    Statement touched = cue(doc, "touched on");
    assertEquals(Stance.NEUTRAL, touched.stance());
    Statement said = doc.statements().stream().filter(s -> s.cue().text().equals("said") && s.content().text().contains("regrettable"))
        .findFirst().orElseThrow(() -> new AssertionError(describe(doc)));
    assertEquals(Stance.OPPOSE, said.stance());
    assertEquals("North Korea's repeated launches", said.target().text(), "a judged act of an actor is the act");
    assertEquals("North Korea", said.target().actor() == null ? null : doc.actor(said.target().actor()).orElseThrow().name(),
        "and its actor");
    assertTrue(said.confidence() > 0.5 && said.confidence() <= 1.0);
  }

  @Test
  void expressedTakesItsStanceFromItsObject() {
    AnalyzedDocument doc = run("Secretary General Ana Ruiz expressed grave concern about the shelling. "
        + "She also expressed her gratitude to Norway for its support.");
    List<Statement> ex = doc.statements().stream().filter(s -> s.cue().text().equals("expressed")).toList();
    assertEquals(2, ex.size(), describe(doc));
    assertEquals(Stance.OPPOSE, ex.get(0).stance());
    assertEquals(Stance.SUPPORT, ex.get(1).stance());
    assertEquals(Set.of("Ana Ruiz"), speakers(doc, ex.get(1)));
  }

  @Test
  void negatedSupportIsOpposition() {
    AnalyzedDocument doc = run("Foreign Minister Omar Haddad did not support the proposal for new sanctions.");
    Statement s = cue(doc, "support");
    assertEquals(Stance.OPPOSE, s.stance());
    assertEquals(Set.of("Omar Haddad"), speakers(doc, s));
  }

  @Test
  void directQuotesWithTheCueAfterOrBefore() {
    AnalyzedDocument doc = run("\"We will stand with our partners,\" Prime Minister Ravi Nair said. "
        + "President Elena Petrova said: \"This partnership is strong.\"");
    List<Statement> said = doc.statements().stream().filter(s -> s.cue().text().equals("said")).toList();
    assertEquals(2, said.size(), describe(doc));
    assertEquals(Mode.DIRECT, said.get(0).mode());
    assertEquals("We will stand with our partners", said.get(0).content().text());
    assertEquals(Set.of("Ravi Nair"), speakers(doc, said.get(0)));
    assertEquals(Mode.DIRECT, said.get(1).mode());
    assertTrue(said.get(1).content().text().startsWith("This partnership is strong"), said.get(1).content().text());
    assertEquals(Set.of("Elena Petrova"), speakers(doc, said.get(1)));
  }

  @Test
  void accordingTo() {
    AnalyzedDocument doc = run("According to the European Commission, the new rules will take effect in March.");
    Statement s = cue(doc, "According");
    assertEquals("according-to", s.rule());
    assertEquals(Set.of("European Commission"), speakers(doc, s));
    assertTrue(s.content().text().contains("new rules will take effect"), s.content().text());
  }

  @Test
  void titleOnlyActorsAndTitlesThatPointToNamedActors() {
    AnalyzedDocument doc = run("The Prime Minister spoke to President Olena Bondar this afternoon. "
        + "The Prime Minister set out the support the country will provide. The PM was clear that the attacks were unacceptable.");
    Statement set = cue(doc, "set out");
    Actor pm = doc.actor(set.speakers().get(0)).orElseThrow();
    assertEquals("Prime Minister", pm.name());
    assertEquals("Prime Minister", pm.title());
    Statement clear = cue(doc, "clear");
    assertEquals(set.speakers(), clear.speakers());
    assertEquals(Stance.OPPOSE, clear.stance());
  }

  @Test
  void aTitleGoesToTheNamedHolderOfItsOffice() {
    AnalyzedDocument named = run("Secretary General Hans Vik visited Oslo. The Secretary General welcomed the decision.");
    assertEquals(Set.of("Hans Vik"), speakers(named, cue(named, "welcomed")));
  }

  @Test
  void aTitleStandingAloneIsItsNamedHolder() {
    AnalyzedDocument doc = run("High Representative/Vice-President Anna Berg met Minister of Foreign Affairs of Canada Louise Tremblay in Brussels. "
        + "The High Representative and the Minister agreed to meet again in Ottawa. "
        + "The Chairperson of the Commission, H.E. Mr. Kofi Mensah, expressed concern about the fighting.");
    Actor tremblay = actorNamed(doc, "Louise Tremblay");
    assertEquals("Minister of Foreign Affairs", tremblay.title());
    assertEquals("Canada", tremblay.affiliation());
    assertEquals("High Representative/Vice-President", actorNamed(doc, "Anna Berg").title());
    assertEquals(Set.of("Anna Berg", "Louise Tremblay"), speakers(doc, cue(doc, "agreed")));
    assertEquals(Set.of("Kofi Mensah"), speakers(doc, cue(doc, "expressed")));
  }

  @Test
  void meetingPartnersShareOnlyWhatIsDoneTogether() {
    AnalyzedDocument doc = run("Minister Tomas Lind held talks with Minister Sara Holm in Riga and discussed regional security. "
        + "Minister Tomas Lind met Minister Sara Holm and thanked her for the support of her government.");
    assertEquals(Set.of("Tomas Lind", "Sara Holm"), speakers(doc, cue(doc, "discussed")));
    assertEquals(Set.of("Tomas Lind"), speakers(doc, cue(doc, "thanked")));
  }

  @Test
  void theTwoAndBothOpenASentenceWithTheirVerb() {
    AnalyzedDocument doc = run("President Ana Lima spoke with Prime Minister Jon Dahl on Monday. The two discussed trade and security. "
        + "Both condemned the attack on the embassy.");
    assertEquals(Set.of("Ana Lima", "Jon Dahl"), speakers(doc, cue(doc, "discussed")));
    assertEquals(Set.of("Ana Lima", "Jon Dahl"), speakers(doc, cue(doc, "condemned")));
  }

  @Test
  void aGivenNameTellsWhoSheIs() {
    AnalyzedDocument doc = run("Foreign Minister Jutta Koivisto met Foreign Minister Pedro Alves in Lisbon. "
        + "She noted that the two countries trade more every year.");
    assertEquals(Set.of("Jutta Koivisto"), speakers(doc, cue(doc, "noted")));
  }

  @Test
  void theDepartmentIsTheIssuer() {
    AnalyzedDocument issued = SharedPipeline.get().analyze("t",
        "The Department rejects these claims as baseless. It reiterates that the shoal lies within the exclusive economic zone.",
        java.util.Map.of("issuer", "Department of Foreign Affairs, Republic of Testland"));
    assertEquals(Set.of("Department of Foreign Affairs"), speakers(issued, cue(issued, "rejects")));
    assertEquals(Set.of("Department of Foreign Affairs"), speakers(issued, cue(issued, "reiterates")));
  }

  @Test
  void capitalisedSurnamesAndTitlesAfterTheName() {
    AnalyzedDocument doc = run("Mr. MOTEGI Toshimitsu, Minister for Foreign Affairs of Japan, met Mr. Pieter Smit, NATO Secretary General. "
        + "Minister Motegi stressed the importance of the partnership.");
    Actor motegi = actorNamed(doc, "MOTEGI Toshimitsu");
    assertEquals("Japan", motegi.affiliation());
    Actor smit = actorNamed(doc, "Pieter Smit");
    assertEquals("Secretary General", smit.title());
    assertEquals("NATO", smit.affiliation());
    assertEquals(Set.of("MOTEGI Toshimitsu"), speakers(doc, cue(doc, "stressed")));
  }

  @Test
  void eventsAreNotStatements() {
    AnalyzedDocument doc = run("President Laura Chen met Prime Minister Tom Weller in Geneva. The two leaders held a working lunch. "
        + "The overview of the meeting is as follows:");
    assertTrue(doc.statements().isEmpty(), describe(doc));
  }

  @Test
  void purposeClausesOfWeakCuesAreNotStatements() {
    AnalyzedDocument doc = run("The ministers launched a fund to address the root causes of migration and to support farmers.");
    assertTrue(doc.statements().stream().noneMatch(s -> s.cue().text().equals("address") || s.cue().text().equals("support")), describe(doc));
  }

  @Test
  void organisationsAndStatesSpeakToo() {
    AnalyzedDocument doc = run("China firmly opposes any interference in its internal affairs. The EU condemns the attack.");
    assertEquals(Set.of("China"), speakers(doc, cue(doc, "opposes")));
    assertEquals(Stance.OPPOSE, cue(doc, "opposes").stance());
    Actor eu = doc.actor(cue(doc, "condemns").speakers().get(0)).orElseThrow();
    assertEquals(ActorKind.ORGANIZATION, eu.kind());
  }

  @Test
  void pronounsGoToTheLatestSubject() {
    AnalyzedDocument doc = run("Secretary General Mr. Pieter Smit welcomed President Andriy Koval to Brussels. "
        + "President Koval thanked the Secretary General for the support of the Allies. "
        + "He said that the air defence systems had saved many lives.");
    assertEquals(Set.of("Andriy Koval"), speakers(doc, cue(doc, "said")), "the latest subject, not the one styled 'Mr.'");
  }

  @Test
  void groupsAreCountedOrOfTheirOwn() {
    AnalyzedDocument three = run("Foreign Minister Ana Ruiz, Defence Minister Marek Nowak and Interior Minister Lars Berg met "
        + "President Karl Weber in Warsaw. The three ministers condemned the sabotage of the railway. "
        + "The civil society leaders discussed the protection of journalists.");
    assertEquals(Set.of("Ana Ruiz", "Marek Nowak", "Lars Berg"), speakers(three, cue(three, "condemned")), "as many as counted");
    assertEquals(Set.of("civil society leaders"), speakers(three, cue(three, "discussed")), "a group of its own, not the participants");
  }

  @Test
  void namesWithSuffixesAndStyles() {
    AnalyzedDocument doc = run("President Thomas R. Hale, Jr. spoke today with Prime Minister Ana Ruiz. "
        + "The two leaders discussed trade. "
        + "His Highness Sheikh Khalid bin Saeed received H.E. Mr. Omar Haddad in Abu Dhabi. "
        + "His Highness welcomed the visit.");
    assertTrue(doc.actors().stream().noneMatch(a -> a.name().startsWith("Jr")), () -> "no 'Jr.' actor: " + doc.actors());
    assertEquals(Set.of("Thomas R. Hale", "Ana Ruiz"), speakers(doc, cue(doc, "discussed")));
    assertEquals(Set.of("Khalid bin Saeed"), speakers(doc, cue(doc, "welcomed")));
  }

  @Test
  void aNationalTitleIsTheIssuingStatesOwnMinister() {
    AnalyzedDocument issued = SharedPipeline.get().analyze("t",
        "Minister of Foreign Affairs Paulo Souza met Minister Anil Rao of India in Brasilia. "
            + "The Brazilian Chancellor informed his counterpart about the preparations for the summit.",
        java.util.Map.of("issuer", "Ministry of Foreign Affairs of Brazil"));
    assertEquals(Set.of("Paulo Souza"), speakers(issued, cue(issued, "informed")), "the issuing state's own minister");
  }

  @Test
  void weIsTheGroupNamedBesideIt() {
    AnalyzedDocument joint = run("We, the leaders of Chile, Kenya and Norway, met today in Oslo. We condemn the attack on the port of Mombasa.");
    Actor leaders = joint.actor(cue(joint, "condemn").speakers().get(0)).orElseThrow();
    assertTrue(leaders.aliases().contains("leaders of Chile, Kenya and Norway"), () -> leaders.toString());
  }

  @Test
  void aPressStatementsWeIsItsState() {
    AnalyzedDocument statement = run("The United States strongly condemns the launch of a ballistic missile. "
        + "Secretary Pavel Horak spoke with Minister Erik Lund and Minister Karl Berg.\n"
        + "The United States calls on all states to implement the sanctions. We call on the regime to return to talks.");
    assertEquals(Set.of("United States"), speakers(statement, cue(statement, "call on")), "a press statement's 'we' is its state");
  }

  @Test
  void aSpokespersonsWeIsTheirState() {
    AnalyzedDocument briefing = run("Reporter: What is your comment on the agreement?\n"
        + "Ana Lee: China welcomes the agreement between the two countries. We urge all parties to implement it in good faith.");
    assertEquals(Set.of("China"), speakers(briefing, cue(briefing, "urge")));
  }

  @Test
  void aLightNounGivesWayToWhatItIsAbout() {
    AnalyzedDocument doc = run("President Anna Berg emphasized the importance of strengthening the alliance. "
        + "She underscored the role of NATO in deterrence.");
    assertEquals("the alliance", cue(doc, "emphasized").target().text(), "what is to be strengthened");
    assertEquals("NATO", cue(doc, "underscored").target().text());
  }

  @Test
  void offsetsPointIntoTheText() {
    AnalyzedDocument doc = run(MEETING);
    assertTrue(doc.entities().size() >= 8 && doc.mentions().size() >= 8 && doc.statements().size() >= 8,
        () -> "entities, mentions and statements to check: " + doc.entities().size() + ", " + doc.mentions().size() + ", " + describe(doc));
    for (EntityMention e : doc.entities()) {
      assertEquals(e.text(), MEETING.substring(e.begin(), e.end()));
    }
    for (var m : doc.mentions()) {
      assertEquals(m.text(), MEETING.substring(m.begin(), m.end()));
    }
    for (Statement s : doc.statements()) {
      assertEquals(s.cue().text(), MEETING.substring(s.cue().begin(), s.cue().end()));
      assertEquals(s.content().text(), MEETING.substring(s.content().begin(), s.content().end()));
    }
  }

  @Test
  void theOrderOfSievesAndRulesIsRecordedAndOneCanBeLeftOut() {
    Pipeline p = SharedPipeline.get();
    assertEquals("name,title-around-name,title-alone,discourse,style-alone,first-person,we,they,he-she,counted-group,collective,own-team,"
        + "short-organisation,role-of-state,unnamed-subject,known-person,issuer-principal", p.models().get("actors.sieves"));
    assertEquals("infinitive-host,subject-of-cue,passive-agent,coordinated-cue,participle-cue,nested-by", p.models().get("attribution.rules"));
    Pipeline without = p.ablating("he-she");
    assertEquals("he-she", without.models().get("ablated"));
    assertTrue(!without.models().get("actors.sieves").contains("he-she"));
    AnalyzedDocument doc = without.analyze("t", MEETING);
    assertEquals(Set.of("Maria Costa"), speakers(doc, cue(doc, "endorsed")), "a name needs no pronoun sieve");
    assertTrue(doc.statements().stream().noneMatch(s -> s.cue().text().equals("thanked")), "'She also thanked' has no speaker");
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> p.ablating("no-such-sieve"));
  }

  @Test
  void everyMentionAndStatementRecordsItsRule() {
    AnalyzedDocument doc = run(MEETING);
    assertTrue(doc.mentions().stream().allMatch(m -> m.rule() != null && dev.readout.model.Rule.byId(m.rule()).isPresent()), doc.mentions().toString());
    Statement said = doc.statements().stream().filter(s -> s.cue().text().equals("said")).findFirst().orElseThrow();
    assertEquals("coordinated-cue>subject-of-cue", said.chain());
    assertEquals(List.of("name:person"), said.speakerRules());
    Statement thanked = cue(doc, "thanked");
    assertEquals(List.of("he-she:previous-subject"), thanked.speakerRules(), "'She also thanked ...'");
  }
}
