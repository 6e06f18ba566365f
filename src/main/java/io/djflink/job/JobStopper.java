package io.djflink.job;

import io.djflink.events.JobSummary;
import io.djflink.storage.jobdir.JobLayout;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Stops a running job through Flink's REST endpoint (the embedded one of a {@code dj-process}, or
 * a cluster's). Graceful by default: stop-with-savepoint into the job's {@code savepoints/}, so
 * that the next {@code dj-process --job_id} restores from it. Forced: cancel at once; the next run
 * resumes from the stage checkpoints.
 */
public final class JobStopper {

    private static final Duration POLL = Duration.ofMillis(250);

    private final Path baseDir;

    /**
     * @param baseDir a {@code work_dir} that holds job directories, or the directory above several
     *     (see {@link JobDirectories})
     */
    public JobStopper(Path baseDir) {
        this.baseDir = baseDir;
    }

    /**
     * @param savepointPath where the savepoint went (graceful stops), else null
     * @param message one line for the user
     */
    public record StopResult(String jobId, boolean stopped, boolean forced, String savepointPath, String message) {
    }

    /**
     * @param force cancel instead of (with no {@code timeout}) or after (when {@code timeout}
     *     passes) a graceful stop
     * @param timeout how long a graceful stop may take; null or zero with {@code force} cancels at once
     * @throws UnknownJobException when there is no such job under the base directory; the message lists those there
     */
    public StopResult stopJob(String jobId, boolean force, Duration timeout) throws IOException {
        JobLayout layout = new JobLayout(JobDirectories.locate(baseDir, jobId));
        JobSummary summary = JobSummary.load(layout.summaryFile())
                .orElseThrow(() -> new IOException("job " + jobId + " has no job_summary.json; it never started"));
        String flinkJob = summary.string("flink_job_id");
        String rest = summary.string("flink_rest_url");
        if (!JobSummary.RUNNING.equals(summary.status()) || flinkJob == null || rest == null) {
            return new StopResult(jobId, false, force, null, "job " + jobId + " is not running (status: "
                    + summary.status() + ")");
        }
        FlinkRest flink = new FlinkRest(rest);
        if (flink.jobState(flinkJob).isEmpty()) {
            return new StopResult(jobId, false, force, null, "job " + jobId + " is not reachable at " + rest
                    + "; its process may be gone");
        }
        boolean graceful = !force || (timeout != null && !timeout.isZero());
        if (!graceful) {
            return cancel(layout, flink, flinkJob, "forced stop");
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        String trigger = flink.stopWithSavepoint(flinkJob, layout.savepointsDir().toUri().toString());
        while (System.nanoTime() < deadline) {
            Optional<String> location;
            try {
                location = flink.savepointLocation(flinkJob, trigger);
            } catch (IOException failed) {
                if (!isStarting(failed)) {
                    throw failed;
                }
                sleep();
                trigger = flink.stopWithSavepoint(flinkJob, layout.savepointsDir().toUri().toString());
                continue;
            }
            if (location.isPresent()) {
                if (!markStopped(layout, location.get(), "manual_stop")) {
                    return endedFirst(layout);
                }
                return new StopResult(jobId, true, false, location.get(), "job " + jobId
                        + " stopped with a savepoint at " + location.get() + "; resume with --job_id " + jobId);
            }
            sleep();
        }
        if (force) {
            return cancel(layout, flink, flinkJob, "forced stop after a " + timeout.toSeconds() + " s graceful attempt");
        }
        return new StopResult(jobId, false, false, null, "job " + jobId + " did not stop within "
                + timeout.toSeconds() + " s; use --force to cancel it");
    }

    private StopResult cancel(JobLayout layout, FlinkRest flink, String flinkJob, String reason) throws IOException {
        if (!markStopped(layout, null, reason)) {
            return endedFirst(layout);
        }
        flink.cancel(flinkJob);
        return new StopResult(layout.jobId(), true, true, null, "job " + layout.jobId()
                + " cancelled; the next run with --job_id " + layout.jobId() + " resumes from its stage checkpoints");
    }

    /** A savepoint refused because the job's tasks are still being deployed: worth asking again. */
    private static boolean isStarting(IOException failure) {
        String m = String.valueOf(failure.getMessage());
        return m.contains("not being executed at the moment") || m.contains("Not all required tasks are currently running");
    }

    /**
     * Records the stop, so that the run reports it as such rather than as a failure; unless the run
     * ended on its own first (a job can complete while its savepoint is being taken). The run may
     * also have seen the stop end its Flink job and recorded it as stopped already: then only what
     * the run cannot know is added.
     *
     * @return whether the stop was recorded
     */
    private static boolean markStopped(JobLayout layout, String savepoint, String reason) throws IOException {
        Optional<JobSummary> summary = JobSummary.load(layout.summaryFile());
        if (summary.isPresent() && JobSummary.STOPPED.equals(summary.get().status())) {
            JobSummary.update(layout.summaryFile(), s -> {
                s.set("stop_reason", reason);
                if (s.string("savepoint_path") == null) {
                    s.set("savepoint_path", savepoint);
                }
            });
            return true;
        }
        if (summary.isEmpty() || !JobSummary.RUNNING.equals(summary.get().status())) {
            return false;
        }
        double now = System.currentTimeMillis() / 1000.0;
        summary.get().set("status", JobSummary.STOPPED).set("stop_time", now).set("stop_reason", reason)
                .set("savepoint_path", savepoint).save(layout.summaryFile());
        return true;
    }

    private static StopResult endedFirst(JobLayout layout) throws IOException {
        String status = JobSummary.load(layout.summaryFile()).map(JobSummary::status).orElse("unknown");
        return new StopResult(layout.jobId(), false, false, null, "job " + layout.jobId() + " ended (status: "
                + status + ") before the stop took effect");
    }

    private static void sleep() throws IOException {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for the savepoint", e);
        }
    }
}
