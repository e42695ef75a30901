package dev.readout.stance;

import dev.readout.model.AnalyzedDocument;
import dev.readout.model.Statement;

/** Decides a statement's stance and target. Implementations are stateless and thread-safe. */
public interface StanceClassifier {
  StanceDecision classify(Statement statement, AnalyzedDocument document);
}
