package dev.readout.aggregate;

import static dev.readout.aggregate.Docs.doc;
import static dev.readout.aggregate.Docs.person;
import static dev.readout.model.Stance.OPPOSE;
import static dev.readout.model.Stance.SUPPORT;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AggregateCsvTest {
  @Test
  void rfc4180HeaderCrlfAndQuotingWhereNeeded() {
    StanceAggregator agg = new StanceAggregator();
    agg.add(doc("d1", "2021-05-06")
        .actor(person("a1", "Joseph R. Biden, Jr.", "President", null))
        .says(SUPPORT, "the \"two-state\" solution", "a1")
        .says(OPPOSE, "the \"two-state\" solution", "a1")
        .says(SUPPORT, "the\nline", "a1")
        .build());
    StringBuilder out = new StringBuilder();
    AggregateCsv.write(agg.table(), out);
    String[] lines = out.toString().split("\r\n", -1);
    assertEquals("speaker_id,speaker,target_id,target,support,oppose,neutral,total,net_stance,first_date,last_date,documents", lines[0]);
    assertEquals("A1,\"Joseph R. Biden, Jr. (President)\",,\"the \"\"two-state\"\" solution\",1,1,0,2,0.000,2021-05-06,2021-05-06,1", lines[1]);
    assertEquals("A1,\"Joseph R. Biden, Jr. (President)\",,\"the\nline\",1,0,0,1,1.000,2021-05-06,2021-05-06,1", lines[2], "a line break stays inside quotes");
    assertEquals("", lines[3], "the last line ends with CRLF too");
    assertEquals(4, lines.length);
    assertEquals(-1, out.toString().replace("\r\n", "").indexOf('\r'));
  }
}
