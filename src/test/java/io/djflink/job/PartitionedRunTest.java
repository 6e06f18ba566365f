package io.djflink.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.djflink.events.Event;
import io.djflink.events.EventType;
import io.djflink.events.JobSummary;
import io.djflink.testing.JobHarness;
import io.djflink.testing.TestFlink;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** End-to-end runs of real recipes on a Flink MiniCluster, with real files. */
class PartitionedRunTest {

    @RegisterExtension
    static final MiniClusterExtension FLINK = TestFlink.cluster();

    private static final Path DEMO = Path.of("jobs/data/demo-dataset.jsonl").toAbsolutePath();

    @TempDir
    Path dir;

    private JobHarness harness;

    @BeforeEach
    void setUp() {
        harness = new JobHarness(dir);
    }

    private Path quickstart() throws Exception {
        return harness.recipe("recipe.yaml", """
                project_name: demo
                dataset_path: %s
                export_path: ${dir}/out/demo.jsonl
                np: 2
                partition: {mode: manual, num_of_partitions: 4}
                checkpoint: {strategy: every_n_ops, n_ops: 2}
                process:
                  - whitespace_normalization_mapper:
                  - punctuation_normalization_mapper:
                  - clean_email_mapper:
                  - clean_links_mapper:
                  - text_length_filter: {min_len: 10}
                  - words_num_filter: {min_num: 5}
                  - document_deduplicator: {lowercase: true, ignore_non_character: true}
                """.formatted(DEMO));
    }

    @Test
    void runsTheDemoRecipeToTheExpectedExport() throws Exception {
        JobRunner.Outcome outcome = harness.run(quickstart(), "--job_id", "demo");

        assertThat(outcome.status()).isEqualTo(JobRunner.Status.COMPLETED);
        assertThat(JobHarness.lines(dir.resolve("out/demo.jsonl"))).containsExactlyElementsOf(
                JobHarness.lines(Path.of("src/test/resources/expected/demo-quickstart.jsonl")));
    }

    @Test
    void exportDoesNotDependOnParallelismOrPartitioning() throws Exception {
        Path recipe = quickstart();
        harness.run(recipe, "--job_id", "a", "--np", "1", "--partition.num_of_partitions", "1");
        harness.run(recipe, "--job_id", "b", "--np", "4", "--partition.num_of_partitions", "7",
                "--export_path", dir.resolve("out/b.jsonl").toString());
        harness.run(recipe, "--job_id", "c", "--np", "3", "--partition.mode", "auto",
                "--export_path", dir.resolve("out/c.jsonl").toString());

        List<String> reference = JobHarness.lines(dir.resolve("out/demo.jsonl"));
        assertThat(reference).isNotEmpty();
        assertThat(JobHarness.lines(dir.resolve("out/b.jsonl"))).isEqualTo(reference);
        assertThat(JobHarness.lines(dir.resolve("out/c.jsonl"))).isEqualTo(reference);
    }

    @Test
    void eachStrategyMaterialisesPartitionsAfterTheOpsItsRuleNames() throws Exception {
        Path recipe = quickstart();
        assertThat(stagesAfter(recipe, "every_op")).containsExactly(0, 1, 2, 3, 4, 5);
        assertThat(stagesAfter(recipe, "every_n_ops", "--checkpoint.n_ops", "3")).containsExactly(2, 5);
        assertThat(stagesAfter(recipe, "manual", "--checkpoint.op_names", "clean_email_mapper,words_num_filter"))
                .containsExactly(2, 5);
        assertThat(stagesAfter(recipe, "disabled")).isEmpty();
    }

    /** Op indices that have a stage checkpoint for every one of the 4 partitions. */
    private Set<Integer> stagesAfter(Path recipe, String strategy, String... more) throws Exception {
        String jobId = "strategy-" + strategy;
        String[] args = Stream.concat(Stream.of("--job_id", jobId, "--checkpoint.strategy", strategy),
                Stream.of(more)).toArray(String[]::new);
        assertThat(harness.run(recipe, args).status()).isEqualTo(JobRunner.Status.COMPLETED);
        Path checkpoints = dir.resolve("out").resolve(jobId).resolve("checkpoints");
        if (!Files.isDirectory(checkpoints)) {
            return Set.of();
        }
        try (Stream<Path> s = Files.list(checkpoints)) {
            List<String> names = s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("checkpoint_op_"))
                    .filter(n -> Files.exists(checkpoints.resolve(n).resolve("_manifest.json"))).toList();
            Set<Integer> ops = new TreeSet<>();
            for (String n : names) {
                int op = Integer.parseInt(n.substring("checkpoint_op_".length(), "checkpoint_op_".length() + 4));
                long partitions = names.stream().filter(m -> m.startsWith(n.substring(0, 18))).count();
                if (partitions == 4) {
                    ops.add(op);
                }
            }
            return ops;
        }
    }

    @Test
    void jobDirectoryHoldsSummaryEventsPlanPartitionsAndMetadata() throws Exception {
        harness.run(quickstart(), "--job_id", "layout");
        Path job = dir.resolve("out/layout");

        JobSummary summary = JobSummary.load(job.resolve("job_summary.json")).orElseThrow();
        assertThat(summary.status()).isEqualTo(JobSummary.COMPLETED);
        assertThat(summary.get("total_partitions")).isEqualTo(4);
        assertThat(summary.get("input_rows")).isEqualTo(20);
        assertThat(summary.string("resumption_command")).contains("--job_id layout");
        assertThat(job.resolve("dag_execution_plan.json")).exists();
        assertThat(job.resolve("partitions/partitions.json")).exists();
        assertThat(job.resolve("metadata/config.json")).exists();
        assertThat(job.resolve("metadata/fingerprints.json")).exists();
        assertThat(Files.list(job.resolve("logs")).count()).isPositive();

        List<Event> events = JobHarness.events(job);
        Set<EventType> types = events.stream().map(Event::type).collect(Collectors.toSet());
        assertThat(types).contains(EventType.JOB_START, EventType.PARTITION_START, EventType.OP_START,
                EventType.OP_COMPLETE, EventType.CHECKPOINT_SAVE, EventType.PARTITION_COMPLETE, EventType.JOB_COMPLETE);
        Event dedup = events.stream().filter(e -> e.type() == EventType.OP_COMPLETE)
                .filter(e -> "document_deduplicator".equals(e.get("operation_name"))).findFirst().orElseThrow();
        assertThat(dedup.operationIdx()).isEqualTo(6);
        assertThat(dedup.longField("input_rows")).isNotNull();
        assertThat(events.get(events.size() - 1).type()).isEqualTo(EventType.JOB_COMPLETE);
        assertThat(events).filteredOn(e -> e.type() == EventType.PARTITION_START
                || e.type() == EventType.PARTITION_COMPLETE).hasSize(8).allSatisfy(e -> {
                    assertThat(((Number) e.get("subtask_index")).intValue()).as("subtask_index").isBetween(0, 1);
                    assertThat(e.get("task_manager")).as("task_manager").asString().isNotBlank();
                });
    }

    @Test
    void failedJobResumedWithItsIdExportsWhatAnUninterruptedRunExports() throws Exception {
        Path marker = dir.resolve("failed-once");
        Path recipe = harness.recipe("failing.yaml", """
                dataset_path: %s
                export_path: ${dir}/out/failing.jsonl
                np: 2
                partition: {mode: manual, num_of_partitions: 4}
                checkpoint: {strategy: every_op}
                flink: {restart-strategy: {type: none}}
                process:
                  - whitespace_normalization_mapper:
                  - text_length_filter: {min_len: 10}
                  - fail_once_mapper: {marker_file: %s, fail_at: 9}
                  - document_deduplicator:
                """.formatted(DEMO, marker));

        JobRunner.Outcome failed = harness.run(recipe, "--job_id", "flaky");

        assertThat(failed.status()).isEqualTo(JobRunner.Status.FAILED);
        assertThat(failed.message()).contains("fail_once_mapper").contains("injected failure");
        Path job = dir.resolve("out/flaky");
        Set<EventType> types = JobHarness.events(job).stream().map(Event::type).collect(Collectors.toSet());
        assertThat(types).contains(EventType.OP_FAILED, EventType.PARTITION_FAILED, EventType.JOB_FAILED);
        assertThat(JobSummary.load(job.resolve("job_summary.json")).orElseThrow().status())
                .isEqualTo(JobSummary.FAILED);

        JobRunner.Outcome resumed = harness.run(recipe, "--job_id", "flaky");
        harness.run(recipe, "--job_id", "clean", "--export_path", dir.resolve("out/clean.jsonl").toString());

        assertThat(resumed.status()).isEqualTo(JobRunner.Status.COMPLETED);
        assertThat(JobHarness.lines(dir.resolve("out/failing.jsonl")))
                .isEqualTo(JobHarness.lines(dir.resolve("out/clean.jsonl")));
    }

    @Test
    void taskFailureIsRecoveredInsideTheRunByFlinksRestartStrategy() throws Exception {
        Path corpus = io.djflink.testing.TestCorpus.write(dir.resolve("corpus.jsonl"), 800, 9);
        Path marker = dir.resolve("failed-once");
        Path recipe = harness.recipe("recovering.yaml", """
                dataset_path: %s
                export_path: ${dir}/out/recovering.jsonl
                np: 2
                partition: {mode: manual, num_of_partitions: 4}
                checkpoint: {strategy: every_n_ops, n_ops: 2}
                flink: {execution: {checkpointing: {interval: 200ms}}}
                process:
                  - whitespace_normalization_mapper:
                  - slow_mapper: {micros: 2000}
                  - fail_once_mapper: {marker_file: %s, fail_at: 500}
                  - document_deduplicator:
                  - text_length_filter: {min_len: 40}
                """.formatted(corpus, marker));

        JobRunner.Outcome outcome = harness.run(recipe, "--job_id", "recovering", "--flink.restart-strategy.type",
                "fixed-delay");
        harness.run(recipe, "--job_id", "reference", "--export_path", dir.resolve("out/reference.jsonl").toString());

        assertThat(marker).exists();
        assertThat(outcome.status()).isEqualTo(JobRunner.Status.COMPLETED);
        assertThat(JobSummary.load(dir.resolve("out/recovering/job_summary.json")).orElseThrow().get("run_count"))
                .isEqualTo(1);
        assertThat(JobHarness.lines(dir.resolve("out/recovering.jsonl")))
                .isEqualTo(JobHarness.lines(dir.resolve("out/reference.jsonl")));
    }

    @Test
    void samplesSplitIntoChunksKeepTheirOrderThroughCheckpointsAndDeduplication() throws Exception {
        Path recipe = harness.recipe("chunks.yaml", """
                dataset_path: %s
                export_path: ${dir}/out/chunks.jsonl
                np: 2
                partition: {mode: manual, num_of_partitions: 3}
                checkpoint: {strategy: every_op}
                intermediate_storage: {format: arrow, compression: none}
                process:
                  - text_chunk_mapper: {max_len: 40, split_pattern: null}
                  - document_deduplicator:
                  - text_length_filter: {min_len: 5}
                """.formatted(DEMO));
        harness.run(recipe, "--job_id", "chunks");
        List<String> exported = JobHarness.lines(dir.resolve("out/chunks.jsonl"));
        Path job = dir.resolve("out/chunks");
        Files.delete(dir.resolve("out/chunks.jsonl"));
        io.djflink.storage.outputs.PartitionOutputs.delete(job.resolve("results"));
        Files.delete(job.resolve("job_summary.json"));

        harness.run(recipe, "--job_id", "chunks");
        harness.run(recipe, "--job_id", "one", "--np", "1", "--partition.num_of_partitions", "1",
                "--export_path", dir.resolve("out/one.jsonl").toString());

        assertThat(exported).hasSizeGreaterThan(20).first().asString().startsWith("{\"text\":\"Today is Sunday and");
        assertThat(JobHarness.lines(dir.resolve("out/chunks.jsonl"))).isEqualTo(exported);
        assertThat(JobHarness.lines(dir.resolve("out/one.jsonl"))).isEqualTo(exported);
    }

    @Test
    void runningACompletedJobAgainSaysSo() throws Exception {
        Path recipe = quickstart();
        harness.run(recipe, "--job_id", "twice");

        JobRunner.Outcome again = harness.run(recipe, "--job_id", "twice");

        assertThat(again.status()).isEqualTo(JobRunner.Status.ALREADY_COMPLETE);
        assertThat(again.message()).contains("already complete");
    }
}
