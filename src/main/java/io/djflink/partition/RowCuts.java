package io.djflink.partition;

import java.util.ArrayList;
import java.util.List;

/**
 * Where partitions start. A cut is returned as bounds: partition {@code i} holds the rows
 * {@code [bounds[i], bounds[i + 1])}, and the last bound is the row count.
 */
final class RowCuts {

    private RowCuts() {
    }

    /**
     * {@code partitions} contiguous ranges whose row counts differ by at most one, the longer ones
     * first, as {@code numpy.array_split}. With fewer rows than partitions the last ones are empty.
     */
    static long[] evenByRows(long rows, int partitions) {
        long[] bounds = new long[partitions + 1];
        long base = rows / partitions;
        long longer = rows % partitions;
        for (int i = 0; i < partitions; i++) {
            bounds[i + 1] = bounds[i] + base + (i < longer ? 1 : 0);
        }
        return bounds;
    }

    /**
     * About {@code partitions} contiguous, non-empty ranges whose bytes are as equal as row
     * boundaries allow, none longer than {@code maxRows} rows (partitions are added if needed).
     *
     * <p>Each partition aims at the bytes still to place divided by the partitions still to fill,
     * and takes the next row while that brings it closer to its aim. Re-aiming after every cut
     * keeps one oversized row from starving the partitions after it: the row ends up alone and the
     * rest is shared out evenly.
     */
    static long[] balancedByBytes(RowSizes sizes, int partitions, int maxRows) {
        int rows = sizes.count();
        List<Long> bounds = new ArrayList<>();
        bounds.add(0L);
        if (rows == 0) {
            bounds.add(0L);
            return toArray(bounds);
        }
        long bytesLeft = sizes.totalBytes();
        int partitionsLeft = Math.min(partitions, rows);
        int start = 0;
        while (start < rows) {
            int rowsLeft = rows - start;
            partitionsLeft = Math.max(partitionsLeft, ceilDiv(rowsLeft, maxRows));
            double aim = (double) bytesLeft / partitionsLeft;
            long bytes = sizes.rowBytes(start);
            int end = start + 1;
            while (end < rows && end - start < maxRows && rows - end >= partitionsLeft
                    && 2.0 * bytes + sizes.rowBytes(end) <= 2.0 * aim) {
                bytes += sizes.rowBytes(end);
                end++;
            }
            bounds.add((long) end);
            bytesLeft -= bytes;
            partitionsLeft--;
            start = end;
        }
        return toArray(bounds);
    }

    /** {@code ceil(a / b)} for positive {@code a}. */
    private static int ceilDiv(int a, int b) {
        return (a - 1) / b + 1;
    }

    private static long[] toArray(List<Long> bounds) {
        return bounds.stream().mapToLong(Long::longValue).toArray();
    }
}
