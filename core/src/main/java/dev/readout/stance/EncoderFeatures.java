package dev.readout.stance;

import dev.readout.lexicon.Lexicon;
import dev.readout.model.AnalyzedDocument;
import dev.readout.model.Span;
import dev.readout.model.Stance;
import dev.readout.model.Statement;
import dev.readout.model.Target;
import dev.readout.sentences.Whitespace;
import java.util.List;

/**
 * What an encoder stance model sees of a statement: the sentence encoder's vector of the cue and the content with
 * the target marked in brackets ("welcomed [the ceasefire agreement] between the parties"), optionally followed by
 * the vector of the target's words alone and the lexicon classifier's decision (one-hot, sure or unsure). The
 * statement must carry its target. Thread-safe when the encoder is.
 */
public final class EncoderFeatures {
  public static final String OPEN = "[";
  public static final String CLOSE = "]";
  private static final List<String> LEXICON_VALUES = List.of("SUPPORT", "OPPOSE", "NEUTRAL");

  /** Which parts make the vector; recorded in a model's manifest. */
  public record Options(boolean targetVector, boolean lexiconFeature) {}

  private final SentenceEncoder encoder;
  private final Options options;
  private final LexiconStanceClassifier lexicon;

  public EncoderFeatures(SentenceEncoder encoder, Lexicon lexicon, Options options) {
    this.encoder = java.util.Objects.requireNonNull(encoder, "encoder");
    this.options = java.util.Objects.requireNonNull(options, "options");
    this.lexicon = new LexiconStanceClassifier(lexicon);
  }

  public Options options() {
    return options;
  }

  /** The vector's length. */
  public int dimension() {
    return encoder.dimension() * (options.targetVector() ? 2 : 1) + (options.lexiconFeature() ? 2 * LEXICON_VALUES.size() : 0);
  }

  public double[] of(Statement st, AnalyzedDocument doc) {
    double[] x = new double[dimension()];
    float[] v = encoder.encode(markedText(st, doc));
    int at = 0;
    for (float f : v) {
      x[at++] = f;
    }
    if (options.targetVector()) {
      float[] t = encoder.encode(st.target() == null ? "" : st.target().text());
      for (float f : t) {
        x[at++] = f;
      }
    }
    if (options.lexiconFeature()) {
      StanceDecision d = lexicon.classify(st, doc);
      int k = LEXICON_VALUES.indexOf(d.stance().name());
      x[at + k] = 1;
      x[at + LEXICON_VALUES.size() + k] = d.confidence() >= 0.8 ? 1 : 0;
    }
    return x;
  }

  /**
   * The cue, then the content with its target in brackets; a target outside the content (an actor named
   * elsewhere) follows the content in brackets. White space is made single spaces.
   */
  public static String markedText(Statement st, AnalyzedDocument doc) {
    String text = doc.text();
    Span c = st.content().span();
    String content = c.of(text);
    Target t = st.target();
    if (t != null && t.span() != null && c.contains(t.span()) && t.span().length() > 0) {
      content = text.substring(c.begin(), t.span().begin()) + OPEN + t.span().of(text) + CLOSE + text.substring(t.span().end(), c.end());
    } else if (t != null && !t.text().isBlank()) {
      content = content + " " + OPEN + t.text() + CLOSE;
    }
    return collapse(st.cue().text() + " " + content);
  }

  /** Runs of spaces (as {@link Whitespace} knows them) as one space, none at the ends. */
  static String collapse(String s) {
    StringBuilder b = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (Whitespace.isSpace(cp)) {
        space = b.length() > 0;
      } else {
        if (space) {
          b.append(' ');
          space = false;
        }
        b.appendCodePoint(cp);
      }
    }
    return b.toString();
  }

  /**
   * A head's decision as features of a maxent model (a stacked model): the most probable stance, alone and with
   * how sure the head is ("enc=OPPOSE", "enc=OPPOSE_sure").
   *
   * @param p the probabilities of SUPPORT, OPPOSE, NEUTRAL
   */
  public static List<String> decisionFeatures(double[] p) {
    int best = 0;
    for (int k = 1; k < p.length; k++) {
      best = p[k] > p[best] ? k : best;
    }
    String s = ORDER.get(best).name();
    return List.of("enc=" + s, "enc=" + s + "_" + (p[best] >= 0.8 ? "sure" : p[best] >= 0.6 ? "mid" : "unsure"));
  }

  /** Stances in the order of a head's labels. */
  static final List<Stance> ORDER = List.of(Stance.SUPPORT, Stance.OPPOSE, Stance.NEUTRAL);
}
