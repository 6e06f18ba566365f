package io.djflink.partition;

import java.util.Arrays;

/**
 * The size in bytes of every row of the input (its JSON and the media files it lists), in row order
 * (4 bytes of memory a row), kept between the measuring scan and the byte-balanced cut. A row of
 * 2 GiB or more counts as just under 2 GiB: it fills a partition of its own either way.
 */
final class RowSizes {

    private static final int MAX_ROWS = Integer.MAX_VALUE - 8;

    private int[] sizes = new int[1 << 16];
    private int count;
    private long totalBytes;

    void add(long rowSize) {
        if (count == sizes.length) {
            if (count == MAX_ROWS) {
                throw new IllegalStateException("the input has more than " + MAX_ROWS
                        + " rows, too many to size partitions by bytes; use partition.mode: manual");
            }
            sizes = Arrays.copyOf(sizes, (int) Math.min(MAX_ROWS, sizes.length * 2L));
        }
        int size = (int) Math.min(rowSize, Integer.MAX_VALUE - 1);
        sizes[count++] = size;
        totalBytes += size + 1L;
    }

    int count() {
        return count;
    }

    /** The row's size without its line terminator. */
    int size(int row) {
        return sizes[row];
    }

    /** The row's size as partition bytes count it: with a newline. */
    long rowBytes(int row) {
        return sizes[row] + 1L;
    }

    /** The sum of {@link #rowBytes} over all rows. */
    long totalBytes() {
        return totalBytes;
    }

    /** The 90th percentile of the row sizes as DataJuicer takes it: {@code sorted(sizes)[int(n * 0.9)]}; 0 without rows. */
    int p90Bytes() {
        if (count == 0) {
            return 0;
        }
        int[] sorted = Arrays.copyOf(sizes, count);
        Arrays.sort(sorted);
        return sorted[(int) (count * 0.9)];
    }
}
