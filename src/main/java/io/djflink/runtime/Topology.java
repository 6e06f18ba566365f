package io.djflink.runtime;

import io.djflink.plan.ExecutionPlan;
import io.djflink.plan.PlannedOp;
import io.djflink.runtime.element.Element;
import io.djflink.runtime.element.ElementTypeInfo;
import io.djflink.runtime.eventlog.EventOutput;
import io.djflink.runtime.eventlog.EventSink;
import io.djflink.runtime.global.DatasetDecider;
import io.djflink.runtime.global.DatasetSelectBuffer;
import io.djflink.runtime.global.DedupDecider;
import io.djflink.runtime.global.GlobalKeyFunction;
import io.djflink.runtime.global.Resequencer;
import io.djflink.runtime.operators.ExportCommitter;
import io.djflink.runtime.operators.OpFunction;
import io.djflink.runtime.operators.PartitionLifecycle;
import io.djflink.runtime.operators.PartitionOutputFunction;
import io.djflink.runtime.source.PartitionSource;
import io.djflink.runtime.source.PartitionSplit;
import io.djflink.runtime.source.SplitOpener;
import io.djflink.storage.jobdir.JobLayout;
import io.djflink.storage.outputs.OutputKind;
import io.djflink.storage.records.RecordEncoding;
import io.djflink.storage.outputs.ResultEncoding;
import io.djflink.storage.outputs.ResultShaper;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.functions.KeySelector;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * Builds the Flink job for a plan:
 *
 * <pre>
 * read_partitions → partitions → 00_op → 01_op → … → write_results → export
 *                                    ↘ at a checkpoint boundary: NN_op_checkpoint (chain broken after it)
 *                                    ↘ at an exact deduplicator: NN_hash → keyBy(hash) → NN_dedup → keyBy(partition) → NN_resequence
 *                                    ↘ at a whole-dataset op: NN_digest → (digests) NN_decide → verdicts ⤵
 *                                                                      → keyBy(partition) → NN_op (holds until its verdict)
 * every operator's events → event_log
 * </pre>
 *
 * Every operator has a stable name and uid (the uid is what a savepoint restore matches).
 */
public final class Topology {

    /** Everything the job needs to know besides the plan. */
    public record Settings(JobLayout layout, EventOutput events, List<PartitionSplit> splits, int totalPartitions,
            SplitOpener opener, RecordEncoding stageEncoding, boolean skipOpError, boolean keepStats,
            boolean keepHashes, ExportCommitter.Settings export) implements Serializable {
    }

    private Topology() {
    }

    public static void build(StreamExecutionEnvironment env, ExecutionPlan plan, Settings s) {
        List<DataStream<String>> events = new ArrayList<>();
        SingleOutputStreamOperator<Element> stream = env
                .fromSource(new PartitionSource(s.splits(), s.opener()),
                        WatermarkStrategy.<Element>forMonotonousTimestamps(), "read_partitions",
                        ElementTypeInfo.INSTANCE)
                .uid("read_partitions");
        stream = stream.process(new PartitionLifecycle(s.events(), s.totalPartitions()), ElementTypeInfo.INSTANCE)
                .name("partitions").uid("partitions");
        events.add(stream.getSideOutput(EventOutput.TAG));
        boolean newChain = false;
        for (PlannedOp op : plan.ops()) {
            if (op.scope() == PlannedOp.Scope.EARLIER_SAMPLES) {
                stream = deduplicate(stream, op, plan, s, events);
            } else if (op.scope() == PlannedOp.Scope.WHOLE_DATASET) {
                stream = selectOverDataset(stream, op, plan, s, events);
            } else {
                stream = stream.process(new OpFunction(op, plan.textKey(), s.skipOpError(), s.events()),
                        ElementTypeInfo.INSTANCE).name(op.operatorName()).uid(uid(op));
                if (newChain) {
                    stream.startNewChain();
                }
                events.add(stream.getSideOutput(EventOutput.TAG));
            }
            newChain = false;
            if (plan.stageWriters().contains(op.index())) {
                stream = stream.process(new PartitionOutputFunction(
                                new PartitionOutputFunction.Target(OutputKind.STAGE, op.index(), op.name(),
                                        op.fingerprint()),
                                s.layout(), s.stageEncoding(), null, s.events()), ElementTypeInfo.INSTANCE)
                        .name(op.operatorName() + "_checkpoint").uid(uid(op) + "-checkpoint");
                events.add(stream.getSideOutput(EventOutput.TAG));
                newChain = true;
            }
        }
        int last = plan.size() - 1;
        String lastName = last < 0 ? "input" : plan.op(last).name();
        SingleOutputStreamOperator<Element> results = stream.process(new PartitionOutputFunction(
                        new PartitionOutputFunction.Target(OutputKind.RESULT, last, lastName, plan.resultFingerprint()),
                        s.layout(), ResultEncoding.INSTANCE,
                        new ResultShaper(s.keepStats(), s.keepHashes()), s.events()),
                ElementTypeInfo.INSTANCE).name("write_results").uid("write_results");
        if (newChain) {
            results.startNewChain();
        }
        events.add(results.getSideOutput(EventOutput.TAG));
        results.transform("export", Types.VOID, new ExportCommitter(s.export(), s.events()))
                .setParallelism(1).setMaxParallelism(1).uid("export");
        if (s.events().enabled()) {
            DataStream<String> all = events.get(0);
            all = all.union(events.subList(1, events.size()).toArray(DataStream[]::new));
            all.sinkTo(new EventSink(s.events().eventFile())).setParallelism(1).name("event_log").uid("event_log");
        }
    }

    /**
     * An exact deduplicator across all partitions: hash per record (before the shuffle), decide per
     * hash (keyed), then put each partition back in order.
     */
    private static SingleOutputStreamOperator<Element> deduplicate(SingleOutputStreamOperator<Element> in,
            PlannedOp op, ExecutionPlan plan, Settings s, List<DataStream<String>> events) {
        SingleOutputStreamOperator<Element> hashed = keyEachRecord(in, op, plan, s, events, "hash");
        SingleOutputStreamOperator<Element> decided = hashed.keyBy(new DedupKey(op.index()), Types.STRING)
                .process(new DedupDecider(op.index()), ElementTypeInfo.INSTANCE)
                .name(op.operatorName()).uid(uid(op));
        SingleOutputStreamOperator<Element> ordered = decided
                .keyBy((KeySelector<Element, Integer>) Element::partition, Types.INT)
                .transform(op.operatorName() + "_resequence", ElementTypeInfo.INSTANCE, new Resequencer(op, s.events()))
                .uid(uid(op) + "-resequence");
        events.add(ordered.getSideOutput(EventOutput.TAG));
        return ordered;
    }

    /**
     * A whole-dataset op: digest per record (before the shuffle), one decider over all digests once
     * the input has ended, and per-partition buffers that release what the decider keeps.
     */
    private static SingleOutputStreamOperator<Element> selectOverDataset(SingleOutputStreamOperator<Element> in,
            PlannedOp op, ExecutionPlan plan, Settings s, List<DataStream<String>> events) {
        SingleOutputStreamOperator<Element> keyed = keyEachRecord(in, op, plan, s, events, "digest");
        SingleOutputStreamOperator<Tuple2<Integer, byte[]>> verdicts = keyed.getSideOutput(GlobalKeyFunction.DIGESTS)
                .keyBy((KeySelector<Element, Integer>) e -> DatasetDecider.KEY, Types.INT)
                .transform(op.operatorName() + "_decide", Types.TUPLE(Types.INT, Types.PRIMITIVE_ARRAY(Types.BYTE)),
                        new DatasetDecider(op, plan.textKey(), s.totalPartitions()))
                .setParallelism(1).setMaxParallelism(1).uid(uid(op) + "-decide");
        SingleOutputStreamOperator<Element> selected = keyed
                .keyBy((KeySelector<Element, Integer>) Element::partition, Types.INT)
                .connect(verdicts.keyBy((KeySelector<Tuple2<Integer, byte[]>, Integer>) v -> v.f0, Types.INT))
                .process(new DatasetSelectBuffer(op, s.events()), ElementTypeInfo.INSTANCE)
                .name(op.operatorName()).uid(uid(op));
        events.add(selected.getSideOutput(EventOutput.TAG));
        return selected;
    }

    /** A global op's first half, chained before its shuffle: {@code NN_op_hash} or {@code NN_op_digest}. */
    private static SingleOutputStreamOperator<Element> keyEachRecord(SingleOutputStreamOperator<Element> in,
            PlannedOp op, ExecutionPlan plan, Settings s, List<DataStream<String>> events, String what) {
        SingleOutputStreamOperator<Element> keyed = in.process(new GlobalKeyFunction(op, plan.textKey(), s.layout(),
                        s.stageEncoding(), s.events(), s.skipOpError()), ElementTypeInfo.INSTANCE)
                .name(op.operatorName() + "_" + what).uid(uid(op) + "-" + what);
        events.add(keyed.getSideOutput(EventOutput.TAG));
        return keyed;
    }

    private static String uid(PlannedOp op) {
        return "op-" + op.operatorName();
    }

    /** Routes hashed records by hash; everything else (markers, records passing through) by position. */
    private static final class DedupKey implements KeySelector<Element, String> {
        private static final long serialVersionUID = 1L;
        private final int opIndex;

        DedupKey(int opIndex) {
            this.opIndex = opIndex;
        }

        @Override
        public String getKey(Element e) {
            return e.globalOp() == opIndex ? e.key() : "#" + e.partition() + "/" + e.row();
        }
    }
}
