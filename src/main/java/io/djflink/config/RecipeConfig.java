package io.djflink.config;

import io.djflink.storage.Compression;
import io.djflink.storage.StageFormat;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A validated recipe: DataJuicer's keys with their defaults, after command-line overrides.
 *
 * @param configFile the YAML file it came from (null when built in code)
 * @param workDir the directory that holds job directories: {@code work_dir}, or the export
 *     path's directory when unset
 * @param jobId the job id asked for, or null for a new one
 * @param np Flink parallelism
 * @param asRun the effective configuration as plain JSON-like values, for the job directory
 */
public record RecipeConfig(
        Path configFile,
        String projectName,
        String datasetPath,
        String exportPath,
        String workDir,
        String jobId,
        ExecutorType executorType,
        int np,
        List<String> textKeys,
        String imageKey,
        String audioKey,
        String videoKey,
        boolean keepStatsInResDs,
        boolean keepHashesInResDs,
        boolean skipOpError,
        boolean skipCorruptLines,
        boolean eventLoggingEnabled,
        List<OpConfig> process,
        PartitionSettings partition,
        CheckpointSettings checkpoint,
        StorageSettings intermediateStorage,
        FlinkSettings flink,
        Map<String, Object> asRun) implements Serializable {

    /** The field ops read text from: the first of {@code text_keys}. */
    public String textKey() {
        return textKeys.get(0);
    }

    /**
     * {@code partition.*}.
     *
     * @param numOfPartitions the manual partition count
     * @param size fallback rows per partition when auto analysis fails
     */
    public record PartitionSettings(PartitionMode mode, int numOfPartitions, int targetSizeMb, int size,
            int maxSizeMb) implements Serializable {
    }

    /** {@code checkpoint.*}. */
    public record CheckpointSettings(boolean enabled, CheckpointStrategy strategy, int nOps, List<String> opNames)
            implements Serializable {

        /** The strategy in force: {@code enabled: false} means {@link CheckpointStrategy#DISABLED}. */
        public CheckpointStrategy effectiveStrategy() {
            return enabled ? strategy : CheckpointStrategy.DISABLED;
        }
    }

    /** {@code intermediate_storage.*}. */
    public record StorageSettings(StageFormat format, Compression compression, boolean preserveIntermediateData,
            RetentionPolicy retentionPolicy) implements Serializable {
    }

    /**
     * {@code flink.*}: dj-flink's own switches plus raw Flink options.
     *
     * @param webUi serve Flink's web UI for an embedded run
     * @param restPort the embedded REST/web port (0 = any free port)
     * @param options Flink configuration keys and values, applied over {@code flink-conf/config.yaml}
     */
    public record FlinkSettings(boolean webUi, int restPort, Map<String, String> options) implements Serializable {
    }
}
