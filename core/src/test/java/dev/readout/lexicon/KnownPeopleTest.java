package dev.readout.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class KnownPeopleTest {
  private static final KnownPeople PEOPLE = KnownPeople.load("dev/readout/lexicon/people-test.tsv");

  @Test
  void theDocumentsYearChoosesAmongTerms() {
    assertEquals(Optional.of("Brazil"), PEOPLE.affiliation(List.of("Ana Lima"), OptionalInt.of(2017)));
    assertEquals(Optional.of("United Nations"), PEOPLE.affiliation(List.of("Ana Lima"), OptionalInt.of(2022)));
  }

  @Test
  void termsThatDisagreeWithNoYearToChooseGiveNothing() {
    assertEquals(Optional.empty(), PEOPLE.affiliation(List.of("Ana Lima"), OptionalInt.empty()));
    assertEquals(Optional.empty(), PEOPLE.affiliation(List.of("Ana Lima"), OptionalInt.of(2000)), "neither term, and they disagree");
  }

  @Test
  void aYearOutsideEveryTermStillGivesTheOnlyAffiliation() {
    // a former prime minister is still of his state
    assertEquals(Optional.of("Norway"), PEOPLE.affiliation(List.of("Jon Dahl"), OptionalInt.of(2023)));
  }

  @Test
  void namesCompareWithoutCaseDiacriticsFullStopsAndMiddleInitials() {
    assertEquals(Optional.of("Norway"), PEOPLE.affiliation(List.of("JÓN DAHL"), OptionalInt.empty()));
    assertEquals(Optional.of("Norway"), PEOPLE.affiliation(List.of("Dahl Jon"), OptionalInt.empty()), "another form of the name");
    assertEquals(Optional.of("Brazil"), PEOPLE.affiliation(List.of("Ana Q. Lima"), OptionalInt.of(2016)));
    assertEquals(Optional.of("Brazil"), PEOPLE.affiliation(List.of("someone", "Ana M Lima"), OptionalInt.of(2016)), "any of the names");
  }

  @Test
  void aSingleWordIsNeverLookedUp() {
    assertEquals(Optional.empty(), PEOPLE.affiliation(List.of("Lee"), OptionalInt.of(2010)));
    assertEquals(Optional.empty(), PEOPLE.affiliation(List.of("Dahl"), OptionalInt.empty()));
  }

  @Test
  void aBadYearNamesTheFileAndRow() {
    ModelLoadException e = assertThrows(ModelLoadException.class, () -> KnownPeople.load("dev/readout/lexicon/people-bad.tsv"));
    assertTrue(e.getMessage().startsWith("dev/readout/lexicon/people-bad.tsv: row 1 (Ana Lima)"), e.getMessage());
  }

  @Test
  void anotherFormOfANameOnOneRowStandsForAllItsRows() {
    // the hyphenated form is listed on the first row only, and hyphens compare as spaces anyway
    assertEquals(Optional.of("United Nations"), PEOPLE.affiliation(List.of("Ban Ki-moon"), OptionalInt.of(2012)));
    assertEquals(Optional.of("Republic of Korea"), PEOPLE.affiliation(List.of("Ban Ki-moon"), OptionalInt.of(2005)));
  }
}
