package io.djflink.partition;

import io.djflink.storage.input.CorruptLineLog;
import io.djflink.storage.input.InputRow;
import io.djflink.storage.input.InputSegment;
import io.djflink.storage.input.InputSegmentReader;
import io.djflink.storage.input.OnCorruptLine;
import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/**
 * Reads a partition's rows across its segments, optionally after rows already read (a restored
 * split): whole segments before that row are not opened at all.
 */
public final class PartitionReader implements Closeable {

    private final List<InputSegment> segments;
    private final OnCorruptLine onCorruptLine;
    private final CorruptLineLog finishedSegmentsCorruptLines = new CorruptLineLog();
    private int segmentIndex;
    private InputSegmentReader current;

    private PartitionReader(List<InputSegment> segments, OnCorruptLine onCorruptLine) {
        this.segments = segments;
        this.onCorruptLine = onCorruptLine;
    }

    public static PartitionReader open(Partition partition, long rowsAlreadyRead, OnCorruptLine onCorruptLine)
            throws IOException {
        if (rowsAlreadyRead < 0 || rowsAlreadyRead > partition.rowCount()) {
            throw new IllegalArgumentException("cannot skip " + rowsAlreadyRead + " rows of " + partition.describe());
        }
        PartitionReader reader = new PartitionReader(partition.segments(), onCorruptLine);
        long toSkip = rowsAlreadyRead;
        while (reader.segmentIndex < reader.segments.size()
                && toSkip >= reader.segments.get(reader.segmentIndex).rowCount()) {
            toSkip -= reader.segments.get(reader.segmentIndex).rowCount();
            reader.segmentIndex++;
        }
        if (reader.segmentIndex < reader.segments.size()) {
            reader.current = InputSegmentReader.open(reader.segments.get(reader.segmentIndex), toSkip, onCorruptLine);
        }
        return reader;
    }

    /** @return the next row (with its dataset-wide index), or {@code null} after the partition's last */
    public InputRow next() throws IOException {
        while (current != null) {
            InputRow row = current.next();
            if (row != null) {
                return row;
            }
            closeCurrent();
            segmentIndex++;
            if (segmentIndex < segments.size()) {
                current = InputSegmentReader.open(segments.get(segmentIndex), 0, onCorruptLine);
            }
        }
        return null;
    }

    /** Lines skipped as corrupt so far, over all segments. */
    public CorruptLineLog corruptLines() {
        CorruptLineLog all = new CorruptLineLog();
        all.addAll(finishedSegmentsCorruptLines);
        if (current != null) {
            all.addAll(current.corruptLines());
        }
        return all;
    }

    private void closeCurrent() throws IOException {
        finishedSegmentsCorruptLines.addAll(current.corruptLines());
        current.close();
        current = null;
    }

    @Override
    public void close() throws IOException {
        if (current != null) {
            closeCurrent();
        }
    }
}
