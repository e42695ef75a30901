package dev.readout.stance;

import dev.readout.model.ActorMention;
import dev.readout.model.Sentence;
import dev.readout.model.Target;
import dev.readout.model.Token;
import dev.readout.stance.ContentTokens.Phrase;
import dev.readout.stance.TargetLexicon.WordClass;
import java.util.Optional;
import java.util.Set;

/**
 * A call on an actor: "urged Russia to withdraw its forces", "called on Hamas to release the hostages" are about
 * the actor asked to stop or change (rule {@code call-addressee}, held OPPOSE); "called for an end to the
 * shelling of Kharkiv" is about what is to end ({@code call-to-stop}, OPPOSE). A call for a shared goal ("urged
 * all parties to return to dialogue" with a verb that is no stop verb) is about the goal ({@code call-goal}). Runs
 * first: the addressee sits before the content's verb, where no other frame looks.
 */
final class CallAddresseeFrame implements TargetFinder.Frame {
  static final String ADDRESSEE = "call-addressee";
  static final String TO_STOP = "call-to-stop";
  private static final Set<String> STOP_NOUNS = Set.of(
      "end", "halt", "cessation", "stop", "withdrawal", "restraint", "de-escalation", "deescalation", "moratorium", "suspension");

  private final TargetLexicon words;

  CallAddresseeFrame(TargetLexicon words) {
    this.words = words;
  }

  @Override
  public String name() {
    return "call";
  }

  @Override
  public Optional<Target> find(TargetContext c) {
    Sentence s = c.sentence();
    Token cue = s.tokenAt(c.statement().cue().begin()).orElse(null);
    if (cue == null || !words.is(WordClass.CALL_CUE, cue.lemma())) {
      return Optional.empty();
    }
    ContentTokens t = c.tokens();
    int base = t.at(0).index();
    // "called for an end to X", "called for restraint in X's use of force"
    Phrase first = t.chunkFrom(t.isWord(0, "for") ? 1 : 0);
    if (first != null && first.first() <= 1 && STOP_NOUNS.contains(t.lemma(first.head()))) {
      int after = first.coreEnd() + 1;
      if (t.isWord(after, "to", "of", "in", "on", "from", "by")) {
        Phrase inner = t.chunk(after + 1);
        if (inner != null) {
          return Optional.of(c.resolve(t.extend(inner), TO_STOP, 1));
        }
      }
    }
    // the infinitive: the first "to VB" in the content
    int to = -1;
    for (int i = 0; i + 1 < t.size(); i++) {
      if (t.isWord(i, "to") && (t.isVerbForm(i + 1) || t.isWord(i + 1, "immediately", "not", "fully") && t.isVerbForm(i + 2))) {
        to = i;
        break;
      }
      if (t.isFiniteVerb(i)) {
        break;
      }
    }
    if (to < 0) {
      return Optional.empty();
    }
    int verb = t.isVerbForm(to + 1) ? to + 1 : to + 2;
    boolean negated = t.isWord(to + 1, "not");
    ActorMention addressee = addressee(c, cue, base + to);
    boolean stop = negated || words.is(WordClass.STOP_VERB, t.lemma(verb)) && !(t.lemma(verb).equals("return") && t.isWord(verb + 1, "to"));
    if (addressee != null && stop) {
      String id = addressee.actors().get(0);
      String name = c.document().actor(id).map(a -> a.name()).orElse(addressee.text());
      return Optional.of(new Target(addressee.text(), id, addressee.span(), name.toLowerCase(java.util.Locale.ROOT), ADDRESSEE));
    }
    Phrase named = addressee == null ? t.chunkFrom(t.isWord(0, "on", "upon") ? 1 : 0) : null;
    boolean nounAddressee = named != null && named.last() < to && named.first() <= 1;
    if (nounAddressee && stop) {
      return Optional.of(c.build(t.extend(named), ADDRESSEE)); // "called on all parties in Myanmar to cease ..."
    }
    if (addressee != null || nounAddressee || to <= 1) {
      return TargetFinder.verbComplement(c, verb, "call-goal", 1);
    }
    return Optional.empty();
  }

  /** The one actor named between the cue and the infinitive ("urged [Russia] to", "called on [all parties] to"). */
  private static ActorMention addressee(TargetContext c, Token cue, int toIndex) {
    ActorMention best = null;
    for (ActorMention m : c.document().mentions()) {
      if (m.sentence() != c.statement().sentence() || m.actors().size() != 1 || c.isOwnSide(m.actors().get(0))) {
        continue;
      }
      int b = m.begin();
      if (b > cue.end() && m.end() <= c.sentence().token(toIndex).begin()) {
        best = m;
      }
    }
    return best;
  }
}
