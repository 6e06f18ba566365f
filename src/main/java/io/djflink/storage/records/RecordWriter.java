package io.djflink.storage.records;

import io.djflink.ops.Sample;
import java.io.Closeable;
import java.io.IOException;

/**
 * Writes one record file (a "part"). A columnar writer may hold rows in memory until
 * {@link #close()}, which writes them, flushes and closes the underlying stream.
 */
public interface RecordWriter extends Closeable {

    /**
     * Writes (or buffers) one record. The writer must not keep a reference to {@code sample}: the
     * caller may change it after this call returns.
     */
    void write(long row, int[] sub, Sample sample) throws IOException;

    /** Rows written so far. */
    long rows();

    /** Bytes held in memory that {@link #close()} has yet to write; callers roll parts on it. */
    long bufferedBytes();
}
