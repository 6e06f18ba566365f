package io.djflink.config;

import io.djflink.storage.records.Compression;
import io.djflink.storage.records.RecordFormat;
import java.io.Serial;
import java.io.Serializable;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A validated recipe: DataJuicer's keys with their defaults, after command-line overrides.
 *
 * @param configFile the YAML file it came from (null when built in code)
 * @param exportPath absolute, unless it starts with a {@code {work_dir}} placeholder (see
 *     {@link #exportPathFor})
 * @param workDir the absolute directory that holds job directories ({@code {work_dir}/{job_id}/}):
 *     {@code work_dir}, or the export path's directory when unset, without a trailing
 *     {@code {job_id}} component
 * @param jobId the job id asked for, or null for a new one
 * @param np Flink parallelism
 * @param skipOpError drop a sample whose op raises instead of failing the job. The default is
 *     {@code false}, unlike DataJuicer's {@code true}, so that nothing is dropped silently
 * @param skipCorruptLines count and skip an input line that is not valid JSON instead of failing
 *     the job with its file and line
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
     * The export path of job {@code jobId}, with DataJuicer's placeholders filled in:
     * {@code {work_dir}} is the job directory {@code {workDir}/{jobId}}, {@code {job_id}} the id.
     */
    public String exportPathFor(String jobId) {
        return exportPath.replace("{work_dir}", workDir + "/" + jobId).replace("{job_id}", jobId);
    }

    /** This configuration with its {@link #asRun} description. */
    public RecipeConfig withAsRun(Map<String, Object> effective) {
        return copy(configFile, effective);
    }

    private RecipeConfig copy(Path file, Map<String, Object> effective) {
        return new RecipeConfig(file, projectName, datasetPath, exportPath, workDir, jobId, executorType, np,
                textKeys, imageKey, audioKey, videoKey, keepStatsInResDs, keepHashesInResDs, skipOpError,
                skipCorruptLines, eventLoggingEnabled, process, partition, checkpoint, intermediateStorage, flink,
                effective);
    }

    /** {@link Path} is not serializable, so a config with a file travels as {@link SerialForm}. */
    @Serial
    private Object writeReplace() {
        return configFile == null ? this : new SerialForm(configFile.toString(), copy(null, asRun));
    }

    private record SerialForm(String configFile, RecipeConfig withoutFile) implements Serializable {

        @Serial
        private Object readResolve() {
            return withoutFile.copy(Path.of(configFile), withoutFile.asRun);
        }
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
    public record StorageSettings(RecordFormat format, Compression compression, boolean preserveIntermediateData,
            RetentionPolicy retentionPolicy) implements Serializable {
    }

    /**
     * {@code flink.*}: dj-flink's own switches plus raw Flink options.
     *
     * @param webUi serve Flink's web UI for an embedded run
     * @param restPort the embedded REST/web port (0 = any free port)
     * @param options Flink configuration keys and values, applied over {@code flink-conf/config.yaml}
     * @param clusterUrl the REST URL of a running Flink cluster to submit to instead of an embedded
     *     Flink ({@code flink.cluster_url}, {@code dj-process --cluster}), or null
     */
    public record FlinkSettings(boolean webUi, int restPort, Map<String, String> options, URI clusterUrl)
            implements Serializable {
    }
}
