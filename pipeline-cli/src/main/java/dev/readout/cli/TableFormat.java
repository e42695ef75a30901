package dev.readout.cli;

import dev.readout.model.AnalyzedDocument;
import dev.readout.model.Statement;
import java.util.ArrayList;
import java.util.List;

/** The statements of a document as text for a person. */
final class TableFormat {
  private static final int CONTENT_WIDTH = 90;

  private TableFormat() {}

  static String render(AnalyzedDocument doc) {
    StringBuilder b = new StringBuilder();
    b.append("== ").append(doc.id()).append(" — ").append(doc.statements().size()).append(" statements\n");
    String section = null;
    for (Statement s : doc.statements()) {
      if (s.section() != null && !s.section().equals(section)) {
        section = s.section();
        b.append("  [").append(section).append("]\n");
      }
      List<String> who = new ArrayList<>();
      for (String id : s.speakers()) {
        doc.actor(id).ifPresent(a -> who.add(a.label()));
      }
      b.append(String.format("  %-3s %-40s %-18s %-8s → %s%n",
          s.id(), String.join(" + ", who), s.cue().text(), s.stance(), s.target() == null ? "" : s.target().text()));
      String content = s.content().text().replaceAll("\\s+", " ");
      if (content.length() > CONTENT_WIDTH) {
        content = content.substring(0, CONTENT_WIDTH - 1) + "…";
      }
      b.append("      ").append(s.mode() == dev.readout.model.Mode.DIRECT ? "“" + content + "”" : content).append('\n');
    }
    return b.toString();
  }
}
