package dev.readout.attribution;

import dev.readout.model.Dependencies;
import dev.readout.model.Rule;
import dev.readout.model.Sentence;
import dev.readout.model.Token;

/**
 * A cue coordinated with another shares its speaker: "Minister Tanaka welcomed the visit and said ties would
 * deepen." The parser may hang the second cue on any word of the first one's clause, so the speaker is that of the
 * nearest cue above that has one, else of the nearest verb; after "X held a meeting with Y and discussed ..." a
 * cue done together has both speak. Runs after the rules that read the cue's own subject or agent.
 */
final class CoordinatedCueRule implements SpeakerRule {
  private static final String RULE = Rule.COORDINATED_CUE.id();

  @Override
  public Verdict apply(Attribution a, Sentence s, int head, int depth) {
    Token h = s.token(head);
    if (h.head() < 0 || !h.relation().equals("conj")) {
      return Verdict.PASS;
    }
    for (int up : Dependencies.upFrom(s, h.head())) {
      if (a.isCue(up)) {
        Speaker found = a.speaker(s, up, depth + 1);
        if (found != null) {
          return Verdict.of(found.under(RULE)); // a cue above without a speaker is no coordinator
        }
      }
    }
    for (int up : Dependencies.upFrom(s, h.head())) {
      Token u = s.token(up);
      if (u.isVerb() || u.pos().startsWith("JJ")) {
        Speaker found = a.speaker(s, up, depth + 1);
        if (found != null) {
          // "X held a meeting with Y ... and discussed ...": both discussed
          Speaker coordinated = found.under(RULE);
          return Verdict.of(a.lexicon.isReciprocalCue(h.lemma()) ? a.withMeetingPartners(s, up, coordinated) : coordinated);
        }
      }
    }
    return Verdict.NONE;
  }
}
