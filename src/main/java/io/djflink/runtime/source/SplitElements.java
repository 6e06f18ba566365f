package io.djflink.runtime.source;

import io.djflink.runtime.element.Element;
import io.djflink.runtime.operators.PartitionLifecycle;
import io.djflink.storage.records.StoredRecord;
import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The elements of one split, in input order: the start marker, the partition's records merged by
 * position with the ghosts it replays, and the end marker. Knows its progress, so that a restored
 * reader continues with the first element it had not emitted.
 */
final class SplitElements implements Closeable {

    private final PartitionSplit split;
    private final RecordSource records;
    private final List<GhostSource> ghostSources;
    private final long[] ghostsDone;
    private StoredRecord nextRecord;
    private final Element[] nextGhost;
    private boolean started;
    private boolean ended;
    private final CorruptLineCounter corrupt;

    /** Reads ghosts of one digest. */
    interface GhostSource extends Closeable {
        /** @return the next ghost, or null after the last */
        Element next() throws IOException;
    }

    /** Reports input lines skipped as corrupt, for the partition's end marker. */
    interface CorruptLineCounter {
        long skipped();

        List<String> firstSkipped();
    }

    SplitElements(PartitionSplit split, RecordSource records, List<GhostSource> ghostSources,
            CorruptLineCounter corrupt) throws IOException {
        this.split = split;
        this.records = records;
        this.ghostSources = ghostSources;
        this.corrupt = corrupt;
        this.ghostsDone = new long[ghostSources.size()];
        this.nextGhost = new Element[ghostSources.size()];
        PartitionSplit.Progress p = split.progress();
        this.started = p.started() || !split.active();
        this.ended = p.ended() || !split.active();
        for (int i = 0; i < ghostSources.size(); i++) {
            ghostsDone[i] = p.ghostsOf(i);
            nextGhost[i] = ghostSources.get(i).next();
        }
        this.nextRecord = records == null ? null : records.next();
    }

    /** @return the next element, or null when the split is exhausted */
    Element next() throws IOException {
        if (!started) {
            started = true;
            return Element.partitionStart(id(), split.partition().startRow(), split.entryOp(), startInfo());
        }
        int ghost = earliestGhost();
        if (nextRecord != null && (ghost < 0 || recordPrecedes(nextRecord, nextGhost[ghost]))) {
            StoredRecord r = nextRecord;
            nextRecord = records.next();
            return Element.record(id(), r.row(), r.sub(), split.entryOp(), r.sample());
        }
        if (ghost >= 0) {
            Element g = nextGhost[ghost];
            nextGhost[ghost] = ghostSources.get(ghost).next();
            ghostsDone[ghost]++;
            return g;
        }
        if (!ended) {
            ended = true;
            Element end = Element.partitionEnd(id(), split.partition().endRow(), split.entryOp());
            if (corrupt != null && corrupt.skipped() > 0) {
                end.putInfo("corrupt_lines_skipped", corrupt.skipped());
                end.putInfo("corrupt_lines", corrupt.firstSkipped());
            }
            return end;
        }
        return null;
    }

    private java.util.Map<String, Object> startInfo() {
        java.util.Map<String, Object> info = new java.util.LinkedHashMap<>();
        info.put(PartitionLifecycle.ROWS, split.partition().rowCount());
        PartitionSplit.StoredOutput stage = split.stage();
        if (stage != null) {
            info.put(PartitionLifecycle.LOADED_FROM, stage.dir());
            info.put(PartitionLifecycle.LOADED_AFTER_OP, stage.opIndex());
            info.put(PartitionLifecycle.LOADED_OP_NAME, stage.opName());
        }
        return info;
    }

    private int id() {
        return split.partition().id();
    }

    private int earliestGhost() {
        int best = -1;
        for (int i = 0; i < nextGhost.length; i++) {
            if (nextGhost[i] != null && (best < 0 || nextGhost[i].isBefore(nextGhost[best]))) {
                best = i;
            }
        }
        return best;
    }

    private static boolean recordPrecedes(StoredRecord r, Element ghost) {
        int c = Long.compare(r.row(), ghost.row());
        return c != 0 ? c < 0 : java.util.Arrays.compare(r.sub(), ghost.sub()) <= 0;
    }

    PartitionSplit.Progress progress() {
        List<Long> g = new ArrayList<>(ghostsDone.length);
        for (long n : ghostsDone) {
            g.add(n);
        }
        return new PartitionSplit.Progress(started, records == null ? 0 : recordsPosition(), g, ended);
    }

    /**
     * The record source's position counts what it has handed out, including the one record held
     * here as look-ahead, which has not been emitted yet.
     */
    private long recordsPosition() {
        return nextRecord == null ? records.position() : records.position() - 1;
    }

    PartitionSplit split() {
        return split;
    }

    @Override
    public void close() throws IOException {
        if (records != null) {
            records.close();
        }
        for (GhostSource g : ghostSources) {
            g.close();
        }
    }
}
