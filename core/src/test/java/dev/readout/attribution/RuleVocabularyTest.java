package dev.readout.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readout.actors.ActorSieve;
import dev.readout.actors.RuleActorResolver;
import dev.readout.model.Rule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The rule names form one closed vocabulary ({@link Rule}), and README's "Sieves and rules" names each, and no other. */
class RuleVocabularyTest {
  private static final Path README = Path.of("../README.md");

  private static String section() throws Exception {
    String readme = Files.readString(README);
    int from = readme.indexOf("### Sieves and rules");
    int to = readme.indexOf("## Output schema", from);
    assertTrue(from >= 0 && to > from, "README has a 'Sieves and rules' section");
    return readme.substring(from, to);
  }

  @Test
  void everyRuleIsInReadme() throws Exception {
    String section = section();
    List<String> missing = Arrays.stream(Rule.values()).filter(r -> r != Rule.GOLD).map(Rule::id)
        .filter(id -> !section.contains("`" + id + "`")).toList();
    assertEquals(List.of(), missing, "rules README's 'Sieves and rules' does not name");
  }

  @Test
  void readmeNamesNoRuleOutsideTheVocabulary() throws Exception {
    Matcher m = Pattern.compile("`([a-z]+(?:-[a-z]+)*:[a-z]+(?:-[a-z]+)*)`").matcher(section());
    Set<String> unknown = new TreeSet<>();
    while (m.find()) {
      if (Rule.byId(m.group(1)).isEmpty()) {
        unknown.add(m.group(1));
      }
    }
    assertEquals(Set.of(), unknown);
  }

  @Test
  void everySieveAndSpeakerRuleIsNamedInTheVocabularyAndReadme() throws Exception {
    String section = section();
    Set<String> families = Arrays.stream(Rule.values()).map(Rule::family).collect(Collectors.toSet());
    Set<String> makeNoMention = Set.of("title-around-name", "discourse", "known-person", "issuer-principal");
    for (ActorSieve s : RuleActorResolver.DEFAULT_SIEVES) {
      assertTrue(families.contains(s.name()) || makeNoMention.contains(s.name()), s.name() + " has rules in Rule");
      assertTrue(section.contains("| `" + s.name() + "` |"), s.name() + " has a row in README's sieve table");
    }
    for (SpeakerRule r : RuleSpeakerAttributor.DEFAULT_RULES) {
      assertTrue(Rule.byId(r.name()).isPresent(), r.name() + " is a Rule");
      assertTrue(section.contains("| `" + r.name() + "` |"), r.name() + " has a row in README's rule table");
    }
  }
}
