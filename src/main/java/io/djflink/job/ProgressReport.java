package io.djflink.job;

import io.djflink.job.JobProgress.Checkpoint;
import io.djflink.job.JobProgress.Op;
import io.djflink.job.JobProgress.Overall;
import io.djflink.job.JobProgress.Partition;
import io.djflink.job.JobProgress.Status;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The text {@code dj-job monitor} prints: DataJuicer's monitor layout (overview, overall progress,
 * partition status, op details, checkpoints), filled with the job's real numbers.
 */
public final class ProgressReport {

    private static final String RULE = "=".repeat(80);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final StringBuilder text = new StringBuilder();

    private ProgressReport() {
    }

    /** @param detailed adds each op of each partition and each checkpoint */
    public static String render(JobProgress p, boolean detailed) {
        ProgressReport r = new ProgressReport();
        r.line(RULE).line("dj-flink Job Progress Monitor").line("Job ID: %s", p.jobId()).line(RULE).line("");
        r.overview(p);
        r.overall(p.overall());
        r.partitions(p);
        if (detailed) {
            r.opDetails(p);
        }
        r.checkpoints(p, detailed);
        r.hint(p);
        r.line(RULE);
        return r.text.toString();
    }

    private void overview(JobProgress p) {
        line("📊 JOB OVERVIEW");
        line("   Status: %s%s", p.state().label().toUpperCase(Locale.ROOT), process(p));
        line("   Job Dir: %s", p.jobDir());
        line("   Dataset: %s", p.datasetPath() == null ? "unknown" : p.datasetPath());
        line("   Total Samples: %,d", p.overall().totalRows());
        line("   Partitions: %d", p.overall().totalPartitions());
        if (p.startTime() != null) {
            line("   Start Time: %s%s", DATE_TIME.format(local(p.startTime())),
                    p.runCount() > 1 ? " (run " + p.runCount() + "; earlier runs' work is kept)" : "");
        }
        line("   %s: %s", p.state() == JobState.RUNNING ? "Elapsed" : "Duration",
                duration(p.overall().elapsedSeconds()));
        if (p.overall().etaSeconds() != null) {
            line("   Estimated Time Remaining: %s", duration(p.overall().etaSeconds()));
        }
        if (p.errorMessage() != null) {
            line("   Error: %s", p.errorMessage());
        }
        if (p.savepointPath() != null) {
            line("   Savepoint: %s", p.savepointPath());
        }
        line("");
    }

    private static String process(JobProgress p) {
        if (p.processId() == null) {
            return "";
        }
        return " (process " + p.processId() + (p.processAlive() ? " alive)" : " not running)");
    }

    private void overall(Overall o) {
        line("🎯 OVERALL PROGRESS");
        line("   Progress: %.1f%% (%d/%d partitions)", o.progressPercent(), o.completedPartitions(),
                o.totalPartitions());
        line("   Status: %d completed, %d running, %d failed, %d pending%s", o.completedPartitions(),
                o.runningPartitions(), o.failedPartitions(), o.pendingPartitions(),
                o.interruptedPartitions() > 0 ? ", " + o.interruptedPartitions() + " interrupted" : "");
        line("   Samples: %,d/%,d in, %,d out", o.rowsIn(), o.totalRows(), o.rowsOut());
        if (o.rowsPerSecond() != null) {
            line("   Rate: %,.1f samples/s (latest run)", o.rowsPerSecond());
        }
        line("");
    }

    private void partitions(JobProgress p) {
        line("📦 PARTITION STATUS");
        for (Partition part : p.partitions()) {
            line("   Partition %2d: %s %s", part.id(), icon(part.status()), part.status().name());
            if (part.status() == Status.PENDING) {
                continue;
            }
            line("              Samples: %,d%s", part.rows(),
                    part.outputRows() == null ? "" : String.format(Locale.ROOT, " in, %,d out", part.outputRows()));
            Op current = part.currentOp();
            if (current != null) {
                long inFlight = part.ops().stream().filter(o -> o.status() == Status.RUNNING).count();
                line("              Current: %s (op %d)%s", current.name(), current.index(),
                        current.status() == Status.PENDING ? ", its rows queued for it"
                                : inFlight > 1 ? ", " + inFlight + " ops in flight (pipelined)" : "");
            }
            line("              Completed: %d%s operations", part.completedOps(),
                    p.ops().isEmpty() ? "" : " of " + p.ops().size());
            if (!part.checkpoints().isEmpty()) {
                line("              Checkpoints: %d saved", part.checkpoints().size());
            }
            if (part.errorMessage() != null) {
                line("              Error: %s", part.errorMessage());
            }
        }
        line("");
    }

    private void opDetails(JobProgress p) {
        line("🔧 OPERATION DETAILS (MB/s: the partition's input bytes per row times the op's rows)");
        int width = p.partitions().stream().flatMap(part -> part.ops().stream())
                .mapToInt(o -> o.name().length()).max().orElse(10);
        for (Partition part : p.partitions()) {
            if (part.ops().isEmpty()) {
                continue;
            }
            line("   Partition %d:", part.id());
            for (Op op : part.ops()) {
                line("     %2d %-" + width + "s | %-11s | Duration: %8.3fs | Rows: %9s → %-9s"
                                + " | Throughput: %10s rows/s %8s MB/s | Reduction: %7s",
                        op.index(), op.name(), op.status().value(),
                        op.durationSeconds() == null ? 0 : op.durationSeconds(), count(op.inputRows()),
                        count(op.outputRows()), number(op.rowsPerSecond(), "%,.0f"),
                        number(op.megabytesPerSecond(), "%.2f"), number(op.reductionPercent(), "%.2f%%"));
            }
        }
        line("");
    }

    private void checkpoints(JobProgress p, boolean detailed) {
        line("💾 CHECKPOINT SUMMARY");
        line("   Total Checkpoints: %d", p.overall().checkpoints());
        if (detailed) {
            for (Partition part : p.partitions()) {
                if (part.checkpoints().isEmpty()) {
                    continue;
                }
                line("   Partition %d checkpoints:", part.id());
                for (Checkpoint c : part.checkpoints()) {
                    line("     %s (op %d) - %s - %s, %s rows - %s", c.opName(), c.opIndex(),
                            TIME.format(local(c.time())), size(c.bytes()), count(c.rows()), c.path());
                }
            }
        }
        line("");
    }

    private void hint(JobProgress p) {
        if (p.state() == JobState.RUNNING) {
            line("💡 To stop this job: bin/dj-job stop %s   (--force to cancel at once)", p.jobId());
        } else if (p.state() != JobState.COMPLETED && p.resumptionCommand() != null) {
            line("💡 To resume this job: %s", p.resumptionCommand());
        }
    }

    private static String icon(Status s) {
        return switch (s) {
            case COMPLETED -> "✅";
            case RUNNING -> "🔄";
            case FAILED -> "❌";
            case INTERRUPTED -> "⏸️";
            case PENDING -> "⏳";
        };
    }

    /** {@code 41.2 s}, {@code 3 min 05 s}, {@code 2 h 07 min}. */
    public static String duration(double seconds) {
        if (seconds < 60) {
            return String.format(Locale.ROOT, "%.1f s", seconds);
        }
        long s = Math.round(seconds);
        if (s < 3600) {
            return String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
        }
        return String.format(Locale.ROOT, "%d h %02d min", s / 3600, s % 3600 / 60);
    }

    private static String size(Long bytes) {
        if (bytes == null) {
            return "? bytes";
        }
        if (bytes < 1024) {
            return bytes + " B";
        }
        double kb = bytes / 1024.0;
        return String.format(Locale.ROOT, kb < 1024 ? "%.1f KB" : "%.1f MB", kb < 1024 ? kb : kb / 1024);
    }

    private static String count(Long n) {
        return n == null ? "-" : String.format(Locale.ROOT, "%,d", n);
    }

    private static String number(Double v, String format) {
        return v == null ? "-" : String.format(Locale.ROOT, format, v);
    }

    private static LocalDateTime local(double epochSeconds) {
        return Instant.ofEpochMilli(Math.round(epochSeconds * 1000)).atZone(ZoneId.systemDefault()).toLocalDateTime();
    }

    private ProgressReport line(String format, Object... args) {
        text.append(args.length == 0 ? format : String.format(Locale.ROOT, format, args)).append('\n');
        return this;
    }
}
