package dev.readout.stance;

import dev.readout.model.Stance;
import dev.readout.model.Target;
import java.util.Objects;

/**
 * A stance with its confidence in [0,1], the target it is held toward, and why.
 *
 * @param evidence a short human-readable reason ("cue welcome", "object concern", "content +1.4/-0.3")
 */
public record StanceDecision(Stance stance, double confidence, Target target, String evidence) {
  public StanceDecision {
    Objects.requireNonNull(stance, "stance");
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence outside [0,1]");
    }
  }
}
