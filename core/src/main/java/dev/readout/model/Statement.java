package dev.readout.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;

/**
 * One communicative act: who said what, with which cue, about what, with which stance.
 *
 * @param sentence index of the sentence holding the cue
 * @param speakers actor ids; several for a joint statement
 * @param confidence the stance classifier's confidence in [0,1]
 * @param rule the attribution rule that decided the speakers, as readout/1 has always recorded it ("coordinated-cue");
 *     "gold" in gold
 * @param chain every attribution rule on the way from the cue to its speakers, outermost first, joined by ">", with
 *     modifiers after "+" ("coordinated-cue>subject-of-cue+meeting-partners"); null where not recorded
 * @param speakerRules for each speaker, the rule of the mention it was found through ("he-she:previous-subject");
 *     empty where not recorded
 * @param optional in gold, a statement a system is neither rewarded nor penalised for (nested, impersonal)
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
    String rule,
    @JsonInclude(JsonInclude.Include.NON_NULL) String chain,
    @JsonProperty("speaker_rules") @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> speakerRules,
    @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean optional) {
  public Statement {
    Objects.requireNonNull(id, "id");
    speakers = List.copyOf(speakers);
    Objects.requireNonNull(cue, "cue");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(rule, "rule");
    speakerRules = speakerRules == null ? List.of() : List.copyOf(speakerRules);
    if (!(confidence >= 0.0 && confidence <= 1.0)) {
      throw new IllegalArgumentException("confidence outside [0,1]: " + confidence);
    }
  }

  /** A statement that records no chain (hand-made, or read from an older file). */
  public Statement(String id, int sentence, List<String> speakers, Cue cue, TextSpan content, Mode mode, Stance stance,
      double confidence, Target target, String section, String rule) {
    this(id, sentence, speakers, cue, content, mode, stance, confidence, target, section, rule, null, List.of(), false);
  }

  public Statement withStance(Stance newStance, double newConfidence, Target newTarget) {
    return new Statement(
        id, sentence, speakers, cue, content, mode, newStance, newConfidence, newTarget, section, rule, chain, speakerRules, optional);
  }

  /** The same statement under another id. */
  public Statement withId(String newId) {
    return new Statement(newId, sentence, speakers, cue, content, mode, stance, confidence, target, section, rule, chain, speakerRules, optional);
  }
}
