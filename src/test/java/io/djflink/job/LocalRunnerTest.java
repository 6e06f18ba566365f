package io.djflink.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.djflink.cli.DjProcess;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.avro.generic.GenericRecord;
import org.apache.parquet.avro.AvroParquetReader;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.io.LocalInputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code executor_type: default}: the whole recipe in this JVM, run as {@code dj-process} runs it. */
class LocalRunnerTest {

    private static final Path DEMO = Path.of("jobs/data/demo-dataset.jsonl").toAbsolutePath();

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String yaml, String... overrides) throws Exception {
        Path recipe = dir.resolve("recipe.yaml");
        Files.writeString(recipe, "executor_type: default\n" + yaml.replace("${dir}", dir.toString()));
        String[] args = Stream.concat(Stream.of("--config", recipe.toString()), Stream.of(overrides))
                .toArray(String[]::new);
        return DjProcess.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Path data(String... lines) throws Exception {
        Path file = dir.resolve("data.jsonl");
        Files.writeString(file, lines.length == 0 ? "" : String.join("\n", lines) + "\n");
        return file;
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void runsTheQuickstartRecipeToTheFlinkEnginesExpectedExport() throws Exception {
        int code = run("""
                dataset_path: %s
                export_path: ${dir}/out/demo.jsonl
                process:
                  - whitespace_normalization_mapper:
                  - punctuation_normalization_mapper:
                  - clean_email_mapper:
                  - clean_links_mapper:
                  - text_length_filter: {min_len: 10}
                  - words_num_filter: {min_num: 5}
                  - document_deduplicator: {lowercase: true, ignore_non_character: true}
                """.formatted(DEMO));

        assertThat(code).as(stderr()).isZero();
        assertThat(Files.readAllLines(dir.resolve("out/demo.jsonl"))).containsExactlyElementsOf(
                Files.readAllLines(Path.of("src/test/resources/expected/demo-quickstart.jsonl")));
        assertThat(stdout()).contains("Exported").contains("executor_type: default");
    }

    @Test
    void statisticsAndHashesAreExportedOnlyWhenTheRecipeKeepsThem() throws Exception {
        Path data = data("{\"text\":\"hello world again\"}", "{\"text\":\"hello world again\"}");
        String recipe = """
                dataset_path: %s
                export_path: ${dir}/out/o.jsonl
                process:
                  - text_length_filter: {min_len: 1}
                  - document_deduplicator:
                """.formatted(data);

        assertThat(run(recipe)).isZero();
        assertThat(Files.readAllLines(dir.resolve("out/o.jsonl"))).containsExactly("{\"text\":\"hello world again\"}");

        assertThat(run(recipe, "--keep_stats_in_res_ds", "true", "--keep_hashes_in_res_ds", "true")).isZero();
        assertThat(Files.readAllLines(dir.resolve("out/o.jsonl"))).containsExactly("{\"text\":\"hello world again\","
                + "\"__dj__stats__\":{\"text_len\":17},\"__dj__hash\":\"00321a507bdb420dbbd4f53c733b1505\"}");
    }

    @Test
    void datasetOpsDecideOverTheWholeInputAndKeepInputOrder() throws Exception {
        Path data = data("{\"text\":\"a\",\"score\":3}", "{\"text\":\"b\",\"score\":9}", "{\"text\":\"c\",\"score\":1}",
                "{\"text\":\"d\",\"score\":7}");
        int code = run("""
                dataset_path: %s
                export_path: ${dir}/out/top.jsonl
                process:
                  - topk_specified_field_selector: {field_key: score, topk: 2}
                """.formatted(data));

        assertThat(code).as(stderr()).isZero();
        assertThat(Files.readAllLines(dir.resolve("out/top.jsonl")))
                .containsExactly("{\"text\":\"b\",\"score\":9}", "{\"text\":\"d\",\"score\":7}");
    }

    @Test
    void exportsParquetByTheExportPathsExtension() throws Exception {
        Path data = data("{\"text\":\"first text\",\"n\":1}", "{\"text\":\"second text\",\"n\":2}");
        assertThat(run("dataset_path: %s\nexport_path: ${dir}/out/o.parquet\nprocess:\n  - text_length_filter:\n"
                .formatted(data))).isZero();

        try (ParquetReader<GenericRecord> reader = AvroParquetReader
                .genericRecordReader(new LocalInputFile(dir.resolve("out/o.parquet")))) {
            assertThat(reader.read().get("text").toString()).isEqualTo("first text");
            assertThat(reader.read().get("n")).isEqualTo(2L);
            assertThat(reader.read()).isNull();
        }
    }

    @Test
    void anOpFailingNamesTheOpTheInputRowAndItsLine() throws Exception {
        Path data = data("{\"text\":\"fine text here\"}", "{\"body\":\"no text field\"}");
        int code = run("dataset_path: %s\nexport_path: ${dir}/out/o.jsonl\nprocess:\n  - clean_email_mapper:\n"
                .formatted(data));

        assertThat(code).isEqualTo(1);
        assertThat(stderr().strip()).isEqualTo("dj-process: error: op 00_clean_email_mapper failed on partition 0, "
                + "input row 1: text field 'text' is missing (" + data + " around line 2)");
        assertThat(dir.resolve("out/o.jsonl")).doesNotExist();
    }

    @Test
    void skipOpErrorDropsTheFailingSampleInstead() throws Exception {
        Path data = data("{\"text\":\"fine text here\"}", "{\"body\":\"no text field\"}");
        int code = run("dataset_path: %s\nexport_path: ${dir}/out/o.jsonl\nskip_op_error: true\n"
                .formatted(data) + "process:\n  - clean_email_mapper:\n");

        assertThat(code).as(stderr()).isZero();
        assertThat(Files.readAllLines(dir.resolve("out/o.jsonl"))).containsExactly("{\"text\":\"fine text here\"}");
    }

    @Test
    void aSelectorThatCannotDecideNamesTheOp() throws Exception {
        Path data = data("{\"text\":\"a\",\"score\":3}", "{\"text\":\"b\",\"score\":\"high\"}");
        int code = run("dataset_path: %s\nexport_path: ${dir}/out/o.jsonl\nprocess:\n"
                .formatted(data) + "  - topk_specified_field_selector: {field_key: score, topk: 1}\n");

        assertThat(code).isEqualTo(1);
        assertThat(stderr()).contains("op 00_topk_specified_field_selector failed: cannot order a number and a string");
    }

    @Test
    void anEmptyDatasetGivesAnEmptyExport() throws Exception {
        Path data = data();
        int code = run("dataset_path: %s\nexport_path: ${dir}/out/o.jsonl\nprocess:\n  - random_selector: {select_num: 2}\n"
                .formatted(data));

        assertThat(code).as(stderr()).isZero();
        assertThat(Files.readAllBytes(dir.resolve("out/o.jsonl"))).isEmpty();
    }

    @Test
    void leavesOnlyTheExportBehind() throws Exception {
        Path data = data("{\"text\":\"some text to keep\"}");
        assertThat(run("dataset_path: %s\nexport_path: ${dir}/out/o.jsonl\nprocess:\n  - text_length_filter:\n"
                .formatted(data))).isZero();

        try (Stream<Path> files = Files.list(dir.resolve("out"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("o.jsonl");
        }
    }

    @Test
    void corruptLinesFailNamingTheLineOrAreCountedWhenSkipped() throws Exception {
        Path data = data("{\"text\":\"a good document\"}", "{\"text\": broken", "{\"text\":\"another one\"}");
        String recipe = "dataset_path: %s\nexport_path: ${dir}/out/o.jsonl\nprocess:\n  - text_length_filter:\n"
                .formatted(data);

        assertThat(run(recipe)).isEqualTo(1);
        assertThat(stderr()).contains(data + ":2: not valid JSON");

        assertThat(run(recipe, "--skip_corrupt_lines", "true")).isZero();
        assertThat(stdout()).contains("1 corrupt input lines skipped");
        assertThat(Files.readAllLines(dir.resolve("out/o.jsonl"))).hasSize(2);
    }
}
