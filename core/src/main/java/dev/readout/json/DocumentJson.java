package dev.readout.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.readout.model.AnalyzedDocument;

/**
 * The JSON form of documents, schema {@value AnalyzedDocument#SCHEMA}: one document per line. Thread-safe.
 */
public final class DocumentJson {
  private final ObjectMapper mapper;

  public DocumentJson() {
    this.mapper =
        new ObjectMapper()
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  }

  /** One line of JSON, without tokens. */
  public String write(AnalyzedDocument doc) {
    return write(doc, false);
  }

  /** One line of JSON; tokens (tags and dependency arcs) only when asked for. */
  public String write(AnalyzedDocument doc, boolean withTokens) {
    try {
      return mapper.writeValueAsString(withTokens ? doc : doc.withoutTokens());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write document " + doc.id() + ": " + e.getOriginalMessage(), e);
    }
  }

  /**
   * Reads one document.
   *
   * @throws IllegalArgumentException naming the problem when the JSON is not a readout document
   */
  public AnalyzedDocument read(String json) {
    try {
      AnalyzedDocument doc = mapper.readValue(json, AnalyzedDocument.class);
      if (!AnalyzedDocument.SCHEMA.equals(doc.schema())) {
        throw new IllegalArgumentException("unsupported schema '" + doc.schema() + "', expected " + AnalyzedDocument.SCHEMA);
      }
      return doc;
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not a readout document: " + e.getOriginalMessage(), e);
    }
  }

  public ObjectMapper mapper() {
    return mapper;
  }
}
