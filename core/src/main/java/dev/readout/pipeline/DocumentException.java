package dev.readout.pipeline;

/** One document could not be analysed; the message names the document and the problem. */
public class DocumentException extends RuntimeException {
  private final String documentId;

  public DocumentException(String documentId, String message, Throwable cause) {
    super(documentId + ": " + message, cause);
    this.documentId = documentId;
  }

  public String documentId() {
    return documentId;
  }
}
