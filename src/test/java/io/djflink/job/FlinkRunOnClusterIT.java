package io.djflink.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.djflink.events.JobSummary;
import io.djflink.testing.DjProcessChild;
import io.djflink.testing.StandaloneFlinkCluster;
import io.djflink.testing.TestCorpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same jar that {@code bin/dj-process} runs, submitted with {@code flink run} to a real
 * standalone Flink cluster (JobManager and TaskManager in their own JVMs): it exports what an
 * embedded run exports, and a job stopped on the cluster with a savepoint resumes from it.
 */
class FlinkRunOnClusterIT {

    private static final Path JAR = Path.of("target/dj-flink.jar").toAbsolutePath();

    @TempDir
    static Path dir;

    private static StandaloneFlinkCluster cluster;
    private static Path corpus;

    @BeforeAll
    static void startCluster() throws Exception {
        corpus = TestCorpus.write(dir.resolve("corpus.jsonl"), 4000, 17);
        cluster = StandaloneFlinkCluster.start(dir.resolve("cluster"), 2);
    }

    @AfterAll
    static void stopCluster() throws Exception {
        cluster.close();
    }

    private static Path recipe(String name) throws Exception {
        Path file = dir.resolve(name + ".yaml");
        Files.writeString(file, """
                dataset_path: %s
                export_path: %s
                np: 2
                partition: {mode: manual, num_of_partitions: 6}
                checkpoint: {strategy: every_n_ops, n_ops: 2}
                intermediate_storage: {format: arrow, compression: gzip}
                process:
                  - whitespace_normalization_mapper:
                  - clean_links_mapper:
                  - character_repetition_filter: {rep_len: 5, max_ratio: 0.9}
                  - document_deduplicator: {lowercase: true}
                  - words_num_filter: {min_num: 8}
                """.formatted(corpus, dir.resolve("out").resolve(name + ".jsonl")));
        return file;
    }

    private static byte[] embedded() throws Exception {
        int exit = DjProcessChild.start(dir.resolve("embedded.log"), "--config", recipe("embedded").toString(),
                "--job_id", "embedded").waitFor(300);
        assertThat(exit).isZero();
        return Files.readAllBytes(dir.resolve("out/embedded.jsonl"));
    }

    @Test
    void flinkRunOfTheJarExportsWhatAnEmbeddedRunExports() throws Exception {
        byte[] expected = embedded();

        int exit = cluster.flink(dir.resolve("flink-run.log"), "run", JAR.toString(), "--config",
                recipe("cluster").toString(), "--job_id", "on-cluster");

        assertThat(exit).as(Files.readString(dir.resolve("flink-run.log"))).isZero();
        assertThat(Files.readAllBytes(dir.resolve("out/cluster.jsonl"))).isEqualTo(expected);
        JobSummary summary = JobSummary.load(dir.resolve("out/on-cluster/job_summary.json")).orElseThrow();
        assertThat(summary.status()).isEqualTo(JobSummary.COMPLETED);
        assertThat(summary.string("flink_rest_url")).isEqualTo(cluster.restUrl());
    }

    @Test
    void jobStoppedOnTheClusterWithASavepointResumesFromIt() throws Exception {
        byte[] expected = embedded();
        Path recipe = recipe("stopped");
        int submitted = cluster.flink(dir.resolve("flink-detached.log"), "run", "-d", JAR.toString(), "--config",
                recipe.toString(), "--job_id", "detached");
        assertThat(submitted).as(Files.readString(dir.resolve("flink-detached.log"))).isZero();

        JobStopper.StopResult stop = new JobStopper(dir.resolve("out")).stopJob("detached", false,
                Duration.ofSeconds(90));

        assertThat(stop.stopped()).as(stop.message()).isTrue();
        assertThat(JobSummary.load(dir.resolve("out/detached/job_summary.json")).orElseThrow().status())
                .isEqualTo(JobSummary.STOPPED);
        int exit = cluster.flink(dir.resolve("flink-resume.log"), "run", JAR.toString(), "--config",
                recipe.toString(), "--job_id", "detached");
        assertThat(exit).as(Files.readString(dir.resolve("flink-resume.log"))).isZero();
        assertThat(Files.readString(dir.resolve("flink-resume.log"))).contains("Restoring Flink state from "
                + stop.savepointPath());
        assertThat(Files.readAllBytes(dir.resolve("out/stopped.jsonl"))).isEqualTo(expected);
    }
}
