package io.djflink.runtime.operators;

/**
 * An op raised on a record. The message names the op, partition and input row, so that whoever
 * reports the failure can point at the input line.
 */
public final class OpFailureException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int opIndex;
    private final String opName;
    private final int partition;
    private final long row;

    public OpFailureException(int opIndex, String opName, int partition, long row, Throwable cause) {
        super(String.format("op %02d_%s failed on partition %d, input row %d: %s", opIndex, opName, partition, row,
                cause.getMessage()), cause);
        this.opIndex = opIndex;
        this.opName = opName;
        this.partition = partition;
        this.row = row;
    }

    public int opIndex() {
        return opIndex;
    }

    public String opName() {
        return opName;
    }

    public int partition() {
        return partition;
    }

    public long row() {
        return row;
    }
}
