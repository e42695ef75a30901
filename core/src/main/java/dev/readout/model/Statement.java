package dev.readout.model;

import java.util.List;
import java.util.Objects;

/**
 * One communicative act: who said what, with which cue, about what, with which stance.
 *
 * @param sentence index of the sentence holding the cue
 * @param speakers actor ids; several for a joint statement
 * @param confidence the stance classifier's confidence in [0,1]
 * @param rule the attribution rule that produced the statement
 */
public record Statement(
    String id,
    int sentence,
    List<String> speakers,
    Cue cue,
    TextSpan content,
    Mode mode,
    Stance stance,
    double confidence,
    Target target,
    String section,
    String rule) {
  public Statement {
    Objects.requireNonNull(id, "id");
    speakers = List.copyOf(speakers);
    Objects.requireNonNull(cue, "cue");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(rule, "rule");
    if (!(confidence >= 0.0 && confidence <= 1.0)) {
      throw new IllegalArgumentException("confidence outside [0,1]: " + confidence);
    }
  }

  public Statement withStance(Stance newStance, double newConfidence, Target newTarget) {
    return new Statement(
        id, sentence, speakers, cue, content, mode, newStance, newConfidence, newTarget, section, rule);
  }
}
