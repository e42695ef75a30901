package dev.readout.sentences;

import java.util.List;

/** Finds the sentences and heading lines of a text. Implementations are thread-safe. */
public interface SentenceSplitter {
  /** Segments in text order; their spans do not overlap and hold no leading or trailing white space. */
  List<Segment> split(String text);
}
