package dev.readout.stance;

import dev.readout.lexicon.Lexicon;
import dev.readout.model.Actor;
import dev.readout.model.ActorKind;
import dev.readout.model.ActorMention;
import dev.readout.model.AnalyzedDocument;
import dev.readout.model.Cue;
import dev.readout.model.Mode;
import dev.readout.model.Sentence;
import dev.readout.model.Span;
import dev.readout.model.Statement;
import dev.readout.model.Target;
import dev.readout.model.TextSpan;
import dev.readout.model.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A hand-built sentence for the target rules, without a parser: tokens written {@code word/TAG} or
 * {@code word/TAG/lemma}, actors mentioned where their surface occurs, one statement with its cue and content.
 */
final class TargetFixture {
  static final Lexicon LEXICON = Lexicon.loadDefault();
  static final TargetFinder FINDER = new TargetFinder(LEXICON);

  private final String text;
  private final List<Token> tokens = new ArrayList<>();
  private final List<Actor> actors = new ArrayList<>();
  private final List<ActorMention> mentions = new ArrayList<>();
  private final List<dev.readout.model.EntityMention> entities = new ArrayList<>();
  private final Map<String, Object> meta = new HashMap<>();
  private final List<String> speakers = new ArrayList<>();
  private String cue;
  private String content;

  private TargetFixture(String tagged) {
    StringBuilder b = new StringBuilder();
    String[] items = tagged.trim().split("\\s+");
    for (int i = 0; i < items.length; i++) {
      String[] p = items[i].split("/");
      String word = p[0];
      boolean glued = p[1].equals("HYPH") || i > 0 && items[i - 1].startsWith("-/HYPH"); // "people-to-people"
      if (b.length() > 0 && !glued && !word.equals(".") && !word.equals(",") && !word.equals("’s") && !word.equals("'s")) {
        b.append(' ');
      }
      int begin = b.length();
      b.append(word);
      String lemma = p.length > 2 ? p[2] : word.toLowerCase(java.util.Locale.ROOT);
      tokens.add(new Token(i, begin, b.length(), word, lemma, p[1], "O", -1, ""));
    }
    this.text = b.toString();
  }

  /** A sentence of tagged tokens: "Lima/NNP welcomed/VBD/welcome the/DT agreement/NN ./." */
  static TargetFixture sentence(String tagged) {
    return new TargetFixture(tagged);
  }

  /** An actor, mentioned wherever {@code surface} occurs. */
  TargetFixture actor(String id, String name, ActorKind kind, String surface) {
    return actor(id, name, kind, null, surface);
  }

  TargetFixture actor(String id, String name, ActorKind kind, String affiliation, String surface) {
    return mentioned(new Actor(id, name, kind, null, affiliation, List.of()), surface);
  }

  /** A person known by an office and no affiliation ("the President" of the issuer's release). */
  TargetFixture officeHolder(String id, String name, String title, String surface) {
    return mentioned(new Actor(id, name, ActorKind.PERSON, title, null, List.of()), surface);
  }

  private TargetFixture mentioned(Actor a, String surface) {
    actors.add(a);
    for (int at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) {
      int head = tokenEndingAt(at + surface.length());
      mentions.add(new ActorMention(at, at + surface.length(), surface, 0, head, ActorMention.MentionKind.NAME, List.of(a.id())));
    }
    return this;
  }

  /** A nationality adjective (its first occurrence) naming its country: "Canadian" for Canada. */
  TargetFixture nationality(String adjective, String country) {
    int at = text.indexOf(adjective);
    entities.add(new dev.readout.model.EntityMention(at, at + adjective.length(), adjective, dev.readout.model.EntityType.NATIONALITY, country,
        null, "gazetteer"));
    return this;
  }

  TargetFixture issuer(String issuer) {
    meta.put("issuer", issuer);
    return this;
  }

  TargetFixture speaker(String actorId) {
    speakers.add(actorId);
    return this;
  }

  /** The cue word (its first occurrence) and the content (the words after it, as written). */
  TargetFixture says(String cueWord, String contentWords) {
    this.cue = cueWord;
    this.content = contentWords;
    return this;
  }

  String text() {
    return text;
  }

  AnalyzedDocument document() {
    Sentence s = new Sentence(0, 0, text.length(), null, false, tokens);
    return new AnalyzedDocument(null, "fixture", meta, text, List.of(s), entities, actors, mentions, List.of(), List.of());
  }

  Statement statement() {
    int c = text.indexOf(cue);
    int b = text.indexOf(content, c + cue.length());
    if (c < 0 || b < 0) {
      throw new IllegalArgumentException("cue or content not in: " + text);
    }
    String lemma = tokens.stream().filter(t -> t.begin() == c).findFirst().map(Token::lemma).orElse(cue);
    return new Statement("s1", 0, speakers, new Cue(c, c + cue.length(), cue, lemma),
        TextSpan.of(text, new Span(b, b + content.length())), Mode.INDIRECT, null, 0.5, null, null, "subject-of-cue");
  }

  Target target() {
    return FINDER.find(statement(), document());
  }

  private int tokenEndingAt(int end) {
    for (Token t : tokens) {
      if (t.end() == end) {
        return t.index();
      }
    }
    return 0;
  }
}
