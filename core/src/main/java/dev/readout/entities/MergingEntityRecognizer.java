package dev.readout.entities;

import dev.readout.lexicon.Gazetteer;
import dev.readout.model.EntityMention;
import dev.readout.model.EntityType;
import dev.readout.model.Sentence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Joins the statistical tagger and the gazetteer. Where they overlap the gazetteer wins, except for a
 * longer statistical PERSON or ORGANIZATION span ("Government of Japan" over "Japan"); honorifics and
 * titles are trimmed off person names, and a person span that is a greeting ("Namaskar") is dropped. Thread-safe.
 */
public final class MergingEntityRecognizer implements EntityRecognizer {
  private final EntityRecognizer statistical;
  private final EntityRecognizer gazetteerRecognizer;
  private final Gazetteer gazetteer;

  public MergingEntityRecognizer(EntityRecognizer statistical, EntityRecognizer gazetteerRecognizer, Gazetteer gazetteer) {
    this.statistical = statistical;
    this.gazetteerRecognizer = gazetteerRecognizer;
    this.gazetteer = gazetteer;
  }

  @Override
  public List<EntityMention> recognize(String text, List<Sentence> sentences) {
    List<EntityMention> gaz = gazetteerRecognizer.recognize(text, sentences);
    List<EntityMention> out = new ArrayList<>(gaz);
    for (EntityMention raw : statistical.recognize(text, sentences)) {
      EntityMention m = raw.type() == EntityType.PERSON ? trimPerson(text, raw) : raw;
      if (m == null) {
        continue;
      }
      List<EntityMention> clashes = out.stream().filter(o -> o.span().overlaps(m.span())).toList();
      if (clashes.isEmpty()) {
        out.add(m);
        continue;
      }
      // "Hossein Amir-Abdollahian": a title word inside a person's name ("Amir") is part of the name
      boolean personClash = m.type() == EntityType.PERSON
          && clashes.stream().allMatch(c -> c.type() == EntityType.PERSON || c.type() == EntityType.TITLE && c.begin() > m.begin() && c.end() <= m.end())
          && clashes.stream().anyMatch(c -> c.type() == EntityType.PERSON);
      if (personClash) { // two person spans: keep the union
        int b = Math.min(m.begin(), clashes.stream().mapToInt(EntityMention::begin).min().orElse(m.begin()));
        int e = Math.max(m.end(), clashes.stream().mapToInt(EntityMention::end).max().orElse(m.end()));
        out.removeAll(clashes);
        out.add(new EntityMention(b, e, text.substring(b, e), EntityType.PERSON, null, null, "corenlp"));
        continue;
      }
      boolean longer = clashes.stream().allMatch(c -> m.span().contains(c.span()) && m.span().length() > c.span().length());
      boolean noTitle = clashes.stream().noneMatch(c -> c.type() == EntityType.TITLE);
      if (longer && noTitle && (m.type() == EntityType.PERSON || m.type() == EntityType.ORGANIZATION)) {
        out.removeAll(clashes);
        out.add(m);
      }
    }
    out.sort(Comparator.comparingInt(EntityMention::begin));
    return List.copyOf(withNameSuffixes(text, out));
  }

  /** "Joseph R. Biden, Jr.": a generational suffix after a person's name joins the name, never an entity of its own. */
  private List<EntityMention> withNameSuffixes(String text, List<EntityMention> sorted) {
    List<EntityMention> out = new ArrayList<>();
    for (EntityMention m : sorted) {
      EntityMention prev = out.isEmpty() ? null : out.get(out.size() - 1);
      if (prev != null && prev.type() == EntityType.PERSON && m.begin() >= prev.end() && suffixEnd(text, prev.end()) >= m.end()) {
        continue; // the suffix the person before already took
      }
      if (prev != null && prev.type() == EntityType.PERSON && m.type() == EntityType.PERSON && prev.text().length() <= 3
          && text.substring(prev.end(), m.begin()).equals(". ")) {
        // "Ma. Theresa P. Lazaro": an abbreviated given name the tagger cut off at its period
        out.set(out.size() - 1, new EntityMention(prev.begin(), m.end(), text.substring(prev.begin(), m.end()), EntityType.PERSON, null, null, prev.source()));
        continue;
      }
      if (m.type() == EntityType.PERSON) {
        int end = suffixEnd(text, m.end());
        if (end > m.end()) {
          m = new EntityMention(m.begin(), end, text.substring(m.begin(), end), m.type(), m.canonical(), m.actor(), m.source());
        }
      }
      out.add(m);
    }
    return out;
  }

  /** The end of ", Jr." or " Sr." right after {@code at}, or {@code at} when no suffix follows. */
  private int suffixEnd(String text, int at) {
    int i = at;
    if (i < text.length() && text.charAt(i) == ',') {
      i++;
    }
    if (i >= text.length() || text.charAt(i) != ' ') {
      return at;
    }
    i++;
    int e = i;
    while (e < text.length() && (Character.isLetter(text.charAt(e)) || text.charAt(e) == '.')) {
      e++;
    }
    if (e < text.length() && Character.isLetterOrDigit(text.charAt(e))) {
      return at;
    }
    String word = text.substring(i, e);
    return gazetteer.isNameSuffix(word) ? e : at;
  }

  /** Drops honorifics and titles at the edges of a person span ("H.E", "Mr.", "Minister"). */
  private EntityMention trimPerson(String text, EntityMention m) {
    String s = m.text();
    int b = m.begin();
    int e = m.end();
    boolean changed = true;
    while (changed && b < e) {
      changed = false;
      String rest = text.substring(b, e);
      String first = rest.split("\\s+", 2)[0];
      String firstDot = first.endsWith(".") ? first : first + ".";
      if (gazetteer.isHonorific(first) || gazetteer.isHonorific(firstDot) || isTitleWord(first)) {
        int skip = first.length();
        b += skip;
        while (b < e && Character.isWhitespace(text.charAt(b))) {
          b++;
        }
        changed = true;
      }
    }
    if (b >= e || !Character.isLetter(text.charAt(b)) || gazetteer.isNotAName(text.substring(b, e))) {
      return null; // "Namaskar, friends": a greeting, not a person
    }
    return b == m.begin() && s.length() == e - b ? m : new EntityMention(b, e, text.substring(b, e), m.type(), null, null, m.source());
  }

  private boolean isTitleWord(String w) {
    return gazetteer.lookup(w).map(x -> x.type() == EntityType.TITLE).orElse(false);
  }
}
