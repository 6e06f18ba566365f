package io.djflink.runtime.global;

import io.djflink.plan.PlannedOp;
import io.djflink.runtime.element.Element;
import io.djflink.runtime.element.ElementTypeInfo;
import io.djflink.runtime.eventlog.EventOutput;
import io.djflink.runtime.operators.OpEvents;
import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.PrimitiveArrayTypeInfo;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.streaming.api.functions.co.KeyedCoProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Second half of a whole-dataset op, keyed by partition: holds a partition's elements (RocksDB
 * state, in input order) until it has both the decider's verdict and the partition's end marker
 * (the two come on different inputs, in either order), then passes on its markers and the records
 * kept, in order, and reports the op's {@code op_complete}. Partitions that resumed after the op,
 * and ghosts of later ops, pass straight through.
 */
public final class DatasetSelectBuffer extends KeyedCoProcessFunction<Integer, Element, Tuple2<Integer, byte[]>, Element> {

    private static final long serialVersionUID = 1L;

    private final PlannedOp op;
    private final EventOutput events;

    private transient ListState<Element> held;
    private transient ValueState<byte[]> verdict;
    private transient ValueState<Boolean> ended;

    public DatasetSelectBuffer(PlannedOp op, EventOutput events) {
        this.op = op;
        this.events = events;
    }

    @Override
    public void open(OpenContext context) {
        held = getRuntimeContext().getListState(new ListStateDescriptor<>("held", ElementTypeInfo.INSTANCE));
        verdict = getRuntimeContext().getState(new ValueStateDescriptor<>("verdict",
                PrimitiveArrayTypeInfo.BYTE_PRIMITIVE_ARRAY_TYPE_INFO));
        ended = getRuntimeContext().getState(new ValueStateDescriptor<>("ended", Types.BOOLEAN));
    }

    @Override
    public void processElement1(Element e, Context ctx, Collector<Element> out) throws Exception {
        boolean decided = e.isRecord() ? e.globalOp() == op.index() : e.isMarker() && e.needsOp(op.index());
        if (!decided) {
            out.collect(e);
            return;
        }
        held.add(e);
        if (e.kind() == Element.Kind.PARTITION_END) {
            ended.update(true);
            if (verdict.value() != null) {
                release(ctx, out);
            }
        }
    }

    @Override
    public void processElement2(Tuple2<Integer, byte[]> v, Context ctx, Collector<Element> out) throws Exception {
        verdict.update(v.f1);
        if (Boolean.TRUE.equals(ended.value())) {
            release(ctx, out);
        }
    }

    private void release(Context ctx, Collector<Element> out) throws Exception {
        KeptPositions kept = KeptPositions.decode(verdict.value());
        long in = 0;
        long keptCount = 0;
        for (Element e : held.get()) {
            if (e.isRecord()) {
                in++;
                if (kept.contains(e)) {
                    keptCount++;
                    e.clearGlobalKey();
                    out.collect(e);
                }
            } else {
                if (e.kind() == Element.Kind.PARTITION_END) {
                    report(e, in, keptCount, ctx);
                }
                out.collect(e);
            }
        }
        held.clear();
        verdict.clear();
        ended.clear();
    }

    @SuppressWarnings("unchecked")
    private void report(Element end, long in, long out, Context ctx) {
        Object stats = end.info() == null ? null : end.info().remove(GlobalKeyFunction.statsKey(op.index()));
        if (!events.enabled() || !(stats instanceof Map<?, ?>)) {
            return;
        }
        Map<String, Object> s = (Map<String, Object>) stats;
        ctx.output(EventOutput.TAG, OpEvents.completed(events, op, end.partition(), in, out,
                ((Number) s.get("busy_nanos")).longValue() / 1e9, ((Number) s.get("start_time")).doubleValue(), 0));
    }
}
