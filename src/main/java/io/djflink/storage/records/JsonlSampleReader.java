package io.djflink.storage.records;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.djflink.ops.Sample;
import io.djflink.storage.codec.JsonCodec;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a JSON-lines file one sample at a time, skipping blank lines. A line that is not one JSON
 * object fails with the file, line and column.
 */
public final class JsonlSampleReader implements Closeable {

    private final ByteLineReader lines;
    private final String source;
    private long lineNumber;

    JsonlSampleReader(InputStream in, String source) {
        this.lines = new ByteLineReader(in);
        this.source = source;
    }

    public static JsonlSampleReader open(Path file) throws IOException {
        return new JsonlSampleReader(Files.newInputStream(file), file.toString());
    }

    /** @return the next sample, or {@code null} after the last line */
    public Sample next() throws IOException {
        while (lines.next()) {
            lineNumber++;
            if (!isBlank()) {
                return parseLine();
            }
        }
        return null;
    }

    /** The 1-based number of the line {@link #next()} returned last. */
    public long lineNumber() {
        return lineNumber;
    }

    /** Where the last line came from, as {@code file:line}, for error messages. */
    public String location() {
        return source + ":" + lineNumber;
    }

    private boolean isBlank() {
        byte[] b = lines.buffer();
        for (int i = lines.lineStart(), end = i + lines.lineLength(); i < end; i++) {
            if (b[i] != ' ' && b[i] != '\t' && b[i] != '\r') {
                return false;
            }
        }
        return true;
    }

    private Sample parseLine() throws IOException {
        try {
            return JsonCodec.parseObject(lines.buffer(), lines.lineStart(), lines.lineLength());
        } catch (JsonProcessingException e) {
            int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
            throw new IOException(location() + (column > 0 ? ":" + column : "") + ": " + e.getOriginalMessage(), e);
        }
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}
