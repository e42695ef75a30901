package dev.readout.model;

/** Entity types of the schema. */
public enum EntityType {
  PERSON,
  ORGANIZATION,
  /** Countries, cities, states: places with a government. */
  GPE,
  /** Other places: regions, seas, straits. */
  LOCATION,
  NATIONALITY,
  TITLE,
  DATE,
  TIME,
  MISC
}
