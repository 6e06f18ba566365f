package io.djflink.job;

import io.djflink.config.RecipeConfig;
import io.djflink.config.RetentionPolicy;
import io.djflink.events.Event;
import io.djflink.events.EventLog;
import io.djflink.events.EventType;
import io.djflink.events.JobSummary;
import io.djflink.partition.PartitionTable;
import io.djflink.runtime.eventlog.EventOutput;
import io.djflink.storage.jobdir.JobLayout;
import io.djflink.storage.jobdir.RetentionCleaner;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.flink.core.execution.JobClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Waits for a run's Flink job and records how it ended: completed (the export committer already
 * wrote the summary), stopped (by {@code dj-job stop}, Flink's CLI or web UI; with the savepoint
 * to restore from when there is one), or failed (one line naming the cause).
 */
final class RunEnding {

    private static final Logger LOG = LoggerFactory.getLogger(RunEnding.class);

    private final RecipeConfig config;
    private final JobLayout layout;
    private final PartitionTable table;
    private final EventOutput events;
    private final double start;
    private final Optional<FlinkRest> rest;

    RunEnding(RecipeConfig config, JobLayout layout, PartitionTable table, EventOutput events, double start,
            Optional<FlinkRest> rest) {
        this.config = config;
        this.layout = layout;
        this.table = table;
        this.events = events;
        this.start = start;
        this.rest = rest;
    }

    JobRunner.Outcome await(JobClient client) throws IOException {
        try {
            client.getJobExecutionResult().get();
        } catch (ExecutionException | InterruptedException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            if (summary().map(s -> JobSummary.STOPPED.equals(s.status())).orElse(false)) {
                return stopped(null);
            }
            return failed(e);
        }
        JobSummary summary = summary().orElseThrow();
        if (JobSummary.COMPLETED.equals(summary.status())) {
            reportSkippedLines();
            return new JobRunner.Outcome(JobRunner.Status.COMPLETED, layout.jobId(), layout.jobDir(),
                    String.format("job %s completed: %s rows exported to %s", layout.jobId(),
                            summary.get("output_rows"), summary.get("export_path")));
        }
        String savepoint = summary.string("savepoint_path");
        if (savepoint == null) {
            savepoint = rest.flatMap(r -> r.latestSavepoint(summary.string("flink_job_id"))).orElse(null);
        }
        return stopped(savepoint);
    }

    private Optional<JobSummary> summary() throws IOException {
        return JobSummary.load(layout.summaryFile());
    }

    private JobRunner.Outcome stopped(String savepoint) throws IOException {
        double end = now();
        JobSummary.update(layout.summaryFile(), s -> {
            s.set("status", JobSummary.STOPPED).set("end_time", end).set("duration", end - start);
            if (savepoint != null) {
                s.set("savepoint_path", savepoint);
            }
        });
        String how = savepoint == null ? "without a savepoint; the next run resumes from the stage checkpoints"
                : "with a savepoint at " + savepoint + "; the next run restores from it";
        events.writeNow(Event.of(EventType.JOB_STOPPED, layout.jobId()).status(JobSummary.STOPPED)
                .duration(end - start).checkpointPath(savepoint).message("Job stopped " + how).build());
        return new JobRunner.Outcome(JobRunner.Status.STOPPED, layout.jobId(), layout.jobDir(),
                "job " + layout.jobId() + " stopped " + how + "; resume with --job_id " + layout.jobId());
    }

    private JobRunner.Outcome failed(Throwable e) throws IOException {
        String message = FailureReport.describe(e, table);
        double end = now();
        LOG.error(LogMarkers.FILE_ONLY, "Job {} failed: {}", layout.jobId(), message, e);
        JobSummary.update(layout.summaryFile(), s -> s.set("status", JobSummary.FAILED).set("end_time", end)
                .set("duration", end - start).set("error_message", message));
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("status", JobSummary.FAILED);
        meta.put("duration_seconds", end - start);
        meta.put("failure_time", end);
        events.writeNow(Event.of(EventType.JOB_FAILED, layout.jobId()).status(JobSummary.FAILED)
                .error(message, rootType(e)).duration(end - start).message("Job failed: " + message)
                .metadata(meta).build());
        if (config.intermediateStorage().retentionPolicy() == RetentionPolicy.CLEANUP_ALL) {
            RetentionCleaner.deleteIntermediate(layout, config.intermediateStorage().preserveIntermediateData());
        }
        return new JobRunner.Outcome(JobRunner.Status.FAILED, layout.jobId(), layout.jobDir(), message);
    }

    /** With {@code skip_corrupt_lines}, says how many input lines were skipped, and which. */
    private void reportSkippedLines() throws IOException {
        if (!events.enabled()) {
            return;
        }
        long skipped = 0;
        List<Object> lines = new ArrayList<>();
        for (Event e : EventLog.read(events.eventFile())) {
            if (e.type() == EventType.PARTITION_COMPLETE
                    && e.metadata().get("corrupt_lines_skipped") instanceof Number n) {
                skipped += n.longValue();
                if (e.metadata().get("corrupt_lines") instanceof List<?> l) {
                    lines.addAll(l);
                }
            }
        }
        if (skipped > 0) {
            LOG.warn("skipped {} corrupt input line{}: {}{}", skipped, skipped == 1 ? "" : "s",
                    lines.stream().limit(5).map(Object::toString).collect(Collectors.joining("; ")),
                    skipped > 5 ? "; ..." : "");
        }
    }

    private static String rootType(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName();
    }

    private static double now() {
        return System.currentTimeMillis() / 1000.0;
    }
}
