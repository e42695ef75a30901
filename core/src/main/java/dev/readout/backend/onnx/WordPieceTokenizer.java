package dev.readout.backend.onnx;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * BERT's uncased WordPiece tokenization, as the encoder's {@code tokenizer.json} declares it: clean the text
 * (controls dropped, every space a space), pad CJK ideographs with spaces, strip accents and lower-case, split at
 * spaces and around each punctuation mark, then split each word into the longest pieces of the vocabulary
 * ("##" marks a piece inside a word); a word that cannot be split, or of more than 100 characters, is
 * {@code [UNK]}. Stateless and thread-safe.
 */
public final class WordPieceTokenizer {
  static final int MAX_WORD_CHARS = 100;
  private final Map<String, Integer> vocab;
  private final int unk;
  private final int cls;
  private final int sep;

  public WordPieceTokenizer(Map<String, Integer> vocab) {
    this.vocab = Map.copyOf(vocab);
    this.unk = id("[UNK]");
    this.cls = id("[CLS]");
    this.sep = id("[SEP]");
  }

  private int id(String token) {
    Integer i = vocab.get(token);
    if (i == null) {
      throw new IllegalArgumentException("the vocabulary has no " + token);
    }
    return i;
  }

  /** The ids of {@code [CLS]}, at most {@code maxTokens - 2} pieces of the text, and {@code [SEP]}. */
  public long[] ids(String text, int maxTokens) {
    List<Integer> pieces = new ArrayList<>();
    for (String word : words(text)) {
      if (pieces.size() >= maxTokens - 2) {
        break;
      }
      pieces.addAll(wordPieces(word));
    }
    int n = Math.min(pieces.size(), maxTokens - 2);
    long[] ids = new long[n + 2];
    ids[0] = cls;
    for (int i = 0; i < n; i++) {
      ids[i + 1] = pieces.get(i);
    }
    ids[n + 1] = sep;
    return ids;
  }

  /** The pieces of a text as strings (for tests and error reports). */
  public List<String> pieces(String text) {
    Map<Integer, String> byId = new java.util.HashMap<>();
    vocab.forEach((k, v) -> byId.put(v, k));
    List<String> out = new ArrayList<>();
    for (String w : words(text)) {
      wordPieces(w).forEach(i -> out.add(byId.get(i)));
    }
    return out;
  }

  /** The normalised text split at spaces and around punctuation. */
  static List<String> words(String text) {
    String clean = normalize(text);
    List<String> words = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    for (int i = 0; i < clean.length(); ) {
      int cp = clean.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == ' ') {
        flush(cur, words);
      } else if (isPunctuation(cp)) {
        flush(cur, words);
        words.add(new String(Character.toChars(cp)));
      } else {
        cur.appendCodePoint(cp);
      }
    }
    flush(cur, words);
    return words;
  }

  private static void flush(StringBuilder cur, List<String> words) {
    if (cur.length() > 0) {
      words.add(cur.toString());
      cur.setLength(0);
    }
  }

  /** Clean text, spaced CJK ideographs, accents stripped (NFD without combining marks), lower case. */
  static String normalize(String text) {
    StringBuilder b = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == 0 || cp == 0xFFFD || isControl(cp)) {
        continue;
      }
      if (isWhitespace(cp)) {
        b.append(' ');
      } else if (isCjk(cp)) {
        b.append(' ').appendCodePoint(cp).append(' ');
      } else {
        b.appendCodePoint(cp);
      }
    }
    String nfd = Normalizer.normalize(b, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(nfd.length());
    for (int i = 0; i < nfd.length(); ) {
      int cp = nfd.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.getType(cp) != Character.NON_SPACING_MARK) {
        out.appendCodePoint(cp);
      }
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }

  private List<Integer> wordPieces(String word) {
    int length = word.codePointCount(0, word.length());
    if (length > MAX_WORD_CHARS) {
      return List.of(unk);
    }
    List<Integer> out = new ArrayList<>();
    int start = 0;
    while (start < word.length()) {
      int end = word.length();
      Integer found = null;
      while (start < end) {
        String piece = (start > 0 ? "##" : "") + word.substring(start, end);
        found = vocab.get(piece);
        if (found != null) {
          break;
        }
        end = word.offsetByCodePoints(end, -1);
      }
      if (found == null) {
        return List.of(unk);
      }
      out.add(found);
      start = end;
    }
    return out;
  }

  private static boolean isWhitespace(int cp) {
    return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || Character.getType(cp) == Character.SPACE_SEPARATOR;
  }

  private static boolean isControl(int cp) {
    if (cp == '\t' || cp == '\n' || cp == '\r') {
      return false;
    }
    int t = Character.getType(cp);
    return t == Character.CONTROL || t == Character.FORMAT || t == Character.PRIVATE_USE || t == Character.SURROGATE
        || t == Character.UNASSIGNED;
  }

  /** ASCII punctuation and symbols ($, +, <, =, >, ^, `, |, ~ among them), and Unicode punctuation. */
  static boolean isPunctuation(int cp) {
    if ((cp >= 33 && cp <= 47) || (cp >= 58 && cp <= 64) || (cp >= 91 && cp <= 96) || (cp >= 123 && cp <= 126)) {
      return true;
    }
    return switch (Character.getType(cp)) {
      case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION, Character.END_PUNCTUATION,
          Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION -> true;
      default -> false;
    };
  }

  private static boolean isCjk(int cp) {
    return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x20000 && cp <= 0x2A6DF)
        || (cp >= 0x2A700 && cp <= 0x2B73F) || (cp >= 0x2B740 && cp <= 0x2B81F) || (cp >= 0x2B820 && cp <= 0x2CEAF)
        || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x2F800 && cp <= 0x2FA1F);
  }
}
