package io.djflink.partition;

import io.djflink.storage.input.InputSegment;
import java.io.Serializable;
import java.util.List;

/**
 * One partition of the input: a contiguous range of dataset rows, possibly spanning files, and the
 * unit one Flink source split reads.
 *
 * @param id 0-based
 * @param startRow the dataset-wide index of its first row
 * @param bytes the rows' JSON size, a newline each
 * @param segments the rows per file, in order (none for an empty partition)
 * @param contentHash see {@link ContentHash}
 */
public record Partition(int id, long startRow, long rowCount, long bytes, List<InputSegment> segments,
        String contentHash) implements Serializable {

    public Partition {
        segments = List.copyOf(segments);
        long segmentRows = segments.stream().mapToLong(InputSegment::rowCount).sum();
        if (segmentRows != rowCount) {
            throw new IllegalArgumentException("partition " + id + " has " + rowCount + " rows but its segments hold "
                    + segmentRows);
        }
    }

    /** The dataset-wide index just past its last row. */
    public long endRow() {
        return startRow + rowCount;
    }

    /** For messages: {@code partition 3 (rows 3000-3999)}. */
    public String describe() {
        return "partition " + id + (rowCount == 0 ? " (empty)" : " (rows " + startRow + "-" + (endRow() - 1) + ")");
    }

    public boolean readsFrom(String file) {
        return segments.stream().anyMatch(s -> s.file().equals(file));
    }
}
