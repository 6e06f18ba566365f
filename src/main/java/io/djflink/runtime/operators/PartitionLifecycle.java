package io.djflink.runtime.operators;

import io.djflink.events.Event;
import io.djflink.events.EventType;
import io.djflink.runtime.element.Element;
import io.djflink.runtime.eventlog.EventOutput;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Right after the source: reports each partition this run processes ({@code partition_start}, with
 * the subtask and TaskManager reading it) and, for a partition resumed from a stage checkpoint, the
 * load ({@code checkpoint_load}). Passes every element on unchanged.
 */
public final class PartitionLifecycle extends ProcessFunction<Element, Element> {

    /** Marker info: the stage checkpoint a partition resumes from. */
    public static final String LOADED_FROM = "checkpoint_path";
    /** Marker info: the op after which that checkpoint was taken. */
    public static final String LOADED_AFTER_OP = "operation_idx";
    public static final String LOADED_OP_NAME = "operation_name";
    /** Marker info: the partition's row count. */
    public static final String ROWS = "rows";

    private static final long serialVersionUID = 1L;

    private final EventOutput events;
    private final int totalPartitions;
    private transient TaskPlacement placement;

    public PartitionLifecycle(EventOutput events, int totalPartitions) {
        this.events = events;
        this.totalPartitions = totalPartitions;
    }

    @Override
    public void open(OpenContext context) {
        placement = TaskPlacement.of(getRuntimeContext());
    }

    @Override
    public void processElement(Element e, Context ctx, Collector<Element> out) {
        if (e.kind() == Element.Kind.PARTITION_START && events.enabled()) {
            Map<String, Object> info = e.info() == null ? Map.of() : e.info();
            Map<String, Object> meta = new LinkedHashMap<>(info);
            meta.put("entry_operation_idx", e.entryOp());
            meta.put("start_row", e.row());
            Event.Builder start = Event.of(EventType.PARTITION_START, events.jobId()).partition(e.partition())
                    .message("Starting processing of partition " + (e.partition() + 1) + "/" + totalPartitions)
                    .set("total_partitions", (long) totalPartitions).metadata(meta);
            ctx.output(EventOutput.TAG, placement.addTo(start).build().toJson());
            Object path = info.get(LOADED_FROM);
            if (path != null) {
                Number op = (Number) info.get(LOADED_AFTER_OP);
                ctx.output(EventOutput.TAG, Event.of(EventType.CHECKPOINT_LOAD, events.jobId())
                        .partition(e.partition()).operation((String) info.get(LOADED_OP_NAME), op.intValue())
                        .checkpointPath(path.toString())
                        .message("Loaded checkpoint from operation " + op + " for partition " + e.partition())
                        .metadata(Map.of("checkpoint_path", path.toString())).build().toJson());
            }
        }
        out.collect(e);
    }
}
