package io.djflink.partition;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RowCutsTest {

    private static RowSizes sizes(int... jsonBytes) {
        RowSizes sizes = new RowSizes();
        for (int s : jsonBytes) {
            sizes.add(s);
        }
        return sizes;
    }

    private static RowSizes uniform(int rows, int jsonBytes) {
        RowSizes sizes = new RowSizes();
        for (int i = 0; i < rows; i++) {
            sizes.add(jsonBytes);
        }
        return sizes;
    }

    @Test
    void evenCutsGiveTheFirstPartitionsOneMoreRowLikeNumpyArraySplit() {
        assertThat(RowCuts.evenByRows(10, 3)).containsExactly(0, 4, 7, 10);
        assertThat(RowCuts.evenByRows(9, 3)).containsExactly(0, 3, 6, 9);
        assertThat(RowCuts.evenByRows(3, 5)).containsExactly(0, 1, 2, 3, 3, 3);
        assertThat(RowCuts.evenByRows(0, 2)).containsExactly(0, 0, 0);
    }

    @Test
    void byteCutsOfEqualRowsAreEvenByRows() {
        assertThat(RowCuts.balancedByBytes(uniform(12, 99), 4, 1000)).containsExactly(0, 3, 6, 9, 12);
    }

    @Test
    void byteCutsFollowBytesNotRows() {
        RowSizes sizes = sizes(9, 9, 9, 9, 39, 39);

        assertThat(RowCuts.balancedByBytes(sizes, 2, 1000)).containsExactly(0, 5, 6);
    }

    @Test
    void aHugeRowSitsAloneAndTheRowsAfterItAreSharedEvenly() {
        RowSizes sizes = new RowSizes();
        for (int i = 0; i < 100; i++) {
            sizes.add(i == 50 ? 1_000_000 : 1_000);
        }

        long[] bounds = RowCuts.balancedByBytes(sizes, 4, 50_000);

        assertThat(bounds).containsExactly(0, 50, 51, 76, 100);
    }

    @Test
    void neverPutsMoreThanTheMaximumRowsInAPartitionAddingPartitionsIfNeeded() {
        RowSizes sizes = new RowSizes();
        for (int i = 0; i < 100_000; i++) {
            sizes.add(9);
        }
        sizes.add(10_000_000);

        long[] bounds = RowCuts.balancedByBytes(sizes, 2, 30_000);

        assertThat(bounds).containsExactly(0, 30_000, 60_000, 90_000, 100_001);
    }

    @Test
    void neverMakesAnEmptyPartition() {
        long[] bounds = RowCuts.balancedByBytes(sizes(1, 1, 1, 5_000, 1), 5, 1000);

        assertThat(bounds).containsExactly(0, 1, 2, 3, 4, 5);
    }

    @Test
    void noRowsMakeOneEmptyPartition() {
        assertThat(RowCuts.balancedByBytes(new RowSizes(), 3, 1000)).containsExactly(0, 0);
    }
}
