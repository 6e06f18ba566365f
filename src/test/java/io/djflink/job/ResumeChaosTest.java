package io.djflink.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.djflink.storage.outputs.PartitionOutputs;
import io.djflink.testing.DjProcessChild;
import io.djflink.testing.JobHarness;
import io.djflink.testing.TestCorpus;
import io.djflink.testing.TestFlink;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The promise of the whole system: however a run is interrupted (SIGKILL of the whole JVM at a
 * random moment, or with every Flink checkpoint lost), running the same job id again until it
 * finishes exports exactly the bytes an uninterrupted run exports. Kill points are seeded and
 * reported on failure.
 */
class ResumeChaosTest {

    @RegisterExtension
    static final MiniClusterExtension FLINK = TestFlink.cluster();

    private static final long SEED = Long.getLong("dj.chaos.seed", 20261124L);

    @TempDir
    Path dir;

    private Path corpus;

    @BeforeEach
    void writeCorpus() throws Exception {
        corpus = TestCorpus.write(dir.resolve("corpus.jsonl"), 2000, 7);
    }

    private Path recipe(String name, String strategy, String format, String compression, long micros)
            throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, """
                project_name: chaos
                dataset_path: %s
                export_path: %s
                np: 2
                partition: {mode: manual, num_of_partitions: 8}
                checkpoint: {strategy: %s, n_ops: 2, op_names: [document_deduplicator]}
                intermediate_storage: {format: %s, compression: %s}
                flink: {execution: {checkpointing: {interval: 1s}}}
                process:
                  - whitespace_normalization_mapper:
                  - clean_email_mapper:
                  - slow_mapper: {micros: %d}
                  - clean_links_mapper:
                  - text_length_filter: {min_len: 20}
                  - document_deduplicator: {lowercase: true, ignore_non_character: true}
                  - words_num_filter: {min_num: 5}
                  - special_characters_filter: {max_ratio: 0.3}
                """.formatted(corpus, dir.resolve("out").resolve(name + ".jsonl"), strategy, format, compression,
                micros));
        return file;
    }

    /** The export of an uninterrupted run (in this JVM, without the slow op, which changes no data). */
    private byte[] uninterrupted(String strategy, String format, String compression) throws Exception {
        Path r = recipe("reference.yaml", strategy, format, compression, 0);
        JobRunner.Outcome o = new JobHarness(dir).run(r, "--job_id", "reference");
        assertThat(o.status()).isEqualTo(JobRunner.Status.COMPLETED);
        return Files.readAllBytes(dir.resolve("out/reference.yaml.jsonl"));
    }

    @ParameterizedTest(name = "{0}, {1} + {2}")
    @CsvSource({"every_op, parquet, snappy", "every_n_ops, arrow, gzip", "manual, jsonl, none",
        "disabled, parquet, gzip"})
    void exportIsByteIdenticalAfterRandomKills(String strategy, String format, String compression) throws Exception {
        byte[] expected = uninterrupted(strategy, format, compression);
        Path recipe = recipe("chaos.yaml", strategy, format, compression, 5000);
        Random random = new Random(SEED ^ strategy.hashCode());
        List<Long> kills = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            long afterMillis = 4000 + random.nextInt(9000);
            DjProcessChild child = DjProcessChild.start(dir.resolve("child.log"), "--config", recipe.toString(),
                    "--job_id", "chaos");
            Thread.sleep(afterMillis);
            if (child.isAlive()) {
                child.killHard();
                kills.add(afterMillis);
            } else {
                kills.add(-afterMillis);
            }
        }
        String context = "seed " + SEED + ", kills after ms " + kills + " (negative: the run had ended), log "
                + dir.resolve("child.log");

        int exit = DjProcessChild.start(dir.resolve("child.log"), "--config", recipe.toString(), "--job_id", "chaos")
                .waitFor(300);

        assertThat(exit).as(context).isZero();
        assertThat(Files.readAllBytes(dir.resolve("out/chaos.yaml.jsonl"))).as(context).isEqualTo(expected);
    }

    @Test
    void stageCheckpointsAloneAreEnoughWhenFlinkCheckpointsAreLost() throws Exception {
        byte[] expected = uninterrupted("every_n_ops", "parquet", "snappy");
        Path recipe = recipe("chaos.yaml", "every_n_ops", "parquet", "snappy", 5000);
        DjProcessChild child = DjProcessChild.start(dir.resolve("child.log"), "--config", recipe.toString(),
                "--job_id", "lost");
        Path results = dir.resolve("out/lost/results");
        waitUntil(() -> Files.isDirectory(results) && committedResults(results) >= 2, 120);
        child.killHard();
        PartitionOutputs.delete(dir.resolve("out/lost/flink-checkpoints"));

        int exit = DjProcessChild.start(dir.resolve("child.log"), "--config", recipe.toString(), "--job_id", "lost")
                .waitFor(300);

        assertThat(exit).isZero();
        assertThat(Files.readAllBytes(dir.resolve("out/chaos.yaml.jsonl"))).isEqualTo(expected);
        assertThat(Files.readString(dir.resolve("child.log"))).contains("already complete, ");
    }

    @Test
    void killedRunRestoresFlinkStateFromTheLatestRetainedCheckpoint() throws Exception {
        byte[] expected = uninterrupted("every_n_ops", "arrow", "snappy");
        Path recipe = recipe("chaos.yaml", "every_n_ops", "arrow", "snappy", 5000);
        DjProcessChild child = DjProcessChild.start(dir.resolve("child.log"), "--config", recipe.toString(),
                "--job_id", "restore");
        Path checkpoints = dir.resolve("out/restore/flink-checkpoints");
        waitUntil(() -> completedFlinkCheckpoints(checkpoints) >= 1, 120);
        child.killHard();

        int exit = DjProcessChild.start(dir.resolve("child.log"), "--config", recipe.toString(), "--job_id",
                "restore").waitFor(300);

        assertThat(exit).isZero();
        assertThat(Files.readString(dir.resolve("child.log"))).contains("Restoring Flink state from ");
        assertThat(Files.readAllBytes(dir.resolve("out/chaos.yaml.jsonl"))).isEqualTo(expected);
    }

    private static long completedFlinkCheckpoints(Path dir) throws Exception {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (var s = Files.walk(dir, 2)) {
            return s.filter(p -> p.getFileName().toString().startsWith("chk-"))
                    .filter(p -> Files.exists(p.resolve("_metadata"))).count();
        }
    }

    private static long committedResults(Path results) throws Exception {
        try (var s = Files.list(results)) {
            return s.filter(p -> Files.exists(p.resolve("_manifest.json"))).count();
        }
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition, int seconds) throws Exception {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (!condition.call()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within " + seconds + " s");
            }
            Thread.sleep(20);
        }
    }
}
