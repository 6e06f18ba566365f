package io.djflink.job;

import io.djflink.config.RecipeConfig;
import io.djflink.events.JobSummary;
import io.djflink.partition.Partition;
import io.djflink.partition.PartitionTable;
import io.djflink.plan.ExecutionPlan;
import io.djflink.storage.jobdir.JobLayout;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where a resumed run restores Flink's own state from: the savepoint of a graceful stop, or the
 * latest checkpoint Flink retained when the last run died or failed. Flink state is only reused by
 * a run with exactly the same job graph and parallelism (the {@link #key}); otherwise the run
 * resumes from the stage checkpoints alone, which is always correct.
 */
final class FlinkRestorePoint {

    private FlinkRestorePoint() {
    }

    /** What must not change for Flink state to be restored: the plan, the partitions, the topology's settings. */
    static String key(RecipeConfig config, ExecutionPlan plan, PartitionTable table) {
        StringBuilder sb = new StringBuilder("dj-flink-topology-v1\n");
        sb.append(plan.resultFingerprint()).append('\n').append(plan.strategy()).append(plan.stageWriters())
                .append('\n').append(config.np()).append('\n').append(config.intermediateStorage().format())
                .append(config.intermediateStorage().compression()).append('\n').append(config.keepStatsInResDs())
                .append(config.keepHashesInResDs()).append(config.skipOpError()).append(config.skipCorruptLines())
                .append(config.eventLoggingEnabled()).append('\n');
        for (Partition p : table.partitions()) {
            sb.append(p.id()).append(':').append(p.contentHash()).append('\n');
        }
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(sb.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The savepoint or retained checkpoint to restore, if the previous run left a usable one. */
    static Optional<String> find(JobLayout layout, JobSummary previous, String key) throws IOException {
        if (!key.equals(previous.string("flink_restore_key"))) {
            return Optional.empty();
        }
        String savepoint = previous.string("savepoint_path");
        if (JobSummary.STOPPED.equals(previous.status()) && savepoint != null && hasMetadata(savepoint)) {
            return Optional.of(savepoint);
        }
        String flinkJob = previous.string("flink_job_id");
        if (flinkJob == null) {
            return Optional.empty();
        }
        Path dir = layout.flinkCheckpointsDir().resolve(flinkJob);
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().startsWith("chk-"))
                    .filter(p -> Files.exists(p.resolve("_metadata")))
                    .max(Comparator.comparingLong(p -> Long.parseLong(p.getFileName().toString().substring(4))))
                    .map(p -> p.toUri().toString());
        }
    }

    private static boolean hasMetadata(String location) {
        Path p = location.contains(":") ? Path.of(URI.create(location.startsWith("file:/") && !location.startsWith(
                "file://") ? "file://" + location.substring(5) : location)) : Path.of(location);
        return Files.exists(p.resolve("_metadata"));
    }
}
