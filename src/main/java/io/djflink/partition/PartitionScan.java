package io.djflink.partition;

import io.djflink.storage.input.InputFile;
import io.djflink.storage.input.InputSegment;
import io.djflink.storage.input.RawRowReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The second scan: walks every row once more, now that the cuts are known, and builds each
 * partition's segments (file, row and byte ranges, first line), byte count and content hash.
 */
final class PartitionScan {

    private final long[] bounds;
    private final List<Partition> partitions = new ArrayList<>();
    private final List<InputSegment> segments = new ArrayList<>();
    private final ContentHash hash = new ContentHash();
    private long partitionBytes;
    private long row;
    private OpenSegment open;

    private PartitionScan(long[] bounds) {
        this.bounds = bounds;
    }

    /** A segment being filled. */
    private static final class OpenSegment {
        final InputFile file;
        final long datasetRow;
        final long fileRow;
        final long startByte;
        final long firstLine;
        long rows;
        long endByte;

        OpenSegment(InputFile file, long datasetRow, long fileRow, RawRowReader first) {
            this.file = file;
            this.datasetRow = datasetRow;
            this.fileRow = fileRow;
            this.startByte = first.startByte();
            this.firstLine = file.kind().hasLines() ? first.line() : InputSegment.UNKNOWN;
        }

        InputSegment close() {
            return new InputSegment(file.path(), file.kind(), datasetRow, fileRow, rows, startByte, endByte, firstLine);
        }
    }

    /** @param bounds as {@link RowCuts} returns them; the last one must be the input's row count */
    static List<Partition> scan(List<InputFile> files, long[] bounds) throws IOException {
        PartitionScan scan = new PartitionScan(bounds);
        for (InputFile file : files) {
            scan.readFile(file);
        }
        return scan.finish();
    }

    private void readFile(InputFile file) throws IOException {
        long totalRows = bounds[bounds.length - 1];
        try (RawRowReader rows = RawRowReader.openFile(file)) {
            long fileRow = 0;
            while (rows.next()) {
                if (row == totalRows) {
                    throw changedWhilePlanning("more than " + totalRows);
                }
                while (row == bounds[partitions.size() + 1]) {
                    finishPartition();
                }
                if (open == null) {
                    open = new OpenSegment(file, row, fileRow, rows);
                }
                hash.addRow(rows.buffer(), rows.offset(), rows.length());
                partitionBytes += rows.length() + 1L;
                open.rows++;
                open.endByte = rows.endByte();
                row++;
                fileRow++;
            }
        }
        closeSegment();
    }

    private List<Partition> finish() throws IOException {
        long totalRows = bounds[bounds.length - 1];
        if (row != totalRows) {
            throw changedWhilePlanning(String.valueOf(row));
        }
        while (partitions.size() < bounds.length - 1) {
            finishPartition();
        }
        return partitions;
    }

    private void closeSegment() {
        if (open != null) {
            segments.add(open.close());
            open = null;
        }
    }

    private void finishPartition() {
        closeSegment();
        int id = partitions.size();
        partitions.add(new Partition(id, bounds[id], bounds[id + 1] - bounds[id], partitionBytes, segments,
                hash.finish()));
        segments.clear();
        partitionBytes = 0;
    }

    private IOException changedWhilePlanning(String rowsNow) {
        return new IOException("the input changed while it was being partitioned: the first scan counted "
                + bounds[bounds.length - 1] + " rows, the second " + rowsNow);
    }
}
