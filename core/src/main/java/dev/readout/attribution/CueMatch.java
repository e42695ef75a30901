package dev.readout.attribution;

import dev.readout.lexicon.Lexicon.CueEntry;
import dev.readout.model.Sentence;
import java.util.List;

/**
 * A cue found in a sentence.
 *
 * @param head token index of the cue's head word
 * @param tokens token indices of every word of the cue phrase, in order
 */
record CueMatch(CueEntry entry, int head, List<Integer> tokens) {
  CueMatch {
    tokens = List.copyOf(tokens);
  }

  int first() {
    return tokens.get(0);
  }

  int last() {
    return tokens.get(tokens.size() - 1);
  }

  int begin(Sentence s) {
    return s.token(first()).begin();
  }

  int end(Sentence s) {
    return s.token(last()).end();
  }

  dev.readout.model.Span span(Sentence s) {
    return new dev.readout.model.Span(begin(s), end(s));
  }
}
