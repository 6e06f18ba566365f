package io.djflink.partition;

import java.util.List;

/**
 * Whether a job's input is still the one its partitions were planned from.
 *
 * @param change a one-line account of the first difference found, {@code null} when unchanged
 * @param rehashedPartitions the partitions that had to be hashed again (those of files whose
 *     modification time or size differs)
 */
public record InputCheckResult(String change, List<Integer> rehashedPartitions) {

    public InputCheckResult {
        rehashedPartitions = List.copyOf(rehashedPartitions);
    }

    public boolean unchanged() {
        return change == null;
    }

    /** @throws InputChangedException with {@link #change()} as its message */
    public void requireUnchanged() {
        if (change != null) {
            throw new InputChangedException(change);
        }
    }
}
