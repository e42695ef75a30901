package dev.readout.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A document and everything the pipeline found in it. Immutable; each stage returns a new one.
 *
 * @param meta fields that came with the input (date, title, url, issuer ...)
 * @param warnings what the pipeline did differently on parts of the text (a long sentence cut into pieces)
 */
@JsonPropertyOrder({"schema", "id", "meta", "text", "sentences", "entities", "actors", "mentions", "statements", "warnings"})
public record AnalyzedDocument(
    String schema,
    String id,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Object> meta,
    String text,
    List<Sentence> sentences,
    List<EntityMention> entities,
    List<Actor> actors,
    List<ActorMention> mentions,
    List<Statement> statements,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Warning> warnings) {
  public static final String SCHEMA = "readout/1";

  public AnalyzedDocument {
    schema = schema == null ? SCHEMA : schema;
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    meta = meta == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(meta));
    sentences = sentences == null ? List.of() : List.copyOf(sentences);
    entities = entities == null ? List.of() : List.copyOf(entities);
    actors = actors == null ? List.of() : List.copyOf(actors);
    mentions = mentions == null ? List.of() : List.copyOf(mentions);
    statements = statements == null ? List.of() : List.copyOf(statements);
    warnings = warnings == null ? List.of() : List.copyOf(warnings);
  }

  /** A document without warnings (gold files, other systems' output). */
  public AnalyzedDocument(String schema, String id, Map<String, Object> meta, String text, List<Sentence> sentences,
      List<EntityMention> entities, List<Actor> actors, List<ActorMention> mentions, List<Statement> statements) {
    this(schema, id, meta, text, sentences, entities, actors, mentions, statements, null);
  }

  /** A fresh document with nothing found yet. */
  public static AnalyzedDocument of(String id, String text, Map<String, Object> meta) {
    return new AnalyzedDocument(SCHEMA, id, meta, text, null, null, null, null, null, null);
  }

  public AnalyzedDocument withSentences(List<Sentence> value) {
    return new AnalyzedDocument(schema, id, meta, text, value, entities, actors, mentions, statements, warnings);
  }

  public AnalyzedDocument withEntities(List<EntityMention> value) {
    return new AnalyzedDocument(schema, id, meta, text, sentences, value, actors, mentions, statements, warnings);
  }

  public AnalyzedDocument withActors(
      List<Actor> value, List<EntityMention> linkedEntities, List<ActorMention> actorMentions) {
    return new AnalyzedDocument(
        schema, id, meta, text, sentences, linkedEntities, value, actorMentions, statements, warnings);
  }

  public AnalyzedDocument withStatements(List<Statement> value) {
    return new AnalyzedDocument(schema, id, meta, text, sentences, entities, actors, mentions, value, warnings);
  }

  public AnalyzedDocument withWarnings(List<Warning> value) {
    return new AnalyzedDocument(schema, id, meta, text, sentences, entities, actors, mentions, statements, value);
  }

  /** The same document without tokens: what is written as JSON unless tokens are asked for. */
  public AnalyzedDocument withoutTokens() {
    return withSentences(sentences.stream().map(s -> s.withTokens(List.of())).toList());
  }

  public Optional<Actor> actor(String actorId) {
    return actors.stream().filter(a -> a.id().equals(actorId)).findFirst();
  }
}
