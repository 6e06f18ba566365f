package io.djflink.storage.jobdir;

import java.io.Serializable;
import java.nio.file.Path;

/**
 * Where everything of one job lives: {@code {work_dir}/{job_id}/} with DataJuicer's layout
 * (events, summary, DAG plan, {@code checkpoints/}, {@code partitions/}, {@code logs/},
 * {@code metadata/}) plus dj-flink's {@code results/} (each partition's final output) and
 * Flink's own checkpoints and savepoints.
 */
public final class JobLayout implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String jobDir;

    public JobLayout(Path jobDir) {
        this.jobDir = jobDir.toAbsolutePath().normalize().toString();
    }

    public Path jobDir() {
        return Path.of(jobDir);
    }

    public String jobId() {
        return jobDir().getFileName().toString();
    }

    public Path summaryFile() {
        return jobDir().resolve("job_summary.json");
    }

    public Path dagPlanFile() {
        return jobDir().resolve("dag_execution_plan.json");
    }

    public Path checkpointsDir() {
        return jobDir().resolve("checkpoints");
    }

    public Path resultsDir() {
        return jobDir().resolve("results");
    }

    public Path partitionsDir() {
        return jobDir().resolve("partitions");
    }

    public Path metadataDir() {
        return jobDir().resolve("metadata");
    }

    public Path logsDir() {
        return jobDir().resolve("logs");
    }

    /** Flink's retained (externalized) checkpoints. */
    public Path flinkCheckpointsDir() {
        return jobDir().resolve("flink-checkpoints");
    }

    public Path savepointsDir() {
        return jobDir().resolve("savepoints");
    }

    /** Held by the running process; see {@code JobLock}. */
    public Path lockFile() {
        return jobDir().resolve(".lock");
    }

    /** Where the embedded Flink's REST endpoint of a running job is published. */
    public Path controlFile() {
        return jobDir().resolve("flink_rest.json");
    }

    /** A partition's records after op {@code opIndex} (DataJuicer's checkpoint name, as a directory). */
    public Path stageDir(int opIndex, int partition) {
        return checkpointsDir().resolve(String.format("checkpoint_op_%04d_partition_%04d", opIndex, partition));
    }

    /** The keys a partition fed into global op {@code opIndex}, kept to replay that op's decision. */
    public Path digestDir(int opIndex, int partition) {
        return checkpointsDir().resolve(String.format("digest_op_%04d_partition_%04d", opIndex, partition));
    }

    /** A partition's final output, as exported. */
    public Path resultDir(int partition) {
        return resultsDir().resolve(String.format("partition_%04d", partition));
    }

    @Override
    public String toString() {
        return jobDir;
    }
}
