package io.djflink.runtime.operators;

import io.djflink.events.Event;
import io.djflink.events.EventType;
import io.djflink.plan.PlannedOp;
import io.djflink.runtime.eventlog.EventOutput;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code op_start} and {@code op_complete} events of one op on one partition, the same whoever
 * reports them (a per-sample op, or the end of a global op after its shuffle).
 */
public final class OpEvents {

    private OpEvents() {
    }

    public static String started(EventOutput events, PlannedOp op, int partition, double startTime) {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("operation_idx", op.index());
        meta.put("start_time", startTime);
        meta.put("operation_class", op.name());
        if (op.global()) {
            meta.put("global", true);
        }
        return Event.of(EventType.OP_START, events.jobId()).partition(partition).operation(op.name(), op.index())
                .message("Operation " + op.name() + " (idx " + op.index() + ") started on partition " + partition)
                .metadata(meta).build().toJson();
    }

    /**
     * @param busySeconds time spent inside the op (DataJuicer's {@code duration})
     * @param startTime when the op started on the partition, for the wall time
     */
    public static String completed(EventOutput events, PlannedOp op, int partition, long in, long out, double busySeconds,
            double startTime, long skippedErrors) {
        double end = System.currentTimeMillis() / 1000.0;
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("duration_seconds", busySeconds);
        meta.put("wall_seconds", end - startTime);
        meta.put("completion_time", end);
        meta.put("operation_class", op.name());
        meta.put("input_rows", in);
        meta.put("output_rows", out);
        if (busySeconds > 0) {
            meta.put("throughput_rows_per_second", in / busySeconds);
        }
        if (in > 0) {
            meta.put("reduction_ratio", (in - out) / (double) in);
        }
        if (skippedErrors > 0) {
            meta.put("skipped_errors", skippedErrors);
        }
        if (op.global()) {
            meta.put("global", true);
        }
        return Event.of(EventType.OP_COMPLETE, events.jobId()).partition(partition).operation(op.name(), op.index())
                .status("success").duration(busySeconds).rows(in, out)
                .message(String.format("Operation %s (idx %d) completed on partition %d in %.3fs", op.name(),
                        op.index(), partition, busySeconds))
                .metadata(meta).build().toJson();
    }
}
