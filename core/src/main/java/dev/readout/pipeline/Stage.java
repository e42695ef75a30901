package dev.readout.pipeline;

import dev.readout.model.AnalyzedDocument;

/**
 * One step of the pipeline: takes the document built so far and returns an enriched copy.
 * Implementations are stateless and thread-safe.
 */
@FunctionalInterface
public interface Stage {
  AnalyzedDocument apply(AnalyzedDocument document);
}
