package dev.readout.stance;

import dev.readout.model.AnalyzedDocument;
import dev.readout.model.Cue;
import dev.readout.model.Mode;
import dev.readout.model.Sentence;
import dev.readout.model.Statement;
import dev.readout.model.TextSpan;
import dev.readout.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One-sentence documents built by hand, without a parser: "The Minister said alpha plan one." with the cue
 * ("said") as the root, the words before it its subject, the words after it nouns under it, and one statement
 * whose content is everything after the cue.
 */
final class HandBuilt {
  private HandBuilt() {}

  static AnalyzedDocument document(String subject, String cue, String cueLemma, String content) {
    String text = subject + " " + cue + " " + content + ".";
    List<Token> tokens = new ArrayList<>();
    int at = 0;
    String[] words = (subject + " " + cue + " " + content).split(" ");
    int cueIndex = subject.split(" ").length;
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      boolean isCue = i == cueIndex;
      String pos = isCue ? "VBD" : i == 0 && w.equals("The") ? "DT" : i < cueIndex ? "NNP" : "NN";
      int head = isCue ? -1 : cueIndex;
      String rel = isCue ? "root" : i < cueIndex ? "nsubj" : "obj";
      tokens.add(new Token(i, at, at + w.length(), w, isCue ? cueLemma : w.toLowerCase(Locale.ROOT), pos, "O", head, rel));
      at += w.length() + 1;
    }
    tokens.add(new Token(words.length, text.length() - 1, text.length(), ".", ".", ".", "O", cueIndex, "punct"));
    int cueBegin = subject.length() + 1;
    int contentBegin = cueBegin + cue.length() + 1;
    Statement st = new Statement("s1", 0, List.of(), new Cue(cueBegin, cueBegin + cue.length(), cue, cueLemma),
        new TextSpan(contentBegin, contentBegin + content.length(), content), Mode.INDIRECT, null, 0, null, null, "test");
    return new AnalyzedDocument(AnalyzedDocument.SCHEMA, "d", null, text, List.of(new Sentence(0, 0, text.length(), null, false, tokens)),
        null, null, null, List.of(st));
  }
}
