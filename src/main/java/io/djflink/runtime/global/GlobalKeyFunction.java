package io.djflink.runtime.global;

import io.djflink.ops.DatasetOp;
import io.djflink.ops.Deduplicator;
import io.djflink.ops.Op;
import io.djflink.ops.OpRegistry;
import io.djflink.ops.Sample;
import io.djflink.plan.PlannedOp;
import io.djflink.runtime.element.Element;
import io.djflink.runtime.element.ElementTypeInfo;
import io.djflink.runtime.eventlog.EventOutput;
import io.djflink.runtime.operators.OpCounters;
import io.djflink.runtime.operators.OpEvents;
import io.djflink.runtime.operators.OpFailureException;
import io.djflink.storage.codec.JsonCodec;
import io.djflink.storage.jobdir.JobLayout;
import io.djflink.storage.outputs.OutputKind;
import io.djflink.storage.outputs.OutputManifest;
import io.djflink.storage.outputs.OutputProgress;
import io.djflink.storage.records.RecordEncoding;
import io.djflink.storage.outputs.PartitionOutputWriter;
import io.djflink.storage.outputs.PartitionOutputs;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.state.FunctionInitializationContext;
import org.apache.flink.runtime.state.FunctionSnapshotContext;
import org.apache.flink.streaming.api.checkpoint.CheckpointedFunction;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * First half of a global op, chained before the shuffle: computes each record's key (an exact
 * deduplicator's hash, also stored as {@code __dj__hash} as DataJuicer does; a whole-dataset op's
 * digest, as JSON), tags the record with it, and records every partition's keys in
 * {@code checkpoints/digest_op_*} so that a later run can replay this op's decision for partitions
 * it does not recompute.
 *
 * <p>For a whole-dataset op, the keys (of records and of replayed ghosts) and each partition's end
 * also go to {@link #DIGESTS}, the input of the single decider.
 */
public final class GlobalKeyFunction extends ProcessFunction<Element, Element> implements CheckpointedFunction {

    static final String HASH_FIELD = "__dj__hash";
    /** The field of a digest record that holds the key. */
    public static final String DIGEST_KEY = "key";
    /** Keys and partition ends for a whole-dataset op's decider. */
    public static final OutputTag<Element> DIGESTS = new OutputTag<>("dj-digests", ElementTypeInfo.INSTANCE);

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(GlobalKeyFunction.class);

    private final PlannedOp op;
    private final String textKey;
    private final JobLayout layout;
    private final RecordEncoding encoding;
    private final EventOutput events;
    private final boolean skipOpError;

    private transient Op instance;
    private transient Map<Integer, PartitionOutputWriter> digests;
    private transient Map<Integer, OpCounters> counters;
    private transient ListState<String> digestState;
    private transient ListState<String> countersState;

    public GlobalKeyFunction(PlannedOp op, String textKey, JobLayout layout, RecordEncoding encoding, EventOutput events,
            boolean recipeSkipOpError) {
        this.op = op;
        Object own = op.args().get("skip_op_error");
        this.skipOpError = own == null ? recipeSkipOpError : (Boolean) own;
        this.textKey = textKey;
        this.layout = layout;
        this.encoding = encoding;
        this.events = events;
    }

    private boolean wholeDataset() {
        return op.scope() == PlannedOp.Scope.WHOLE_DATASET;
    }

    @Override
    public void open(OpenContext context) {
        instance = OpRegistry.defaults().require(op.name()).create(op.args(), textKey);
    }

    @Override
    public void processElement(Element e, Context ctx, Collector<Element> out) throws IOException {
        switch (e.kind()) {
            case RECORD -> {
                if (e.needsOp(op.index())) {
                    if (!key(e)) {
                        return;
                    }
                    if (wholeDataset()) {
                        ctx.output(DIGESTS, Element.ghost(e.partition(), e.row(), e.sub(), op.index(), e.key()));
                    }
                }
            }
            case GHOST -> {
                if (wholeDataset() && e.globalOp() == op.index()) {
                    ctx.output(DIGESTS, e);
                    return;
                }
            }
            case PARTITION_START -> {
                if (e.needsOp(op.index())) {
                    start(e.partition(), ctx);
                }
            }
            case PARTITION_END -> finish(e, ctx);
            default -> {
            }
        }
        out.collect(e);
    }

    /**
     * Keys a record. An exact deduplicator's hash error fails the job; a whole-dataset op's digest
     * error drops the sample under {@code skip_op_error}, as a mapper's would.
     *
     * @return whether the record goes on
     */
    private boolean key(Element e) throws IOException {
        OpCounters c = counters.computeIfAbsent(e.partition(), p -> new OpCounters(p, now()));
        long t0 = System.nanoTime();
        String key;
        try {
            if (instance instanceof Deduplicator d) {
                key = d.computeHash(e.sample());
                e.sample().put(HASH_FIELD, key);
            } else {
                key = JsonCodec.toJson(((DatasetOp) instance).digest(e.sample()));
            }
        } catch (RuntimeException ex) {
            if (!(instance instanceof DatasetOp) || !skipOpError) {
                throw new OpFailureException(op.index(), op.name(), e.partition(), e.row(), ex);
            }
            c.inputRows++;
            if (++c.skippedErrors <= 10) {
                LOG.warn("{} failed on partition {}, row {}: {} (skip_op_error: the sample is dropped)",
                        op.operatorName(), e.partition(), e.row(), ex.getMessage());
            }
            return false;
        }
        e.setGlobalKey(op.index(), key);
        c.inputRows++;
        c.busyNanos += System.nanoTime() - t0;
        PartitionOutputWriter w = digests.get(e.partition());
        if (w != null) {
            w.write(e.row(), e.sub(), Sample.of(DIGEST_KEY, key));
        }
        return true;
    }

    private void start(int partition, Context ctx) throws IOException {
        counters.put(partition, new OpCounters(partition, now()));
        Path dir = layout.digestDir(op.index(), partition);
        Optional<OutputManifest> m = PartitionOutputs.manifest(dir);
        if (m.isEmpty() || !m.get().fingerprint().equals(op.fingerprint())) {
            digests.put(partition, PartitionOutputWriter.start(dir, partition, encoding));
        }
        if (events.enabled()) {
            ctx.output(EventOutput.TAG, OpEvents.started(events, op, partition, counters.get(partition).startTime));
        }
    }

    /**
     * Commits the partition's digest and hands its input count to whoever reports the op's
     * completion, through the end marker; a whole-dataset decider also learns that the partition
     * went through the op.
     */
    private void finish(Element end, Context ctx) throws IOException {
        PartitionOutputWriter w = digests.remove(end.partition());
        if (w != null) {
            w.commit(OutputKind.DIGEST, op.index(), op.name(), op.fingerprint());
        }
        OpCounters c = counters.remove(end.partition());
        if (c == null) {
            return;
        }
        Map<String, Object> stats = new LinkedHashMap<>();
        stats.put("input_rows", c.inputRows);
        stats.put("busy_nanos", c.busyNanos);
        stats.put("start_time", c.startTime);
        end.putInfo(statsKey(op.index()), stats);
        if (wholeDataset()) {
            ctx.output(DIGESTS, Element.partitionEnd(end.partition(), end.row(), end.entryOp()));
        }
    }

    static String statsKey(int opIndex) {
        return "op_" + opIndex;
    }

    private static double now() {
        return System.currentTimeMillis() / 1000.0;
    }

    @Override
    public void snapshotState(FunctionSnapshotContext context) throws Exception {
        digestState.clear();
        for (PartitionOutputWriter w : digests.values()) {
            digestState.add(w.roll().toJson());
        }
        countersState.clear();
        for (OpCounters c : counters.values()) {
            countersState.add(c.toJson());
        }
    }

    @Override
    public void initializeState(FunctionInitializationContext context) throws Exception {
        digestState = context.getOperatorStateStore()
                .getListState(new ListStateDescriptor<>("digest-outputs", Types.STRING));
        countersState = context.getOperatorStateStore()
                .getListState(new ListStateDescriptor<>("op-counters", Types.STRING));
        digests = new HashMap<>();
        counters = new HashMap<>();
        for (String json : digestState.get()) {
            OutputProgress p = OutputProgress.fromJson(json);
            digests.put(p.partitionId(), PartitionOutputWriter.resume(p, encoding));
        }
        for (String json : countersState.get()) {
            OpCounters c = OpCounters.fromJson(json);
            counters.put(c.partition, c);
        }
    }

    @Override
    public void close() {
        if (digests != null) {
            digests.values().forEach(PartitionOutputWriter::abandon);
        }
    }
}
