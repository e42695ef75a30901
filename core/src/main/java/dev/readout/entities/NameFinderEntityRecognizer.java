package dev.readout.entities;

import dev.readout.lexicon.ModelLoadException;
import dev.readout.model.EntityMention;
import dev.readout.model.EntityType;
import dev.readout.model.Sentence;
import dev.readout.model.Token;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/**
 * Person and organisation names from an Apache OpenNLP name finder trained on the gold corpus (see
 * {@code readout train ner}); the fast profile's statistical entity recognizer. Thread-safe: the model is
 * shared, the finder (which keeps adaptive state) is one per thread and cleared for every document.
 */
public final class NameFinderEntityRecognizer implements EntityRecognizer {
  public static final String DEFAULT_RESOURCE = "dev/readout/models/ner/en/default/names.bin";

  private final TokenNameFinderModel model;
  private final ThreadLocal<NameFinderME> finder;

  public NameFinderEntityRecognizer(TokenNameFinderModel model) {
    this.model = model;
    this.finder = ThreadLocal.withInitial(() -> new NameFinderME(this.model));
  }

  /** The name finder shipped in readout-models, or empty when none is shipped. */
  public static Optional<TokenNameFinderModel> loadDefault() {
    InputStream in = NameFinderEntityRecognizer.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE);
    if (in == null) {
      return Optional.empty();
    }
    try (in) {
      return Optional.of(new TokenNameFinderModel(in));
    } catch (IOException e) {
      throw new ModelLoadException(DEFAULT_RESOURCE + ": cannot be read: " + e.getMessage(), e);
    }
  }

  @Override
  public List<EntityMention> recognize(String text, List<Sentence> sentences) {
    NameFinderME f = finder.get();
    f.clearAdaptiveData();
    List<EntityMention> out = new ArrayList<>();
    for (Sentence s : sentences) {
      List<Token> toks = s.tokens();
      if (toks.isEmpty()) {
        continue;
      }
      String[] words = toks.stream().map(Token::text).toArray(String[]::new);
      for (Span sp : f.find(words)) {
        EntityType type = switch (sp.getType()) {
          case "PERSON" -> EntityType.PERSON;
          case "ORGANIZATION" -> EntityType.ORGANIZATION;
          default -> null;
        };
        if (type == null) {
          continue;
        }
        int b = toks.get(sp.getStart()).begin();
        int e = toks.get(sp.getEnd() - 1).end();
        out.add(new EntityMention(b, e, text.substring(b, e), type, null, null, "namefinder"));
      }
    }
    return out;
  }
}
