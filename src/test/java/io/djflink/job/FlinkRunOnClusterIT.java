package io.djflink.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.djflink.events.Event;
import io.djflink.events.EventLog;
import io.djflink.events.EventType;
import io.djflink.events.JobSummary;
import io.djflink.testing.DjProcessChild;
import io.djflink.testing.StandaloneFlinkCluster;
import io.djflink.testing.TestCorpus;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * dj-flink on a real standalone Flink cluster started with {@code bin/flink-cluster} (a JobManager
 * and two TaskManagers, each its own JVM): the jar submitted with Flink's own CLI ({@code bin/flink})
 * and with {@code bin/dj-process --cluster} exports byte for byte what an uninterrupted embedded run
 * exports, after {@code flink stop} with a savepoint and {@code flink run -s}, after a
 * {@code dj-job stop} and a resumed {@code dj-process}, and after a TaskManager is killed mid-job
 * and Flink's restart strategy recovers on the other one.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FlinkRunOnClusterIT {

    private static final String JAR = Path.of("target/dj-flink.jar").toAbsolutePath().toString();
    private static final List<String> OPERATORS = List.of("00_whitespace_normalization_mapper",
            "01_clean_links_mapper", "02_character_repetition_filter", "03_document_deduplicator",
            "04_words_num_filter");
    private static final long JOB_TIMEOUT_SECONDS = 180;
    private static final int STOPPED_EXIT_CODE = 3;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path dir;

    private static StandaloneFlinkCluster cluster;
    private static byte[] uninterruptedExport;

    @BeforeAll
    static void startClusterAndRunEmbedded() throws Exception {
        TestCorpus.write(dir.resolve("corpus.jsonl"), 16_000, 17);
        DjProcessChild embedded = DjProcessChild.start(dir.resolve("embedded.log"), "--config",
                recipe("embedded").toString(), "--job_id", "embedded");
        cluster = StandaloneFlinkCluster.start(Path.of("target/flink-cluster-it").toAbsolutePath(), 2,
                // a lost TaskManager is noticed within seconds; the survivor's 2 slots can run the whole job
                "heartbeat.interval=1000", "heartbeat.timeout=5000", "taskmanager.memory.process.size=1536m");
        assertThat(embedded.waitFor(JOB_TIMEOUT_SECONDS)).as(Files.readString(embedded.output())).isZero();
        uninterruptedExport = Files.readAllBytes(export("embedded"));
    }

    @AfterAll
    static void stopCluster() throws Exception {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    @Order(1)
    void jobStoppedWithASavepointAndRunFromItExportsWhatAnUninterruptedRunExports() throws Exception {
        Path recipe = recipe("stopped");
        int submitted = cluster.flink(log("run-detached"), "run", "-d", JAR, "--config", recipe.toString(),
                "--job_id", "stopped");
        assertThat(submitted).as(Files.readString(log("run-detached"))).isZero();

        String flinkJob = awaitRunningFlinkJob("dj-flink cluster-it stopped");
        assertThat(get("/jobs/" + flinkJob + "/plan").toString()).contains(OPERATORS);
        assertThat(text("/")).as("the web UI").contains("<title>Apache Flink Web Dashboard</title>");
        awaitEvents("stopped", events -> events.stream().anyMatch(e -> e.type() == EventType.PARTITION_START));
        int stop = cluster.flink(log("stop"), "stop", "--savepointPath", dir.resolve("savepoints").toUri().toString(),
                flinkJob);
        assertThat(stop).as(Files.readString(log("stop"))).isZero();
        String savepoint = savepointPath(Files.readString(log("stop")));
        assertThat(export("stopped")).as("stopped before its end").doesNotExist();

        int resumed = cluster.flink(log("run-resumed"), "run", "-s", savepoint, JAR, "--config", recipe.toString(),
                "--job_id", "stopped");

        assertThat(resumed).as(Files.readString(log("run-resumed"))).isZero();
        assertThat(Files.readString(log("run-resumed"))).contains("Restoring Flink state from " + savepoint);
        assertThat(Files.readAllBytes(export("stopped"))).isEqualTo(uninterruptedExport);
        assertThat(taskManagersThatStartedPartitions("stopped")).containsExactlyInAnyOrder("taskmanager-1",
                "taskmanager-2");
        JobSummary summary = JobSummary.load(dir.resolve("out/stopped/job_summary.json")).orElseThrow();
        assertThat(summary.status()).isEqualTo(JobSummary.COMPLETED);
        assertThat(summary.string("flink_rest_url")).isEqualTo(cluster.restUrl());
    }

    @Test
    @Order(2)
    void djProcessOnTheClusterStoppedByDjJobResumesFromItsSavepoint() throws Exception {
        Path recipe = recipe("dj-stopped");
        Process run = cluster.djProcess(log("dj-process-stopped"), "--config", recipe.toString(), "--job_id",
                "dj-stopped", "--quiet");
        awaitEvents("dj-stopped", events -> events.stream().anyMatch(e -> e.type() == EventType.PARTITION_START));

        JobStopper.StopResult stop = new JobStopper(dir.resolve("out")).stopJob("dj-stopped", false,
                Duration.ofSeconds(90));

        assertThat(stop.stopped()).as(stop.message()).isTrue();
        assertThat(run.waitFor(JOB_TIMEOUT_SECONDS, TimeUnit.SECONDS)).as("dj-process ended").isTrue();
        assertThat(run.exitValue()).as(Files.readString(log("dj-process-stopped"))).isEqualTo(STOPPED_EXIT_CODE);
        Process resumed = cluster.djProcess(log("dj-process-resumed"), "--config", recipe.toString(), "--job_id",
                "dj-stopped", "--quiet");
        assertThat(resumed.waitFor(JOB_TIMEOUT_SECONDS, TimeUnit.SECONDS)).as("dj-process ended").isTrue();
        assertThat(resumed.exitValue()).as(Files.readString(log("dj-process-resumed"))).isZero();
        assertThat(Files.readString(log("dj-process-resumed"))).contains("Restoring Flink state from "
                + stop.savepointPath());
        assertThat(Files.readAllBytes(export("dj-stopped"))).isEqualTo(uninterruptedExport);
    }

    @Test
    @Order(3)
    void taskManagerKilledMidJobIsRecoveredByFlinksRestartWithTheSameExport() throws Exception {
        Process run = cluster.djProcess(log("dj-process"), "--config", recipe("lost-tm").toString(), "--job_id",
                "lost-tm", "--flink.restart-strategy.fixed-delay.attempts", "10", "--quiet");
        awaitEvents("lost-tm", events -> events.stream().anyMatch(e -> e.type() == EventType.PARTITION_COMPLETE)
                && events.stream().anyMatch(e -> e.type() == EventType.PARTITION_START
                        && "taskmanager-2".equals(e.get("task_manager"))));

        ProcessHandle.of(cluster.taskManagerPid(2)).orElseThrow().destroyForcibly();

        assertThat(run.waitFor(JOB_TIMEOUT_SECONDS, TimeUnit.SECONDS)).as("dj-process ended").isTrue();
        assertThat(run.exitValue()).as(Files.readString(log("dj-process"))).isZero();
        assertThat(Files.readAllBytes(export("lost-tm"))).isEqualTo(uninterruptedExport);
        JobSummary summary = JobSummary.load(dir.resolve("out/lost-tm/job_summary.json")).orElseThrow();
        assertThat(summary.status()).isEqualTo(JobSummary.COMPLETED);
        assertThat(summary.string("flink_rest_url")).isEqualTo(cluster.restUrl());
        JsonNode failures = get("/jobs/" + summary.string("flink_job_id") + "/exceptions").path("exceptionHistory")
                .path("entries");
        assertThat(failures).as("the TaskManager's loss, as Flink recorded it").isNotEmpty();
    }

    private static Path recipe(String name) throws IOException {
        Path file = dir.resolve(name + ".yaml");
        Files.writeString(file, """
                project_name: cluster-it
                dataset_path: %s
                export_path: %s
                np: 2
                partition: {mode: manual, num_of_partitions: 8}
                checkpoint: {strategy: every_n_ops, n_ops: 2}
                intermediate_storage: {format: arrow, compression: gzip}
                process:
                  - whitespace_normalization_mapper:
                  - clean_links_mapper:
                  - character_repetition_filter: {rep_len: 5, max_ratio: 0.9}
                  - document_deduplicator: {lowercase: true}
                  - words_num_filter: {min_num: 8}
                """.formatted(dir.resolve("corpus.jsonl"), export(name)));
        return file;
    }

    private static Path export(String job) {
        return dir.resolve("out").resolve(job + ".jsonl");
    }

    private static Path log(String name) {
        return dir.resolve(name + ".log");
    }

    /** The id of the running Flink job with this name, as the cluster's REST API lists it. */
    private static String awaitRunningFlinkJob(String name) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            for (JsonNode job : get("/jobs/overview").path("jobs")) {
                if (name.equals(job.path("name").asText()) && "RUNNING".equals(job.path("state").asText())) {
                    return job.path("jid").asText();
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no running job '" + name + "' in " + get("/jobs/overview"));
    }

    private static void awaitEvents(String job, Predicate<List<Event>> condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(JOB_TIMEOUT_SECONDS);
        while (System.nanoTime() < deadline) {
            if (condition.test(events(job))) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("job " + job + " did not get there; events: " + events(job));
    }

    private static List<Event> events(String job) throws IOException {
        Path jobDir = dir.resolve("out").resolve(job);
        List<Event> events = new ArrayList<>();
        if (Files.isDirectory(jobDir)) {
            for (Path file : EventLog.files(jobDir)) {
                events.addAll(EventLog.read(file));
            }
        }
        return events;
    }

    private static Set<Object> taskManagersThatStartedPartitions(String job) throws IOException {
        return events(job).stream().filter(e -> e.type() == EventType.PARTITION_START)
                .map(e -> e.get("task_manager")).collect(Collectors.toSet());
    }

    /** The savepoint {@code flink stop} reports: "Savepoint completed. Path: file:/...". */
    private static String savepointPath(String stopOutput) {
        Matcher m = Pattern.compile("Savepoint completed\\. Path: (\\S+)").matcher(stopOutput);
        assertThat(m.find()).as(stopOutput).isTrue();
        return m.group(1);
    }

    private static JsonNode get(String path) throws Exception {
        return JSON.readTree(text(path));
    }

    private static String text(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(cluster.restUrl() + path)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }
}
