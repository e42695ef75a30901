package dev.readout.eval;

import dev.readout.model.EntityType;
import java.util.List;
import java.util.Map;

/**
 * Every figure of one evaluation, with what it was measured on.
 *
 * @param split the split evaluated ("dev", "test", "all", or "anchored" for a gold set without one)
 * @param corpusHash SHA-256 of the gold files
 * @param models ids and versions of the models and lexicons used
 * @param commit the project's git commit, or "unknown"
 * @param sentences sentence-boundary counts (sentence ends), null when gold has no sentences
 * @param entities exact-span entity counts, all types together; null when gold has no entity offsets
 * @param entitiesByType exact-span counts per type
 * @param entitiesLenient overlap-and-type counts (one to one)
 * @param contentF1 mean token-overlap F1 of content on matched statements with gold content, or NaN
 * @param errors one line per error, by document
 */
public record EvaluationReport(
    String split,
    int documents,
    String corpusHash,
    Map<String, String> models,
    String commit,
    Counts sentences,
    Counts entities,
    Map<EntityType, Counts> entitiesByType,
    Counts entitiesLenient,
    StatementScore statements,
    double contentF1,
    List<String> errors) {}
