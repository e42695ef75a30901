package dev.readout.model;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every rule name the pipeline records: on each {@link ActorMention} the actor sieve and how it decided
 * ("he-she:previous-subject"), on each {@link Statement} the attribution rules of its chain
 * ("coordinated-cue>passive-agent"). One closed vocabulary; README lists each name.
 */
public enum Rule {
  // ---- actor resolution: sieve, or sieve:how
  NAME_PERSON("name:person"),
  NAME_ORGANISATION("name:organisation"),
  NAME_STATE("name:state"),
  NAME_ACRONYM("name:acronym"),
  NAME_COMMA_GIVEN_NAME("name:comma-given-name"),
  TITLE_ALONE_APPOSED_HOLDER("title-alone:apposed-holder"),
  TITLE_ALONE_NAME_BEFORE("title-alone:name-before"),
  TITLE_ALONE_OFFICE_HOLDER("title-alone:office-holder"),
  TITLE_ALONE_COMPATRIOT("title-alone:compatriot"),
  TITLE_ALONE_ISSUER_MINISTER("title-alone:issuer-minister"),
  TITLE_ALONE_TITLE_ONLY("title-alone:title-only"),
  STYLE_ALONE("style-alone"),
  FIRST_PERSON_QUOTED("first-person:quoted-speaker"),
  FIRST_PERSON_AUTHOR("first-person:author"),
  WE_APPOSITION("we:apposition"),
  WE_OFFICE_HOLDERS("we:office-holders"),
  WE_PARTICIPANTS("we:participants"),
  WE_COLLECTIVE("we:collective"),
  WE_LAST_PLURAL("we:last-plural"),
  WE_SUBJECT_STATE("we:subject-state"),
  THEY_GROUP_SUBJECT("they:group-subject"),
  THEY_LAST_PLURAL("they:last-plural"),
  THEY_PARAGRAPH_PAIR("they:paragraph-pair"),
  THEY_PARTICIPANTS("they:participants"),
  HE_SHE_SUBJECT_HERE("he-she:subject-here"),
  HE_SHE_PREVIOUS_SUBJECT("he-she:previous-subject"),
  HE_SHE_PROTAGONIST("he-she:protagonist"),
  HE_SHE_LATEST_NAMED("he-she:latest-named"),
  COUNTED_GROUP_OWN_GROUP("counted-group:own-group"),
  COUNTED_GROUP_COLLECTIVE_WE("counted-group:collective-we"),
  COUNTED_GROUP_OFFICE_HOLDERS("counted-group:office-holders"),
  COUNTED_GROUP_FIRST_PARTICIPANTS("counted-group:first-participants"),
  COUNTED_GROUP_NO_PARTICIPANTS("counted-group:no-participants"),
  COUNTED_GROUP_PARTICIPANTS("counted-group:participants"),
  COLLECTIVE("collective"),
  OWN_TEAM("own-team"),
  SHORT_ORGANISATION_NAMED("short-organisation:named"),
  SHORT_ORGANISATION_ISSUER("short-organisation:issuer"),
  ROLE_OF_STATE("role-of-state"),
  UNNAMED_SUBJECT("unnamed-subject"),
  /** A speaker attribution met first: a subject that names no known actor ("Allies"). */
  SUBJECT_NOUN("subject-noun"),
  // ---- speaker attribution
  SUBJECT_OF_CUE("subject-of-cue"),
  INFINITIVE_HOST("infinitive-host"),
  PASSIVE_AGENT("passive-agent"),
  COORDINATED_CUE("coordinated-cue"),
  PARTICIPLE_CUE("participle-cue"),
  NESTED_BY("nested-by"),
  ACCORDING_TO("according-to"),
  /** A modifier of a chain: the meeting's partners speak too ("X met Y to discuss"). */
  MEETING_PARTNERS("meeting-partners"),
  /** A modifier of a chain: a group subject leaves out the cue's object ("the leaders congratulated the Taoiseach"). */
  LESS_OBJECT("less-object"),
  // ---- gold
  GOLD("gold");

  private static final Map<String, Rule> BY_ID = Arrays.stream(values()).collect(Collectors.toMap(Rule::id, Function.identity()));

  private final String id;

  Rule(String id) {
    this.id = id;
  }

  /** The name as recorded: "he-she:previous-subject". */
  public String id() {
    return id;
  }

  /** The sieve or rule the name belongs to: "he-she" for "he-she:previous-subject". */
  public String family() {
    int colon = id.indexOf(':');
    return colon < 0 ? id : id.substring(0, colon);
  }

  public static Optional<Rule> byId(String id) {
    return Optional.ofNullable(BY_ID.get(id));
  }

  @Override
  public String toString() {
    return id;
  }
}
