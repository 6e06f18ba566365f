package io.djflink.storage.input;

import io.djflink.ops.Sample;
import java.io.IOException;

/** Reads a Parquet segment; Parquet rows cannot be corrupt one by one, so nothing is ever skipped. */
final class ParquetSegmentReader implements InputSegmentReader {

    private final InputSegment segment;
    private final ParquetSampleReader reader;
    private final CorruptLineLog noCorruptLines = new CorruptLineLog();
    private long rowsRead;

    /** @param reader positioned at the segment's row {@code rowsAlreadyRead} */
    ParquetSegmentReader(InputSegment segment, ParquetSampleReader reader, long rowsAlreadyRead) {
        this.segment = segment;
        this.reader = reader;
        this.rowsRead = rowsAlreadyRead;
    }

    @Override
    public InputRow next() throws IOException {
        if (rowsRead == segment.rowCount()) {
            return null;
        }
        Sample sample = reader.next();
        if (sample == null) {
            throw new IOException(segment.file() + ": ends after " + (segment.fileRow() + rowsRead)
                    + " rows, but the segment was planned up to row " + (segment.fileRow() + segment.rowCount())
                    + "; the file changed after the input was partitioned");
        }
        long fileRow = segment.fileRow() + rowsRead;
        rowsRead++;
        return new InputRow(fileRow + 1, segment.datasetRow() + rowsRead - 1, sample, segment.file());
    }

    @Override
    public CorruptLineLog corruptLines() {
        return noCorruptLines;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
