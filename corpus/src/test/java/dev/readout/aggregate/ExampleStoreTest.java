package dev.readout.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.readout.model.Stance;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ExampleStoreTest {
  @Test
  void examplesComeBackAsKeptInAnyOrderWhileOpen() {
    StanceExample a = new StanceExample("d1", "s1", LocalDate.of(2022, 3, 1), "Ana Lima; Jon Dahl", "called for", Stance.SUPPORT,
        "an immediate ceasefire — in Côte d’Ivoire 🙂", 3, 12);
    StanceExample b = new StanceExample("d2", "s7", null, "", "said", Stance.NEUTRAL, "x".repeat(70_000), -1, -1);
    try (ExampleStore store = new ExampleStore()) {
      long at = store.put(a);
      long bt = store.put(b);
      assertEquals(b, store.get(bt));
      assertEquals(a, store.get(at));
      long ct = store.put(a);
      assertEquals(a, store.get(ct), "a put after a get");
      assertThrows(IllegalArgumentException.class, () -> store.get(ct + 1_000_000));
    }
  }

  @Test
  void nothingIsKeptOnceClosed() {
    ExampleStore store = new ExampleStore();
    long at = store.put(new StanceExample("d1", "s1", null, "A", "said", Stance.OPPOSE, "war", 0, 3));
    store.close();
    assertThrows(IllegalArgumentException.class, () -> store.get(at));
    store.close();
  }
}
