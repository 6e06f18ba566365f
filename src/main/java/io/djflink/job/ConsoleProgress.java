package io.djflink.job;

import io.djflink.job.JobProgress.Overall;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shows a running job's progress on the console of {@code dj-process}: partitions and rows done,
 * rate and time remaining, read from the job directory as {@code dj-job monitor} reads it. On a
 * terminal one line is redrawn in place every second; otherwise (a log file, a pipe) a plain line
 * is printed every {@code interval}.
 */
public final class ConsoleProgress implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ConsoleProgress.class);
    private static final Duration REDRAW = Duration.ofSeconds(1);
    private static final int BAR_WIDTH = 20;

    /**
     * Where and how progress is shown.
     *
     * @param out null shows nothing
     * @param redraw redraw one line in place (a terminal), else print a line every {@code interval}
     */
    public record Settings(PrintStream out, boolean redraw, Duration interval) {

        public static final Settings OFF = new Settings(null, false, Duration.ZERO);
    }

    private final Settings settings;
    private final JobUtils job;
    private final ScheduledExecutorService timer;
    private int drawnWidth;

    private ConsoleProgress(Settings settings, JobUtils job) {
        this.settings = settings;
        this.job = job;
        this.timer = settings.out() == null ? null : Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "dj-console-progress");
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts showing the progress of the job in {@code jobDir}, until {@link #close()}. */
    public static ConsoleProgress start(Settings settings, Path jobDir) {
        ConsoleProgress progress = new ConsoleProgress(settings, JobUtils.forJobDir(jobDir));
        if (progress.timer != null) {
            long period = (settings.redraw() ? REDRAW : settings.interval()).toMillis();
            progress.timer.scheduleWithFixedDelay(progress::show, settings.redraw() ? 0 : period, period,
                    TimeUnit.MILLISECONDS);
        }
        return progress;
    }

    private synchronized void show() {
        try {
            Overall overall = job.progress().overall();
            if (settings.redraw()) {
                String bar = bar(overall.progressPercent()) + " " + line(overall);
                settings.out().print("\r" + bar + " ".repeat(Math.max(0, drawnWidth - bar.length())));
                settings.out().flush();
                drawnWidth = bar.length();
            } else {
                settings.out().println("[progress] " + line(overall));
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("Cannot read the job's progress: {}", e.toString());
        }
    }

    /** {@code 3/6 partitions, 750/1,500 rows in, 612 out, 41.7 rows/s, ETA 18.0 s}. */
    static String line(Overall o) {
        return String.format(Locale.ROOT, "%d/%d partitions, %,d/%,d rows in, %,d out, %s, ETA %s",
                o.completedPartitions(), o.totalPartitions(), o.rowsIn(), o.totalRows(), o.rowsOut(),
                o.rowsPerSecond() == null ? "- rows/s" : String.format(Locale.ROOT, "%,.1f rows/s", o.rowsPerSecond()),
                o.etaSeconds() == null ? "-" : ProgressReport.duration(o.etaSeconds()));
    }

    private static String bar(double percent) {
        int filled = (int) Math.round(BAR_WIDTH * Math.min(100, percent) / 100);
        return "[" + "#".repeat(filled) + "-".repeat(BAR_WIDTH - filled) + "] "
                + String.format(Locale.ROOT, "%5.1f%%", percent);
    }

    /** Stops; a redrawn line shows the final numbers and is ended, so that what follows starts on a new line. */
    @Override
    public void close() throws InterruptedException {
        if (timer == null) {
            return;
        }
        timer.shutdown();
        timer.awaitTermination(5, TimeUnit.SECONDS);
        if (settings.redraw()) {
            show();
            settings.out().println();
        }
    }
}
