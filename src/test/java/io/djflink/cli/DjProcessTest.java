package io.djflink.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.djflink.testing.TestFlink;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code dj-process} as a user meets it: exit codes and one-line messages that name the cause. */
class DjProcessTest {

    @RegisterExtension
    static final MiniClusterExtension FLINK = TestFlink.cluster();

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return DjProcess.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path recipe(String yaml) throws Exception {
        Path file = dir.resolve("recipe.yaml");
        Files.writeString(file, yaml);
        return file;
    }

    @Test
    void listsEveryOpWithItsParametersAndDefaults() {
        assertThat(run("--list-ops")).isZero();

        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("text_length_filter  [filter]").contains("min_len").contains("default 10")
                .contains("document_deduplicator  [deduplicator]");
    }

    @Test
    void unknownOpIsOneLineNamingFileLineAndTheClosestOp() throws Exception {
        Path r = recipe("""
                dataset_path: data.jsonl
                process:
                  - text_lenght_filter: {min_len: 3}
                """);

        assertThat(run("--config", r.toString())).isEqualTo(DjProcess.USAGE);
        assertThat(stderr().strip()).isEqualTo("dj-process: error: " + r + ":3: process[0]: unknown op "
                + "'text_lenght_filter'; did you mean text_length_filter? (bin/dj-process --list-ops lists all "
                + io.djflink.ops.OpRegistry.defaults().all().size() + ")");
    }

    @Test
    void badValueOnTheCommandLineNamesTheKeyAndTheAllowedValues() throws Exception {
        Path r = recipe("dataset_path: data.jsonl\nprocess:\n  - text_length_filter:\n");

        assertThat(run("--config", r.toString(), "--checkpoint.strategy", "evry_op")).isEqualTo(DjProcess.USAGE);
        assertThat(stderr()).contains("--checkpoint.strategy: 'evry_op' is not one of every_op, every_n_ops, manual,"
                + " disabled");
    }

    @Test
    void wrongOpArgumentNamesOpAndParameter() throws Exception {
        Path r = recipe("dataset_path: data.jsonl\nprocess:\n  - text_length_filter: {min_len: short}\n");

        assertThat(run("--config", r.toString())).isEqualTo(DjProcess.USAGE);
        assertThat(stderr()).contains(r + ":3").contains("text_length_filter").contains("min_len");
    }

    @Test
    void missingDatasetIsAnErrorNamingThePath() throws Exception {
        Path r = recipe("dataset_path: " + dir.resolve("nowhere.jsonl") + "\nexport_path: " + dir.resolve("o.jsonl")
                + "\nprocess:\n  - text_length_filter:\n");

        assertThat(run("--config", r.toString())).isEqualTo(DjProcess.FAILED);
        assertThat(stderr()).startsWith("dj-process: error: ").contains("nowhere.jsonl");
    }

    @Test
    void corruptInputLineFailsNamingFileAndLineAndCanBeSkipped() throws Exception {
        Path data = dir.resolve("data.jsonl");
        Files.writeString(data, "{\"text\": \"a first good document\"}\n{\"text\": broken\n"
                + "{\"text\": \"another good document\"}\n");
        Path r = recipe("dataset_path: " + data + "\nexport_path: " + dir.resolve("out/o.jsonl")
                + "\npartition: {mode: manual, num_of_partitions: 1}\nflink: {restart-strategy: {type: none}}"
                + "\nprocess:\n  - text_length_filter:\n");

        assertThat(run("--config", r.toString(), "--job_id", "corrupt")).isEqualTo(DjProcess.FAILED);
        assertThat(stderr()).contains("dj-process: error: " + data + ":2: not valid JSON");

        err.reset();
        assertThat(run("--config", r.toString(), "--job_id", "corrupt", "--skip_corrupt_lines", "true")).isZero();
        assertThat(Files.readAllLines(dir.resolve("out/o.jsonl"))).containsExactly(
                "{\"text\":\"a first good document\"}", "{\"text\":\"another good document\"}");
    }

    @Test
    void unknownTopLevelKeyIsOnlyAWarning() throws Exception {
        Path data = dir.resolve("data.jsonl");
        Files.writeString(data, "{\"text\": \"hello there world\"}\n");
        Path r = recipe("dataset_path: " + data + "\nexport_path: " + dir.resolve("out/o.jsonl")
                + "\nmystery_setting: 3\nprocess:\n  - text_length_filter:\n");

        assertThat(run("--config", r.toString())).isZero();
        assertThat(stderr()).contains("warning").contains("mystery_setting");
    }
}
