package io.djflink.job;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * Shows the progress of the jobs under a base directory, once or over and over while a job runs;
 * {@code bin/dj-job monitor} is built on it. A job can be running (its event log is followed as it
 * grows), completed, failed, stopped, or gone with its process.
 */
public final class JobMonitor {

    private final Path baseDir;
    private final PrintStream out;

    /** @param out where {@link #showJobProgress} prints */
    public JobMonitor(Path baseDir, PrintStream out) {
        this.baseDir = baseDir;
        this.out = out;
    }

    public JobMonitor(Path baseDir) {
        this(baseDir, System.out);
    }

    /** The job's progress now, without printing it. */
    public JobProgress progress(String jobId) throws IOException {
        return JobUtils.open(baseDir, jobId).progress();
    }

    /**
     * Prints the job's progress (DataJuicer's monitor layout) and returns what it printed.
     *
     * @param detailed adds each op of each partition (duration, rows, throughput, reduction) and
     *     each checkpoint (time, size)
     */
    public JobProgress showJobProgress(String jobId, boolean detailed) throws IOException {
        JobProgress p = progress(jobId);
        out.print(ProgressReport.render(p, detailed));
        return p;
    }

    /**
     * Hands {@code frame} the job's progress every {@code interval} until the job no longer runs
     * (the last frame shows how it ended) or the thread is interrupted.
     *
     * @return the last progress handed over
     */
    public JobProgress watch(String jobId, Duration interval, Consumer<JobProgress> frame) throws IOException {
        JobUtils job = JobUtils.open(baseDir, jobId);
        while (true) {
            JobProgress p = job.progress();
            frame.accept(p);
            if (p.state() != JobState.RUNNING) {
                return p;
            }
            try {
                Thread.sleep(interval.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return p;
            }
        }
    }
}
