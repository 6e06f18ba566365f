package io.djflink.runtime.source;

import io.djflink.runtime.element.Element;
import java.util.List;
import org.apache.flink.api.connector.source.Boundedness;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.api.connector.source.SourceReader;
import org.apache.flink.api.connector.source.SourceReaderContext;
import org.apache.flink.api.connector.source.SplitEnumerator;
import org.apache.flink.api.connector.source.SplitEnumeratorContext;
import org.apache.flink.core.io.SimpleVersionedSerializer;

/** The job's bounded source: one split per partition that this run reads (see {@link PartitionSplit}). */
public final class PartitionSource implements Source<Element, PartitionSplit, List<PartitionSplit>> {

    private static final long serialVersionUID = 1L;

    private final List<PartitionSplit> splits;
    private final SplitOpener opener;

    public PartitionSource(List<PartitionSplit> splits, SplitOpener opener) {
        this.splits = List.copyOf(splits);
        this.opener = opener;
    }

    @Override
    public Boundedness getBoundedness() {
        return Boundedness.BOUNDED;
    }

    @Override
    public SplitEnumerator<PartitionSplit, List<PartitionSplit>> createEnumerator(
            SplitEnumeratorContext<PartitionSplit> context) {
        return new PartitionEnumerator(context, splits);
    }

    @Override
    public SplitEnumerator<PartitionSplit, List<PartitionSplit>> restoreEnumerator(
            SplitEnumeratorContext<PartitionSplit> context, List<PartitionSplit> pending) {
        return new PartitionEnumerator(context, pending);
    }

    @Override
    public SourceReader<Element, PartitionSplit> createReader(SourceReaderContext context) {
        return new PartitionSourceReader(context, opener);
    }

    @Override
    public SimpleVersionedSerializer<PartitionSplit> getSplitSerializer() {
        return new PartitionSplitSerializer.Splits();
    }

    @Override
    public SimpleVersionedSerializer<List<PartitionSplit>> getEnumeratorCheckpointSerializer() {
        return new PartitionSplitSerializer.Pending();
    }
}
