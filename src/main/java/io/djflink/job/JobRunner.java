package io.djflink.job;

import io.djflink.config.RecipeConfig;
import io.djflink.events.Event;
import io.djflink.events.EventLog;
import io.djflink.events.EventType;
import io.djflink.events.JobSummary;
import io.djflink.ops.OpRegistry;
import io.djflink.partition.InputChangeCheck;
import io.djflink.partition.PartitionPlanner;
import io.djflink.partition.PartitionTable;
import io.djflink.partition.PartitionTableStore;
import io.djflink.plan.ExecutionPlan;
import io.djflink.runtime.JobSpec;
import io.djflink.runtime.eventlog.EventOutput;
import io.djflink.runtime.session.FlinkJobConfig;
import io.djflink.runtime.session.FlinkSession;
import io.djflink.storage.input.InputDiscovery;
import io.djflink.storage.jobdir.JobLayout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.core.execution.JobClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a recipe as one job: resolves the job directory, takes the job lock, plans (or re-reads and
 * validates) the partitions, decides what earlier runs already did, records the run (summary,
 * events, DAG plan, metadata), runs the Flink job and records how it ended.
 */
public final class JobRunner {

    private static final Logger LOG = LoggerFactory.getLogger(JobRunner.class);

    /** How a run ended. */
    public enum Status {
        COMPLETED,
        ALREADY_COMPLETE,
        FAILED,
        STOPPED,
        /** Submitted to a cluster without waiting ({@code flink run -d}). */
        SUBMITTED
    }

    /** @param message one line for the user */
    public record Outcome(Status status, String jobId, Path jobDir, String message) {
    }

    /**
     * @param flinkConfDir where {@code config.yaml} lives (null: none)
     * @param console where progress lines go
     * @param progress how the running job's progress is shown while the runner waits for it
     */
    public record Options(Path flinkConfDir, Consumer<String> console, ConsoleProgress.Settings progress) {

        /** Without a live progress display. */
        public Options(Path flinkConfDir, Consumer<String> console) {
            this(flinkConfDir, console, ConsoleProgress.Settings.OFF);
        }
    }

    private final Options options;

    public JobRunner(Options options) {
        this.options = options;
    }

    public Outcome run(RecipeConfig config) throws Exception {
        String jobId = config.jobId() != null ? config.jobId() : JobIds.newId();
        JobLayout layout = new JobLayout(Path.of(config.workDir()).resolve(jobId));
        Files.createDirectories(layout.logsDir());
        try (JobLock lock = JobLock.acquire(layout.lockFile(), jobId);
                JobLogFile log = JobLogFile.attach(layout.logsDir().resolve(logFileName()))) {
            return runLocked(config, layout);
        }
    }

    private Outcome runLocked(RecipeConfig config, JobLayout layout) throws Exception {
        String jobId = layout.jobId();
        ExecutionPlan plan = ExecutionPlan.of(config, OpRegistry.defaults());
        Optional<JobSummary> previous = JobSummary.load(layout.summaryFile());
        if (alreadyComplete(previous, plan, config, layout)) {
            return new Outcome(Status.ALREADY_COMPLETE, jobId, layout.jobDir(),
                    "job " + jobId + " is already complete; export at " + config.exportPathFor(layout.jobId()));
        }
        try (FlinkSession session = FlinkSession.open(FlinkJobConfig.build(config, layout, options.flinkConfDir(), null),
                config.flink(), config.np())) {
            return runWith(session, config, layout, plan, previous);
        }
    }

    /** Plans and runs the job while {@code session} (an embedded Flink) starts up. */
    private Outcome runWith(FlinkSession session, RecipeConfig config, JobLayout layout, ExecutionPlan plan,
            Optional<JobSummary> previous) throws Exception {
        String jobId = layout.jobId();
        boolean resuming = PartitionTableStore.exists(layout.jobDir());
        PartitionTable table = resuming ? verifiedTable(config, layout) : plannedTable(config, layout);
        ResumePlanner.Decision decision = new ResumePlanner(plan, layout).decide(table.partitions());
        Optional<RecipeChange> change = RecipeChange.between(layout.metadataDir().resolve("fingerprints.json"), plan);
        RunRecords records = new RunRecords(config, layout, plan, table);
        records.writeMetadata();
        reportResume(resuming, decision, records, change);

        Path eventFile = layout.jobDir().resolve(EventLog.newFileName(ZonedDateTime.now(ZoneOffset.UTC)));
        EventOutput events = new EventOutput(jobId, config.eventLoggingEnabled() ? eventFile : null);
        String restoreKey = FlinkRestorePoint.key(config, plan, table);
        Optional<String> restorePoint = restorePoint(session, layout, previous, restoreKey);
        double start = now();
        records.markRunning(start, eventFile, resuming, restoreKey, restorePoint.orElse(null));
        events.writeNow(records.jobStartEvent(resuming, decision, change));
        if (restorePoint.isPresent()) {
            reportRestore(restorePoint.get(), events);
        }

        Configuration jobConf = FlinkJobConfig.build(config, layout, options.flinkConfDir(), restorePoint.orElse(null));
        JobClient client = JobSpec.of(config, plan, layout, table, decision.splits(), events).submit(session, jobConf);
        Optional<String> restUrl = session.restAddress().map(Object::toString);
        records.recordFlinkJob(client.getJobID().toString(), restUrl.orElse(null));
        options.console().accept("Job " + jobId + " running on Flink (job " + client.getJobID() + ")"
                + restUrl.map(u -> ", web UI/REST at " + u).orElse(""));
        if (!session.attached()) {
            return new Outcome(Status.SUBMITTED, jobId, layout.jobDir(), "job " + jobId + " submitted; it writes "
                    + "its export, events and summary itself; follow it with: bin/dj-job monitor " + jobId);
        }
        try (ConsoleProgress progress = ConsoleProgress.start(options.progress(), layout.jobDir())) {
            return new RunEnding(config, layout, table, events, start, restUrl.map(FlinkRest::new)).await(client);
        }
    }

    /** The savepoint given to {@code flink run -s}, else what the previous run left ({@link FlinkRestorePoint}). */
    private static Optional<String> restorePoint(FlinkSession session, JobLayout layout, Optional<JobSummary> previous,
            String restoreKey) throws IOException {
        Optional<String> requested = session.requestedRestorePath();
        if (requested.isPresent() || previous.isEmpty()) {
            return requested;
        }
        return FlinkRestorePoint.find(layout, previous.get(), restoreKey);
    }

    private boolean alreadyComplete(Optional<JobSummary> previous, ExecutionPlan plan, RecipeConfig config,
            JobLayout layout) {
        return previous.isPresent() && JobSummary.COMPLETED.equals(previous.get().status())
                && plan.resultFingerprint().equals(previous.get().string("result_fingerprint"))
                && Files.isRegularFile(Path.of(config.exportPathFor(layout.jobId())));
    }

    private PartitionTable plannedTable(RecipeConfig config, JobLayout layout) throws IOException {
        PartitionTable table = PartitionPlanner.forRecipe(config).plan();
        PartitionTableStore.write(layout.jobDir(), table);
        return table;
    }

    /** The partitions of an earlier run, after checking that the input is still what they were cut from. */
    private PartitionTable verifiedTable(RecipeConfig config, JobLayout layout) throws IOException {
        PartitionTable table = PartitionTableStore.read(layout.jobDir());
        InputChangeCheck.check(table, InputDiscovery.discover(config.datasetPath())).requireUnchanged();
        return table;
    }

    private void reportResume(boolean resuming, ResumePlanner.Decision d, RunRecords records,
            Optional<RecipeChange> change) {
        if (!resuming) {
            return;
        }
        change.ifPresent(c -> {
            String line = "Job " + records.jobId() + ": " + c.description();
            LOG.warn(line);
        });
        String line = String.format("Resuming job %s: %d of %d partitions already complete, %d resume from stage"
                + " checkpoints", records.jobId(), d.completeCount(), d.partitions().size(), d.resumedFromStage().size());
        LOG.info(line);
        options.console().accept(line);
        for (ResumePlanner.PartitionState s : d.resumedFromStage()) {
            LOG.info("Partition {} resumes after op {} ({})", s.partition().id(), s.entryOp() - 1, s.stage().dir());
        }
    }

    /** Flink restores every partition's progress and the global ops' state from the savepoint or checkpoint. */
    private void reportRestore(String restorePoint, EventOutput events) {
        String line = "Restoring Flink state from " + restorePoint;
        LOG.info(line);
        options.console().accept(line);
        events.writeNow(Event.of(EventType.CHECKPOINT_LOAD, events.jobId()).checkpointPath(restorePoint)
                .message("Restoring the job's Flink state (all partitions) from " + restorePoint)
                .metadata(Map.of("checkpoint_path", restorePoint, "kind", "flink_state")).build());
    }

    private static String logFileName() {
        return "dj-flink_" + EventLog.newFileName(ZonedDateTime.now(ZoneOffset.UTC))
                .replace("events_", "").replace(".jsonl", "") + ".log";
    }

    private static double now() {
        return System.currentTimeMillis() / 1000.0;
    }
}
