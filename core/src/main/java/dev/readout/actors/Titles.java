package dev.readout.actors;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** How titles compare: "the Minister" and "Minister of External Affairs", "foreign minister" and an office. */
final class Titles {
  private Titles() {}

  /**
   * How well a title standing alone names the holder of a full title: 3 the same, 2 its start or end ("the
   * Minister" for "Minister of External Affairs"), 1 all its words among the office's ("the Indo-Pacific
   * Minister" for "Minister for the Indo-Pacific", "the Foreign Minister" for "Minister of Foreign Affairs"),
   * 0 not at all.
   */
  static int fit(String mention, String office) {
    if (office.equals(mention)) {
      return 3;
    }
    if (office.startsWith(mention + " ") || office.endsWith(" " + mention)) {
      return 2;
    }
    List<String> words = List.of(office.split("[ /]"));
    for (String w : mention.split("[ /]")) {
      if (!words.contains(w) && !words.contains(w + "s") && !w.equals("the")) {
        return 0;
      }
    }
    return 1;
  }

  /** Whether two titles share a word other than "the" and "of". */
  static boolean sharesWord(String a, String b) {
    List<String> words = List.of(b.split("[ /]"));
    return Arrays.stream(a.split("[ /]")).anyMatch(w -> !w.equals("the") && !w.equals("of") && words.contains(w));
  }

  /** Lower case, hyphens as spaces, single spaces: "Vice-President" gives "vice president". */
  static String norm(String t) {
    return t.toLowerCase(Locale.ROOT).replace('-', ' ').replaceAll("\\s+", " ").strip();
  }

  /** A person named in the text whose title holds the office's words ("foreign minister"). */
  static boolean holdsOffice(ActorDraft d, String office) {
    return d.isNamedPerson() && d.title != null && fit(office, norm(d.title)) > 0;
  }
}
