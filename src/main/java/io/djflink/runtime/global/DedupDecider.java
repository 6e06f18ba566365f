package io.djflink.runtime.global;

import io.djflink.runtime.element.Element;
import io.djflink.runtime.element.ElementTypeInfo;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Second half of an exact deduplicator, keyed by hash: keeps, for every hash, the first record in
 * input order, across all partitions, whatever the parallelism and timing.
 *
 * <p>The earliest record seen so far for a hash is held as a candidate until the watermark passes
 * its row: then every earlier record has been seen, and the candidate is final. A record behind
 * an earlier one (candidate or kept) is a duplicate and dropped at once. Ghosts (hashes replayed
 * from an earlier run) compete like records but are never emitted.
 */
public final class DedupDecider extends KeyedProcessFunction<String, Element, Element> {

    private static final long serialVersionUID = 1L;

    private final int opIndex;

    /** The earliest record or ghost of this hash, not yet final. */
    private transient ValueState<Element> candidate;
    /** The row of the record kept for this hash, once final. */
    private transient ValueState<Long> keptRow;

    public DedupDecider(int opIndex) {
        this.opIndex = opIndex;
    }

    @Override
    public void open(OpenContext context) {
        candidate = getRuntimeContext().getState(new ValueStateDescriptor<>("candidate", ElementTypeInfo.INSTANCE));
        keptRow = getRuntimeContext().getState(new ValueStateDescriptor<>("kept-row", Types.LONG));
    }

    @Override
    public void processElement(Element e, Context ctx, Collector<Element> out) throws Exception {
        if (e.globalOp() != opIndex) {
            out.collect(e);
            return;
        }
        if (keptRow.value() != null) {
            return;
        }
        Element current = candidate.value();
        if (current != null && !e.isBefore(current)) {
            return;
        }
        if (e.row() <= ctx.timerService().currentWatermark()) {
            throw new IllegalStateException("record at row " + e.row() + " arrived after the watermark "
                    + ctx.timerService().currentWatermark() + " had passed it; input order cannot be guaranteed");
        }
        if (current != null && current.row() != e.row()) {
            ctx.timerService().deleteEventTimeTimer(current.row());
        }
        candidate.update(e);
        ctx.timerService().registerEventTimeTimer(e.row());
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<Element> out) throws Exception {
        Element winner = candidate.value();
        if (winner == null || winner.row() != timestamp) {
            return;
        }
        candidate.clear();
        keptRow.update(winner.row());
        if (winner.isRecord()) {
            winner.clearGlobalKey();
            out.collect(winner);
        }
    }
}
