package dev.readout.pipeline;

/** Which analysis backend a pipeline uses. */
public enum Profile {
  /** Stanford CoreNLP: tokens, tags, statistical NER and the neural dependency parser (GPL-3.0). */
  ACCURATE,
  /** Apache OpenNLP tokens and tags with a rule-based shallow parse; no CoreNLP class is loaded. */
  FAST
}
