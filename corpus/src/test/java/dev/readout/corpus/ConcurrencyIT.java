package dev.readout.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.readout.json.DocumentJson;
import dev.readout.pipeline.Pipeline;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One pipeline shared by several threads gives what one thread gives. */
class ConcurrencyIT {
  @Test
  void sameResultsFromFourThreadsAsFromOne() throws Exception {
    Pipeline pipeline = SharedPipeline.get();
    DocumentJson json = new DocumentJson();
    List<String> expected = new ArrayList<>();
    for (String id : Samples.IDS) {
      expected.add(json.write(pipeline.analyze(id, Samples.text(id)), true));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> futures = new ArrayList<>();
      for (int round = 0; round < 3; round++) {
        for (String id : Samples.IDS) {
          futures.add(pool.submit(() -> json.write(pipeline.analyze(id, Samples.text(id)), true)));
        }
      }
      for (int i = 0; i < futures.size(); i++) {
        assertEquals(expected.get(i % Samples.IDS.size()), futures.get(i).get(), "document " + Samples.IDS.get(i % Samples.IDS.size()));
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
