package io.djflink.runtime.source;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.apache.flink.api.connector.source.SplitEnumerator;
import org.apache.flink.api.connector.source.SplitEnumeratorContext;

/**
 * Hands out partitions one at a time, always the lowest pending one. Together with readers that
 * take a new split only after finishing the last, this makes every reader's timestamps (rows)
 * increase and watermarks mean "all earlier rows were emitted", which global ops rely on.
 */
final class PartitionEnumerator implements SplitEnumerator<PartitionSplit, List<PartitionSplit>> {

    private final SplitEnumeratorContext<PartitionSplit> context;
    private final TreeSet<PartitionSplit> pending =
            new TreeSet<>(Comparator.comparingInt(s -> s.partition().id()));

    PartitionEnumerator(SplitEnumeratorContext<PartitionSplit> context, List<PartitionSplit> splits) {
        this.context = context;
        this.pending.addAll(splits);
    }

    @Override
    public void start() {
    }

    @Override
    public void handleSplitRequest(int subtask, String requesterHostname) {
        PartitionSplit next = pending.pollFirst();
        if (next == null) {
            context.signalNoMoreSplits(subtask);
        } else {
            context.assignSplit(next, subtask);
        }
    }

    @Override
    public void addSplitsBack(List<PartitionSplit> splits, int subtask) {
        pending.addAll(splits);
    }

    @Override
    public void addReader(int subtask) {
    }

    @Override
    public List<PartitionSplit> snapshotState(long checkpointId) {
        return new ArrayList<>(pending);
    }

    @Override
    public void close() {
    }
}
