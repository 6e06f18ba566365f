package io.djflink.runtime.global;

import io.djflink.ops.DatasetOp;
import io.djflink.ops.OpRegistry;
import io.djflink.plan.PlannedOp;
import io.djflink.runtime.element.Element;
import io.djflink.runtime.element.ElementTypeInfo;
import io.djflink.storage.codec.JsonCodec;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.runtime.state.VoidNamespace;
import org.apache.flink.runtime.state.VoidNamespaceSerializer;
import org.apache.flink.streaming.api.operators.AbstractStreamOperator;
import org.apache.flink.streaming.api.operators.OneInputStreamOperator;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;

/**
 * The decision of a whole-dataset op (near-duplicate deduplicator, selector), made once: it
 * collects every sample's digest (keyed RocksDB state under a single key, parallelism 1) and, when
 * the input has ended (the watermark reaches its maximum), orders them by input position, lets the
 * op choose, and sends each partition that went through the op the positions it keeps.
 *
 * <p>It holds back watermarks until then: downstream, nothing of the partitions it judges can be
 * emitted before the verdict, so no watermark may claim those rows have passed.
 */
public final class DatasetDecider extends AbstractStreamOperator<Tuple2<Integer, byte[]>>
        implements OneInputStreamOperator<Element, Tuple2<Integer, byte[]>> {

    /** The one key all digests are kept under. */
    public static final int KEY = 0;

    private static final long serialVersionUID = 1L;

    private final PlannedOp op;
    private final String textKey;
    private final int partitions;

    private transient ListState<Element> digests;

    public DatasetDecider(PlannedOp op, String textKey, int partitions) {
        this.op = op;
        this.textKey = textKey;
        this.partitions = partitions;
    }

    @Override
    public void open() throws Exception {
        super.open();
        digests = getPartitionedState(VoidNamespace.INSTANCE, VoidNamespaceSerializer.INSTANCE,
                new ListStateDescriptor<>("digests", ElementTypeInfo.INSTANCE));
    }

    @Override
    public void processElement(StreamRecord<Element> record) throws Exception {
        digests.add(record.getValue());
    }

    @Override
    public void processWatermark(Watermark mark) throws Exception {
        if (mark.getTimestamp() == Long.MAX_VALUE) {
            setCurrentKey(KEY);
            decide();
            output.emitWatermark(mark);
        }
    }

    private void decide() throws Exception {
        List<Element> keyed = new ArrayList<>();
        Set<Integer> through = new TreeSet<>();
        for (Element e : digests.get()) {
            if (e.kind() == Element.Kind.PARTITION_END) {
                through.add(e.partition());
            } else {
                keyed.add(e);
            }
        }
        if (through.isEmpty()) {
            return;
        }
        keyed.sort(Element::compareByPosition);
        List<Object> values = new ArrayList<>(keyed.size());
        for (Element e : keyed) {
            values.add(JsonCodec.parseValue(e.key()));
        }
        DatasetOp instance = (DatasetOp) OpRegistry.defaults().require(op.name()).create(op.args(), textKey);
        BitSet keep = instance.select(values);
        List<Element> kept = new ArrayList<>();
        for (int i = keep.nextSetBit(0); i >= 0; i = keep.nextSetBit(i + 1)) {
            kept.add(keyed.get(i));
        }
        List<List<Element>> byPartition = KeptPositions.byPartition(kept, partitions);
        for (int p : through) {
            output.collect(new StreamRecord<>(Tuple2.of(p, KeptPositions.encode(byPartition.get(p)))));
        }
        digests.clear();
    }
}
