package dev.readout.actors;

import dev.readout.model.AnalyzedDocument;

/**
 * Groups entity mentions, titles, pronouns and group nouns into actors. Implementations are stateless
 * and thread-safe.
 */
public interface ActorResolver {
  /** The document with its actors, its entities linked to them, and every mention of an actor. */
  AnalyzedDocument resolve(AnalyzedDocument document);
}
