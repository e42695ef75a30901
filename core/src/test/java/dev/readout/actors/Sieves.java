package dev.readout.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.readout.lexicon.Lexicon;
import dev.readout.model.ActorMention;
import dev.readout.model.AnalyzedDocument;
import java.util.List;
import java.util.Optional;

/** Runs actor resolution on hand-built documents, with every sieve or without one, and finds what it made. */
final class Sieves {
  static final Lexicon LEXICON = Lexicon.loadDefault();
  static final RuleActorResolver ALL = new RuleActorResolver(LEXICON);

  private Sieves() {}

  static AnalyzedDocument resolve(AnalyzedDocument doc) {
    return ALL.resolve(doc);
  }

  static AnalyzedDocument without(String sieve, AnalyzedDocument doc) {
    return ALL.without(sieve).resolve(doc);
  }

  /** The last mention whose text is exactly {@code text}. */
  static Optional<ActorMention> mention(AnalyzedDocument doc, String text) {
    ActorMention found = null;
    for (ActorMention m : doc.mentions()) {
      if (m.text().equals(text)) {
        found = m;
      }
    }
    return Optional.ofNullable(found);
  }

  /** The names of the actors of the last mention reading {@code text}, and the rule that made it. */
  static String resolved(AnalyzedDocument doc, String text) {
    ActorMention m = mention(doc, text).orElseThrow(() -> new AssertionError("no mention '" + text + "' in " + doc.mentions()));
    return names(doc, m.actors()) + " by " + m.rule();
  }

  static List<String> names(AnalyzedDocument doc, List<String> ids) {
    return ids.stream().map(id -> doc.actor(id).orElseThrow().name()).toList();
  }

  static void assertResolved(String expected, AnalyzedDocument doc, String text) {
    assertEquals(expected, resolved(doc, text));
  }
}
