package io.djflink.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.djflink.events.EventType;
import io.djflink.events.JobSummary;
import io.djflink.job.JobMonitor;
import io.djflink.job.JobProgress;
import io.djflink.job.JobState;
import io.djflink.testing.Await;
import io.djflink.testing.DjProcessChild;
import io.djflink.testing.JobHarness;
import io.djflink.testing.SlowRecipe;
import io.djflink.testing.TestFlink;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dj-job stop} on a running {@code dj-process}: gracefully, then resumed to the export an
 * uninterrupted run gives (watched by {@code monitor --watch} meanwhile), or forced.
 */
class DjJobStopTest {

    @RegisterExtension
    static final MiniClusterExtension FLINK = TestFlink.cluster();

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    private static Path out;
    private static byte[] uninterrupted;

    @BeforeAll
    static void uninterruptedExport() throws Exception {
        out = dir.resolve("out");
        new JobHarness(dir).run(SlowRecipe.write(dir, "reference", 0), "--job_id", "reference");
        uninterrupted = Files.readAllBytes(out.resolve("reference.jsonl"));
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

    private static DjProcessChild start(Path recipe, String jobId) throws Exception {
        DjProcessChild child = DjProcessChild.start(dir.resolve(jobId + ".log"), "--config", recipe.toString(),
                "--job_id", jobId);
        Path summary = out.resolve(jobId).resolve("job_summary.json");
        Await.until(jobId + " runs on Flink", Duration.ofSeconds(120), () -> JobSummary.load(summary)
                .map(s -> JobSummary.RUNNING.equals(s.status()) && s.string("flink_job_id") != null).orElse(false));
        return child;
    }

    private static void awaitCompletedPartition(String jobId) throws Exception {
        Await.until("a partition of " + jobId + " completes", Duration.ofSeconds(120), () -> JobHarness
                .events(out.resolve(jobId)).stream().anyMatch(e -> e.type() == EventType.PARTITION_COMPLETE));
    }

    @Test
    void gracefulStopKeepsASavepointAndTheResumedExportEqualsAnUninterruptedOne() throws Exception {
        Path recipe = SlowRecipe.write(dir, "graceful", 20_000);
        DjProcessChild child = start(recipe, "graceful");
        ByteArrayOutputStream watched = new ByteArrayOutputStream();
        Thread watch = new Thread(() -> DjJob.execute(new String[] {"monitor", "graceful", "--base-dir", dir.toString(),
            "--watch", "--interval", "1", "--json"}, new PrintStream(watched, true, StandardCharsets.UTF_8),
                System.err, false));
        watch.start();
        awaitCompletedPartition("graceful");

        Cli stop = djJob("stop", "graceful", "--base-dir", dir.toString());

        assertThat(stop.exit()).as(stop.err()).isZero();
        assertThat(stop.out()).contains("job graceful stopped with a savepoint at ");
        assertThat(child.waitFor(60)).isEqualTo(3);
        watch.join(Duration.ofSeconds(30).toMillis());
        assertThat(watch.isAlive()).as("the watch ends with the job").isFalse();
        List<JsonNode> frames = new ArrayList<>();
        for (String line : watched.toString(StandardCharsets.UTF_8).lines().toList()) {
            frames.add(JSON.readTree(line));
        }
        List<Double> progress = frames.stream().map(f -> f.path("overall").path("progress_percent").asDouble())
                .toList();
        assertThat(progress).as("progress while running").isSorted().contains(0.0)
                .anySatisfy(p -> assertThat(p).isPositive());
        assertThat(frames.get(frames.size() - 1).path("state").asText()).isEqualTo("stopped");

        JobProgress stopped = new JobMonitor(dir).progress("graceful");
        assertThat(stopped.state()).isEqualTo(JobState.STOPPED);
        assertThat(stopped.savepointPath()).contains("/graceful/savepoints/");
        assertThat(djJob("monitor", "graceful", "--base-dir", dir.toString()).out()).contains("Status: STOPPED")
                .contains("Savepoint: " + stopped.savepointPath()).contains("💡 To resume this job: ");
        assertThat(djJob("list", "--base-dir", dir.toString()).out()).containsPattern("graceful +stopped ");

        int resumed = DjProcessChild.start(dir.resolve("graceful.log"), "--config", recipe.toString(), "--job_id",
                "graceful").waitFor(300);

        assertThat(resumed).isZero();
        assertThat(Files.readAllBytes(out.resolve("graceful.jsonl"))).isEqualTo(uninterrupted);
        JobProgress done = new JobMonitor(dir).progress("graceful");
        assertThat(done.state()).isEqualTo(JobState.COMPLETED);
        assertThat(done.runCount()).isEqualTo(2);
        assertThat(done.overall().rowsIn()).isEqualTo(1500);
        assertThat(done.overall().rowsOut()).isEqualTo(Files.readAllLines(out.resolve("graceful.jsonl")).size());
    }

    @Test
    void forcedStopCancelsTheRunWithinSeconds() throws Exception {
        DjProcessChild child = start(SlowRecipe.write(dir, "forced", 20_000), "forced");
        awaitCompletedPartition("forced");

        long t0 = System.nanoTime();
        Cli stop = djJob("stop", "forced", "--force", "--base-dir", dir.toString());
        int exit = child.waitFor(30);
        long seconds = Duration.ofNanos(System.nanoTime() - t0).toSeconds();

        assertThat(stop.exit()).as(stop.err()).isZero();
        assertThat(stop.out()).contains("job forced cancelled; the next run with --job_id forced resumes from its"
                + " stage checkpoints");
        assertThat(exit).isEqualTo(3);
        assertThat(seconds).isLessThan(15);
        JobProgress stopped = new JobMonitor(dir).progress("forced");
        assertThat(stopped.state()).isEqualTo(JobState.STOPPED);
        assertThat(stopped.savepointPath()).isNull();
        assertThat(stopped.overall().completedPartitions()).isPositive();
        assertThat(djJob("list", "--base-dir", dir.toString()).out()).containsPattern("forced +stopped ");
    }

    @Test
    void stoppingAJobThatIsNotRunningFailsSayingSo() {
        Cli stop = djJob("stop", "reference", "--base-dir", dir.toString());

        assertThat(stop.exit()).isEqualTo(DjJob.FAILED);
        assertThat(stop.err().strip()).isEqualTo("dj-job: error: job reference is not running (status: completed)");
    }
}
