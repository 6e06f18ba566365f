package io.djflink.job;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;
import java.util.Locale;

/**
 * A job's progress, as {@code dj-job monitor} prints it (text or JSON: snake_case names, unknown values left out) and {@link JobMonitor}
 * returns it. Everything comes from the job directory (summary, partition table, the event logs of
 * every run) and from whether a process still runs the job. Times are epoch seconds.
 *
 * @param ops the recipe's op names, in order
 * @param runCount how many times the job was started (a resume is a new run)
 * @param startTime when the latest run started
 * @param endTime when the latest run ended, if it recorded its end
 * @param errorMessage why the job failed, if it did
 * @param savepointPath the savepoint a stopped job resumes from, if it was stopped gracefully
 * @param resumptionCommand how to resume the job
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record JobProgress(String jobId, String jobDir, JobState state, String datasetPath, String exportPath,
        List<String> ops, Long processId, boolean processAlive, int runCount, Double startTime, Double endTime,
        String errorMessage, String savepointPath, String resumptionCommand, Overall overall,
        List<Partition> partitions) {

    public JobProgress {
        ops = List.copyOf(ops);
        partitions = List.copyOf(partitions);
    }

    /**
     * The whole job.
     *
     * @param rowsIn the input rows of the completed partitions
     * @param rowsOut what those partitions kept
     * @param progressPercent the share of input rows in completed partitions (of partitions when
     *     the input has no rows)
     * @param elapsedSeconds the latest run's time so far (or until it ended)
     * @param rowsPerSecond input rows completed by the latest run per second of it
     * @param etaSeconds the time the remaining rows take at that rate, while the job runs
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Overall(int totalPartitions, int completedPartitions, int runningPartitions, int failedPartitions,
            int pendingPartitions, int interruptedPartitions, long totalRows, long rowsIn, long rowsOut,
            double progressPercent, double elapsedSeconds, Double rowsPerSecond, Double etaSeconds, int checkpoints) {
    }

    /**
     * One partition.
     *
     * @param rows its input rows
     * @param bytes its input size (JSON text)
     * @param outputRows what it kept, once completed
     * @param currentOp while it runs, the furthest op its rows have reached (ops run pipelined, so
     *     the ops before it may still be running too), or, with status {@code pending}, the op its
     *     rows are queued for
     * @param completedOps ops finished on this partition, over all runs
     * @param startTime when its latest attempt started
     * @param endTime when it completed or failed
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Partition(int id, Status status, long rows, long bytes, Long outputRows, Op currentOp,
            int completedOps, Double startTime, Double endTime, String errorMessage, List<Op> ops,
            List<Checkpoint> checkpoints) {

        public Partition {
            ops = List.copyOf(ops);
            checkpoints = List.copyOf(checkpoints);
        }
    }

    /**
     * One op on one partition.
     *
     * @param durationSeconds the time spent in the op itself
     * @param wallSeconds from the op's first row to its last
     * @param rowsPerSecond input rows per second of {@code durationSeconds}
     * @param megabytesPerSecond an estimate: input rows times the partition's input bytes per row,
     *     per second of {@code durationSeconds}
     * @param reductionPercent the share of input rows the op dropped
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Op(int index, String name, Status status, Double durationSeconds, Double wallSeconds,
            Long inputRows, Long outputRows, Double rowsPerSecond, Double megabytesPerSecond, Double reductionPercent,
            String errorMessage) {
    }

    /** A stage checkpoint: a partition's records after op {@code opIndex}. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Checkpoint(int partition, int opIndex, String opName, double time, Long bytes, Long rows,
            String path) {
    }

    /** Of a partition or an op. */
    public enum Status {
        PENDING,
        RUNNING,
        COMPLETED,
        FAILED,
        /** Started by a run that ended (stopped, failed or gone) before finishing it. */
        INTERRUPTED;

        @JsonValue
        public String value() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
