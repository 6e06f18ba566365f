package io.djflink.config;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecipeValidationTest {

    @TempDir
    Path dir;

    private Path recipe;
    private String file;

    @BeforeEach
    void locateRecipe() {
        recipe = dir.resolve("recipe.yaml");
        file = recipe.toString();
    }

    private AbstractThrowableAssert<?, ? extends Throwable> assertLoading(String yaml) throws IOException {
        Files.writeString(recipe, yaml);
        return assertThatThrownBy(() -> new RecipeLoader().load(recipe, List.of()))
                .isInstanceOf(ConfigException.class);
    }

    @Test
    void badEnumValueListsTheAllowedValuesAndItsLine() throws IOException {
        assertLoading("dataset_path: d\ncheckpoint:\n  enabled: true\n  strategy: evry_op\n")
                .hasMessage(file + ":4: checkpoint.strategy: 'evry_op' is not one of every_op, every_n_ops, manual,"
                        + " disabled");
    }

    @Test
    void unknownExecutorTypeListsTheAcceptedNames() throws IOException {
        assertLoading("dataset_path: d\nexecutor_type: spark\n")
                .hasMessage(file + ":2: executor_type: 'spark' is not one of flink_partitioned, ray_partitioned, ray,"
                        + " default");
    }

    @Test
    void wrongTypeNamesTheExpectedType() throws IOException {
        assertLoading("dataset_path: d\nnp: four\n")
                .hasMessage(file + ":2: np: must be a positive integer, got \"four\"");
        assertLoading("dataset_path: d\npartition: {num_of_partitions: 0}\n")
                .hasMessage(file + ":2: partition.num_of_partitions: must be a positive integer or 'auto', got 0");
        assertLoading("dataset_path: d\nkeep_stats_in_res_ds: maybe\n")
                .hasMessage(file + ":2: keep_stats_in_res_ds: must be true or false, got \"maybe\"");
        assertLoading("dataset_path: d\ncheckpoint: every_op\n")
                .hasMessage(file + ":2: checkpoint: must be a mapping of keys to values, got \"every_op\"");
        assertLoading("dataset_path: d\ntext_keys: {a: b}\n")
                .hasMessage(file + ":2: text_keys: must be a list of strings, got a mapping {a=b}");
        assertLoading("dataset_path: d\nflink: {rest_port: 70000}\n")
                .hasMessage(file + ":2: flink.rest_port: must be a port number from 0 (any free port) to 65535,"
                        + " got 70000");
    }

    @Test
    void clusterUrlMustBeAnHttpHostAndPort() throws IOException {
        assertLoading("dataset_path: d\nflink: {cluster_url: 'localhost:8081'}\n")
                .hasMessage(file + ":2: flink.cluster_url: must be the REST URL of a Flink cluster, http://HOST:PORT"
                        + " (e.g. http://127.0.0.1:8081), got 'localhost:8081'");
        assertLoading("dataset_path: d\nflink: {cluster_url: 'http://127.0.0.1'}\n")
                .hasMessageContaining("flink.cluster_url: must be the REST URL of a Flink cluster");
    }

    @Test
    void unknownOpSuggestsTheClosestNameAndGivesItsLine() throws IOException {
        assertLoading("""
                dataset_path: d
                process:
                  - test_whitespace_mapper:
                  - tset_length_filter:
                      min_len: 3
                """)
                .hasMessageStartingWith(file + ":4: process[1]: unknown op 'tset_length_filter';"
                        + " did you mean test_length_filter?");
    }

    @Test
    void unknownOpParameterPointsAtTheParameterLine() throws IOException {
        assertLoading("""
                dataset_path: d
                process:
                  - test_length_filter:
                      min_len: 3
                      min_lenn: 5
                """)
                .hasMessageStartingWith(file + ":5: process[0]: op 'test_length_filter' has no parameter 'min_lenn';"
                        + " its parameters are: min_len, max_len");
    }

    @Test
    void wrongOpParameterTypeNamesOpAndParameter() throws IOException {
        assertLoading("dataset_path: d\nprocess:\n  - test_length_filter: {max_len: lots}\n")
                .hasMessage(file + ":3: process[0]: op 'test_length_filter': parameter 'max_len' must be an integer,"
                        + " got \"lots\"");
    }

    @Test
    void opArgumentsOutdentedIntoTheEntryAreExplained() throws IOException {
        assertLoading("dataset_path: d\nprocess:\n  - test_length_filter:\n    min_len: 3\n")
                .hasMessageStartingWith(file + ":3: process[0]: must name exactly one op, as '- op_name: {arg: value}'"
                        + " with the arguments indented under the op name");
    }

    @Test
    void opNameWithoutColonIsExplained() throws IOException {
        assertLoading("dataset_path: d\nprocess:\n  - test_whitespace_mapper\n")
                .hasMessage(file + ":3: process[0]: 'test_whitespace_mapper' needs a colon: write"
                        + " '- test_whitespace_mapper:' for its defaults or '- test_whitespace_mapper: {arg: value}'");
    }

    @Test
    void opArgumentsMustBeAMapping() throws IOException {
        assertLoading("dataset_path: d\nprocess:\n  - test_length_filter: 5\n")
                .hasMessage(file + ":3: process[0] test_length_filter: arguments must be a mapping of parameter:"
                        + " value, got 5");
    }

    @Test
    void missingDatasetPathIsAnErrorNamingTheFile() throws IOException {
        assertLoading("project_name: p\n")
                .hasMessage(file + ": dataset_path: missing: set the input file or directory in the recipe or with"
                        + " --dataset_path PATH");
    }

    @Test
    void emptyDatasetPathIsAnError() throws IOException {
        assertLoading("dataset_path: ''\n").hasMessage(file + ":1: dataset_path: must not be empty");
    }

    @Test
    void missingConfigFileNamesThePath() {
        Path missing = dir.resolve("nope.yaml");

        assertThatThrownBy(() -> new RecipeLoader().load(missing, List.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessage("config file not found: " + missing);
    }

    @Test
    void yamlSyntaxErrorGivesLineAndColumn() throws IOException {
        assertLoading("dataset_path: d\nprocess: [a, b\nnp: 2\n")
                .hasMessageStartingWith(file + ":3:3: invalid YAML: expected ',' or ']'");
        assertLoading("dataset_path: d\nproject_name: a: b\n")
                .hasMessage(file + ":2:16: invalid YAML: mapping values are not allowed here");
    }

    @Test
    void recipeMustBeAMapping() throws IOException {
        assertLoading("- a\n- b\n")
                .hasMessage(file + ":1: a recipe must be a mapping of keys to values, got a list [a, b]");
    }

    @Test
    void manualCheckpointsMustNameOpsOfTheRecipe() throws IOException {
        assertLoading("""
                dataset_path: d
                process:
                  - test_whitespace_mapper:
                  - test_length_filter:
                checkpoint:
                  strategy: manual
                  op_names: [test_length_filter, document_deduplicator]
                """)
                .hasMessage(file + ":7: checkpoint.op_names: 'document_deduplicator' is not an op of this recipe;"
                        + " its ops are: test_whitespace_mapper, test_length_filter");
    }

    @Test
    void manualCheckpointsNeedAtLeastOneOpName() throws IOException {
        assertLoading("dataset_path: d\ncheckpoint:\n  strategy: manual\n")
                .hasMessage(file + ":3: checkpoint.strategy: strategy manual needs checkpoint.op_names: the ops to"
                        + " checkpoint after");
    }

    @Test
    void jobIdMustBeASafeDirectoryName() throws IOException {
        assertLoading("dataset_path: d\njob_id: ../escape\n")
                .hasMessage(file + ":2: job_id: '../escape' is not a valid job id: use letters, digits, '.', '_' and"
                        + " '-', starting with a letter or digit");
    }

    @Test
    void jobIdPlaceholderMustBeTheLastWorkDirComponent() throws IOException {
        assertLoading("dataset_path: d\nwork_dir: ./outputs/{job_id}/sub\n")
                .hasMessage(file + ":2: work_dir: {job_id} may only be the last component of the work directory,"
                        + " got './outputs/{job_id}/sub'");
    }

    @Test
    void workDirPlaceholderInExportPathNeedsAnExplicitWorkDir() throws IOException {
        assertLoading("dataset_path: d\nexport_path: '{work_dir}/out.jsonl'\n")
                .hasMessage(file + ":2: export_path: its directory refers to {work_dir}, so work_dir must be set");
    }
}
