package io.djflink.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineOverridesTest {

    private static final String RECIPE = """
            dataset_path: data.jsonl
            job_id: from_file
            partition:
              mode: auto
              target_size_mb: 512
            process:
              - test_whitespace_mapper:
              - test_length_filter: {min_len: 5}
            flink:
              execution.checkpointing.interval: 10s
            """;

    @TempDir
    Path dir;

    private Path recipe;

    @BeforeEach
    void writeRecipe() throws IOException {
        recipe = dir.resolve("recipe.yaml");
        Files.writeString(recipe, RECIPE);
    }

    private RecipeConfig load(String... overrides) {
        return new RecipeLoader().load(recipe, List.of(overrides)).config();
    }

    @Test
    void dottedKeyWithSeparateValueOverridesTheFile() {
        RecipeConfig config = load("--partition.mode", "manual", "--partition.num_of_partitions", "4");

        assertThat(config.partition().mode()).isEqualTo(PartitionMode.MANUAL);
        assertThat(config.partition().numOfPartitions()).isEqualTo(4);
        assertThat(config.partition().targetSizeMb()).isEqualTo(512);
    }

    @Test
    void keyEqualsValueFormOverridesTheFile() {
        assertThat(load("--job_id=my_experiment_001").jobId()).isEqualTo("my_experiment_001");
    }

    @Test
    void valuesAreTypedAsYaml() {
        RecipeConfig config = load("--checkpoint.strategy", "every_n_ops", "--checkpoint.n_ops", "3",
                "--keep_stats_in_res_ds", "true", "--text_keys", "[body, title]");

        assertThat(config.checkpoint().strategy()).isEqualTo(CheckpointStrategy.EVERY_N_OPS);
        assertThat(config.checkpoint().nOps()).isEqualTo(3);
        assertThat(config.keepStatsInResDs()).isTrue();
        assertThat(config.textKeys()).containsExactly("body", "title");
    }

    @Test
    void stringKeysKeepTheValueAsTyped() {
        assertThat(load("--job_id", "007").jobId()).isEqualTo("007");
        assertThat(load("--project_name", "true").projectName()).isEqualTo("true");
    }

    @Test
    void laterOverrideWinsOverEarlierOne() {
        assertThat(load("--np", "2", "--np=5").np()).isEqualTo(5);
    }

    @Test
    void opNamesAcceptACommaSeparatedString() {
        RecipeConfig config = load("--checkpoint.strategy", "manual",
                "--checkpoint.op_names", "test_whitespace_mapper,test_length_filter");

        assertThat(config.checkpoint().opNames()).containsExactly("test_whitespace_mapper", "test_length_filter");
    }

    @Test
    void opNamesAcceptAYamlList() {
        RecipeConfig config = load("--checkpoint.strategy", "manual",
                "--checkpoint.op_names", "[test_whitespace_mapper, test_length_filter]");

        assertThat(config.checkpoint().opNames()).containsExactly("test_whitespace_mapper", "test_length_filter");
    }

    @Test
    void flowMappingIsMergedIntoTheFileSection() {
        RecipeConfig config = load("--partition", "{mode: manual, num_of_partitions: 2}");

        assertThat(config.partition().mode()).isEqualTo(PartitionMode.MANUAL);
        assertThat(config.partition().numOfPartitions()).isEqualTo(2);
        assertThat(config.partition().targetSizeMb()).isEqualTo(512);
    }

    @Test
    void flinkOptionFromTheCommandLineWinsOverTheFile() {
        RecipeConfig config = load("--flink.execution.checkpointing.interval", "5s", "--flink.web_ui", "true");

        assertThat(config.flink().options()).containsExactly(entry("execution.checkpointing.interval", "5s"));
        assertThat(config.flink().webUi()).isTrue();
        assertThat(config.flink().restPort()).isEqualTo(8081);
    }

    @Test
    void clusterUrlSelectsARunningClusterAndIsRecordedAsRun() {
        RecipeConfig config = load("--flink.cluster_url", "http://127.0.0.1:18081/");

        assertThat(config.flink().clusterUrl()).isEqualTo(URI.create("http://127.0.0.1:18081"));
        assertThat(config.flink().options()).doesNotContainKey("cluster_url");
        assertThat(config.asRun().get("flink")).asInstanceOf(InstanceOfAssertFactories.MAP)
                .containsEntry("cluster_url", "http://127.0.0.1:18081");
    }

    @Test
    void overrideCanSupplyAMissingDatasetPath() throws IOException {
        Files.writeString(recipe, "project_name: p\n");

        assertThat(load("--dataset_path", "other.jsonl").datasetPath()).isEqualTo(Path.of("other.jsonl").toAbsolutePath().toString());
    }

    @Test
    void invalidValueNamesTheOption() {
        assertThatThrownBy(() -> load("--checkpoint.n_ops", "x"))
                .isInstanceOf(ConfigException.class)
                .hasMessage("command line --checkpoint.n_ops: must be a positive integer, got \"x\"");
    }

    @Test
    void overrideWithoutValueIsAnError() {
        assertThatThrownBy(() -> load("--job_id"))
                .isInstanceOf(ConfigException.class)
                .hasMessage("command line --job_id: no value given");
        assertThatThrownBy(() -> load("--partition.mode", "--np", "2"))
                .isInstanceOf(ConfigException.class)
                .hasMessage("command line --partition.mode: no value given");
    }

    @Test
    void itemNotStartingWithDashesIsAnError() {
        assertThatThrownBy(() -> load("np", "2"))
                .isInstanceOf(ConfigException.class)
                .hasMessage("command line: 'np' is not an override; write --key value or --key=value");
    }

    @Test
    void malformedKeyIsAnError() {
        assertThatThrownBy(() -> load("--partition..mode", "auto"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("'--partition..mode' does not name a key");
    }
}
