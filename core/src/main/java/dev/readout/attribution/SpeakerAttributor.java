package dev.readout.attribution;

import dev.readout.model.AnalyzedDocument;

/**
 * Finds the statements of a document: one per reporting cue, with its speakers and content. Stance is
 * left NEUTRAL for the stance stage to decide. Implementations are stateless and thread-safe.
 */
public interface SpeakerAttributor {
  /** The document with its statements (and any actor first met as a speaker). */
  AnalyzedDocument attribute(AnalyzedDocument document);
}
