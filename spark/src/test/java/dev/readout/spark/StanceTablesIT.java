package dev.readout.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readout.aggregate.ActorMerger;
import dev.readout.aggregate.AggregateCsv;
import dev.readout.aggregate.StanceAggregator;
import dev.readout.aggregate.StanceTable;
import dev.readout.corpus.PipelineSpec;
import dev.readout.model.AnalyzedDocument;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stance table counted in Spark SQL against {@code readout aggregate}'s aggregator over the same documents. */
class StanceTablesIT {
  @Test
  void theTableIsTheCommandLinesOverTheSameStatements(@TempDir Path tmp) throws Exception {
    TestDocuments.write(tmp.resolve("in"), 16);
    List<String> paths = List.of(tmp.resolve("in").toString());
    Cli.Run cli = Cli.extract(paths, tmp.resolve("cli.jsonl"), PipelineSpec.of("fast"));
    List<AnalyzedDocument> docs = new ArrayList<>(cli.documents());
    docs.sort(Comparator.comparing(AnalyzedDocument::id)); // the order Spark's table meets them in
    StringBuilder expected = new StringBuilder();
    StanceTable cliTable;
    try (StanceAggregator aggregator = new StanceAggregator(new ActorMerger())) {
      docs.forEach(aggregator::add);
      cliTable = aggregator.table();
      AggregateCsv.write(cliTable, expected);
    }

    ExtractOptions options = ExtractOptions.of("fast");
    ReadoutSpark.Result r = ReadoutSpark.analyse(Inputs.read(LocalSpark.get(), paths, options.maxDocChars()), options, 3);
    try {
      StanceTable table = StanceTables.aggregate(r.statements());
      StringBuilder actual = new StringBuilder();
      AggregateCsv.write(table, actual);
      assertTrue(cliTable.rows().size() > 40, "pairs to compare: " + cliTable.rows().size());
      assertEquals(expected.toString(), actual.toString());
      assertEquals(cliTable.statements(), table.statements());
      assertEquals(cliTable.acts(), table.acts());
      assertEquals(cliTable.withoutTarget(), table.withoutTarget());
      assertEquals(cliTable.unusableTarget(), table.unusableTarget());
      assertEquals(cliTable.actors(), table.actors());
    } finally {
      r.release();
    }
  }
}
