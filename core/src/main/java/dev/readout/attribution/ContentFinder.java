package dev.readout.attribution;

import dev.readout.model.Sentence;
import dev.readout.model.Span;
import dev.readout.model.Token;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a cue reports: its clausal complement or object (a quotation before the cue counts), without the words of
 * another cue's clause; and the quotations of a sentence, which make a statement DIRECT. Stateless.
 */
final class ContentFinder {
  /** Cues whose object is who is told: "told reporters", "briefed the Council". */
  private static final Set<String> LISTENERS = Set.of("tell", "brief", "inform", "assure", "remind", "update");
  private static final Set<String> CONTENT_SKIP = Set.of("conj", "cc", "punct", "nsubj", "nsubj:pass", "aux", "aux:pass", "mark", "cop", "expl");

  private ContentFinder() {}

  static Span content(Sentence s, CueMatch c, List<CueMatch> all) {
    int head = c.head();
    Token h = s.token(head);
    Set<Integer> keep = new LinkedHashSet<>();
    boolean quoted = s.children(head).stream().anyMatch(ch -> ch.index() < c.first() && quotation(s, ch));
    // "welcomed X and said Y": what comes after a coordinated cue is that cue's, whatever the parser hung it on
    // ... when that cue has words of its own; "condemned and rejected the attack" share the object
    int nextCue = s.children(head).stream().filter(ch -> ch.relation().equals("conj") && ch.index() > c.last() && isCue(all, ch.index())
            && s.children(ch.index()).stream().anyMatch(g -> g.index() > ch.index() && !CONTENT_SKIP.contains(g.relation())))
        .mapToInt(Token::index).min().orElse(Integer.MAX_VALUE);
    Token object = null;
    for (Token child : s.children(head)) {
      String rel = child.relation();
      boolean before = child.index() < c.first();
      if (child.index() > nextCue && !rel.startsWith("obl")) {
        continue; // but "appalled and saddened by the attacks": an oblique after both is both cues'
      }
      if (rel.equals("obj") && !before) {
        object = child;
      }
      if (before && !(rel.startsWith("ccomp") || rel.equals("parataxis") || reportedAdverbial(s, child, head) || quotation(s, child))) {
        continue; // before the cue only a quotation counts: '"...," the minister said'
      }
      if (quoted && !before && (rel.equals("obj") || rel.equals("iobj")) && LISTENERS.contains(h.lemma())) {
        continue; // '"…," she told reporters': who is told is not what
      }
      if (CONTENT_SKIP.contains(rel) || rel.startsWith("nsubj") || rel.startsWith("advmod") && child.index() < head) {
        continue;
      }
      if (rel.equals("advcl") && isCue(all, child.index()) && !infinitive(s, child)) {
        continue; // "welcomed the agreement, adding that ...": the other cue's own statement
      }
      for (Token t : s.tokens()) {
        if (s.dominates(child.index(), t.index()) && !c.tokens().contains(t.index()) && !insideOtherCueClause(s, t.index(), child.index(), all)) {
          keep.add(t.index());
        }
      }
    }
    clauseMadeObject(s, object, keep, all);
    if (keep.isEmpty() && h.relation().equals("conj") && h.head() >= 0) {
      // "condemned and rejected the attack": a second cue with no words of its own shares the first's after it
      for (Token sibling : s.children(h.head())) {
        String rel = sibling.relation();
        if (sibling.index() > head && (rel.equals("obj") || rel.startsWith("ccomp") || rel.startsWith("obl"))) {
          for (Token t : s.tokens()) {
            if (s.dominates(sibling.index(), t.index())) {
              keep.add(t.index());
            }
          }
        }
      }
    }
    boolean asSaid = h.relation().equals("advcl") && s.children(head).stream().anyMatch(ch -> ch.relation().equals("mark") && ch.text().equalsIgnoreCase("as"));
    if (asSaid && keep.stream().allMatch(i -> s.token(i).relation().startsWith("advmod") || s.token(i).relation().equals("punct"))) {
      keep.clear(); // "as we have said before": when is not what
    }
    if (keep.isEmpty() && (h.relation().equals("parataxis") || h.relation().equals("ccomp") || asSaid) && h.head() >= 0) {
      // '"We will deepen our partnership," the Prime Minister said': the quote governs the cue; "…, as Prime
      // Minister Lee said, the Government has done a manful job": what follows the aside is what it reports
      int gov = h.head();
      int asideBegin = dev.readout.model.Dependencies.firstOfSubtree(s, head);
      for (Token t : s.tokens()) {
        boolean joiner = t.index() < asideBegin && (t.relation().equals("cc") || t.relation().equals("punct"));
        if (s.dominates(gov, t.index()) && !s.dominates(head, t.index()) && !(asSaid && joiner)) {
          keep.add(t.index());
        }
      }
    }
    quotedAfterColon(s, c, all, keep);
    if (keep.isEmpty()) {
      return null;
    }
    int lo = keep.stream().min(Integer::compare).get();
    int hi = keep.stream().max(Integer::compare).get();
    // leading "that" and edge punctuation out
    while (lo <= hi && (s.token(lo).pos().equals(",") || s.token(lo).relation().equals("punct") || (s.token(lo).text().equalsIgnoreCase("that") && s.token(lo).relation().equals("mark")))) {
      lo++;
    }
    while (hi >= lo && s.token(hi).relation().equals("punct") && !isClosingQuote(s.token(hi).text())) {
      hi--;
    }
    if (lo > hi) {
      return null;
    }
    return new Span(s.token(lo).begin(), s.token(hi).end());
  }

  /**
   * "… and said the UK would keep working with X": a clause without "that" whose subject the parser made the cue's
   * object, hanging its verb elsewhere. When a modal or a finite verb follows the object right away, the object's
   * clause is the content: the object and what that verb governs after it.
   */
  private static void clauseMadeObject(Sentence s, Token object, Set<Integer> keep, List<CueMatch> all) {
    if (object == null) {
      return;
    }
    int last = object.index();
    for (Token t : s.tokens()) {
      if (s.dominates(object.index(), t.index())) {
        last = Math.max(last, t.index());
      }
    }
    if (last + 1 >= s.tokens().size()) {
      return;
    }
    Token next = s.token(last + 1);
    String pos = next.pos();
    if (!(pos.equals("MD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("VBD"))) {
      return;
    }
    String nextRel = next.relation();
    boolean auxiliary = nextRel.startsWith("aux") || nextRel.equals("cop");
    int verb = auxiliary && next.head() >= 0 ? next.head() : next.index(); // "would keep", "was a provocation"
    if (s.dominates(object.index(), verb) || !auxiliary && !s.token(verb).pos().startsWith("VB") || isCue(all, verb)
        || insideNounModifier(s, verb, object.head())) {
      return; // not "Leaders who welcomed the deal said …", "A statement welcoming the ceasefire was issued …"
    }
    int end = last;
    for (Token t : s.tokens()) {
      int at = t.index();
      boolean otherCue = all.stream().anyMatch(o -> o.head() > end && o.head() != verb && s.dominates(o.head(), at));
      if (at > last && s.dominates(verb, at) && !otherCue) {
        keep.add(at);
      }
    }
  }

  /** Whether the path from {@code verb} down to {@code token} passes through a clause that modifies a noun. */
  private static boolean insideNounModifier(Sentence s, int verb, int token) {
    for (int t = token; t >= 0 && t != verb; t = s.token(t).head()) {
      if (s.token(t).relation().startsWith("acl")) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Such acts breach the Charter, Wang Yi noted.": a clause the parser hung on a sentence-final cue as an adverbial,
   * though it has a subject of its own and nothing (no "if", "as", "when") makes it one.
   */
  private static boolean reportedAdverbial(Sentence s, Token child, int cue) {
    if (!child.relation().equals("advcl") || s.children(child.index()).stream().anyMatch(t -> t.relation().equals("mark"))
        || s.children(child.index()).stream().noneMatch(t -> t.relation().startsWith("nsubj"))) {
      return false;
    }
    for (int i = cue + 1; i < s.tokens().size(); i++) {
      if (!s.token(i).relation().equals("punct")) {
        return false; // only at the end of the sentence
      }
    }
    return true;
  }

  /**
   * 'Sam Tan said: “The Government's position …”': the quotation after a colon is what the cue just before the colon
   * reports (with only its own words between: "told reporters:"), whatever the parser made of a long sentence; an
   * earlier cue's content ends at that colon.
   */
  private static void quotedAfterColon(Sentence s, CueMatch c, List<CueMatch> all, Set<Integer> keep) {
    int n = s.tokens().size();
    int colon = -1;
    for (int i = c.last() + 1; i + 1 < n; i++) {
      if (s.token(i).text().equals(":") && isOpeningQuote(s.token(i + 1).text())) {
        colon = i;
        break;
      }
    }
    if (colon < 0) {
      return;
    }
    if (reportsAcrossColon(s, c, all, colon)) {
      keep.clear();
      for (int i = colon + 1; i < n; i++) {
        keep.add(i);
      }
      return;
    }
    int at = colon;
    CueMatch owner = all.stream().filter(o -> o.last() < at && reportsAcrossColon(s, o, all, at)).findFirst().orElse(null);
    keep.removeIf(i -> i >= at || owner != null && s.dominates(owner.head(), i));
  }

  /** Whether only the cue's own words stand between it and the colon. */
  private static boolean reportsAcrossColon(Sentence s, CueMatch c, List<CueMatch> all, int colon) {
    for (int i = c.last() + 1; i < colon; i++) {
      if (!s.dominates(c.head(), i) || isCue(all, i)) {
        return false;
      }
    }
    return true;
  }

  /** A clause before the cue that a quotation mark opens: '“Russia is using the cold as a weapon,” she told reporters'. */
  private static boolean quotation(Sentence s, Token child) {
    int first = child.index();
    for (Token t : s.tokens()) {
      if (t.index() < first && s.dominates(child.index(), t.index())) {
        first = t.index();
      }
    }
    String rel = child.relation();
    return (rel.startsWith("ccomp") || rel.equals("parataxis") || rel.equals("advcl"))
        && (isOpeningQuote(s.token(first).text()) || first > 0 && isOpeningQuote(s.token(first - 1).text()));
  }

  private static boolean isOpeningQuote(String t) {
    return t.equals("“") || t.equals("\"") || t.equals("``") || t.equals("‘");
  }

  /** "called on both sides to agree on X", "commit to extending X": the infinitive is what the cue reports. */
  private static boolean infinitive(Sentence s, Token child) {
    return s.children(child.index()).stream()
        .anyMatch(t -> t.index() < child.index() && t.text().equalsIgnoreCase("to") && (t.relation().equals("mark") || t.relation().equals("case")));
  }

  private static boolean isCue(List<CueMatch> all, int token) {
    return all.stream().anyMatch(c -> c.head() == token);
  }

  /** A token inside a coordinated cue clause or a cue participle under this content belongs to that cue. */
  private static boolean insideOtherCueClause(Sentence s, int token, int contentRoot, List<CueMatch> all) {
    for (CueMatch o : all) {
      if (o.head() != contentRoot && s.dominates(contentRoot, o.head()) && s.dominates(o.head(), token)) {
        String rel = s.token(o.head()).relation();
        if (rel.equals("conj") || rel.equals("advcl") || rel.equals("acl:relcl")) {
          return true;
        }
      }
    }
    return false;
  }

  static List<Span> quotes(String text, Sentence s) {
    List<Span> out = new ArrayList<>();
    int open = -1;
    for (int i = s.begin(); i < s.end(); i++) {
      char ch = text.charAt(i);
      if (ch == '“') {
        open = i;
      } else if (ch == '”' && open >= 0) {
        out.add(new Span(open, i + 1));
        open = -1;
      } else if (ch == '"') {
        if (open < 0) {
          open = i;
        } else {
          out.add(new Span(open, i + 1));
          open = -1;
        }
      }
    }
    if (open >= 0) { // a quotation running on past the sentence
      out.add(new Span(open, s.end() + 1 <= text.length() ? s.end() + 1 : s.end()));
    }
    return out;
  }

  /** The quotation is the content when it makes up at least half of it, or the content starts with it. */
  static boolean quotationHolds(Span inner, Span content) {
    int overlap = Math.min(inner.end(), content.end()) - Math.max(inner.begin(), content.begin());
    return inner.length() > 1 && (overlap * 2 >= content.length() || Math.abs(content.begin() - inner.begin()) <= 2);
  }

  /** The quotation without its marks, the white space and a trailing comma. */
  static Span trim(String text, Span sp) {
    int b = sp.begin();
    int e = Math.min(sp.end(), text.length());
    while (b < e && (Character.isWhitespace(text.charAt(b)) || text.charAt(b) == '"' || text.charAt(b) == '“')) {
      b++;
    }
    while (e > b && (Character.isWhitespace(text.charAt(e - 1)) || ",\"”".indexOf(text.charAt(e - 1)) >= 0)) {
      e--;
    }
    return new Span(b, e);
  }

  static boolean isClosingQuote(String t) {
    return t.equals("\"") || t.equals("”") || t.equals("''");
  }
}
