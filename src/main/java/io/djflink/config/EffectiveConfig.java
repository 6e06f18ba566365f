package io.djflink.config;

import io.djflink.config.ProcessBinder.BoundOp;
import io.djflink.config.RecipeConfig.CheckpointSettings;
import io.djflink.config.RecipeConfig.FlinkSettings;
import io.djflink.config.RecipeConfig.PartitionSettings;
import io.djflink.config.RecipeConfig.StorageSettings;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * "The config as run": every key of a {@link RecipeConfig} with its resolved value, as plain
 * JSON-like values shaped like a recipe, so that the job directory can record it and a later run
 * can compare against it. Ops list their own parameters with defaults filled in.
 */
final class EffectiveConfig {

    private EffectiveConfig() {
    }

    static Map<String, Object> describe(RecipeConfig config, List<BoundOp> ops) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("config_file", config.configFile() == null ? null : config.configFile().toAbsolutePath().toString());
        out.put("project_name", config.projectName());
        out.put("dataset_path", config.datasetPath());
        out.put("export_path", config.exportPath());
        out.put("work_dir", config.workDir());
        out.put("job_id", config.jobId());
        out.put("executor_type", config.executorType().configName());
        out.put("np", config.np());
        out.put("text_keys", config.textKeys());
        out.put("image_key", config.imageKey());
        out.put("audio_key", config.audioKey());
        out.put("video_key", config.videoKey());
        out.put("keep_stats_in_res_ds", config.keepStatsInResDs());
        out.put("keep_hashes_in_res_ds", config.keepHashesInResDs());
        out.put("skip_op_error", config.skipOpError());
        out.put("skip_corrupt_lines", config.skipCorruptLines());
        out.put("event_logging", Collections.singletonMap("enabled", config.eventLoggingEnabled()));
        out.put("partition", partition(config.partition()));
        out.put("checkpoint", checkpoint(config.checkpoint()));
        out.put("intermediate_storage", storage(config.intermediateStorage()));
        out.put("flink", flink(config.flink()));
        out.put("process", process(ops));
        return Collections.unmodifiableMap(out);
    }

    private static Map<String, Object> partition(PartitionSettings partition) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("mode", partition.mode().configName());
        out.put("num_of_partitions", partition.numOfPartitions());
        out.put("target_size_mb", partition.targetSizeMb());
        out.put("size", partition.size());
        out.put("max_size_mb", partition.maxSizeMb());
        return Collections.unmodifiableMap(out);
    }

    private static Map<String, Object> checkpoint(CheckpointSettings checkpoint) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("enabled", checkpoint.enabled());
        out.put("strategy", checkpoint.strategy().configName());
        out.put("n_ops", checkpoint.nOps());
        out.put("op_names", checkpoint.opNames());
        return Collections.unmodifiableMap(out);
    }

    private static Map<String, Object> storage(StorageSettings storage) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("format", storage.format().configName());
        out.put("compression", storage.compression().configName());
        out.put("preserve_intermediate_data", storage.preserveIntermediateData());
        out.put("retention_policy", storage.retentionPolicy().configName());
        return Collections.unmodifiableMap(out);
    }

    /** dj-flink's switches, then the raw Flink options under their dotted names. */
    private static Map<String, Object> flink(FlinkSettings flink) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("web_ui", flink.webUi());
        out.put("rest_port", flink.restPort());
        if (flink.clusterUrl() != null) {
            out.put("cluster_url", flink.clusterUrl().toString());
        }
        out.putAll(flink.options());
        return Collections.unmodifiableMap(out);
    }

    /** {@code [{op_name: {param: value}}]}, as the recipe writes it. */
    private static List<Object> process(List<BoundOp> ops) {
        List<Object> out = new ArrayList<>();
        for (BoundOp op : ops) {
            out.add(Collections.singletonMap(op.config().name(), op.effectiveArgs()));
        }
        return Collections.unmodifiableList(out);
    }
}
