package dev.readout.attribution;

import java.util.List;

/**
 * Who speaks and how that was found.
 *
 * @param rule the deciding rule as readout/1 records it in {@code rule}; null for a subject found below the cue,
 *     which the rule above names
 * @param chain every rule from the cue down ("coordinated-cue>subject-of-cue+meeting-partners")
 */
record Speaker(Refs refs, String rule, String chain) {
  List<String> actors() {
    return refs.ids();
  }

  /** Found through the rule {@code outer} above this one: "coordinated-cue" over a subject, and the chain grows. */
  Speaker under(String outer) {
    return under(outer, outer);
  }

  /**
   * Found through the rule {@code link} above this one, which readout/1's {@code rule} has always called {@code
   * outer} ("participle-cue" for an infinitive's host).
   */
  Speaker under(String outer, String link) {
    return new Speaker(refs, rule == null || rule.equals("subject-of-cue") ? outer : rule, link + ">" + chain);
  }

  /** With more speakers: the partners of a meeting ("X met Y to discuss"). */
  Speaker withPartners(Refs more) {
    return new Speaker(more, "meeting-partners", chain + "+meeting-partners");
  }
}
