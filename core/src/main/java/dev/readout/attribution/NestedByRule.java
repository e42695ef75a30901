package dev.readout.attribution;

import dev.readout.model.Rule;
import dev.readout.model.Sentence;
import dev.readout.model.Token;

/**
 * A cue participle on a noun that says whose it is: "NATO issued a statement by the Secretary General condemning
 * the launch." gives the Secretary General. Runs last of the verbal rules: it applies to no cue the others take.
 */
final class NestedByRule implements SpeakerRule {
  private static final String RULE = Rule.NESTED_BY.id();

  @Override
  public Verdict apply(Attribution a, Sentence s, int head, int depth) {
    Token h = s.token(head);
    int gov = h.head();
    if (gov < 0 || !h.relation().equals("acl") || !(h.pos().equals("VBG") || h.pos().equals("VBN"))) {
      return Verdict.PASS;
    }
    for (Token byPhrase : s.children(gov)) {
      if (byPhrase.relation().startsWith("nmod") && dev.readout.model.Dependencies.hasCase(s, byPhrase.index(), "by")) {
        Refs ids = a.actorsFor(s, byPhrase.index());
        return ids.isEmpty() ? Verdict.NONE : Verdict.of(new Speaker(ids, RULE, RULE));
      }
    }
    return Verdict.PASS;
  }
}
