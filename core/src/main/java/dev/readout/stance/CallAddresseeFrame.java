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

  /** Addressees that are everyone concerned, not a party singled out: "all parties", "both sides". */
  private static final Set<String> EVERYONE = Set.of("party", "side", "stakeholder", "actor", "state", "country");
  /** What everyone is asked to keep to or keep from, which the call is about ("respect the ceasefire"). */
  private static final Set<String> KEEP_TO = Set.of("respect", "comply", "abide", "adhere", "uphold", "honour", "honor", "refrain");
  /** Addressees a passive call is a demand of: "those responsible to be held to account". */
  private static final Set<String> WRONGDOERS = Set.of("those", "perpetrator", "responsible", "culprit", "attacker", "anyone");

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
    boolean passive = t.isWord(verb, "be") && verb + 1 < t.size() && t.at(verb + 1).pos().equals("VBN");
    ActorMention addressee = addressee(c, cue, base + to);
    Phrase named = addressee == null ? t.chunkFrom(t.isWord(0, "on", "upon", "to") ? 1 : 0) : null; // "appealed to donors to
    boolean nounAddressee = named != null && named.last() < to && named.first() <= 1;
    // "those responsible to be identified and brought to justice": a demand made of them; but "disputes to be settled
    // by peaceful means" asks for the settlement
    negated |= passive && (addressee != null || nounAddressee && WRONGDOERS.contains(t.lemma(named.head())));
    int last = TargetFinder.finalVerb(c, verb);
    boolean stop = negated || words.is(WordClass.STOP_VERB, t.lemma(last)) && !(t.lemma(last).equals("return") && t.isWord(last + 1, "to"));
    if (addressee != null && stop) {
      String id = addressee.actors().get(0);
      String name = c.document().actor(id).map(a -> a.name()).orElse(addressee.text());
      return Optional.of(new Target(addressee.text(), id, addressee.span(), name.toLowerCase(java.util.Locale.ROOT), ADDRESSEE));
    }
    if (nounAddressee && stop && !negated && t.isWord(named.first(), "all", "both") && EVERYONE.contains(t.lemma(named.head()))
        && KEEP_TO.contains(t.lemma(last))) {
      // "urged all parties to respect the ceasefire", "called on both sides to refrain from any action that ...":
      // asked of everyone, the call is about what is to be respected or refrained from
      return TargetFinder.verbComplement(c, verb, "call-goal", 1);
    }
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
