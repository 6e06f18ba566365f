package io.djflink.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.djflink.events.Event;
import io.djflink.events.EventType;
import io.djflink.testing.JobHarness;
import io.djflink.testing.TestCorpus;
import io.djflink.testing.TestFlink;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** What a resumed run refuses or recomputes: changed input, changed recipe, and the retention policies. */
class ResumeSafetyTest {

    @RegisterExtension
    static final MiniClusterExtension FLINK = TestFlink.cluster();

    @TempDir
    Path dir;

    private JobHarness harness;
    private Path corpus;

    @BeforeEach
    void setUp() throws Exception {
        harness = new JobHarness(dir);
        corpus = TestCorpus.write(dir.resolve("corpus.jsonl"), 600, 5);
    }

    private Path recipe(String name, String extra, String lastOp) throws Exception {
        return harness.recipe(name, """
                dataset_path: %s
                export_path: ${dir}/out/%s.jsonl
                np: 2
                partition: {mode: manual, num_of_partitions: 4}
                checkpoint: {strategy: every_op}
                %s
                process:
                  - whitespace_normalization_mapper:
                  - clean_links_mapper:
                  - document_deduplicator:
                  - %s
                """.formatted(corpus, name, extra, lastOp));
    }

    /** Every file under the job's checkpoints with its modification time. */
    private static Map<String, FileTime> snapshot(Path checkpoints) throws Exception {
        Map<String, FileTime> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(checkpoints)) {
            for (Path p : (Iterable<Path>) s.filter(Files::isRegularFile)::iterator) {
                files.put(checkpoints.relativize(p).toString(), Files.getLastModifiedTime(p));
            }
        }
        return files;
    }

    @Test
    void changedInputIsRefusedAndEveryCheckpointLeftUntouched() throws Exception {
        Path recipe = recipe("job", "flink: {restart-strategy: {type: none}}",
                "fail_once_mapper: {marker_file: " + dir.resolve("marker") + ", fail_at: 300}");
        assertThat(harness.run(recipe, "--job_id", "j").status()).isEqualTo(JobRunner.Status.FAILED);
        Path checkpoints = dir.resolve("out/j/checkpoints");
        Map<String, FileTime> before = snapshot(checkpoints);
        assertThat(before).isNotEmpty();
        List<String> lines = Files.readAllLines(corpus);
        lines.set(400, lines.get(400).replace("\"text\":\"", "\"text\":\"changed "));
        Files.write(corpus, lines);

        Exception refused = assertThrows(Exception.class, () -> harness.run(recipe, "--job_id", "j"));

        assertThat(refused.getMessage()).contains("input changed since the job started").contains("corpus.jsonl")
                .contains("partition 2");
        assertThat(snapshot(checkpoints)).isEqualTo(before);
    }

    @Test
    void changedRecipeReusesOnlyCheckpointsOfTheUnchangedOpPrefix() throws Exception {
        Path first = recipe("job", "", "text_length_filter: {min_len: 50}");
        harness.run(first, "--job_id", "j");
        Path changed = recipe("job", "", "text_length_filter: {min_len: 400}");

        JobRunner.Outcome resumed = harness.run(changed, "--job_id", "j");
        harness.run(recipe("fresh", "", "text_length_filter: {min_len: 400}"), "--job_id", "fresh");

        assertThat(resumed.status()).isEqualTo(JobRunner.Status.COMPLETED);
        assertThat(JobHarness.lines(dir.resolve("out/job.jsonl")))
                .isEqualTo(JobHarness.lines(dir.resolve("out/fresh.jsonl")));
        List<Event> events = JobHarness.events(dir.resolve("out/j"));
        Event start = events.stream().filter(e -> e.type() == EventType.JOB_START).reduce((a, b) -> b).orElseThrow();
        assertThat(start.metadata()).containsEntry("recipe_changed_at_op", 3L);
        assertThat(events.stream().filter(e -> e.type() == EventType.CHECKPOINT_LOAD)
                .map(Event::operationIdx).distinct().toList()).containsExactly(2);
        assertThat(events.stream().filter(e -> e.type() == EventType.OP_START)
                .filter(e -> e.timestamp() >= start.timestamp()).map(Event::operationIdx).distinct().toList())
                .containsExactly(3);
    }

    @Test
    void changedEarlyOpRecomputesEverythingAfterIt() throws Exception {
        harness.run(recipe("job", "", "text_length_filter: {min_len: 50}"), "--job_id", "j");
        Path changed = harness.recipe("job.yaml", Files.readString(dir.resolve("job"))
                .replace("  - clean_links_mapper:", "  - clean_email_mapper:"));

        harness.run(changed, "--job_id", "j");

        List<Event> events = JobHarness.events(dir.resolve("out/j"));
        Event start = events.stream().filter(e -> e.type() == EventType.JOB_START).reduce((a, b) -> b).orElseThrow();
        assertThat(start.metadata()).containsEntry("recipe_changed_at_op", 1L);
        assertThat(events.stream().filter(e -> e.type() == EventType.CHECKPOINT_LOAD)
                .filter(e -> e.timestamp() >= start.timestamp()).map(Event::operationIdx).distinct().toList())
                .containsExactly(0);
    }

    @Test
    void keepFailedOnlyDeletesIntermediateDataAfterSuccess() throws Exception {
        harness.run(recipe("job", "intermediate_storage: {retention_policy: keep_failed_only}",
                "text_length_filter: {min_len: 50}"), "--job_id", "j");

        assertThat(dir.resolve("out/job.jsonl")).exists();
        assertThat(dir.resolve("out/j/checkpoints")).doesNotExist();
        assertThat(dir.resolve("out/j/results")).doesNotExist();
        assertThat(dir.resolve("out/j/job_summary.json")).exists();
    }

    @Test
    void keepFailedOnlyKeepsEverythingAfterAFailure() throws Exception {
        JobRunner.Outcome failed = harness.run(recipe("job",
                "intermediate_storage: {retention_policy: keep_failed_only}\nflink: {restart-strategy: {type: none}}",
                "fail_once_mapper: {marker_file: " + dir.resolve("marker") + ", fail_at: 300}"), "--job_id", "j");

        assertThat(failed.status()).isEqualTo(JobRunner.Status.FAILED);
        assertThat(dir.resolve("out/j/checkpoints")).isNotEmptyDirectory();
    }

    @Test
    void cleanupAllDeletesAfterAFailureTooButPreserveKeepsStageCheckpoints() throws Exception {
        harness.run(recipe("job", "intermediate_storage: {retention_policy: cleanup_all, "
                        + "preserve_intermediate_data: true}\nflink: {restart-strategy: {type: none}}",
                "fail_once_mapper: {marker_file: " + dir.resolve("marker") + ", fail_at: 300}"), "--job_id", "j");

        try (Stream<Path> s = Files.list(dir.resolve("out/j/checkpoints"))) {
            List<String> left = s.map(p -> p.getFileName().toString()).toList();
            assertThat(left).isNotEmpty().allMatch(n -> n.startsWith("checkpoint_op_"));
        }
        assertThat(dir.resolve("out/j/results")).doesNotExist();

        harness.run(recipe("other", "intermediate_storage: {retention_policy: cleanup_all}",
                "text_length_filter: {min_len: 50}"), "--job_id", "k");
        assertThat(dir.resolve("out/other.jsonl")).exists();
        assertThat(dir.resolve("out/k/checkpoints")).doesNotExist();
    }
}
