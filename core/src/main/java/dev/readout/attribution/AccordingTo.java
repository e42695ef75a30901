package dev.readout.attribution;

import dev.readout.model.Mode;
import dev.readout.model.Sentence;
import dev.readout.model.Span;
import dev.readout.model.Statement;
import dev.readout.model.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * "According to the European Commission, the new rules will take effect in March.": the source of "according to"
 * speaks, and the clause it hangs on is the content. A noun cue's own rule, tried on no verbal cue.
 */
final class AccordingTo {
  private AccordingTo() {}

  static Statement statement(Attribution a, Sentence s, CueMatch c) {
    if (c.head() + 1 >= s.tokens().size() || !s.token(c.head() + 1).text().equalsIgnoreCase("to")) {
      return null;
    }
    int source = s.token(c.head()).head();
    if (source < 0) {
      return null;
    }
    Refs ids = a.actorsFor(s, source);
    int clause = s.token(source).head();
    if (ids.isEmpty() || clause < 0 || a.isCue(clause)) {
      return null;
    }
    List<Integer> keep = new ArrayList<>();
    for (Token t : s.tokens()) {
      if (s.dominates(clause, t.index()) && !s.dominates(source, t.index()) && !t.relation().equals("punct")) {
        keep.add(t.index());
      }
    }
    if (keep.isEmpty()) {
      return null;
    }
    Span content = new Span(s.token(keep.get(0)).begin(), s.token(keep.get(keep.size() - 1)).end());
    CueMatch phrase = new CueMatch(c.entry(), c.head(), List.of(c.head(), c.head() + 1));
    String rule = dev.readout.model.Rule.ACCORDING_TO.id();
    return RuleSpeakerAttributor.statement(a.doc.text(), s, phrase, new Speaker(ids, rule, rule), content, Mode.INDIRECT);
  }
}
