package dev.readout.actors;

import dev.readout.lexicon.Gazetteer;
import dev.readout.lexicon.Lexicon;
import dev.readout.model.ActorKind;
import dev.readout.model.ActorMention;
import dev.readout.model.ActorMention.MentionKind;
import dev.readout.model.AnalyzedDocument;
import dev.readout.model.Rule;
import dev.readout.model.Sentence;
import dev.readout.model.Span;
import java.util.List;

/**
 * The working state the sieves share for one document: the document view (reads only), the actor table (the one
 * place that creates actors), the mention index (which tokens are claimed) and the discourse state. Never shared
 * between documents.
 */
final class ResolutionContext {
  final Lexicon lexicon;
  final Gazetteer gazetteer;
  final DocumentView doc;
  final ActorTable actors = new ActorTable();
  final MentionIndex mentions;
  final Discourse discourse = new Discourse();

  ResolutionContext(AnalyzedDocument document, Lexicon lexicon) {
    this.lexicon = lexicon;
    this.gazetteer = lexicon.gazetteer();
    this.doc = new DocumentView(document, lexicon);
    this.mentions = new MentionIndex(document.entities(), document.sentences());
  }

  ActorDraft actor(String id) {
    return actors.get(id);
  }

  ActorKind kind(String id) {
    return actors.get(id).kind;
  }

  /** A mention of the text at {@code span}, recording the rule that made it. */
  ActorMention mention(Span span, Sentence s, int head, MentionKind kind, List<String> ids, Rule rule) {
    return new ActorMention(span.begin(), span.end(), doc.textOf(span), s.index(), head, kind, ids, rule.id());
  }

  /**
   * A sentence in a paragraph that opens with a speaker's label, a briefing's "Mao Ning: ..." or "Official
   * Spokesperson, Shri Raveesh Kumar: ...": a person's name ends the label, a few words of title at most before it.
   */
  boolean isLabelledAnswer(Sentence s) {
    int start = doc.paragraphOf(s);
    int colon = doc.text.indexOf(": ", start);
    if (colon < 0 || colon > s.end() || colon - start > 80) {
      return false;
    }
    String label = doc.text.substring(start, colon);
    if (label.split("\\s+").length > 8 || label.indexOf('\n') >= 0) {
      return false;
    }
    return mentions.all().stream().anyMatch(m -> m.begin() >= start && m.end() == colon && m.kind() == MentionKind.NAME
        && kind(m.actors().get(0)) == ActorKind.PERSON);
  }
}
