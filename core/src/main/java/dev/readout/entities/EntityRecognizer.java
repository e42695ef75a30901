package dev.readout.entities;

import dev.readout.model.EntityMention;
import dev.readout.model.Sentence;
import java.util.List;

/** Finds entity mentions in analysed sentences. Implementations are stateless and thread-safe. */
public interface EntityRecognizer {
  /** Mentions in text order, not overlapping one another. */
  List<EntityMention> recognize(String text, List<Sentence> sentences);
}
