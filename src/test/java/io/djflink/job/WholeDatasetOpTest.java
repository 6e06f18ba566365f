package io.djflink.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.djflink.ops.Sample;
import io.djflink.storage.codec.JsonCodec;
import io.djflink.storage.outputs.PartitionOutputs;
import io.djflink.testing.JobHarness;
import io.djflink.testing.TestCorpus;
import io.djflink.testing.TestFlink;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ops that decide over the whole dataset (near-duplicate deduplicators, selectors) on the engine:
 * one decision over every partition's digests, partitions kept and checkpointed around it, and a
 * resumed partition judged exactly as before.
 */
class WholeDatasetOpTest {

    @RegisterExtension
    static final MiniClusterExtension FLINK = TestFlink.cluster();

    @TempDir
    Path dir;

    private JobHarness harness;
    private Path corpus;

    @BeforeEach
    void setUp() throws Exception {
        harness = new JobHarness(dir);
        corpus = TestCorpus.write(dir.resolve("corpus.jsonl"), 400, 3);
    }

    private Path recipe() throws Exception {
        return harness.recipe("recipe.yaml", """
                dataset_path: %s
                export_path: ${dir}/out/sel.jsonl
                np: 2
                partition: {mode: manual, num_of_partitions: 5}
                checkpoint: {strategy: every_op}
                process:
                  - median_length_selector:
                  - document_deduplicator:
                """.formatted(corpus));
    }

    /** What the recipe keeps, computed directly: samples at least as long as the median, then exact dedup. */
    private List<String> expected() throws Exception {
        List<Sample> all = new ArrayList<>();
        for (String line : Files.readAllLines(corpus, StandardCharsets.UTF_8)) {
            all.add(JsonCodec.parseObject(line));
        }
        List<Integer> lengths = all.stream().map(s -> s.getString("text").length()).sorted().toList();
        int median = lengths.get(lengths.size() / 2);
        List<String> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Sample s : all) {
            if (s.getString("text").length() >= median && seen.add(s.getString("text").strip())) {
                out.add(new String(JsonCodec.toBytes(s), StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    @Test
    void keepsWhatTheOpSelectsOverTheWholeDatasetWhateverThePartitioning() throws Exception {
        Path recipe = recipe();
        JobRunner.Outcome a = harness.run(recipe, "--job_id", "a");
        assertThat(a.status()).as(a.message()).isEqualTo(JobRunner.Status.COMPLETED);
        List<String> first = JobHarness.lines(dir.resolve("out/sel.jsonl"));
        harness.run(recipe, "--job_id", "b", "--np", "3", "--partition.num_of_partitions", "2");

        assertThat(first).isEqualTo(expected());
        assertThat(JobHarness.lines(dir.resolve("out/sel.jsonl"))).isEqualTo(first);
    }

    @Test
    void partitionRecomputedThroughTheOpIsJudgedWithTheOthersReplayedDigests() throws Exception {
        Path recipe = recipe();
        harness.run(recipe, "--job_id", "j");
        Path job = dir.resolve("out/j");
        Files.delete(dir.resolve("out/sel.jsonl"));
        Files.delete(job.resolve("job_summary.json"));
        PartitionOutputs.delete(job.resolve("results/partition_0002"));
        try (Stream<Path> s = Files.list(job.resolve("checkpoints"))) {
            for (Path p : (Iterable<Path>) s.filter(d -> d.getFileName().toString().endsWith("_partition_0002"))::iterator) {
                PartitionOutputs.delete(p);
            }
        }

        JobRunner.Outcome resumed = harness.run(recipe, "--job_id", "j");

        assertThat(resumed.status()).isEqualTo(JobRunner.Status.COMPLETED);
        assertThat(JobHarness.lines(dir.resolve("out/sel.jsonl"))).isEqualTo(expected());
    }
}
