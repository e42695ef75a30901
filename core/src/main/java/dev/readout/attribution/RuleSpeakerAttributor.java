package dev.readout.attribution;

import dev.readout.lexicon.Lexicon;
import dev.readout.lexicon.Lexicon.CueKind;
import dev.readout.model.AnalyzedDocument;
import dev.readout.model.Cue;
import dev.readout.model.Dependencies;
import dev.readout.model.Mode;
import dev.readout.model.Sentence;
import dev.readout.model.Span;
import dev.readout.model.Stance;
import dev.readout.model.Statement;
import dev.readout.model.TextSpan;
import dev.readout.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Speaker attribution over the dependency parse: one statement per reporting cue, whose speakers the first
 * applicable rule of {@link #DEFAULT_RULES} finds (infinitive-host, subject-of-cue, passive-agent,
 * coordinated-cue, participle-cue, nested-by; meeting-partners adds a meeting's partners as a modifier), "according
 * to X" for a noun cue ({@code according-to}) and the subject of an adjective cue. A statement records the
 * deciding rule, the whole chain ("coordinated-cue>passive-agent") and each speaker's mention rule. The content
 * is the cue's clausal complement or object; a quotation makes the statement DIRECT. Stateless and thread-safe.
 */
public final class RuleSpeakerAttributor implements SpeakerAttributor {
  /** The speaker rules in the order they are tried. */
  static final List<SpeakerRule> DEFAULT_RULES = List.of(
      new InfinitiveHostRule(),
      new SubjectOfCueRule(),
      new PassiveAgentRule(),
      new CoordinatedCueRule(),
      new ParticipleCueRule(),
      new NestedByRule());

  private final Lexicon lexicon;
  private final CueFinder cues;
  private final List<SpeakerRule> rules;

  public RuleSpeakerAttributor(Lexicon lexicon) {
    this(lexicon, DEFAULT_RULES);
  }

  private RuleSpeakerAttributor(Lexicon lexicon, List<SpeakerRule> rules) {
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    this.cues = new CueFinder(lexicon);
    this.rules = List.copyOf(rules);
  }

  /** This attributor without the rule named {@code name} ("passive-agent"), for an ablation run. */
  public RuleSpeakerAttributor without(String name) {
    if (rules.stream().noneMatch(r -> r.name().equals(name))) {
      throw new IllegalArgumentException("no speaker rule '" + name + "'; known: " + order());
    }
    return new RuleSpeakerAttributor(lexicon, rules.stream().filter(r -> !r.name().equals(name)).toList());
  }

  /** This attributor's rules' names in order, as {@code Pipeline.models()} records them. */
  public String order() {
    return rules.stream().map(SpeakerRule::name).collect(Collectors.joining(","));
  }

  @Override
  public AnalyzedDocument attribute(AnalyzedDocument doc) {
    Attribution a = new Attribution(doc, lexicon, rules);
    List<Statement> statements = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      if (s.tokens().isEmpty()) {
        continue;
      }
      a.cues = cues.find(s);
      List<Span> quotes = ContentFinder.quotes(doc.text(), s);
      List<Statement> here = new ArrayList<>();
      for (CueMatch c : a.cues) {
        if (s.heading() && !headline(s, c)) {
          continue;
        }
        Statement st = c.entry().kind() == CueKind.NOUN ? AccordingTo.statement(a, s, c) : verbal(a, s, c, quotes);
        if (st != null && s.heading() && !st.rule().endsWith(dev.readout.model.Rule.SUBJECT_OF_CUE.id())) {
          continue; // a headline's statement names its speaker as the cue's subject: "Minister condemns attack"
        }
        if (st != null) {
          here.add(st);
        }
      }
      for (Statement st : here) {
        if (!isReportedInside(s, st, here)) {
          statements.add(st.withId("s" + (statements.size() + 1)));
        }
      }
    }
    return doc.withActors(a.actors.build(), doc.entities(), doc.mentions()).withStatements(statements);
  }

  private static Statement verbal(Attribution a, Sentence s, CueMatch c, List<Span> quotes) {
    Speaker sp = c.entry().kind() == CueKind.ADJ ? SubjectOfCueRule.experiencer(a, s, c.head()) : a.speaker(s, c.head(), 0);
    if (sp != null && s.heading()) {
      sp = headlineSubject(a, s, c, sp);
    }
    if (sp == null || sp.refs().isEmpty()) {
      return null;
    }
    String text = a.doc.text();
    Span content = ContentFinder.content(s, c, a.cues);
    Mode mode = Mode.INDIRECT;
    for (Span q : quotes) {
      Span inner = new Span(q.begin() + 1, Math.max(q.begin() + 1, q.end() - 1));
      if (content != null && inner.overlaps(content) && !q.contains(c.span(s)) && ContentFinder.quotationHolds(inner, content)) {
        content = ContentFinder.trim(text, inner);
        mode = Mode.DIRECT;
        break;
      }
    }
    if (content == null) {
      content = new Span(c.end(s), c.end(s));
    }
    return statement(text, s, c, sp, content, mode);
  }

  /**
   * A heading that reports: "NATO Secretary General welcomes Prime Minister of Sweden", "Australia condemns missile
   * test". Its cue is a verb in the present or a participle of feeling ("appalled by"), never a noun ("Statement by
   * ..." names the genre) and never a gerund or infinitive ("Working together to ...").
   */
  private static boolean headline(Sentence s, CueMatch c) {
    String pos = s.token(c.head()).pos();
    return c.entry().kind() != CueKind.NOUN && (pos.equals("VBZ") || pos.equals("VBP") || pos.equals("VBN") || pos.equals("VBD") && c.entry().kind() == CueKind.ADJ);
  }

  /**
   * "Prime Minister, Foreign Minister - Joint Media Release - Australia condemns missile test": a headline's speaker
   * is named after its last separator (a dash, a colon, a bar), whatever the parser hung before it.
   */
  private static Speaker headlineSubject(Attribution a, Sentence s, CueMatch c, Speaker sp) {
    int from = -1;
    for (int i = 0; i < c.first(); i++) {
      String t = s.token(i).text();
      if (t.equals("-") || t.equals("–") || t.equals("—") || t.equals(":") || t.equals("|") || t.equals("--")) {
        from = i;
      }
    }
    if (from < 0) {
      return sp;
    }
    int begin = s.token(from).end();
    int end = s.token(c.first()).begin();
    Refs ids = new Refs();
    a.doc.mentions().stream().filter(m -> m.sentence() == s.index() && m.begin() >= begin && m.end() <= end).forEach(ids::addAll);
    return ids.isEmpty() ? null : new Speaker(ids, "subject-of-cue", "subject-of-cue");
  }

  /**
   * "Xi Jinping said that China welcomes all efforts ...": a cue with its own subject inside another
   * statement's content is part of what is reported, not a statement of the text's own.
   */
  private static boolean isReportedInside(Sentence s, Statement st, List<Statement> here) {
    if (!"subject-of-cue".equals(st.rule())) {
      return false;
    }
    if (st.speakerRules().stream().anyMatch(r -> r.startsWith("first-person"))) {
      return false; // 'Coveney said: "I discussed with the Secretary of State ..."': the quoted speaker's own statement
    }
    int cue = tokenAt(s, st.cue().begin());
    for (Statement other : here) {
      int head = tokenAt(s, other.cue().begin());
      if (other == st || head < 0 || cue < 0 || !other.content().span().contains(st.cue().span())) {
        continue;
      }
      // the cue hangs, through a clausal complement, under the other cue
      for (int up : Dependencies.upFrom(s, cue)) {
        if (s.token(up).head() == head) {
          String rel = s.token(up).relation();
          if (rel.startsWith("ccomp") || rel.equals("parataxis")) {
            return true;
          }
          break;
        }
      }
    }
    return false;
  }

  private static int tokenAt(Sentence s, int begin) {
    return s.tokenAt(begin).map(Token::index).orElse(-1);
  }

  /** A statement numbered later; stance is left NEUTRAL for the stance stage. */
  static Statement statement(String text, Sentence s, CueMatch c, Speaker sp, Span content, Mode mode) {
    Span cueSpan = c.span(s);
    return new Statement("s0", s.index(), sp.actors(), new Cue(cueSpan.begin(), cueSpan.end(), cueSpan.of(text), c.entry().phrase()),
        TextSpan.of(text, content), mode, Stance.NEUTRAL, 0.0, null, s.section(), sp.rule(), sp.chain(), sp.refs().rules(), false);
  }
}
