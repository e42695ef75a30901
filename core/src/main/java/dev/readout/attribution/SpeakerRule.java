package dev.readout.attribution;

import dev.readout.model.Sentence;

/**
 * One named rule of speaker attribution. {@link RuleSpeakerAttributor} tries its rules in order on a cue; the
 * first that applies decides (a speaker, or none), and a rule may ask for the speaker of another word, which
 * starts the chain again there. Stateless and thread-safe.
 */
interface SpeakerRule {
  /** The rule's name: its class's name in lower case with hyphens, without "Rule" ("passive-agent"). */
  default String name() {
    String simple = getClass().getSimpleName().replaceFirst("Rule$", "");
    return simple.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
  }

  /** Whether the rule applies to the cue headed at {@code head}, and whom it finds. */
  Verdict apply(Attribution a, Sentence s, int head, int depth);

  /** A rule's answer: it does not apply, or it does and finds this speaker (null: nobody). */
  record Verdict(boolean applies, Speaker speaker) {
    static final Verdict PASS = new Verdict(false, null);
    static final Verdict NONE = new Verdict(true, null);

    static Verdict of(Speaker s) {
      return new Verdict(true, s);
    }
  }
}
