package dev.readout.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameNormalizerTest {
  private static final NameNormalizer NAMES = NameNormalizer.bundled();

  @Test
  void personNamesLoseHonorificsTitlesSuffixesAndInitials() {
    assertEquals(List.of("joseph", "biden"), NAMES.personName("H.E. President Joseph R. Biden, Jr."));
    assertEquals(List.of("biden"), NAMES.personName("President Biden’s"));
    assertEquals(List.of("jose", "muller"), NAMES.personName("Mr. José Müller"));
    assertEquals(List.of("liz", "sherwood-randall"), NAMES.personName("Dr. Liz Sherwood-Randall"));
    assertEquals(List.of(), NAMES.personName("the Vice President"));
    assertEquals(List.of(), NAMES.personName("R."));
    assertEquals(List.of("blinken"), NAMES.withTitles(List.of("Secretary of State")).personName("Secretary of State Blinken"));
  }

  @Test
  void targetsLoseCaseDiacriticsAndLeadingDeterminers() {
    assertEquals("importance", NameNormalizer.target("The importance"));
    assertEquals("commitment", NameNormalizer.target("their  commitment"));
    assertEquals("cote d'ivoire", NameNormalizer.target("Côte d’Ivoire"));
    assertEquals("", NameNormalizer.target("Their"), "a determiner alone names nothing");
    assertEquals("", NameNormalizer.target(" ... "));
  }
}
