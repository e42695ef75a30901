package dev.readout.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readout.model.Stance;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * {@link StanceAggregator#chooseExamples}: what Spark's table relies on (only a pair's first statements and the first
 * of each stance can be chosen), and what the choice promises.
 */
class ChooseExamplesProperties {
  private record Item(int order, Stance stance) {}

  private static List<Item> items(List<Stance> stances) {
    List<Item> out = new ArrayList<>();
    for (int i = 0; i < stances.size(); i++) {
      out.add(new Item(i, stances.get(i)));
    }
    return out;
  }

  @Property(tries = 500)
  void theFirstFewAndTheFirstOfEachStanceChooseAsAllDo(@ForAll @Size(max = 40) List<Stance> stances, @ForAll @IntRange(min = 0, max = 5) int max) {
    List<Item> all = items(stances);
    Set<Stance> seen = EnumSet.noneOf(Stance.class);
    List<Item> candidates = new ArrayList<>();
    for (Item it : all) {
      if (it.order() < max || seen.add(it.stance())) {
        candidates.add(it);
      }
      seen.add(it.stance());
    }
    assertEquals(StanceAggregator.chooseExamples(all, Item::stance, max), StanceAggregator.chooseExamples(candidates, Item::stance, max));
  }

  @Property(tries = 500)
  void theChoiceIsInOrderBoundedAndShowsEveryStanceThereIsRoomFor(@ForAll @Size(max = 40) List<Stance> stances, @ForAll @IntRange(min = 0, max = 5) int max) {
    List<Item> chosen = StanceAggregator.chooseExamples(items(stances), Item::stance, max);
    assertEquals(Math.min(max, stances.size()), chosen.size());
    for (int i = 1; i < chosen.size(); i++) {
      assertTrue(chosen.get(i - 1).order() < chosen.get(i).order(), "document order: " + chosen);
    }
    Set<Stance> present = stances.isEmpty() ? EnumSet.noneOf(Stance.class) : EnumSet.copyOf(stances);
    Set<Stance> shown = chosen.isEmpty() ? EnumSet.noneOf(Stance.class) : EnumSet.copyOf(chosen.stream().map(Item::stance).toList());
    if (max >= present.size()) {
      assertEquals(present, shown, "every stance the pair has, room allowing: " + chosen);
    }
  }
}
