package dev.readout.actors;

import dev.readout.model.ActorKind;
import dev.readout.model.ActorMention;
import dev.readout.model.ActorMention.MentionKind;
import dev.readout.model.Dependencies;
import dev.readout.model.Sentence;
import dev.readout.model.Token;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who the text has been talking about, as the sentence sweep goes on: the meeting's participants, the group a
 * "we" speaks for, the latest group subject (the next "they"), the subjects of the sentence before and how often
 * each actor has been the main subject. Mutable; one document's.
 */
final class Discourse {
  /** The people taking part, set up once the names and titles are known. */
  List<String> participants = List.of();
  /** A chair's or joint statement's "We noted ...": the group its "Leaders expressed ..." names; null if none. */
  String collectiveWe;
  /** "We, the G7 Foreign Ministers, ...": the group the statement's "we" speaks for, once named; null before. */
  List<String> weActor;
  /** The rule that named {@link #weActor}. */
  String weRule;
  /** The latest group subject: what "they" means. */
  List<String> lastPlural = List.of();
  /** Where the latest group subject was: "we" in another paragraph is not that group. */
  int pluralParagraph = -1;
  /** The main subjects of the latest sentence that had one, for "he" in the next. */
  List<ActorMention> sentenceSubjects = List.of();
  private final Map<String, Integer> subjectCount = new HashMap<>();

  /** The participants are known: they are also the first "they". */
  void setParticipants(List<String> ids) {
    participants = ids;
    lastPlural = ids;
  }

  /** How often the actor has been a main subject so far. */
  int subjectCount(String id) {
    return subjectCount.getOrDefault(id, 0);
  }

  /**
   * After a sentence: its main subjects are counted and kept for the next one's pronouns, and a group subject ("…
   * and both leaders reaffirmed …", "X and Y discussed") becomes the next "they". {@code all} is the sentence's
   * mentions as the sweep saw them.
   */
  void endSentence(Sentence s, List<ActorMention> all, ActorTable actors, int paragraph) {
    List<ActorMention> subjects = all.stream().filter(m -> Dependencies.isMainSubject(s, m.head())).toList();
    for (ActorMention m : subjects) {
      if (m.actors().size() == 1) {
        subjectCount.merge(m.actors().get(0), 1, Integer::sum);
      }
    }
    for (ActorMention m : all) {
      // "… and both leaders reaffirmed …", even where the parser hangs the clause low: the next "they"
      if (isGroup(m) && m.kind() != MentionKind.PRONOUN && Dependencies.isSubject(s, m.head())
          && m.actors().stream().allMatch(a -> actors.get(a).kind == ActorKind.PERSON || actors.get(a).kind == ActorKind.GROUP)) {
        plural(m.actors(), paragraph);
      }
    }
    if (subjects.isEmpty()) {
      return;
    }
    sentenceSubjects = subjects;
    for (ActorMention m : subjects) {
      if (isGroup(m)) {
        plural(m.actors(), paragraph);
      }
    }
    List<String> conj = conjoinedSubject(s, all);
    if (conj.size() > 1) {
      plural(conj, paragraph);
    }
  }

  private void plural(List<String> ids, int paragraph) {
    lastPlural = ids;
    pluralParagraph = paragraph;
  }

  private static boolean isGroup(ActorMention m) {
    return m.actors().size() > 1 || m.kind() == MentionKind.GROUP;
  }

  /** "X and Y discussed ...": the actors of coordinated subjects. */
  private static List<String> conjoinedSubject(Sentence s, List<ActorMention> all) {
    Set<String> ids = new LinkedHashSet<>();
    for (ActorMention m : all) {
      Token h = s.token(m.head());
      if (h.relation().equals("conj") && Dependencies.isSubject(s, m.head())) {
        ids.addAll(m.actors());
        for (ActorMention o : all) {
          if (o.head() == h.head()) {
            ids.addAll(o.actors());
          }
        }
      }
    }
    return List.copyOf(ids);
  }
}
