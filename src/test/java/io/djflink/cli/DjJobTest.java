package io.djflink.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.djflink.events.Event;
import io.djflink.events.EventType;
import io.djflink.events.JobSummary;
import io.djflink.job.ConsoleProgress;
import io.djflink.job.JobInfo;
import io.djflink.job.JobMonitor;
import io.djflink.job.JobProgress;
import io.djflink.job.JobProgress.Status;
import io.djflink.job.JobRunner;
import io.djflink.job.JobState;
import io.djflink.job.JobUtils;
import io.djflink.partition.PartitionTableStore;
import io.djflink.testing.Await;
import io.djflink.testing.DjProcessChild;
import io.djflink.testing.JobHarness;
import io.djflink.testing.SlowRecipe;
import io.djflink.testing.TestFlink;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dj-job monitor} and {@code list} (and the Java API under them) on real jobs in every
 * state, made once for the class: {@code done} completed, {@code broken} failed in an op,
 * {@code killed} lost its process (SIGKILL) mid-run, and {@code live} keeps running while the
 * tests look at it.
 */
class DjJobTest {

    @RegisterExtension
    static final MiniClusterExtension FLINK = TestFlink.cluster();

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    private static Path out;
    private static DjProcessChild live;
    private static DjProcessChild killed;
    private static int liveRestPort;

    @BeforeAll
    static void jobsInEveryState() throws Exception {
        out = dir.resolve("out");
        liveRestPort = freePort();
        live = DjProcessChild.start(dir.resolve("live.log"), "--config",
                SlowRecipe.write(dir, "live", 300_000).toString(), "--job_id", "live", "--progress-interval", "1",
                "--flink.web-ui", "true", "--flink.rest_port", Integer.toString(liveRestPort));
        killed = DjProcessChild.start(dir.resolve("killed.log"), "--config",
                SlowRecipe.write(dir, "killed", 8000).toString(), "--job_id", "killed", "--progress-interval", "1",
                "--quiet");
        JobHarness harness = new JobHarness(dir);
        assertThat(harness.run(SlowRecipe.write(dir, "done", 0), "--job_id", "done").status())
                .isEqualTo(JobRunner.Status.COMPLETED);
        assertThat(harness.run(SlowRecipe.write(dir, "broken", 0,
                        "fail_once_mapper: {marker_file: " + dir.resolve("marker") + ", fail_at: 300}"),
                "--job_id", "broken", "--flink.restart-strategy.type", "none").status())
                .isEqualTo(JobRunner.Status.FAILED);

        Await.until("a partition of 'killed' completes", Duration.ofSeconds(120),
                () -> count(out.resolve("killed"), EventType.PARTITION_COMPLETE) > 0);
        killed.killHard();
        Await.until("'live' runs its slow op", Duration.ofSeconds(120),
                () -> count(out.resolve("live"), EventType.OP_START) >= 2 * 4);
    }

    @AfterAll
    static void stopLiveJob() throws Exception {
        live.killHard();
    }

    private static long count(Path jobDir, EventType type) throws Exception {
        return JobHarness.events(jobDir).stream().filter(e -> e.type() == type).count();
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private record Cli(int exit, String out, String err) {
    }

    private static Cli djJob(String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int exit = DjJob.execute(args, new PrintStream(o, true, StandardCharsets.UTF_8),
                new PrintStream(e, true, StandardCharsets.UTF_8), false);
        return new Cli(exit, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    }

    @Test
    void listShowsEveryJobWithItsStatusProgressAndProcess() throws Exception {
        Cli list = djJob("list", "--base-dir", dir.toString());

        assertThat(list.exit()).as(list.err()).isZero();
        Map<String, String> rows = list.out().lines().skip(1)
                .collect(Collectors.toMap(l -> l.substring(0, l.indexOf(' ')), Function.identity()));
        assertThat(rows).containsOnlyKeys("done", "broken", "killed", "live");
        assertThat(rows.get("done")).contains(" completed ").contains("100.0% (6/6)").endsWith("not running");
        assertThat(rows.get("broken")).contains(" failed ").endsWith("not running");
        assertThat(rows.get("killed")).contains(" failed (process gone) ").endsWith("not running");
        assertThat(rows.get("live")).contains(" running ").contains("alive (pid ");
        assertThat(JobUtils.listRunningJobs(dir)).extracting(JobInfo::jobId).containsExactly("live");
    }

    @Test
    void runningJobShowsItsRunningPartitionsWithTheirCurrentOp() throws Exception {
        JobProgress first = new JobMonitor(dir).progress("live");
        Thread.sleep(1100);
        JobProgress later = new JobMonitor(dir).progress("live");

        assertThat(later.state()).isEqualTo(JobState.RUNNING);
        assertThat(later.processAlive()).isTrue();
        assertThat(later.overall().elapsedSeconds()).isGreaterThan(first.overall().elapsedSeconds());
        List<JobProgress.Partition> running = later.partitions().stream()
                .filter(p -> p.status() == Status.RUNNING).toList();
        assertThat(running).isNotEmpty().allSatisfy(p -> assertThat(p.currentOp()).isNotNull());
        String text = djJob("monitor", "live", "--base-dir", dir.toString()).out();
        assertThat(text).contains("Status: RUNNING (process " + later.processId() + " alive)")
                .contains("🔄 RUNNING").contains("Current: ").contains("💡 To stop this job: bin/dj-job stop live");
    }

    @Test
    void webUiServesTheRunningJobWithNamedOperators() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String base = "http://127.0.0.1:" + liveRestPort;
        String flinkJob = JobSummary.load(out.resolve("live/job_summary.json")).orElseThrow().string("flink_job_id");

        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "/")).build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode job = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(base + "/jobs/" + flinkJob)).build(),
                HttpResponse.BodyHandlers.ofString()).body());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Apache Flink Web Dashboard");
        assertThat(job.path("name").asText()).contains("live");
        String vertices = StreamSupport.stream(job.path("vertices").spliterator(), false)
                .map(v -> v.path("name").asText()).collect(Collectors.joining(" | "));
        assertThat(vertices).contains("read_partitions", "00_whitespace_normalization_mapper", "01_slow_mapper",
                "02_document_deduplicator", "03_text_length_filter", "write_results", "event_log");
    }

    @Test
    void runNotOnATerminalPrintsProgressLinesUnlessQuiet() throws Exception {
        List<String> progress = Files.readAllLines(dir.resolve("live.log")).stream()
                .filter(l -> l.startsWith("[progress] ")).toList();

        assertThat(progress).isNotEmpty().allMatch(l -> l.matches("\\[progress] \\d/6 partitions, [\\d,]+/1,500 rows"
                + " in, [\\d,]+ out, .* rows/s, ETA .*"));
        assertThat(Files.readString(dir.resolve("killed.log"))).doesNotContain("[progress]");
    }

    @Test
    void progressOnATerminalIsOneLineRedrawnInPlace() throws Exception {
        ByteArrayOutputStream shown = new ByteArrayOutputStream();
        var settings = new ConsoleProgress.Settings(new PrintStream(shown, true, StandardCharsets.UTF_8), true,
                Duration.ofSeconds(10));

        try (ConsoleProgress progress = ConsoleProgress.start(settings, out.resolve("done"))) {
            Thread.sleep(1500);
        }

        String text = shown.toString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("\r[####################] 100.0% 6/6 partitions, 1,500/1,500 rows in, ")
                .endsWith("\n");
        assertThat(text.split("\r")).hasSizeGreaterThan(2);
        assertThat(text.strip()).doesNotContain("\n");
    }

    @Test
    void completedJobShowsEachOpsRealNumbersAndEveryCheckpoint() throws Exception {
        Cli json = djJob("monitor", "done", "--base-dir", dir.toString(), "--json");
        Cli detailed = djJob("monitor", "done", "--base-dir", dir.toString(), "--detailed");

        assertThat(json.exit()).as(json.err()).isZero();
        JsonNode p = JSON.readTree(json.out());
        long exported = Files.readAllLines(out.resolve("done.jsonl")).size();
        assertThat(p.path("state").asText()).isEqualTo("completed");
        assertThat(p.path("overall").path("progress_percent").asDouble()).isEqualTo(100.0);
        assertThat(p.path("overall").path("rows_in").asLong()).isEqualTo(1500);
        assertThat(p.path("overall").path("rows_out").asLong()).isEqualTo(exported);
        var table = PartitionTableStore.read(out.resolve("done"));
        for (JsonNode part : p.path("partitions")) {
            JsonNode ops = part.path("ops");
            assertThat(ops).hasSize(4);
            long partitionRows = table.partition(part.path("id").asInt()).rowCount();
            assertThat(ops.get(0).path("input_rows").asLong()).isEqualTo(partitionRows);
            assertThat(ops.get(3).path("output_rows").asLong()).isEqualTo(part.path("output_rows").asLong());
            for (JsonNode op : ops) {
                assertThat(op.path("rows_per_second").asDouble()).as(op.toString()).isPositive();
                assertThat(op.path("megabytes_per_second").asDouble()).as(op.toString()).isPositive();
                assertThat(op.path("reduction_percent").asDouble()).isBetween(0.0, 100.0);
            }
            assertThat(part.path("checkpoints")).isNotEmpty().allSatisfy(c -> {
                assertThat(c.path("bytes").asLong()).isPositive();
                assertThat(Path.of(c.path("path").asText())).isDirectory();
            });
        }
        assertThat(p.path("overall").path("checkpoints").asLong())
                .isEqualTo(count(out.resolve("done"), EventType.CHECKPOINT_SAVE));
        assertThat(detailed.out()).contains("Status: COMPLETED").contains("Progress: 100.0% (6/6 partitions)")
                .contains(String.format(Locale.ROOT, "Samples: 1,500/1,500 in, %,d out", exported))
                .contains("🔧 OPERATION DETAILS").containsPattern(" 1 slow_mapper +\\| completed +\\| Duration: ")
                .containsPattern("Throughput: +[\\d,]+ rows/s +\\d+\\.\\d\\d MB/s \\| Reduction: ")
                .containsPattern("whitespace_normalization_mapper \\(op 0\\) - \\d\\d:\\d\\d:\\d\\d - [\\d.]+ KB,"
                        + " 250 rows");
    }

    @Test
    void failedJobNamesTheFailedPartitionItsOpAndHowToResume() throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        JobProgress p = new JobMonitor(dir, new PrintStream(printed, true, StandardCharsets.UTF_8))
                .showJobProgress("broken", false);
        String text = djJob("monitor", "broken", "--base-dir", dir.toString()).out();

        assertThat(p.state()).isEqualTo(JobState.FAILED);
        assertThat(p.errorMessage()).contains("fail_once_mapper").contains("injected failure");
        JobProgress.Partition failed = p.partitions().stream().filter(x -> x.status() == Status.FAILED)
                .findFirst().orElseThrow();
        assertThat(failed.errorMessage()).contains("fail_once_mapper failed on partition " + failed.id());
        assertThat(failed.ops()).anySatisfy(op -> {
            assertThat(op.name()).isEqualTo("fail_once_mapper");
            assertThat(op.status()).isEqualTo(Status.FAILED);
        });
        assertThat(p.partitions()).noneMatch(x -> x.status() == Status.RUNNING);
        assertThat(printed.toString(StandardCharsets.UTF_8)).as("what the API prints").isEqualTo(text);
        assertThat(text).contains("Status: FAILED").contains("❌ FAILED")
                .contains("💡 To resume this job: bin/dj-process --config " + dir.resolve("broken.yaml")
                        + " --job_id broken");
    }

    @Test
    void jobWhoseProcessWasKilledShowsAsGoneWithItsWorkInterrupted() throws Exception {
        JobProgress p = new JobMonitor(dir).progress("killed");
        String text = djJob("monitor", "killed", "--base-dir", dir.toString()).out();

        assertThat(p.state()).isEqualTo(JobState.PROCESS_GONE);
        assertThat(p.processAlive()).isFalse();
        assertThat(p.overall().completedPartitions()).isPositive();
        assertThat(p.overall().interruptedPartitions()).isPositive();
        assertThat(p.overall().runningPartitions()).isZero();
        assertThat(p.overall().elapsedSeconds()).isPositive();
        assertThat(text).contains("Status: FAILED (PROCESS GONE) (process " + p.processId() + " not running)")
                .contains("⏸️ INTERRUPTED").contains("💡 To resume this job: ");
    }

    @Test
    void unknownJobIsAUsageErrorListingTheJobsFound() {
        Cli monitor = djJob("monitor", "nope", "--base-dir", dir.toString());
        Cli stop = djJob("stop", "nope", "--base-dir", dir.toString());

        String expected = "dj-job: error: no job nope under " + dir + " (jobs found: out/broken, out/done, out/killed,"
                + " out/live)";
        assertThat(monitor.exit()).isEqualTo(DjJob.USAGE);
        assertThat(monitor.err().strip()).isEqualTo(expected);
        assertThat(stop.exit()).isEqualTo(DjJob.USAGE);
        assertThat(stop.err().strip()).isEqualTo(expected);
    }

    @Test
    void eventsAreLoadedInTheOrderWritten() throws Exception {
        List<Event> events = JobUtils.open(dir, "broken").loadEvents();

        assertThat(events.get(0).type()).isEqualTo(EventType.JOB_START);
        assertThat(events).extracting(Event::type).contains(EventType.OP_FAILED, EventType.PARTITION_FAILED)
                .endsWith(EventType.JOB_FAILED);
    }
}
