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

  /** What a pair keeps while counting: its first {@code max} statements and the first of each stance. */
  private static List<Item> candidates(List<Item> inOrder, int max) {
    Set<Stance> seen = EnumSet.noneOf(Stance.class);
    List<Item> out = new ArrayList<>();
    for (int i = 0; i < inOrder.size(); i++) {
      Item it = inOrder.get(i);
      if (i < max || seen.add(it.stance())) {
        out.add(it);
      }
      seen.add(it.stance());
    }
    return out;
  }

  @Property(tries = 500)
  void theFirstFewAndTheFirstOfEachStanceChooseAsAllDo(@ForAll @Size(max = 40) List<Stance> stances, @ForAll @IntRange(min = 0, max = 5) int max) {
    List<Item> all = items(stances);
    assertEquals(StanceAggregator.chooseExamples(all, Item::stance, max), StanceAggregator.chooseExamples(candidates(all, max), Item::stance, max));
  }

  @Property(tries = 500)
  void pairsMergedIntoOneRowChooseAsTheRowsWholeStreamWould(@ForAll @Size(max = 40) List<Stance> stances,
      @ForAll @Size(max = 40) List<@IntRange(min = 0, max = 2) Integer> pairOf, @ForAll @IntRange(min = 0, max = 6) int max) {
    // the command line keeps candidates per pair of profiles and merges the pairs of one row; Spark sees the row whole
    List<Item> all = items(stances);
    List<List<Item>> pairs = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    for (Item it : all) {
      pairs.get(it.order() < pairOf.size() ? pairOf.get(it.order()) : 0).add(it);
    }
    List<Item> merged = new ArrayList<>();
    pairs.forEach(p -> merged.addAll(candidates(p, max)));
    merged.sort(java.util.Comparator.comparingInt(Item::order));
    assertEquals(StanceAggregator.chooseExamples(all, Item::stance, max), StanceAggregator.chooseExamples(merged, Item::stance, max));
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
