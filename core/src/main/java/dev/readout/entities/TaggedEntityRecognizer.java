package dev.readout.entities;

import dev.readout.lexicon.Gazetteer;
import dev.readout.model.EntityMention;
import dev.readout.model.EntityType;
import dev.readout.model.Sentence;
import dev.readout.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Entities from the statistical tags the token analyzer put on each token (CoreNLP's CRF models):
 * runs of the same tag become one mention, mapped to our {@link EntityType}. Thread-safe.
 */
public final class TaggedEntityRecognizer implements EntityRecognizer {
  private static final Map<String, EntityType> TYPES =
      Map.of(
          "PERSON", EntityType.PERSON,
          "ORGANIZATION", EntityType.ORGANIZATION,
          "LOCATION", EntityType.LOCATION,
          "MISC", EntityType.MISC,
          "DATE", EntityType.DATE,
          "TIME", EntityType.TIME);

  private final Gazetteer gazetteer;

  public TaggedEntityRecognizer(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  @Override
  public List<EntityMention> recognize(String text, List<Sentence> sentences) {
    List<EntityMention> out = new ArrayList<>();
    for (Sentence s : sentences) {
      List<Token> toks = s.tokens();
      int i = 0;
      while (i < toks.size()) {
        String tag = toks.get(i).ner();
        EntityType type = TYPES.get(tag);
        int j = i + 1;
        while (j < toks.size() && (toks.get(j).ner().equals(tag)
            || !tag.equals("O") && j + 1 < toks.size() && GazetteerEntityRecognizer.isGluedHyphen(toks, j) && toks.get(j + 1).ner().equals(tag))) {
          j++;
        }
        if (type != null) {
          int b = toks.get(i).begin();
          int e = toks.get(j - 1).end();
          String surface = text.substring(b, e);
          EntityType mapped = type;
          String canonical = null;
          var known = gazetteer.lookup(surface);
          if (known.isPresent() && (type == EntityType.LOCATION || type == EntityType.MISC)) {
            mapped = known.get().type();
            canonical = known.get().canonical();
          }
          out.add(new EntityMention(b, e, surface, mapped, canonical, null, "corenlp"));
        }
        i = j;
      }
    }
    return out;
  }
}
