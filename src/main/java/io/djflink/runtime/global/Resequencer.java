package io.djflink.runtime.global;

import io.djflink.plan.PlannedOp;
import io.djflink.runtime.element.Element;
import io.djflink.runtime.element.ElementTypeInfo;
import io.djflink.runtime.eventlog.EventOutput;
import io.djflink.runtime.operators.OpEvents;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.state.KeyGroupRangeAssignment;
import org.apache.flink.runtime.state.StateInitializationContext;
import org.apache.flink.runtime.state.StateSnapshotContext;
import org.apache.flink.streaming.api.operators.AbstractStreamOperator;
import org.apache.flink.streaming.api.operators.OneInputStreamOperator;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;

/**
 * Restores partition order after a global op. The global op's output arrives keyed by partition
 * (each partition goes to one subtask) but interleaved from all its subtasks; this operator holds
 * elements until the watermark passes them and then releases them in input order, so that after
 * it every partition again flows start marker, records in input order, end marker, like after the
 * source. It also reports the global op's {@code op_complete} per partition.
 */
public final class Resequencer extends AbstractStreamOperator<Element> implements OneInputStreamOperator<Element, Element> {

    private static final long serialVersionUID = 1L;

    private final PlannedOp op;
    private final EventOutput events;

    private transient PriorityQueue<Element> pending;
    private transient Map<Integer, Long> released;
    private transient ListState<Element> pendingState;
    private transient ListState<String> releasedState;
    private transient StreamRecord<Element> reusable;

    public Resequencer(PlannedOp op, EventOutput events) {
        this.op = op;
        this.events = events;
    }

    @Override
    public void initializeState(StateInitializationContext context) throws Exception {
        super.initializeState(context);
        pending = new PriorityQueue<>(Element::compareByPosition);
        released = new HashMap<>();
        pendingState = context.getOperatorStateStore()
                .getUnionListState(new ListStateDescriptor<>("pending", ElementTypeInfo.INSTANCE));
        releasedState = context.getOperatorStateStore()
                .getUnionListState(new ListStateDescriptor<>("released-counts", Types.STRING));
        for (Element e : pendingState.get()) {
            if (owns(e.partition())) {
                pending.add(e);
            }
        }
        for (String s : releasedState.get()) {
            String[] kv = s.split("=", 2);
            int partition = Integer.parseInt(kv[0]);
            if (owns(partition)) {
                released.put(partition, Long.parseLong(kv[1]));
            }
        }
        reusable = new StreamRecord<>(null);
    }

    /**
     * Whether this subtask receives the partition (state is kept as union state and each subtask
     * takes its share, so a restore with another parallelism hands every partition to its new owner).
     */
    private boolean owns(int partition) {
        return KeyGroupRangeAssignment.assignKeyToParallelOperator(partition,
                getRuntimeContext().getTaskInfo().getMaxNumberOfParallelSubtasks(),
                getRuntimeContext().getTaskInfo().getNumberOfParallelSubtasks())
                == getRuntimeContext().getTaskInfo().getIndexOfThisSubtask();
    }

    @Override
    public void processElement(StreamRecord<Element> record) {
        pending.add(record.getValue());
    }

    @Override
    public void processWatermark(Watermark mark) throws Exception {
        long w = mark.getTimestamp();
        while (!pending.isEmpty() && pending.peek().row() <= w) {
            release(pending.poll());
        }
        super.processWatermark(mark);
    }

    private void release(Element e) {
        switch (e.kind()) {
            case RECORD -> released.merge(e.partition(), 1L, Long::sum);
            case PARTITION_END -> reportComplete(e);
            default -> {
            }
        }
        output.collect(reusable.replace(e, e.row()));
    }

    @SuppressWarnings("unchecked")
    private void reportComplete(Element end) {
        long out = released.getOrDefault(end.partition(), 0L);
        released.remove(end.partition());
        Object statsValue = end.info() == null ? null : end.info().remove(GlobalKeyFunction.statsKey(op.index()));
        if (!(statsValue instanceof Map<?, ?>) || !events.enabled()) {
            return;
        }
        Map<String, Object> stats = (Map<String, Object>) statsValue;
        output.collect(EventOutput.TAG, new StreamRecord<>(OpEvents.completed(events, op, end.partition(),
                ((Number) stats.get("input_rows")).longValue(), out,
                ((Number) stats.get("busy_nanos")).longValue() / 1e9,
                ((Number) stats.get("start_time")).doubleValue(), 0)));
    }

    @Override
    public void snapshotState(StateSnapshotContext context) throws Exception {
        super.snapshotState(context);
        pendingState.update(new ArrayList<>(pending));
        List<String> counts = new ArrayList<>();
        released.forEach((p, n) -> counts.add(p + "=" + n));
        releasedState.update(counts);
    }
}
