package io.djflink.runtime.source;

import io.djflink.runtime.element.Element;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.flink.api.connector.source.ReaderOutput;
import org.apache.flink.api.connector.source.SourceReader;
import org.apache.flink.api.connector.source.SourceReaderContext;
import org.apache.flink.core.io.InputStatus;

/**
 * Reads one partition at a time and asks for the next only when it is done (see
 * {@link PartitionEnumerator} for why). Each element is emitted with its row as timestamp.
 */
final class PartitionSourceReader implements SourceReader<Element, PartitionSplit> {

    /** Elements emitted per call, so that checkpoint barriers are not held up by a large partition. */
    private static final int BATCH = 256;

    private final SourceReaderContext context;
    private final SplitOpener opener;
    private final ArrayDeque<PartitionSplit> assigned = new ArrayDeque<>();
    private SplitElements current;
    private CompletableFuture<Void> available = new CompletableFuture<>();
    private boolean requested;
    private boolean noMoreSplits;

    PartitionSourceReader(SourceReaderContext context, SplitOpener opener) {
        this.context = context;
        this.opener = opener;
    }

    @Override
    public void start() {
    }

    @Override
    public InputStatus pollNext(ReaderOutput<Element> output) throws Exception {
        if (current == null) {
            PartitionSplit next = assigned.poll();
            if (next == null) {
                if (noMoreSplits) {
                    return InputStatus.END_OF_INPUT;
                }
                if (!requested) {
                    requested = true;
                    context.sendSplitRequest();
                }
                available = new CompletableFuture<>();
                if (!assigned.isEmpty() || noMoreSplits) {
                    available.complete(null);
                }
                return InputStatus.NOTHING_AVAILABLE;
            }
            current = opener.open(next);
        }
        for (int i = 0; i < BATCH; i++) {
            Element e = current.next();
            if (e == null) {
                current.close();
                current = null;
                return InputStatus.MORE_AVAILABLE;
            }
            output.collect(e, e.row());
        }
        return InputStatus.MORE_AVAILABLE;
    }

    @Override
    public List<PartitionSplit> snapshotState(long checkpointId) {
        List<PartitionSplit> state = new ArrayList<>();
        if (current != null) {
            state.add(current.split().withProgress(current.progress()));
        }
        state.addAll(assigned);
        return state;
    }

    @Override
    public CompletableFuture<Void> isAvailable() {
        return available;
    }

    @Override
    public void addSplits(List<PartitionSplit> splits) {
        assigned.addAll(splits);
        requested = false;
        available.complete(null);
    }

    @Override
    public void notifyNoMoreSplits() {
        noMoreSplits = true;
        available.complete(null);
    }

    @Override
    public void close() throws Exception {
        if (current != null) {
            current.close();
        }
    }
}
