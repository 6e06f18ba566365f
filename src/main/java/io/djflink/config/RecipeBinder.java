package io.djflink.config;

import io.djflink.config.ProcessBinder.BoundOp;
import io.djflink.config.RecipeConfig.CheckpointSettings;
import io.djflink.config.RecipeConfig.PartitionSettings;
import io.djflink.config.RecipeConfig.StorageSettings;
import io.djflink.config.YamlNode.Mapping;
import io.djflink.config.YamlNode.Scalar;
import io.djflink.ops.OpRegistry;
import io.djflink.storage.NamedFormat;
import io.djflink.storage.records.Compression;
import io.djflink.storage.records.RecordFormat;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a recipe tree (file plus overrides) into a validated {@link RecipeConfig}: DataJuicer's
 * keys and defaults, dj-flink's own keys, and the cross-checks between them. Unknown keys become
 * warnings; keys that only DataJuicer's engines use are accepted with a debug note.
 */
final class RecipeBinder {

    private static final Logger LOG = LoggerFactory.getLogger(RecipeBinder.class);

    private static final String DEFAULT_PROJECT_NAME = "hello_world";
    private static final String DEFAULT_EXPORT_PATH = "./outputs/hello_world/hello_world.jsonl";
    private static final Pattern JOB_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    /** Top-level DataJuicer keys that have no effect in dj-flink; recipes that set them still run. */
    private static final Set<String> DATAJUICER_ONLY_KEYS = Set.of("op_fusion", "fusion_strategies", "use_cache",
            "ds_cache_dir", "cache_compress", "open_tracer", "trace_num", "trace_keys", "export_shard_size",
            "export_type", "export_in_parallel", "export_extra_args", "export_aws_credentials",
            "encrypt_before_export", "encryption_key_path", "suffixes", "use_checkpoint", "temp_dir",
            "open_monitor", "turbo", "ray_address", "auto_op_parallelism", "event_log_dir", "checkpoint_dir",
            "partition_dir", "resume", "dataset", "load_dataset_kwargs", "override_num_blocks", "hpo_config",
            "data_probe_algo", "data_probe_ratio", "percentiles", "export_original_dataset",
            "save_stats_in_one_file", "open_insight_mining", "op_list_to_mine", "adaptive_batch_size",
            "resource_optimization", "use_dag", "debug", "auto", "auto_num", "custom_operator_paths",
            "validators", "eoc_special_token", "image_special_token", "audio_special_token",
            "video_special_token", "image_bytes_key", "partition_size", "max_partition_size_mb",
            "preserve_intermediate_data");

    private static final List<String> DATAJUICER_ONLY_PARTITION_KEYS =
            List.of("max_concurrent_partitions", "partitions_per_node");
    private static final List<String> DATAJUICER_ONLY_STORAGE_KEYS =
            List.of("cleanup_temp_files", "cleanup_on_success", "max_retention_days", "write_partitions");

    private static final Map<String, ExecutorType> EXECUTOR_NAMES = executorNames();

    private final Path configFile;
    private final ProcessBinder processBinder;
    private final List<String> warnings;

    RecipeBinder(Path configFile, OpRegistry registry, List<String> warnings) {
        this.configFile = configFile;
        this.processBinder = new ProcessBinder(registry);
        this.warnings = warnings;
    }

    RecipeConfig bind(Mapping root) {
        ConfigSection top = ConfigSection.root(root, Origin.ofFile(configFile.toString()));
        String datasetPath = datasetPath(top);
        String exportPath = RecipePaths.absolute(top.string("export_path", DEFAULT_EXPORT_PATH));
        List<String> textKeys = textKeys(top);
        List<BoundOp> ops = processBinder.bind(top, textKeys.get(0));
        RecipeConfig config = new RecipeConfig(
                configFile,
                top.string("project_name", DEFAULT_PROJECT_NAME),
                datasetPath,
                exportPath,
                workDir(top, exportPath),
                jobId(top),
                executorType(top),
                top.positiveInt("np", Runtime.getRuntime().availableProcessors()),
                textKeys,
                top.string("image_key", "images"),
                top.string("audio_key", "audios"),
                top.string("video_key", "videos"),
                top.bool("keep_stats_in_res_ds", false),
                top.bool("keep_hashes_in_res_ds", false),
                top.bool("skip_op_error", false),
                top.bool("skip_corrupt_lines", false),
                eventLoggingEnabled(top.section("event_logging")),
                ops.stream().map(BoundOp::config).toList(),
                partition(top.section("partition")),
                checkpoint(top.section("checkpoint"), ops),
                storage(top.section("intermediate_storage")),
                FlinkSettingsBinder.bind(top.section("flink")),
                null);
        for (String key : top.skip(DATAJUICER_ONLY_KEYS)) {
            LOG.debug("{}: '{}' is a DataJuicer key that dj-flink does not use", top.originOf(key), key);
        }
        warnings.addAll(top.unknownKeyWarnings());
        return config.withAsRun(EffectiveConfig.describe(config, ops));
    }

    private static String datasetPath(ConfigSection top) {
        String path = top.string("dataset_path", null);
        if (path == null) {
            String hint = top.has("dataset")
                    ? " (dj-flink reads dataset_path; the 'dataset' key is not supported)" : "";
            throw top.error("dataset_path", "missing: set the input file or directory in the recipe or with"
                    + " --dataset_path PATH" + hint);
        }
        if (path.isBlank()) {
            throw top.error("dataset_path", "must not be empty");
        }
        return RecipePaths.absolute(path);
    }

    private static List<String> textKeys(ConfigSection top) {
        List<String> keys = top.stringOrList("text_keys", List.of("text"));
        if (keys.isEmpty()) {
            throw top.error("text_keys", "must name at least one field");
        }
        return keys;
    }

    /**
     * {@code work_dir}, or the export path's directory; a trailing {@code {job_id}} is dropped
     * (see {@link RecipePaths#withoutJobIdComponent}).
     */
    private static String workDir(ConfigSection top, String exportPath) {
        boolean given = top.has("work_dir");
        String key = given ? "work_dir" : "export_path";
        String dir = given ? top.string("work_dir", null) : RecipePaths.directoryOf(exportPath);
        String base = RecipePaths.withoutJobIdComponent(dir);
        if (base.contains(RecipePaths.JOB_ID)) {
            throw top.error(key, "{job_id} may only be the last component of the work directory, got '" + dir + "'");
        }
        if (base.contains(RecipePaths.WORK_DIR)) {
            throw top.error(key, given ? "must not refer to {work_dir}"
                    : "its directory refers to {work_dir}, so work_dir must be set");
        }
        return RecipePaths.absolute(base);
    }

    private static String jobId(ConfigSection top) {
        String jobId = top.string("job_id", null);
        if (jobId != null && !JOB_ID.matcher(jobId).matches()) {
            throw top.error("job_id", "'" + jobId + "' is not a valid job id: use letters, digits, '.', '_' and '-',"
                    + " starting with a letter or digit");
        }
        return jobId;
    }

    private static ExecutorType executorType(ConfigSection top) {
        ExecutorType type = top.oneOf("executor_type", ExecutorType.FLINK_PARTITIONED, EXECUTOR_NAMES);
        String written = top.string("executor_type", type.configName());
        if (!written.equalsIgnoreCase(type.configName())) {
            LOG.debug("{}: executor_type '{}' runs as {}", top.originOf("executor_type"), written, type.configName());
        }
        return type;
    }

    private boolean eventLoggingEnabled(ConfigSection eventLogging) {
        boolean enabled = eventLogging.bool("enabled", true);
        warnings.addAll(eventLogging.unknownKeyWarnings());
        return enabled;
    }

    /** As DataJuicer, {@code num_of_partitions: auto} selects auto mode whatever {@code mode} says. */
    private PartitionSettings partition(ConfigSection partition) {
        PartitionMode mode = partition.oneOf("mode", PartitionMode.AUTO,
                names(PartitionMode.values(), PartitionMode::configName));
        int numOfPartitions = 4;
        if (isAuto(partition, "num_of_partitions")) {
            if (mode == PartitionMode.MANUAL) {
                warnings.add(partition.originOf("num_of_partitions") + ": partition.num_of_partitions 'auto'"
                        + " switches partition.mode from manual to auto");
            }
            mode = PartitionMode.AUTO;
        } else {
            numOfPartitions = partition.intBetween("num_of_partitions", numOfPartitions, 1, Integer.MAX_VALUE,
                    "a positive integer or 'auto'");
        }
        PartitionSettings settings = new PartitionSettings(mode, numOfPartitions,
                partition.positiveInt("target_size_mb", 256), partition.positiveInt("size", 5000),
                partition.positiveInt("max_size_mb", 256));
        for (String key : partition.skip(DATAJUICER_ONLY_PARTITION_KEYS)) {
            LOG.debug("{}: partition.{} has no effect in dj-flink", partition.originOf(key), key);
        }
        warnings.addAll(partition.unknownKeyWarnings());
        return settings;
    }

    private static boolean isAuto(ConfigSection section, String key) {
        return section.entry(key).map(e -> e.value() instanceof Scalar s && s.value() instanceof String text
                && text.equalsIgnoreCase("auto")).orElse(false);
    }

    /** A manual strategy must name ops of this recipe, else it would silently never checkpoint. */
    private CheckpointSettings checkpoint(ConfigSection checkpoint, List<BoundOp> ops) {
        CheckpointSettings settings = new CheckpointSettings(
                checkpoint.bool("enabled", true),
                checkpoint.oneOf("strategy", CheckpointStrategy.EVERY_N_OPS,
                        names(CheckpointStrategy.values(), CheckpointStrategy::configName)),
                checkpoint.positiveInt("n_ops", 5),
                checkpoint.stringList("op_names", List.of()));
        warnings.addAll(checkpoint.unknownKeyWarnings());
        if (settings.effectiveStrategy() != CheckpointStrategy.MANUAL) {
            return settings;
        }
        if (settings.opNames().isEmpty()) {
            String key = checkpoint.has("op_names") ? "op_names" : "strategy";
            throw checkpoint.error(key, "strategy manual needs checkpoint.op_names: the ops to checkpoint after");
        }
        Set<String> recipeOps = new LinkedHashSet<>();
        ops.forEach(op -> recipeOps.add(op.config().name()));
        for (String name : settings.opNames()) {
            if (!recipeOps.contains(name)) {
                String known = recipeOps.isEmpty() ? "its process list is empty"
                        : "its ops are: " + String.join(", ", recipeOps);
                throw checkpoint.error("op_names", "'" + name + "' is not an op of this recipe; " + known);
            }
        }
        return settings;
    }

    private StorageSettings storage(ConfigSection storage) {
        StorageSettings settings = new StorageSettings(
                storage.oneOf("format", RecordFormat.PARQUET, NamedFormat.names(RecordFormat.class)),
                storage.oneOf("compression", Compression.SNAPPY, NamedFormat.names(Compression.class)),
                storage.bool("preserve_intermediate_data", false),
                storage.oneOf("retention_policy", RetentionPolicy.KEEP_ALL,
                        names(RetentionPolicy.values(), RetentionPolicy::configName)));
        for (String key : storage.skip(DATAJUICER_ONLY_STORAGE_KEYS)) {
            LOG.debug("{}: intermediate_storage.{} has no effect in dj-flink", storage.originOf(key), key);
        }
        warnings.addAll(storage.unknownKeyWarnings());
        return settings;
    }

    private static <E> Map<String, E> names(E[] values, Function<E, String> name) {
        Map<String, E> out = new LinkedHashMap<>();
        for (E value : values) {
            out.put(name.apply(value), value);
        }
        return out;
    }

    /** {@code ray_partitioned} and {@code ray} are read as flink_partitioned so DataJuicer recipes run unchanged. */
    private static Map<String, ExecutorType> executorNames() {
        Map<String, ExecutorType> names = new LinkedHashMap<>();
        names.put("flink_partitioned", ExecutorType.FLINK_PARTITIONED);
        names.put("ray_partitioned", ExecutorType.FLINK_PARTITIONED);
        names.put("ray", ExecutorType.FLINK_PARTITIONED);
        names.put("default", ExecutorType.DEFAULT);
        return names;
    }
}
