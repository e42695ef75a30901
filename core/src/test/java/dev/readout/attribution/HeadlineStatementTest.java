package dev.readout.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readout.model.AnalyzedDocument;
import dev.readout.model.EntityType;
import dev.readout.model.Parsed;
import org.junit.jupiter.api.Test;

/** A heading that reports is a statement whose speaker the heading names before its cue. */
class HeadlineStatementTest {
  private static final String BODY = "Lima/NNP/2/nsubj spoke/VBD/0/root/speak ././2/punct";

  @Test
  void aHeadingWithACueInThePresentIsAStatement() {
    AnalyzedDocument doc = new Parsed()
        .heading("Ruritania/NNP/2/nsubj condemns/VBZ/0/root/condemn missile/NN/4/compound test/NN/2/obj")
        .sentence(BODY)
        .entity("Ruritania", EntityType.GPE).entity("Lima", EntityType.PERSON)
        .doc();
    assertEquals("[Ruritania] by subject-of-cue via [name:state]", Attributions.spoken(Attributions.attribute(doc), "condemns"));
  }

  @Test
  void theSpeakerIsNamedAfterTheHeadingsLastSeparator() {
    AnalyzedDocument doc = new Parsed()
        .heading("Minister/NNP/2/compound Lima/NNP/4/compound -/:/4/punct Ruritania/NNP/5/nsubj condemns/VBZ/0/root/condemn attack/NN/5/obj")
        .sentence(BODY)
        .entity("Ruritania", EntityType.GPE).entity("Lima", EntityType.PERSON)
        .doc();
    assertEquals("[Ruritania] by subject-of-cue via [name:state]", Attributions.spoken(Attributions.attribute(doc), "condemns"));
  }

  @Test
  void aHeadingWithoutASubjectOrWithAGerundIsNoStatement() {
    AnalyzedDocument doc = new Parsed()
        .heading("Agrees/VBZ/0/root/agree on/IN/3/case need/NN/1/obl")
        .heading("Working/VBG/0/root/work to/TO/3/mark condemn/VB/1/xcomp/condemn violence/NN/3/obj")
        .sentence(BODY)
        .entity("Lima", EntityType.PERSON)
        .doc();
    assertTrue(Attributions.attribute(doc).statements().isEmpty(), () -> Attributions.attribute(doc).statements().toString());
  }
}
