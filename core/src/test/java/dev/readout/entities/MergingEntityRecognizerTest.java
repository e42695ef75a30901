package dev.readout.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.readout.lexicon.Lexicon;
import dev.readout.model.EntityMention;
import dev.readout.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The merge of a statistical tagger's spans (given here as a tagger gave them) with the gazetteer's. */
class MergingEntityRecognizerTest {
  private static final Lexicon LEXICON = Lexicon.loadDefault();

  private static List<String> persons(String text, String... taggedPersons) {
    EntityRecognizer tagger = (t, sentences) -> {
      List<EntityMention> out = new java.util.ArrayList<>();
      for (String p : taggedPersons) {
        int at = t.indexOf(p);
        out.add(new EntityMention(at, at + p.length(), p, EntityType.PERSON, null, null, "tagger"));
      }
      return out;
    };
    MergingEntityRecognizer merge = new MergingEntityRecognizer(tagger, new GazetteerEntityRecognizer(LEXICON.gazetteer()), LEXICON.gazetteer());
    return merge.recognize(text, List.of()).stream().filter(e -> e.type() == EntityType.PERSON).map(EntityMention::text).toList();
  }

  @Test
  void aGreetingTakenForAPersonIsDropped() {
    assertEquals(List.of("Raveesh Kumar"), persons("Namaskar. Good evening. I am Raveesh Kumar.", "Namaskar", "Good evening", "Raveesh Kumar"));
  }

  @Test
  void aNameThatBeginsLikeAGreetingStays() {
    assertEquals(List.of("Salam Fayyad"), persons("Prime Minister Salam Fayyad spoke.", "Salam Fayyad"));
  }

  @Test
  void anHonorificIsTrimmedOffAPersonsName() {
    assertEquals(List.of("Ana Lima"), persons("Mrs. Ana Lima spoke.", "Mrs. Ana Lima"));
  }
}
