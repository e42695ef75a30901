package dev.readout.attribution;

import dev.readout.model.Rule;
import dev.readout.model.Sentence;
import dev.readout.model.Token;
import java.util.HashSet;
import java.util.Set;

/**
 * The cue's subject speaks: "Minister Tanaka welcomed the decision." For a cue done together ("shared-cues.txt":
 * "We discussed with President Zelenskyy how to ...") whom it is done with speaks too. Runs after {@link
 * InfinitiveHostRule} (an infinitive's subject is often a misparse) and before the rules for cues without a subject.
 */
final class SubjectOfCueRule implements SpeakerRule {
  private static final String RULE = Rule.SUBJECT_OF_CUE.id();

  @Override
  public Verdict apply(Attribution a, Sentence s, int head, int depth) {
    var subj = s.tokens().stream().filter(t -> t.head() == head && t.relation().equals("nsubj")).findFirst();
    if (subj.isEmpty()) {
      return Verdict.PASS;
    }
    Refs ids = a.actorsFor(s, subj.get().index());
    if (ids.isEmpty()) {
      return Verdict.NONE;
    }
    Speaker found = lessObject(a, s, head, new Speaker(ids, depth == 0 ? RULE : null, RULE));
    return Verdict.of(a.lexicon.isSharedCue(s.token(head).lemma()) ? a.withPartners(s, head, found, false) : found);
  }

  /**
   * "In each case the leaders congratulated the Taoiseach": a group subject that takes in the cue's own object (the
   * participants, the Taoiseach among them) leaves the object out. A modifier ({@code +less-object}) of this rule,
   * before a shared cue's partners are added, who are meant to be both subject and partner.
   */
  static Speaker lessObject(Attribution a, Sentence s, int head, Speaker sp) {
    if (sp.refs().size() < 2) {
      return sp;
    }
    Set<String> object = new HashSet<>();
    for (Token c : s.children(head)) {
      if (c.relation().equals("obj")) {
        a.doc.mentions().stream().filter(m -> m.sentence() == s.index() && m.head() == c.index()).forEach(m -> object.addAll(m.actors()));
      }
    }
    Refs rest = sp.refs().without(object);
    return rest.isEmpty() || rest.size() == sp.refs().size() ? sp : new Speaker(rest, sp.rule(), sp.chain() + "+" + Rule.LESS_OBJECT.id());
  }

  /**
   * "The Chair is deeply troubled by ...", "X was clear that ...": an adjective cue's subject, passive or not, speaks;
   * a second adjective ("is appalled and deeply saddened") has the first one's.
   */
  static Speaker experiencer(Attribution a, Sentence s, int head) {
    var subj = s.tokens().stream().filter(t -> t.head() == head && (t.relation().equals("nsubj") || t.relation().equals("nsubj:pass"))).findFirst();
    if (subj.isEmpty() && s.token(head).relation().equals("conj") && s.token(head).head() >= 0) {
      return experiencer(a, s, s.token(head).head()); // "X is appalled and deeply saddened by ...": the first adjective's subject
    }
    if (subj.isEmpty()) {
      return a.speaker(s, head, 0);
    }
    Refs ids = a.actorsFor(s, subj.get().index());
    return ids.isEmpty() ? null : new Speaker(ids, "subject-of-cue", "subject-of-cue");
  }
}
