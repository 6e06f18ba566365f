package io.djflink.partition;

import java.util.Arrays;

/**
 * The JSON size in bytes of every row of the input, in row order (4 bytes of memory a row), kept
 * between the measuring scan and the byte-balanced cut.
 */
final class RowSizes {

    private static final int MAX_ROWS = Integer.MAX_VALUE - 8;

    private int[] sizes = new int[1 << 16];
    private int count;
    private long totalBytes;

    void add(int jsonBytes) {
        if (count == sizes.length) {
            if (count == MAX_ROWS) {
                throw new IllegalStateException("the input has more than " + MAX_ROWS
                        + " rows, too many to size partitions by bytes; use partition.mode: manual");
            }
            sizes = Arrays.copyOf(sizes, (int) Math.min(MAX_ROWS, sizes.length * 2L));
        }
        sizes[count++] = jsonBytes;
        totalBytes += jsonBytes + 1L;
    }

    int count() {
        return count;
    }

    /** The row's JSON size without its line terminator. */
    int jsonBytes(int row) {
        return sizes[row];
    }

    /** The row's size as partition bytes count it: its JSON and a newline. */
    long rowBytes(int row) {
        return sizes[row] + 1L;
    }

    /** The sum of {@link #rowBytes} over all rows. */
    long totalBytes() {
        return totalBytes;
    }

    /** The 90th percentile of the JSON sizes as DataJuicer takes it: {@code sorted(sizes)[int(n * 0.9)]}; 0 without rows. */
    int p90JsonBytes() {
        if (count == 0) {
            return 0;
        }
        int[] sorted = Arrays.copyOf(sizes, count);
        Arrays.sort(sorted);
        return sorted[(int) (count * 0.9)];
    }
}
