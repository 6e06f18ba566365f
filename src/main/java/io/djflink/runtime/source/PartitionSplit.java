package io.djflink.runtime.source;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.djflink.partition.Partition;
import java.io.Serializable;
import java.util.List;
import org.apache.flink.api.connector.source.SourceSplit;

/**
 * One partition as a Flink source split: where its records come from in this run (the input, or
 * the stage checkpoint it resumes from), which global-op digests of it to replay, and how far the
 * reader got (checkpointed by Flink).
 *
 * @param partition the partition as planned (its input rows, read when {@code entryOp == 0})
 * @param entryOp the first op the partition's records still need; 0 when read from the input
 * @param stage the stage checkpoint to read (when {@code entryOp > 0})
 * @param ghosts digests to replay for global ops that other partitions still go through
 * @param active false for a partition that is already complete and only contributes ghosts
 * @param progress how far the reader got
 */
public record PartitionSplit(Partition partition, int entryOp, StoredOutput stage, List<GhostFeed> ghosts,
        boolean active, Progress progress) implements SourceSplit, Serializable {

    public PartitionSplit {
        ghosts = ghosts == null ? List.of() : List.copyOf(ghosts);
        progress = progress == null ? Progress.NONE : progress;
    }

    @Override
    @JsonIgnore
    public String splitId() {
        return "partition-" + partition.id();
    }

    PartitionSplit withProgress(Progress p) {
        return new PartitionSplit(partition, entryOp, stage, ghosts, active, p);
    }

    /**
     * A committed output to read back (a stage checkpoint or a digest).
     *
     * @param opIndex the op after which it was taken
     */
    public record StoredOutput(String dir, int opIndex, String opName, String format, String compression)
            implements Serializable {
    }

    /** The digest of this partition for global op {@code opIndex}, to replay as ghosts. */
    public record GhostFeed(int opIndex, StoredOutput digest) implements Serializable {
    }

    /**
     * @param started whether the start marker has been emitted
     * @param records position in the record source (see {@link RecordSource#position()})
     * @param ghosts ghosts emitted so far, per feed
     * @param ended whether the end marker has been emitted
     */
    public record Progress(boolean started, long records, List<Long> ghosts, boolean ended) implements Serializable {
        static final Progress NONE = new Progress(false, 0, List.of(), false);

        public Progress {
            ghosts = ghosts == null ? List.of() : List.copyOf(ghosts);
        }

        long ghostsOf(int feed) {
            return feed < ghosts.size() ? ghosts.get(feed) : 0;
        }
    }
}
