package dev.readout.attribution;

import dev.readout.model.Dependencies;
import dev.readout.model.Rule;
import dev.readout.model.Sentence;
import dev.readout.model.Token;

/**
 * A participle or infinitive cue shares its governor's speaker: "The leaders discussed trade, underscoring the
 * value of open markets." The participle belongs to the nearest reporting verb above it, wherever the parser hung
 * it, or to the reporting verb of a quotation ("'...,' Macron said, adding that ..."); a meeting verb's partners
 * speak too. "agreed to support" is one statement, the governor's. Runs after {@link CoordinatedCueRule}.
 */
final class ParticipleCueRule implements SpeakerRule {
  private static final String RULE = Rule.PARTICIPLE_CUE.id();

  @Override
  public Verdict apply(Attribution a, Sentence s, int head, int depth) {
    Token h = s.token(head);
    int gov = h.head();
    String rel = h.relation().equals("dep") && h.pos().equals("VBG") ? "advcl" : h.relation(); // '..., Dr. Jaishankar said, adding that ...'
    if (gov < 0 || !rel.equals("advcl") && !rel.equals("xcomp")) {
      return Verdict.PASS;
    }
    if (rel.equals("xcomp") && a.isCue(gov)) {
      return Verdict.NONE; // "agreed to support": the governor is the statement
    }
    if (rel.equals("advcl") && !h.pos().equals("VBG")) {
      return Verdict.NONE;
    }
    if (rel.equals("advcl")) {
      for (int up : Dependencies.upFrom(s, gov)) {
        if (a.isCue(up)) {
          Speaker found = a.speaker(s, up, depth + 1);
          if (found != null) {
            return Verdict.of(found.under(RULE));
          }
        }
      }
      // the parser makes the quote the root and hangs the reporting verb on it: the participle goes with that verb
      for (Token c : s.children(gov)) {
        if (c.relation().equals("parataxis") && c.index() < head && a.isCue(c.index())) {
          Speaker found = a.speaker(s, c.index(), depth + 1);
          if (found != null) {
            return Verdict.of(found.under(RULE));
          }
        }
      }
    }
    Speaker found = a.speaker(s, gov, depth + 1);
    return found == null ? Verdict.NONE : Verdict.of(a.withMeetingPartners(s, gov, found.under(RULE)));
  }
}
