package io.djflink.storage.records;

import io.djflink.ops.Sample;
import java.util.Arrays;

/**
 * A sample with its place in the input: {@code row} is the 0-based row index in the whole input
 * dataset, {@code sub} orders the samples that an expanding op made from that row (empty when the
 * row was never split). Input order is the lexicographic order of (row, sub).
 */
public record StoredRecord(long row, int[] sub, Sample sample) {

    public static final int[] NO_SUB = new int[0];

    public StoredRecord {
        sub = sub == null ? NO_SUB : sub;
    }

    public static StoredRecord of(long row, Sample sample) {
        return new StoredRecord(row, NO_SUB, sample);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StoredRecord r && r.row == row && Arrays.equals(r.sub, sub) && r.sample.equals(sample);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(row) * 31 + Arrays.hashCode(sub);
    }

    @Override
    public String toString() {
        return "StoredRecord[row=" + row + (sub.length == 0 ? "" : ", sub=" + Arrays.toString(sub)) + ", " + sample + "]";
    }
}
