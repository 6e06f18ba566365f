package io.djflink.runtime.source;

import io.djflink.storage.records.StoredRecord;
import java.io.Closeable;
import java.io.IOException;

/**
 * Records of one partition, in input order, from wherever the partition resumes: the input files
 * or a committed stage checkpoint.
 */
interface RecordSource extends Closeable {

    /** @return the next record, or null after the last */
    StoredRecord next() throws IOException;

    /** How far the source got, in the unit its factory takes to skip ahead on restore. */
    long position();
}
