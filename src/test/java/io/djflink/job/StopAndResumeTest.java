package io.djflink.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.djflink.events.JobSummary;
import io.djflink.testing.DjProcessChild;
import io.djflink.testing.JobHarness;
import io.djflink.testing.SlowRecipe;
import io.djflink.testing.TestFlink;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stopping a running {@code dj-process} through its Flink REST endpoint: gracefully with a savepoint
 * that the next run restores, or forced; either way the resumed export equals an uninterrupted one.
 */
class StopAndResumeTest {

    @RegisterExtension
    static final MiniClusterExtension FLINK = TestFlink.cluster();

    @TempDir
    Path dir;

    private Path out;

    @BeforeEach
    void setUp() throws Exception {
        out = dir.resolve("out");
    }

    private byte[] uninterrupted() throws Exception {
        new JobHarness(dir).run(SlowRecipe.write(dir, "reference", 0), "--job_id", "reference");
        return Files.readAllBytes(out.resolve("reference.jsonl"));
    }

    private DjProcessChild startRunning(Path recipe, String jobId) throws Exception {
        DjProcessChild child = DjProcessChild.start(dir.resolve(jobId + ".log"), "--config", recipe.toString(),
                "--job_id", jobId);
        Path results = out.resolve(jobId).resolve("results");
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (!(Files.isDirectory(results) && Files.list(results).anyMatch(p -> Files.exists(p.resolve("_manifest.json"))))) {
            assertThat(System.nanoTime()).as("a partition completes").isLessThan(deadline);
            Thread.sleep(20);
        }
        return child;
    }

    @Test
    void gracefulStopKeepsASavepointThatTheNextRunRestores() throws Exception {
        byte[] expected = uninterrupted();
        Path recipe = SlowRecipe.write(dir, "job", 8000);
        DjProcessChild child = startRunning(recipe, "sp");

        JobStopper.StopResult stop = new JobStopper(out).stopJob("sp", false, Duration.ofSeconds(90));

        assertThat(stop.stopped()).as(stop.message()).isTrue();
        assertThat(child.waitFor(60)).isEqualTo(3);
        JobSummary summary = JobSummary.load(out.resolve("sp/job_summary.json")).orElseThrow();
        assertThat(summary.status()).isEqualTo(JobSummary.STOPPED);
        assertThat(summary.string("savepoint_path")).isEqualTo(stop.savepointPath()).contains("/sp/savepoints/");

        int exit = DjProcessChild.start(dir.resolve("sp.log"), "--config", recipe.toString(), "--job_id", "sp")
                .waitFor(300);

        assertThat(exit).isZero();
        assertThat(Files.readString(dir.resolve("sp.log"))).contains("Restoring Flink state from " + stop.savepointPath());
        assertThat(Files.readAllBytes(out.resolve("job.jsonl"))).isEqualTo(expected);
    }

    @Test
    void forcedStopCancelsWithinSecondsAndTheNextRunResumesFromStageCheckpoints() throws Exception {
        byte[] expected = uninterrupted();
        Path recipe = SlowRecipe.write(dir, "job", 8000);
        DjProcessChild child = startRunning(recipe, "forced");

        long t0 = System.nanoTime();
        JobStopper.StopResult stop = new JobStopper(out).stopJob("forced", true, null);
        int stopExit = child.waitFor(30);
        long seconds = (System.nanoTime() - t0) / 1_000_000_000L;

        assertThat(stop.stopped()).isTrue();
        assertThat(stop.forced()).isTrue();
        assertThat(stopExit).isEqualTo(3);
        assertThat(seconds).isLessThan(15);
        assertThat(JobSummary.load(out.resolve("forced/job_summary.json")).orElseThrow().status())
                .isEqualTo(JobSummary.STOPPED);

        int exit = DjProcessChild.start(dir.resolve("forced.log"), "--config", recipe.toString(), "--job_id",
                "forced").waitFor(300);

        assertThat(exit).isZero();
        assertThat(Files.readAllBytes(out.resolve("job.jsonl"))).isEqualTo(expected);
    }

    @Test
    void secondRunOfARunningJobIsRefusedNamingTheLiveRun() throws Exception {
        Path recipe = SlowRecipe.write(dir, "job", 8000);
        DjProcessChild child = startRunning(recipe, "locked");
        try {
            Exception refused = org.junit.jupiter.api.Assertions.assertThrows(JobAlreadyRunningException.class,
                    () -> new JobHarness(dir).run(recipe, "--job_id", "locked"));
            assertThat(refused.getMessage()).contains("job locked is already running").contains("pid ")
                    .contains("bin/dj-job stop locked");
        } finally {
            child.killHard();
        }
        assertThat(JobLock.isHeld(out.resolve("locked/.lock"))).as("the lock dies with its holder").isFalse();
        assertThat(new JobHarness(dir).run(recipe, "--job_id", "locked").status())
                .isEqualTo(JobRunner.Status.COMPLETED);
    }
}
