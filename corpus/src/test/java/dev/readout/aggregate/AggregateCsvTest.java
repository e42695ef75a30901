package dev.readout.aggregate;

import static dev.readout.aggregate.Docs.doc;
import static dev.readout.aggregate.Docs.person;
import static dev.readout.aggregate.Docs.state;
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
        .actor(state("a2", "Ukraine\n\"UA\""))
        .states(SUPPORT, "Ukraine's sovereignty", "Ukraine's sovereignty", "a2", "sovereignty", "a1")
        .build());
    StringBuilder out = new StringBuilder();
    AggregateCsv.write(agg.table(), out);
    String[] lines = out.toString().split("\r\n", -1);
    assertEquals("speaker_id,speaker,kind,target_id,target,head,support,oppose,neutral,total,net_stance,acts,first_date,last_date,documents,example_ids", lines[0]);
    assertEquals("A1,\"Joseph R. Biden, Jr. (President)\",issue,,two-state solution,two-state solution,1,1,0,2,0.000,0,2021-05-06,2021-05-06,1,d1#s1; d1#s2", lines[1]);
    assertEquals("A1,\"Joseph R. Biden, Jr. (President)\",actor,A2,\"Ukraine\n\"\"UA\"\"\",,1,0,0,1,1.000,1,2021-05-06,2021-05-06,1,d1#s3", lines[2],
        "an act of an actor: under the actor (a line break and quotes stay inside quotes) ...");
    assertEquals("A1,\"Joseph R. Biden, Jr. (President)\",issue,,sovereignty,sovereignty,1,0,0,1,1.000,1,2021-05-06,2021-05-06,1,d1#s3", lines[3],
        "... and under its head phrase");
    assertEquals("", lines[4], "the last line ends with CRLF too");
    assertEquals(5, lines.length);
    assertEquals(-1, out.toString().replace("\r\n", "").indexOf('\r'));
  }
}
