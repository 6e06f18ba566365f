package io.djflink.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.djflink.storage.records.Compression;
import io.djflink.storage.records.RecordFormat;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecipeLoaderTest {

    @TempDir
    Path dir;

    private final RecipeLoader loader = new RecipeLoader();

    private LoadedRecipe load(String yaml) throws IOException {
        Path recipe = dir.resolve("recipe.yaml");
        Files.writeString(recipe, yaml);
        return loader.load(recipe, List.of());
    }

    @Test
    void minimalRecipeTakesDataJuicerDefaults() throws IOException {
        LoadedRecipe loaded = load("dataset_path: data.jsonl\n");
        RecipeConfig config = loaded.config();

        assertThat(loaded.warnings()).isEmpty();
        assertThat(config.configFile()).isEqualTo(dir.resolve("recipe.yaml"));
        assertThat(config.projectName()).isEqualTo("hello_world");
        assertThat(config.datasetPath()).as("relative to the current directory, made absolute so that every Flink task finds it")
                .isEqualTo(Path.of("data.jsonl").toAbsolutePath().toString());
        assertThat(config.exportPath())
                .isEqualTo(Path.of("outputs/hello_world/hello_world.jsonl").toAbsolutePath().toString());
        assertThat(config.workDir()).isEqualTo(Path.of("outputs/hello_world").toAbsolutePath().toString());
        assertThat(config.jobId()).isNull();
        assertThat(config.executorType()).isEqualTo(ExecutorType.FLINK_PARTITIONED);
        assertThat(config.textKeys()).containsExactly("text");
        assertThat(config.textKey()).isEqualTo("text");
        assertThat(List.of(config.imageKey(), config.audioKey(), config.videoKey()))
                .containsExactly("images", "audios", "videos");
        assertThat(config.keepStatsInResDs()).isFalse();
        assertThat(config.keepHashesInResDs()).isFalse();
        assertThat(config.skipOpError()).isFalse();
        assertThat(config.skipCorruptLines()).isFalse();
        assertThat(config.eventLoggingEnabled()).isTrue();
        assertThat(config.process()).isEmpty();
        assertThat(config.partition())
                .isEqualTo(new RecipeConfig.PartitionSettings(PartitionMode.AUTO, 4, 256, 5000, 256));
        assertThat(config.checkpoint())
                .isEqualTo(new RecipeConfig.CheckpointSettings(true, CheckpointStrategy.EVERY_N_OPS, 5, List.of()));
        assertThat(config.intermediateStorage()).isEqualTo(new RecipeConfig.StorageSettings(
                RecordFormat.PARQUET, Compression.SNAPPY, false, RetentionPolicy.KEEP_ALL));
        assertThat(config.flink()).isEqualTo(new RecipeConfig.FlinkSettings(false, 0, Map.of(), null));
    }

    @Test
    void parallelismDefaultsToTheAvailableProcessors() throws IOException {
        assertThat(load("dataset_path: d.jsonl\n").config().np()).isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(load("dataset_path: d.jsonl\nnp: 3\n").config().np()).isEqualTo(3);
    }

    @Test
    void readsEverySettingOfAFullRecipe() throws IOException {
        RecipeConfig config = load("""
                project_name: full
                dataset_path: in.jsonl
                export_path: %s/out/result.jsonl
                job_id: run-1.a_b
                np: 2
                text_keys: [content, title]
                keep_stats_in_res_ds: true
                skip_op_error: yes
                skip_corrupt_lines: true
                event_logging: {enabled: false}
                process:
                  - test_whitespace_mapper:
                  - test_length_filter:
                      min_len: 5
                partition: {mode: manual, num_of_partitions: 8, target_size_mb: 128, size: 100, max_size_mb: 64}
                checkpoint: {enabled: true, strategy: manual, op_names: [test_length_filter]}
                intermediate_storage:
                  format: jsonl
                  compression: gzip
                  preserve_intermediate_data: true
                  retention_policy: keep_failed_only
                """.formatted(dir)).config();

        assertThat(config.projectName()).isEqualTo("full");
        assertThat(config.jobId()).isEqualTo("run-1.a_b");
        assertThat(config.np()).isEqualTo(2);
        assertThat(config.textKey()).isEqualTo("content");
        assertThat(config.keepStatsInResDs()).isTrue();
        assertThat(config.skipOpError()).isTrue();
        assertThat(config.skipCorruptLines()).isTrue();
        assertThat(config.eventLoggingEnabled()).isFalse();
        assertThat(config.process()).extracting(OpConfig::name)
                .containsExactly("test_whitespace_mapper", "test_length_filter");
        assertThat(config.process().get(1).args()).containsExactly(entry("min_len", 5L));
        assertThat(config.process().get(1).location()).isEqualTo(dir.resolve("recipe.yaml") + ":13");
        assertThat(config.partition())
                .isEqualTo(new RecipeConfig.PartitionSettings(PartitionMode.MANUAL, 8, 128, 100, 64));
        assertThat(config.checkpoint().effectiveStrategy()).isEqualTo(CheckpointStrategy.MANUAL);
        assertThat(config.checkpoint().opNames()).containsExactly("test_length_filter");
        assertThat(config.intermediateStorage()).isEqualTo(new RecipeConfig.StorageSettings(
                RecordFormat.JSONL, Compression.GZIP, true, RetentionPolicy.KEEP_FAILED_ONLY));
    }

    @Test
    void rayExecutorTypesRunAsFlinkPartitioned() throws IOException {
        assertThat(load("dataset_path: d\nexecutor_type: ray_partitioned\n").config().executorType())
                .isEqualTo(ExecutorType.FLINK_PARTITIONED);
        assertThat(load("dataset_path: d\nexecutor_type: ray\n").config().executorType())
                .isEqualTo(ExecutorType.FLINK_PARTITIONED);
        assertThat(load("dataset_path: d\nexecutor_type: default\n").config().executorType())
                .isEqualTo(ExecutorType.DEFAULT);
    }

    @Test
    void unknownTopLevelKeyIsAWarningNamingItsLine() throws IOException {
        LoadedRecipe loaded = load("dataset_path: d\nchekpoint: {strategy: every_op}\n");

        assertThat(loaded.warnings())
                .containsExactly(dir.resolve("recipe.yaml") + ":2: unknown key 'chekpoint' is ignored");
        assertThat(loaded.config().checkpoint().strategy()).isEqualTo(CheckpointStrategy.EVERY_N_OPS);
    }

    @Test
    void unknownKeyInsideASectionIsAWarningWithItsDottedName() throws IOException {
        LoadedRecipe loaded = load("dataset_path: d\ncheckpoint:\n  stratgy: every_op\n");

        assertThat(loaded.warnings())
                .containsExactly(dir.resolve("recipe.yaml") + ":3: unknown key 'checkpoint.stratgy' is ignored");
    }

    @Test
    void dataJuicerKeysWithoutEffectAreAcceptedSilently() throws IOException {
        LoadedRecipe loaded = load("""
                dataset_path: d
                op_fusion: true
                use_cache: false
                ds_cache_dir: /tmp/cache
                open_tracer: true
                trace_num: 10
                export_shard_size: 0
                export_type: jsonl
                suffixes: [.jsonl]
                use_checkpoint: false
                temp_dir: /tmp
                open_monitor: true
                turbo: false
                ray_address: auto
                auto_op_parallelism: true
                event_log_dir: logs
                checkpoint_dir: ckpt
                partition_dir: parts
                hpo_config: null
                percentiles: [0.25, 0.5]
                partition: {max_concurrent_partitions: auto, partitions_per_node: 2}
                intermediate_storage:
                  cleanup_temp_files: true
                  cleanup_on_success: false
                  max_retention_days: 7
                  write_partitions: true
                """);

        assertThat(loaded.warnings()).isEmpty();
    }

    @Test
    void duplicateKeyIsAWarningAndTheLastValueWins() throws IOException {
        LoadedRecipe loaded = load("dataset_path: d\nnp: 2\nnp: 3\n");

        assertThat(loaded.config().np()).isEqualTo(3);
        assertThat(loaded.warnings())
                .containsExactly(dir.resolve("recipe.yaml") + ":3: duplicate key 'np'; the last value is used");
    }

    @Test
    void yamlAnchorsAndAliasesAreResolved() throws IOException {
        RecipeConfig config = load("""
                dataset_path: d
                process:
                  - test_length_filter: &bounds {min_len: 3, max_len: 9}
                  - test_length_filter: *bounds
                """).config();

        assertThat(config.process().get(1).args()).containsExactly(entry("min_len", 3L), entry("max_len", 9L));
    }

    @Test
    void opWithoutArgumentsUsesItsDefaults() throws IOException {
        RecipeConfig config = load("dataset_path: d\nprocess:\n  - test_length_filter:\n").config();

        assertThat(config.process()).singleElement().satisfies(op -> {
            assertThat(op.index()).isZero();
            assertThat(op.args()).isEmpty();
        });
        assertThat(config.asRun().get("process")).isEqualTo(List.of(Map.of("test_length_filter", Map.of(
                "min_len", 10L, "max_len", Long.MAX_VALUE, "min_closed_interval", true,
                "max_closed_interval", true, "reversed_range", false, "text_key", "text"))));
    }

    @Test
    void workDirDefaultsToTheExportDirectory() throws IOException {
        RecipeConfig config = load("dataset_path: d\nexport_path: %s/exports/out.jsonl\n".formatted(dir)).config();

        assertThat(config.workDir()).isEqualTo(dir.resolve("exports").toString());
    }

    @Test
    void trailingJobIdComponentIsDroppedFromWorkDir() throws IOException {
        assertThat(load("dataset_path: d\nwork_dir: %s/outputs/{job_id}\n".formatted(dir)).config().workDir())
                .isEqualTo(dir.resolve("outputs").toString());
        assertThat(load("dataset_path: d\nexport_path: %s/outputs/{job_id}/out.jsonl\n".formatted(dir)).config()
                .workDir()).isEqualTo(dir.resolve("outputs").toString());
    }

    @Test
    void relativeAndHomePathsBecomeAbsolute() throws IOException {
        RecipeConfig relative = load("dataset_path: d\nwork_dir: ./runs/../work\nexport_path: out/x.jsonl\n").config();
        RecipeConfig home = load("dataset_path: d\nwork_dir: ~/dj-work\n").config();

        assertThat(relative.workDir()).isEqualTo(Path.of("work").toAbsolutePath().toString());
        assertThat(relative.exportPath()).isEqualTo(Path.of("out/x.jsonl").toAbsolutePath().toString());
        assertThat(home.workDir()).isEqualTo(Path.of(System.getProperty("user.home"), "dj-work").toString());
    }

    @Test
    void exportPathPlaceholdersAreFilledPerJob() throws IOException {
        RecipeConfig config = load("dataset_path: d\nwork_dir: %s\nexport_path: '{work_dir}/{job_id}.jsonl'\n"
                .formatted(dir)).config();

        assertThat(config.exportPathFor("j1")).isEqualTo(dir + "/j1/j1.jsonl");
    }

    @Test
    void flinkOptionsAreFlattenedWithDots() throws IOException {
        RecipeConfig.FlinkSettings flink = load("""
                dataset_path: d
                flink:
                  web-ui: true
                  execution:
                    checkpointing:
                      interval: 5s
                  state.backend.type: rocksdb
                  pipeline.jars: [a.jar, b.jar]
                  taskmanager.numberOfTaskSlots: 2
                """).config().flink();

        assertThat(flink.webUi()).isTrue();
        assertThat(flink.restPort()).isEqualTo(8081);
        assertThat(flink.options()).containsExactly(
                entry("execution.checkpointing.interval", "5s"),
                entry("state.backend.type", "rocksdb"),
                entry("pipeline.jars", "[a.jar, b.jar]"),
                entry("taskmanager.numberOfTaskSlots", "2"));
    }

    @Test
    void numOfPartitionsAutoSelectsAutoMode() throws IOException {
        LoadedRecipe loaded = load("dataset_path: d\npartition:\n  mode: manual\n  num_of_partitions: auto\n");

        assertThat(loaded.config().partition().mode()).isEqualTo(PartitionMode.AUTO);
        assertThat(loaded.warnings()).singleElement().asString()
                .contains("switches partition.mode from manual to auto");
    }

    @Test
    void disabledCheckpointingNeedsNoOpNames() throws IOException {
        RecipeConfig config = load("dataset_path: d\ncheckpoint: {enabled: false, strategy: manual}\n").config();

        assertThat(config.checkpoint().effectiveStrategy()).isEqualTo(CheckpointStrategy.DISABLED);
    }

    @Test
    void asRunRecordsEveryResolvedKey() throws IOException {
        Map<String, Object> asRun = load("dataset_path: d\nflink: {parallelism.default: 2}\n").config().asRun();

        assertThat(asRun).containsKeys("config_file", "project_name", "dataset_path", "export_path", "work_dir",
                "job_id", "executor_type", "np", "text_keys", "image_key", "audio_key", "video_key",
                "keep_stats_in_res_ds", "keep_hashes_in_res_ds", "skip_op_error", "skip_corrupt_lines",
                "event_logging", "partition", "checkpoint", "intermediate_storage", "flink", "process");
        assertThat(asRun.get("executor_type")).isEqualTo("flink_partitioned");
        assertThat(asRun.get("checkpoint")).isEqualTo(
                Map.of("enabled", true, "strategy", "every_n_ops", "n_ops", 5, "op_names", List.of()));
        assertThat(asRun.get("flink")).isEqualTo(Map.of("web_ui", false, "rest_port", 0, "parallelism.default", "2"));
        assertThat(asRun.get("work_dir")).isEqualTo(Path.of("outputs/hello_world").toAbsolutePath().toString());
    }

    @Test
    void loadedConfigSurvivesJavaSerialization() throws Exception {
        RecipeConfig config = load("""
                dataset_path: d
                process:
                  - test_length_filter: {min_len: 3}
                flink: {parallelism.default: 2}
                """).config();

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(config);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertThat(in.readObject()).isEqualTo(config);
        }
    }
}
