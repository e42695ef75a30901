package dev.readout.aggregate;

import dev.readout.model.Stance;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * The example statements an aggregation keeps, written to a temporary file as they come, so that memory holds only
 * their positions (a corpus of a million statements keeps up to a few examples for each of its pairs: hundreds of
 * megabytes of text, which belong on disk). The file is made at the first example and deleted by {@link #close()}
 * (or, if that is never called, when the JVM exits). Not thread-safe.
 */
final class ExampleStore implements AutoCloseable {
  private Path file;
  private OutputStream out;
  private RandomAccessFile in;
  private long size;
  private boolean unflushed;

  /** Keeps an example; returns its position. */
  long put(StanceExample e) {
    try {
      if (out == null) {
        file = Files.createTempFile("readout-examples-", ".bin");
        file.toFile().deleteOnExit();
        out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);
      DataOutputStream d = new DataOutputStream(bytes);
      d.writeInt(0); // the record's length, set below
      text(d, e.document());
      text(d, e.statement());
      text(d, e.date() == null ? "" : e.date().toString());
      text(d, e.speakers());
      text(d, e.cue());
      d.writeByte(e.stance().ordinal());
      text(d, e.content());
      d.writeInt(e.markBegin());
      d.writeInt(e.markEnd());
      byte[] record = bytes.toByteArray();
      int n = record.length - 4;
      record[0] = (byte) (n >>> 24);
      record[1] = (byte) (n >>> 16);
      record[2] = (byte) (n >>> 8);
      record[3] = (byte) n;
      long at = size;
      out.write(record);
      size += record.length;
      unflushed = true;
      return at;
    } catch (IOException x) {
      throw new UncheckedIOException("cannot keep example statements in " + (file == null ? "a temporary file" : file) + ": " + x.getMessage(), x);
    }
  }

  /** The example kept at a position {@link #put} returned. */
  StanceExample get(long position) {
    if (out == null || position < 0 || position >= size) {
      throw new IllegalArgumentException("no example kept at " + position);
    }
    try {
      if (unflushed) {
        out.flush();
        unflushed = false;
      }
      if (in == null) {
        in = new RandomAccessFile(file.toFile(), "r");
      }
      in.seek(position);
      byte[] record = new byte[in.readInt()];
      in.readFully(record);
      DataInputStream d = new DataInputStream(new ByteArrayInputStream(record));
      String document = text(d);
      String statement = text(d);
      String date = text(d);
      String speakers = text(d);
      String cue = text(d);
      Stance stance = Stance.values()[d.readByte()];
      String content = text(d);
      return new StanceExample(document, statement, date.isEmpty() ? null : LocalDate.parse(date), speakers, cue, stance,
          content, d.readInt(), d.readInt());
    } catch (IOException x) {
      throw new UncheckedIOException("cannot read the example statements kept in " + file + ": " + x.getMessage(), x);
    }
  }

  private static void text(DataOutputStream d, String s) throws IOException {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    d.writeInt(b.length);
    d.write(b);
  }

  private static String text(DataInputStream d) throws IOException {
    byte[] b = new byte[d.readInt()];
    d.readFully(b);
    return new String(b, StandardCharsets.UTF_8);
  }

  /** Closes and deletes the file. */
  @Override
  public void close() {
    try {
      if (out != null) {
        out.close();
      }
      if (in != null) {
        in.close();
      }
      if (file != null) {
        Files.deleteIfExists(file);
      }
    } catch (IOException x) {
      throw new UncheckedIOException("cannot delete " + file + ": " + x.getMessage(), x);
    } finally {
      out = null;
      in = null;
      file = null;
      size = 0;
    }
  }
}
