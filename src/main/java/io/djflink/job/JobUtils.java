package io.djflink.job;

import com.fasterxml.jackson.databind.JsonNode;
import io.djflink.events.Event;
import io.djflink.events.EventLog;
import io.djflink.events.EventTail;
import io.djflink.events.JobSummary;
import io.djflink.job.JobProgress.Overall;
import io.djflink.job.JobProgress.Partition;
import io.djflink.json.Json;
import io.djflink.partition.PartitionTable;
import io.djflink.partition.PartitionTableStore;
import io.djflink.storage.jobdir.JobLayout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a job directory says about its job: summary, events, the status of each partition and the
 * overall progress. An instance follows the job: each {@link #progress()} reads only what the
 * event logs gained since the last call, so watching a long job stays cheap.
 */
public final class JobUtils {

    /** Flink job states in which the job still runs (or is about to). */
    private static final Set<String> ACTIVE_FLINK_STATES = Set.of("INITIALIZING", "CREATED", "RUNNING",
            "RESTARTING", "FAILING", "CANCELLING", "RECONCILING");

    private final JobLayout layout;
    private final Map<Path, EventTail> tails = new LinkedHashMap<>();
    private final ProgressTracker tracker = new ProgressTracker();
    private PartitionTable table;

    private JobUtils(Path jobDir) {
        this.layout = new JobLayout(jobDir);
    }

    /** @throws UnknownJobException when {@code baseDir} holds no such job; the message lists those it holds */
    public static JobUtils open(Path baseDir, String jobId) throws IOException {
        return new JobUtils(JobDirectories.locate(baseDir, jobId));
    }

    public static JobUtils forJobDir(Path jobDir) {
        return new JobUtils(jobDir);
    }

    /** Every job under {@code baseDir} (see {@link JobDirectories}), latest start first. */
    public static List<JobInfo> listJobs(Path baseDir) throws IOException {
        List<JobInfo> jobs = new ArrayList<>();
        for (Path dir : JobDirectories.find(baseDir)) {
            jobs.add(JobInfo.of(forJobDir(dir).progress()));
        }
        jobs.sort(Comparator.comparing((JobInfo j) -> j.startTime() == null ? 0 : j.startTime()).reversed());
        return jobs;
    }

    /** The jobs under {@code baseDir} that a live process (or a cluster) is running now. */
    public static List<JobInfo> listRunningJobs(Path baseDir) throws IOException {
        return listJobs(baseDir).stream().filter(j -> j.state() == JobState.RUNNING).toList();
    }

    public String jobId() {
        return layout.jobId();
    }

    public Path jobDir() {
        return layout.jobDir();
    }

    public Optional<JobSummary> loadSummary() throws IOException {
        return JobSummary.load(layout.summaryFile());
    }

    /** Every event of every run, run by run, each run's in the order written. */
    public List<Event> loadEvents() throws IOException {
        List<Event> all = new ArrayList<>();
        for (Path file : EventLog.files(layout.jobDir())) {
            all.addAll(EventLog.read(file));
        }
        return all;
    }

    /** Whether a live {@code dj-process} holds the job (see {@link JobLock}). */
    public boolean processAlive() {
        return JobLock.isHeld(layout.lockFile());
    }

    public List<Partition> partitionStatus() throws IOException {
        return progress().partitions();
    }

    public Overall overallProgress() throws IOException {
        return progress().overall();
    }

    /** The job's progress now, from its directory (and whether its process is alive). */
    public JobProgress progress() throws IOException {
        JobSummary summary = loadSummary().orElseGet(JobSummary::create);
        follow();
        boolean alive = processAlive();
        JobState state = JobState.of(summary.status(), alive || runsOnCluster(summary));
        double now = System.currentTimeMillis() / 1000.0;
        Double start = summary.number("start_time");
        Double end = summary.number("end_time");
        double runStart = start == null ? Double.NEGATIVE_INFINITY : start;
        PartitionTable input = partitionTable();
        int count = input != null ? input.partitions().size() : (int) whole(summary, "total_partitions");
        long totalRows = input != null ? input.totalRows() : whole(summary, "input_rows");
        List<String> ops = opNames();
        List<Partition> partitions = tracker.partitions(input, ops, count, state == JobState.RUNNING, runStart);
        double elapsed = start == null ? 0 : Math.max(0, elapsedUntil(state, end, now) - start);
        Overall overall = OverallProgress.of(partitions, totalRows, runStart, elapsed, state);
        Double pid = summary.number("process_id");
        return new JobProgress(layout.jobId(), layout.jobDir().toString(), state, summary.string("dataset_path"),
                summary.string("export_path"), ops, pid == null ? null : pid.longValue(), alive,
                (int) whole(summary, "run_count"), start, end, summary.string("error_message"),
                summary.string("savepoint_path"), summary.string("resumption_command"), overall, partitions);
    }

    /** Feeds the tracker what every event log gained since the last call, including logs of new runs. */
    private void follow() throws IOException {
        for (Path file : EventLog.files(layout.jobDir())) {
            tails.computeIfAbsent(file, EventTail::new);
        }
        for (EventTail tail : tails.values()) {
            tail.poll().forEach(tracker::accept);
        }
    }

    /** The job's partitions, or null before they are planned; read once, as they never change. */
    private PartitionTable partitionTable() throws IOException {
        if (table == null && PartitionTableStore.exists(layout.jobDir())) {
            table = PartitionTableStore.read(layout.jobDir());
        }
        return table;
    }

    /** The ops of the latest run's recipe, as it recorded them in {@code metadata/fingerprints.json}. */
    private List<String> opNames() throws IOException {
        Path file = layout.metadataDir().resolve("fingerprints.json");
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        for (JsonNode op : Json.mapper().readTree(file.toFile()).path("operations")) {
            names.add(op.path("operation_name").asText());
        }
        return names;
    }

    private static long whole(JobSummary summary, String field) {
        Double v = summary.number(field);
        return v == null ? 0 : v.longValue();
    }

    /** A run that ended without recording it (its process died) ended with its last event. */
    private double elapsedUntil(JobState state, Double end, double now) {
        if (state == JobState.RUNNING) {
            return now;
        }
        return end != null ? end : tracker.lastEventTime();
    }

    /** A job submitted to a cluster keeps running there without a local process. */
    private static boolean runsOnCluster(JobSummary summary) {
        String rest = summary.string("flink_rest_url");
        String flinkJob = summary.string("flink_job_id");
        if (!JobSummary.RUNNING.equals(summary.status()) || rest == null || flinkJob == null) {
            return false;
        }
        return new FlinkRest(rest).jobState(flinkJob).filter(ACTIVE_FLINK_STATES::contains).isPresent();
    }
}
