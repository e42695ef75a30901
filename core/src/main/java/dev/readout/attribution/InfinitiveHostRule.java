package dev.readout.attribution;

import dev.readout.model.Dependencies;
import dev.readout.model.Rule;
import dev.readout.model.Sentence;
import dev.readout.model.Token;
import java.util.List;

/**
 * A bare "to"-infinitive cue belongs to the verb above it, whatever the parser took for its subject: "The
 * President convened a call with A and B to discuss the crisis." (the parser makes B the subject of "discuss"); a
 * meeting verb's partners speak too ("spoke with Y to discuss"). Runs before {@link SubjectOfCueRule}, which would
 * take that subject.
 */
final class InfinitiveHostRule implements SpeakerRule {
  private static final String RULE = Rule.INFINITIVE_HOST.id();

  @Override
  public Verdict apply(Attribution a, Sentence s, int head, int depth) {
    if (!isInfinitiveWithoutFor(s, head)) {
      return Verdict.PASS; // the cheap test first: every verbal cue comes here
    }
    var subj = s.tokens().stream().filter(t -> t.head() == head && t.relation().equals("nsubj")).findFirst();
    if (subj.isEmpty()) {
      return Verdict.PASS;
    }
    for (int up : Dependencies.upFrom(s, s.token(head).head())) {
      if (!s.token(up).isVerb()) {
        continue;
      }
      Speaker found = a.speaker(s, up, depth + 1);
      Speaker host = found == null ? null : found.under("participle-cue", RULE);
      if (host == null || !a.lexicon.isMeetingVerb(s.token(up).lemma())) {
        return Verdict.of(host);
      }
      // "spoke with [Y to discuss]": the supposed subject is the meeting partner
      Refs ids = new Refs();
      ids.addAll(a.withMeetingPartners(s, up, host).refs());
      ids.addAll(a.actorsFor(s, subj.get().index()));
      return Verdict.of(ids.size() == host.refs().size() ? host : host.withPartners(ids));
    }
    return Verdict.PASS;
  }

  /** A bare "to"-infinitive ("to discuss"), not "for X to discuss". */
  static boolean isInfinitiveWithoutFor(Sentence s, int head) {
    if (!s.token(head).pos().equals("VB")) {
      return false;
    }
    List<Token> marks = s.children(head).stream().filter(c -> c.relation().equals("mark")).toList();
    return marks.stream().anyMatch(m -> m.text().equalsIgnoreCase("to"))
        && marks.stream().noneMatch(m -> m.text().equalsIgnoreCase("for"));
  }
}
