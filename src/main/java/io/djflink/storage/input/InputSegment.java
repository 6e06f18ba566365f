package io.djflink.storage.input;

import java.io.Serializable;

/**
 * A contiguous run of rows of one input file: the unit a partition is made of (a partition that
 * crosses a file boundary has one segment per file).
 *
 * @param file absolute path
 * @param datasetRow the dataset-wide, 0-based index of the segment's first row
 * @param fileRow the 0-based index of the segment's first row within its file
 * @param startByte for plain JSON lines, the file offset of the first row's line, else {@link #UNKNOWN}
 * @param endByte for plain JSON lines, the offset just past the last row's line, else {@link #UNKNOWN}
 * @param firstLine for JSON lines (plain or gzip), the 1-based line number of the first row, else
 *     {@link #UNKNOWN}
 */
public record InputSegment(String file, InputFileKind kind, long datasetRow, long fileRow, long rowCount,
        long startByte, long endByte, long firstLine) implements Serializable {

    /** Marks a position that does not apply to the segment's file kind. */
    public static final long UNKNOWN = -1;

    public InputSegment {
        if (datasetRow < 0 || fileRow < 0 || rowCount < 0) {
            throw new IllegalArgumentException("negative row position in segment of " + file);
        }
        if (kind == InputFileKind.JSON_LINES && (startByte < 0 || endByte < startByte)) {
            throw new IllegalArgumentException("a JSON lines segment of " + file + " needs a byte range, got ["
                    + startByte + ", " + endByte + ")");
        }
    }

    /** Whether the segment can be read by seeking to {@link #startByte}. */
    public boolean hasByteRange() {
        return startByte != UNKNOWN;
    }
}
