package io.djflink.storage.records;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a stream into lines of raw bytes without decoding them, so a JSON parser can read each
 * line straight from the buffer. The buffer grows to the longest line and is reused.
 */
final class ByteLineReader implements Closeable {

    private final InputStream in;
    private byte[] buffer = new byte[64 * 1024];
    private int start;
    private int end;
    private boolean eof;
    private int lineStart;
    private int lineLength;

    ByteLineReader(InputStream in) {
        this.in = in;
    }

    /**
     * Advances to the next line; its bytes, without the {@code \n} or {@code \r\n}, are
     * {@code buffer()[lineStart() .. lineStart() + lineLength())} until the next call.
     *
     * @return false at the end of the stream
     */
    boolean next() throws IOException {
        int scanFrom = start;
        while (true) {
            for (int i = scanFrom; i < end; i++) {
                if (buffer[i] == '\n') {
                    setLine(start, i);
                    start = i + 1;
                    return true;
                }
            }
            if (eof) {
                if (start == end) {
                    return false;
                }
                setLine(start, end);
                start = end;
                return true;
            }
            scanFrom = end - start;
            fill();
            scanFrom += start;
        }
    }

    private void setLine(int from, int newline) {
        int to = newline > from && buffer[newline - 1] == '\r' ? newline - 1 : newline;
        lineStart = from;
        lineLength = to - from;
    }

    /** Moves the unread bytes to the front (growing the buffer when they fill it) and reads more. */
    private void fill() throws IOException {
        int pending = end - start;
        if (pending == buffer.length) {
            buffer = Arrays.copyOf(buffer, buffer.length * 2);
        } else if (start > 0) {
            System.arraycopy(buffer, start, buffer, 0, pending);
        }
        start = 0;
        end = pending;
        int n = in.read(buffer, end, buffer.length - end);
        if (n < 0) {
            eof = true;
        } else {
            end += n;
        }
    }

    byte[] buffer() {
        return buffer;
    }

    int lineStart() {
        return lineStart;
    }

    int lineLength() {
        return lineLength;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
