package io.djflink.storage.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Splits a JSON lines byte stream into rows with big buffered reads, handing out each row as a
 * slice of its buffer (no copy, no {@code String}). Lines holding only JSON whitespace are counted
 * as lines but are not rows. A line longer than the buffer grows it.
 */
final class JsonLinesScanner implements RawRowReader {

    private static final int READ_SIZE = 1 << 20;
    private static final int GZIP_BUFFER = 1 << 16;

    private final InputStream in;
    /** The file, for error messages. */
    private final Path source;
    private final boolean tracksBytes;
    private final long endByte;
    private byte[] buffer = new byte[READ_SIZE];
    /** Valid bytes in {@link #buffer}. */
    private int filled;
    /** Bytes before this index belong to lines already handed out. */
    private int consumed;
    /** Stream offset of {@code buffer[0]}. */
    private long bufferStart;
    private boolean endOfInput;
    private long lineNumber;
    private int rowOffset;
    private int rowLength;
    private long rowStart;
    private long rowEnd;

    private JsonLinesScanner(InputStream in, Path source, boolean tracksBytes, long startByte, long endByte,
            long firstLine) {
        this.in = in;
        this.source = source;
        this.tracksBytes = tracksBytes;
        this.bufferStart = startByte;
        this.endByte = endByte;
        this.lineNumber = firstLine - 1;
    }

    /** Reads the lines of a plain file that start in [startByte, endByte); {@code startByte} must start a line. */
    static JsonLinesScanner plain(Path file, long startByte, long endByte, long firstLine) throws IOException {
        FileChannel channel = FileChannel.open(file);
        try {
            channel.position(startByte);
        } catch (IOException e) {
            channel.close();
            throw e;
        }
        return new JsonLinesScanner(Channels.newInputStream(channel), file, true, startByte, endByte, firstLine);
    }

    /** Reads a gzip-compressed file (concatenated members included) from its start. */
    static JsonLinesScanner gzip(Path file) throws IOException {
        InputStream raw = Files.newInputStream(file);
        try {
            return new JsonLinesScanner(new GZIPInputStream(raw, GZIP_BUFFER), file, false, 0, Long.MAX_VALUE, 1);
        } catch (IOException e) {
            raw.close();
            throw new IOException(file + ": not a gzip file: " + e.getMessage(), e);
        }
    }

    /** Passes over {@code rows} rows without parsing them; closes the scanner if that fails. */
    JsonLinesScanner skipRows(long rows) throws IOException {
        try {
            long skipped = 0;
            while (skipped < rows && next()) {
                skipped++;
            }
            return this;
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    @Override
    public boolean next() throws IOException {
        while (nextLine()) {
            if (!isBlank()) {
                return true;
            }
        }
        return false;
    }

    private boolean nextLine() throws IOException {
        if (bufferStart + consumed >= endByte) {
            return false;
        }
        int searchFrom = consumed;
        while (true) {
            int newline = indexOfNewline(searchFrom);
            if (newline >= 0) {
                take(newline, newline + 1);
                return true;
            }
            if (endOfInput) {
                if (consumed < filled) {
                    take(filled, filled);
                    return true;
                }
                return false;
            }
            int alreadySearched = filled - consumed;
            readMore();
            searchFrom = alreadySearched;
        }
    }

    private int indexOfNewline(int from) {
        byte[] b = buffer;
        for (int i = from; i < filled; i++) {
            if (b[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private void take(int lineEnd, int next) {
        rowOffset = consumed;
        rowLength = lineEnd - consumed;
        rowStart = bufferStart + consumed;
        rowEnd = bufferStart + next;
        consumed = next;
        lineNumber++;
    }

    /** Moves the unfinished line to the buffer's start (growing it when the line fills it) and reads on. */
    private void readMore() throws IOException {
        int pending = filled - consumed;
        if (consumed == 0 && pending == buffer.length) {
            byte[] grown = new byte[Math.max(buffer.length * 2, buffer.length + READ_SIZE)];
            System.arraycopy(buffer, 0, grown, 0, pending);
            buffer = grown;
        } else {
            System.arraycopy(buffer, consumed, buffer, 0, pending);
        }
        bufferStart += consumed;
        consumed = 0;
        filled = pending;
        int read;
        try {
            read = in.read(buffer, filled, buffer.length - filled);
        } catch (IOException e) {
            throw new IOException(source + ": cannot read: " + e.getMessage(), e);
        }
        if (read < 0) {
            endOfInput = true;
        } else {
            filled += read;
        }
    }

    private boolean isBlank() {
        for (int i = rowOffset, end = rowOffset + rowLength; i < end; i++) {
            byte c = buffer[i];
            if (c != ' ' && c != '\t' && c != '\r') {
                return false;
            }
        }
        return true;
    }

    @Override
    public byte[] buffer() {
        return buffer;
    }

    @Override
    public int offset() {
        return rowOffset;
    }

    @Override
    public int length() {
        return rowLength;
    }

    @Override
    public long line() {
        return lineNumber;
    }

    @Override
    public long startByte() {
        return tracksBytes ? rowStart : InputSegment.UNKNOWN;
    }

    @Override
    public long endByte() {
        return tracksBytes ? rowEnd : InputSegment.UNKNOWN;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
