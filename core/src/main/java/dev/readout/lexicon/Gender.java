package dev.readout.lexicon;

/** The gender a pronoun, honorific or given name tells: "she" FEMALE, "it" NEUTER (a state or body), "they" ANY. */
public enum Gender {
  MALE,
  FEMALE,
  /** "it", "its": a state or an organisation, never a person. */
  NEUTER,
  /** Says nothing: "they", "we", a person whose gender is not known. */
  ANY;

  /** The lexicons' one-letter code: M, F, N or -. */
  public static Gender ofCode(String code) {
    return switch (code) {
      case "M" -> MALE;
      case "F" -> FEMALE;
      case "N" -> NEUTER;
      case "-" -> ANY;
      default -> throw new ModelLoadException("unknown gender code '" + code + "', expected M, F, N or -");
    };
  }

  /** MALE or FEMALE: a gender a person can be known to have. */
  public boolean isPersonal() {
    return this == MALE || this == FEMALE;
  }
}
