package io.djflink.storage.input;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads the rows of one {@link InputSegment} in file order. A reader restored after a failure
 * passes the number of rows it had already read: for plain JSON lines these are passed over by
 * scanning for newlines, for gzip by decompressing without parsing, for Parquet by skipping whole
 * row groups.
 */
public interface InputSegmentReader extends Closeable {

    /** @return the next row, or {@code null} after the segment's last row */
    InputRow next() throws IOException;

    /** Lines skipped as corrupt so far (always empty with {@link OnCorruptLine#FAIL}). */
    CorruptLineLog corruptLines();

    /**
     * @param rowsAlreadyRead rows of the segment to pass over (corrupt ones included: they keep their row index)
     */
    static InputSegmentReader open(InputSegment segment, long rowsAlreadyRead, OnCorruptLine onCorruptLine)
            throws IOException {
        if (rowsAlreadyRead < 0 || rowsAlreadyRead > segment.rowCount()) {
            throw new IllegalArgumentException("cannot skip " + rowsAlreadyRead + " rows of a segment of "
                    + segment.rowCount() + " rows of " + segment.file());
        }
        if (segment.kind() == InputFileKind.PARQUET) {
            ParquetSampleReader parquet = ParquetSampleReader.open(Path.of(segment.file()),
                    segment.fileRow() + rowsAlreadyRead);
            return new ParquetSegmentReader(segment, parquet, rowsAlreadyRead);
        }
        RawRowReader rows = RawRowReader.openSegment(segment);
        try {
            return new JsonLinesSegmentReader(segment, rows, rowsAlreadyRead, onCorruptLine);
        } catch (IOException | RuntimeException e) {
            rows.close();
            throw e;
        }
    }
}
