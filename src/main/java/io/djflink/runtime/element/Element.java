package io.djflink.runtime.element;

import io.djflink.ops.Sample;
import io.djflink.storage.records.StoredRecord;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What flows between dj-flink's operators: a record, a marker that brackets a partition, or a
 * ghost that stands for a record processed in an earlier run.
 *
 * <p>Every element has a position, {@code (row, sub)}: the row's index in the whole input plus,
 * for pieces of a split row, their order. Its Flink timestamp is {@code row}, so that watermarks
 * say "every element before this row has been emitted"; global ops rely on that to decide in
 * input order whatever the parallelism and timing.
 */
public final class Element {

    /** What an element is. */
    public enum Kind {
        /** A sample of a partition. */
        RECORD,
        /**
         * A sample's digest for a global op, replayed from an earlier run so that the op decides as
         * if that sample were there; never written anywhere.
         */
        GHOST,
        /** Opens a partition: emitted before its first record. */
        PARTITION_START,
        /** Closes a partition: every record of it has passed. */
        PARTITION_END
    }

    private Kind kind;
    private int partition;
    private long row;
    private int[] sub;
    private int entryOp;
    private int globalOp;
    private String key;
    private Sample sample;
    private LinkedHashMap<String, Object> info;

    private Element(Kind kind, int partition, long row, int[] sub, int entryOp) {
        this.kind = kind;
        this.partition = partition;
        this.row = row;
        this.sub = sub == null ? StoredRecord.NO_SUB : sub;
        this.entryOp = entryOp;
        this.globalOp = -1;
    }

    /**
     * @param entryOp index of the first op this record still has to go through (records resumed
     *     from a stage checkpoint skip the ops before it)
     */
    public static Element record(int partition, long row, int[] sub, int entryOp, Sample sample) {
        Element e = new Element(Kind.RECORD, partition, row, sub, entryOp);
        e.sample = sample;
        return e;
    }

    /** A ghost of a sample that an earlier run fed into global op {@code globalOp} with {@code key}. */
    public static Element ghost(int partition, long row, int[] sub, int globalOp, String key) {
        Element e = new Element(Kind.GHOST, partition, row, sub, Integer.MAX_VALUE);
        e.globalOp = globalOp;
        e.key = key;
        return e;
    }

    /** @param startRow the partition's first row, the marker's position */
    public static Element partitionStart(int partition, long startRow, int entryOp, Map<String, Object> info) {
        Element e = new Element(Kind.PARTITION_START, partition, startRow, StoredRecord.NO_SUB, entryOp);
        e.info = info == null ? null : new LinkedHashMap<>(info);
        return e;
    }

    /** @param endRow one past the partition's last row, the marker's position */
    public static Element partitionEnd(int partition, long endRow, int entryOp) {
        return new Element(Kind.PARTITION_END, partition, endRow, StoredRecord.NO_SUB, entryOp);
    }

    public Kind kind() {
        return kind;
    }

    public boolean isRecord() {
        return kind == Kind.RECORD;
    }

    public boolean isMarker() {
        return kind == Kind.PARTITION_START || kind == Kind.PARTITION_END;
    }

    public int partition() {
        return partition;
    }

    public long row() {
        return row;
    }

    public int[] sub() {
        return sub;
    }

    public int entryOp() {
        return entryOp;
    }

    /** For ghosts and hashed records: the global op whose decision they take part in, else -1. */
    public int globalOp() {
        return globalOp;
    }

    /** For ghosts and hashed records: the global op's key (e.g. the document hash), else null. */
    public String key() {
        return key;
    }

    /** Marks a record as taking part in global op {@code op} with {@code key}. */
    public void setGlobalKey(int op, String k) {
        this.globalOp = op;
        this.key = k;
    }

    public void clearGlobalKey() {
        this.globalOp = -1;
        this.key = null;
    }

    public Sample sample() {
        return sample;
    }

    /** Marker details (e.g. the checkpoint a resumed partition was loaded from); may be null. */
    public LinkedHashMap<String, Object> info() {
        return info;
    }

    public void putInfo(String name, Object value) {
        if (info == null) {
            info = new LinkedHashMap<>();
        }
        info.put(name, value);
    }

    /** Whether op {@code opIndex} must process this record (it has not been applied in an earlier run). */
    public boolean needsOp(int opIndex) {
        return entryOp <= opIndex;
    }

    /** A copy for one piece of an expanded record: same position plus one more sub index. */
    public Element piece(int index, Sample pieceSample) {
        int[] s = Arrays.copyOf(sub, sub.length + 1);
        s[sub.length] = index;
        return record(partition, row, s, entryOp, pieceSample);
    }

    /**
     * Input order of elements: by row; at the same row, by partition (a partition's end marker sits
     * at the next partition's first row); within a partition the start marker first and the end
     * marker last; then by sub.
     */
    public static int compareByPosition(Element a, Element b) {
        int c = Long.compare(a.row, b.row);
        if (c != 0) {
            return c;
        }
        c = Integer.compare(a.partition, b.partition);
        if (c != 0) {
            return c;
        }
        c = Integer.compare(a.rankInPartition(), b.rankInPartition());
        return c != 0 ? c : Arrays.compare(a.sub, b.sub);
    }

    private int rankInPartition() {
        switch (kind) {
            case PARTITION_START:
                return 0;
            case PARTITION_END:
                return 2;
            default:
                return 1;
        }
    }

    /** Whether this element comes strictly before {@code other} in input order. */
    public boolean isBefore(Element other) {
        return compareByPosition(this, other) < 0;
    }

    static Element restore(Kind kind, int partition, long row, int[] sub, int entryOp, int globalOp, String key,
            Sample sample, LinkedHashMap<String, Object> info) {
        Element e = new Element(kind, partition, row, sub, entryOp);
        e.globalOp = globalOp;
        e.key = key;
        e.sample = sample;
        e.info = info;
        return e;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Element e)) {
            return false;
        }
        return e.kind == kind && e.partition == partition && e.row == row && Arrays.equals(e.sub, sub)
                && e.entryOp == entryOp && e.globalOp == globalOp && java.util.Objects.equals(e.key, key)
                && java.util.Objects.equals(e.sample, sample) && java.util.Objects.equals(e.info, info);
    }

    @Override
    public int hashCode() {
        return (kind.hashCode() * 31 + partition) * 31 + Long.hashCode(row);
    }

    @Override
    public String toString() {
        return kind + "[p" + partition + " row " + row + (sub.length == 0 ? "" : " sub " + Arrays.toString(sub))
                + " entry " + entryOp + (key == null ? "" : " key " + key) + (info == null ? "" : " " + info)
                + (sample == null ? "" : " " + sample) + "]";
    }
}
