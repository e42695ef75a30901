package dev.readout.attribution;

import dev.readout.model.Dependencies;
import dev.readout.model.Rule;
import dev.readout.model.Sentence;
import dev.readout.model.Token;

/**
 * A participle or infinitive cue shares its governor's speaker: "The leaders discussed trade, underscoring the
 * value of open markets." The participle belongs to the nearest reporting verb above it, wherever the parser hung
 * it, or to the reporting verb of a quotation ("'...,' Macron said, adding that ..."); a meeting verb's partners
 * speak too; a participle after a comma that the parser made a subject ("…, agreeing it was a provocation") belongs to
 * the main verb before the comma; a call's purpose ("X called Y to offer his condolences") is the caller's alone unless
 * it is done together ("to discuss"). "agreed to support" is one statement, the governor's. Runs after {@link CoordinatedCueRule}.
 */
final class ParticipleCueRule implements SpeakerRule {
  private static final String RULE = Rule.PARTICIPLE_CUE.id();

  @Override
  public Verdict apply(Attribution a, Sentence s, int head, int depth) {
    Token h = s.token(head);
    int gov = h.head();
    String rel = h.relation().equals("dep") && h.pos().equals("VBG") ? "advcl" : h.relation(); // '..., Dr. Jaishankar said, adding that ...'
    int root = clauseBeforeComma(s, h);
    if (root >= 0) {
      gov = root; // "They discussed the test, agreeing it was a provocation": the parser made "agreeing" a subject
      rel = "advcl";
    }
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
    if (found == null) {
      return Verdict.NONE;
    }
    if (s.token(gov).lemma().equalsIgnoreCase("call") && !a.lexicon.isReciprocalCue(h.lemma())) {
      return Verdict.of(found.under(RULE)); // "X called Y to offer his condolences": the caller's alone
    }
    return Verdict.of(a.withMeetingPartners(s, gov, found.under(RULE)));
  }

  /**
   * A participle after a comma that the parser made the subject of what follows ("…, agreeing it was a
   * provocation", "…, agreeing this would provide an opportunity") or a modifier of the noun before the comma ("spoke
   * with Prime Minister Roe, agreeing on the need to ..."): the main verb before the comma, which it belongs to; -1
   * otherwise.
   */
  static int clauseBeforeComma(Sentence s, Token h) {
    String rel = h.relation();
    boolean misread = rel.startsWith("csubj") || rel.equals("nsubj") || rel.equals("acl"); // "…, agreeing on the need": "acl" of the noun before
    if (!h.pos().equals("VBG") || !misread || h.index() == 0 || !s.token(h.index() - 1).text().equals(",")) {
      return -1;
    }
    for (Token t : s.tokens()) {
      if (t.head() < 0) {
        return t.index() < h.index() - 1 && t.isVerb() ? t.index() : -1;
      }
    }
    return -1;
  }
}
