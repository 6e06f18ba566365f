package io.djflink.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.djflink.events.Event;
import io.djflink.events.EventType;
import io.djflink.storage.outputs.PartitionOutputs;
import io.djflink.testing.JobHarness;
import io.djflink.testing.TestFlink;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every intermediate format and compression: partitions resumed from their stage checkpoints (the
 * results and the export gone, as after a crash) give the same export as a run from the input.
 */
class StageFormatsResumeTest {

    @RegisterExtension
    static final MiniClusterExtension FLINK = TestFlink.cluster();

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} + {1}")
    @CsvSource({"parquet, snappy", "parquet, gzip", "parquet, none", "arrow, snappy", "arrow, gzip", "arrow, none",
        "jsonl, snappy", "jsonl, gzip", "jsonl, none"})
    void resumingFromStageCheckpointsGivesTheSameExport(String format, String compression) throws Exception {
        JobHarness harness = new JobHarness(dir);
        Path recipe = harness.recipe("recipe.yaml", """
                dataset_path: %s
                export_path: ${dir}/out/demo.jsonl
                np: 2
                keep_stats_in_res_ds: true
                partition: {mode: manual, num_of_partitions: 3}
                checkpoint: {strategy: every_op}
                intermediate_storage: {format: %s, compression: %s}
                process:
                  - whitespace_normalization_mapper:
                  - text_length_filter: {min_len: 10}
                  - alphanumeric_filter:
                  - document_deduplicator:
                  - words_num_filter: {min_num: 3}
                """.formatted(Path.of("jobs/data/demo-dataset.jsonl").toAbsolutePath(), format, compression));
        harness.run(recipe, "--job_id", "j");
        Path export = dir.resolve("out/demo.jsonl");
        List<String> uninterrupted = JobHarness.lines(export);
        Path job = dir.resolve("out/j");
        Files.delete(export);
        PartitionOutputs.delete(job.resolve("results"));
        Files.delete(job.resolve("job_summary.json"));

        JobRunner.Outcome resumed = harness.run(recipe, "--job_id", "j");

        assertThat(resumed.status()).isEqualTo(JobRunner.Status.COMPLETED);
        assertThat(JobHarness.lines(export)).isEqualTo(uninterrupted);
        List<Event> loads = JobHarness.events(job).stream().filter(e -> e.type() == EventType.CHECKPOINT_LOAD).toList();
        assertThat(loads).hasSize(3).allSatisfy(e -> assertThat(e.operationIdx()).isEqualTo(3));
        assertThat(uninterrupted).isNotEmpty().allSatisfy(l -> assertThat(l).contains("__dj__stats__"));
    }
}
