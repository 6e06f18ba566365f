package io.djflink.storage.records;

import java.io.Closeable;
import java.io.IOException;

/** Reads the records of one record file, in the order they were written. */
public interface RecordReader extends Closeable {

    /** @return the next record, or {@code null} after the last */
    StoredRecord next() throws IOException;
}
