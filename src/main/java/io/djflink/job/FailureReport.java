package io.djflink.job;

import io.djflink.partition.Partition;
import io.djflink.partition.PartitionTable;
import io.djflink.runtime.operators.OpFailureException;
import io.djflink.storage.input.CorruptInputException;
import io.djflink.storage.input.InputSegment;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.util.SerializedThrowable;

/**
 * Turns a job failure (a chain of Flink wrappers around what really went wrong) into one line
 * that names the cause: the op, and the input file and line of the record it failed on.
 */
final class FailureReport {

    private FailureReport() {
    }

    static String describe(Throwable failure, PartitionTable table) {
        Throwable cause = rootCause(failure);
        OpFailureException opFailure = find(failure, OpFailureException.class);
        if (opFailure != null) {
            String where = locate(table, opFailure.row());
            return opFailure.getMessage() + (where == null ? "" : " (" + where + ")");
        }
        CorruptInputException corrupt = find(failure, CorruptInputException.class);
        if (corrupt != null) {
            return corrupt.getMessage() + " (fix that line, or resume with --skip_corrupt_lines true to count and"
                    + " skip such lines)";
        }
        String message = cause.getMessage();
        return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message;
    }

    /** {@code file:line} of a dataset row, for plain JSON lines input. */
    static String locate(PartitionTable table, long row) {
        if (table == null) {
            return null;
        }
        for (Partition p : table.partitions()) {
            for (InputSegment s : p.segments()) {
                if (row >= s.datasetRow() && row < s.datasetRow() + s.rowCount()) {
                    return s.firstLine() == InputSegment.UNKNOWN || s.kind() != io.djflink.storage.input.InputFileKind.JSON_LINES
                            ? s.file() + " record " + (s.fileRow() + row - s.datasetRow() + 1)
                            : s.file() + " around line " + (s.firstLine() + row - s.datasetRow());
                }
            }
        }
        return null;
    }

    private static <T extends Throwable> T find(Throwable t, Class<T> type) {
        for (Throwable c : chain(t)) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
        }
        return null;
    }

    private static Throwable rootCause(Throwable t) {
        List<Throwable> c = chain(t);
        Throwable last = c.get(c.size() - 1);
        if (last instanceof SerializedThrowable st) {
            return new RuntimeException(st.getMessage());
        }
        return last;
    }

    private static List<Throwable> chain(Throwable t) {
        List<Throwable> out = new ArrayList<>();
        for (Throwable c = t; c != null && !out.contains(c); c = c.getCause()) {
            out.add(c);
        }
        return out;
    }
}
