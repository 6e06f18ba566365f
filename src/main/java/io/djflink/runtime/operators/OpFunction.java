package io.djflink.runtime.operators;

import io.djflink.events.Event;
import io.djflink.events.EventType;
import io.djflink.ops.ExpandingMapper;
import io.djflink.ops.Filter;
import io.djflink.ops.Mapper;
import io.djflink.ops.Op;
import io.djflink.ops.OpRegistry;
import io.djflink.ops.Sample;
import io.djflink.ops.media.MediaUnreadableException;
import io.djflink.plan.PlannedOp;
import io.djflink.runtime.element.Element;
import io.djflink.runtime.eventlog.EventOutput;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.metrics.Counter;
import org.apache.flink.runtime.state.FunctionInitializationContext;
import org.apache.flink.runtime.state.FunctionSnapshotContext;
import org.apache.flink.streaming.api.checkpoint.CheckpointedFunction;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one mapper or filter (a plain Java op) as a Flink operator: applies it to the records of
 * partitions that still need it, passes everything else through, and reports per partition
 * {@code op_start} / {@code op_complete} with rows in and out and the time spent in the op.
 *
 * <p>A sample whose media file cannot be read is dropped whatever {@code skip_op_error} says, as
 * under DataJuicer's default, and each one is logged with its row and counted in the event's
 * {@code skipped_errors}: one missing file should not stop a run over millions of samples.
 */
public final class OpFunction extends ProcessFunction<Element, Element> implements CheckpointedFunction {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(OpFunction.class);

    private final PlannedOp op;
    private final String textKey;
    private final boolean skipOpError;
    private final EventOutput events;

    private transient Op instance;
    private transient Map<Integer, OpCounters> counters;
    private transient ListState<String> countersState;
    private transient Counter dropped;
    private transient Counter unreadableMedia;

    public OpFunction(PlannedOp op, String textKey, boolean recipeSkipOpError, EventOutput events) {
        this.op = op;
        this.textKey = textKey;
        Object own = op.args().get("skip_op_error");
        this.skipOpError = own == null ? recipeSkipOpError : (Boolean) own;
        this.events = events;
    }

    @Override
    public void open(OpenContext context) {
        instance = OpRegistry.defaults().require(op.name()).create(op.args(), textKey);
        dropped = getRuntimeContext().getMetricGroup().counter("djSamplesDropped");
        unreadableMedia = getRuntimeContext().getMetricGroup().counter("djUnreadableMedia");
    }

    @Override
    public void processElement(Element e, Context ctx, Collector<Element> out) {
        switch (e.kind()) {
            case RECORD -> {
                if (e.needsOp(op.index())) {
                    apply(e, out);
                } else {
                    out.collect(e);
                }
            }
            case PARTITION_START -> {
                if (e.needsOp(op.index())) {
                    start(e.partition(), ctx);
                }
                out.collect(e);
            }
            case PARTITION_END -> {
                OpCounters c = counters.remove(e.partition());
                if (c != null) {
                    complete(c, ctx);
                }
                out.collect(e);
            }
            default -> out.collect(e);
        }
    }

    private void apply(Element e, Collector<Element> out) {
        OpCounters c = counters.computeIfAbsent(e.partition(), p -> new OpCounters(p, now()));
        c.inputRows++;
        long t0 = System.nanoTime();
        try {
            Sample s = e.sample();
            if (instance instanceof Mapper m) {
                m.process(s);
                c.outputRows++;
                out.collect(e);
            } else if (instance instanceof Filter f) {
                f.computeStats(s);
                if (f.process(s)) {
                    c.outputRows++;
                    out.collect(e);
                } else {
                    dropped.inc();
                }
            } else if (instance instanceof ExpandingMapper x) {
                List<Sample> pieces = x.process(s);
                for (int i = 0; i < pieces.size(); i++) {
                    out.collect(e.piece(i, pieces.get(i)));
                }
                c.outputRows += pieces.size();
            } else {
                throw new IllegalStateException(op.name() + " is not a mapper or filter");
            }
        } catch (RuntimeException ex) {
            fail(e, c, ex);
        } finally {
            c.busyNanos += System.nanoTime() - t0;
        }
    }

    private void fail(Element e, OpCounters c, RuntimeException ex) {
        String what = op.operatorName() + " failed on partition " + e.partition() + ", row " + e.row() + ": "
                + ex.getMessage();
        if (ex instanceof MediaUnreadableException) {
            c.skippedErrors++;
            dropped.inc();
            unreadableMedia.inc();
            LOG.warn("{} (the sample is dropped, as DataJuicer drops it)", what);
            return;
        }
        if (skipOpError) {
            c.skippedErrors++;
            dropped.inc();
            if (c.skippedErrors <= 10) {
                LOG.warn("{} (skip_op_error: the sample is dropped)", what);
            }
            return;
        }
        double t = now();
        events.writeNow(Event.of(EventType.OP_FAILED, events.jobId()).partition(e.partition())
                .operation(op.name(), op.index()).status("failed").error(ex.getMessage(), ex.getClass().getSimpleName())
                .message("Operation " + op.name() + " (idx " + op.index() + ") failed on partition " + e.partition()
                        + " at row " + e.row())
                .metadata(Map.of("row", e.row(), "failure_time", t)).build());
        events.writeNow(Event.of(EventType.PARTITION_FAILED, events.jobId()).partition(e.partition())
                .status("failed").error(what, ex.getClass().getSimpleName()).set("retry_count", 0L)
                .message("Partition " + e.partition() + " failed: " + what)
                .metadata(Map.of("failure_time", t, "failed_operation", op.name())).build());
        throw new OpFailureException(op.index(), op.name(), e.partition(), e.row(), ex);
    }

    private void start(int partition, Context ctx) {
        OpCounters c = new OpCounters(partition, now());
        counters.put(partition, c);
        if (events.enabled()) {
            ctx.output(EventOutput.TAG, OpEvents.started(events, op, partition, c.startTime));
        }
    }

    private void complete(OpCounters c, Context ctx) {
        if (events.enabled()) {
            ctx.output(EventOutput.TAG, OpEvents.completed(events, op, c.partition, c.inputRows, c.outputRows,
                    c.busySeconds(), c.startTime, c.skippedErrors));
        }
    }

    private static double now() {
        return System.currentTimeMillis() / 1000.0;
    }

    @Override
    public void snapshotState(FunctionSnapshotContext context) throws Exception {
        countersState.clear();
        for (OpCounters c : counters.values()) {
            countersState.add(c.toJson());
        }
    }

    @Override
    public void initializeState(FunctionInitializationContext context) throws Exception {
        countersState = context.getOperatorStateStore()
                .getListState(new ListStateDescriptor<>("op-counters", Types.STRING));
        counters = new HashMap<>();
        for (String json : countersState.get()) {
            OpCounters c = OpCounters.fromJson(json);
            counters.put(c.partition, c);
        }
    }
}
