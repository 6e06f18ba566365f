package io.djflink.job;

import io.djflink.config.RecipeConfig;
import io.djflink.events.Event;
import io.djflink.events.EventType;
import io.djflink.events.JobSummary;
import io.djflink.json.Json;
import io.djflink.partition.PartitionTable;
import io.djflink.plan.DagPlan;
import io.djflink.plan.ExecutionPlan;
import io.djflink.plan.PlannedOp;
import io.djflink.storage.jobdir.JobLayout;
import io.djflink.storage.outputs.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a run records about itself in the job directory: the configuration as run and the op
 * fingerprints ({@code metadata/}), the DAG plan, {@code job_summary.json} and the first event.
 */
final class RunRecords {

    private final RecipeConfig config;
    private final JobLayout layout;
    private final ExecutionPlan plan;
    private final PartitionTable table;

    RunRecords(RecipeConfig config, JobLayout layout, ExecutionPlan plan, PartitionTable table) {
        this.config = config;
        this.layout = layout;
        this.plan = plan;
        this.table = table;
    }

    String jobId() {
        return layout.jobId();
    }

    void writeMetadata() throws IOException {
        Files.createDirectories(layout.metadataDir());
        write(layout.metadataDir().resolve("config.json"), config.asRun());
        List<Map<String, Object>> ops = new ArrayList<>();
        for (PlannedOp op : plan.ops()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("operation_idx", op.index());
            m.put("operation_name", op.name());
            m.put("prefix_fingerprint", op.fingerprint());
            m.put("checkpoint_after", plan.checkpointAfter().contains(op.index()));
            ops.add(m);
        }
        Map<String, Object> fp = new LinkedHashMap<>();
        fp.put("operations", ops);
        fp.put("result_fingerprint", plan.resultFingerprint());
        write(layout.metadataDir().resolve("fingerprints.json"), fp);
        write(layout.dagPlanFile(), DagPlan.describe(plan, table, now()));
    }

    void markRunning(double start, Path eventFile, boolean resuming, String restoreKey, String restoredFrom)
            throws IOException {
        JobSummary.update(layout.summaryFile(), s -> {
            if (s.get("first_start_time") == null) {
                s.set("first_start_time", start);
            }
            Object runs = s.get("run_count");
            s.set("job_id", layout.jobId()).set("status", JobSummary.RUNNING).set("start_time", start)
                    .remove("end_time").remove("duration").remove("error_message").remove("savepoint_path")
                    .set("run_count", runs instanceof Number n ? n.intValue() + 1 : 1)
                    .set("resumed", resuming)
                    .set("project_name", config.projectName())
                    .set("dataset_path", config.datasetPath())
                    .set("export_path", config.exportPathFor(layout.jobId()))
                    .set("work_dir", config.workDir())
                    .set("job_dir", layout.jobDir().toString())
                    .set("config_file", config.configFile() == null ? null : config.configFile().toString())
                    .set("executor_type", "flink_partitioned")
                    .set("np", config.np())
                    .set("checkpoint_strategy", plan.strategy().configName())
                    .set("storage_format", config.intermediateStorage().format().configName())
                    .set("compression", config.intermediateStorage().compression().configName())
                    .set("total_partitions", table.partitions().size())
                    .set("total_samples", table.totalRows())
                    .set("input_rows", table.totalRows())
                    .set("result_fingerprint", plan.resultFingerprint())
                    .set("event_log_file", eventFile.toString())
                    .set("process_id", ProcessHandle.current().pid())
                    .set("resumption_command", resumptionCommand())
                    .set("flink_restore_key", restoreKey)
                    .set("restored_from", restoredFrom)
                    .remove("stop_time").remove("stop_reason").remove("flink_job_id").remove("flink_rest_url");
        });
    }

    void recordFlinkJob(String flinkJobId, String restUrl) throws IOException {
        JobSummary.update(layout.summaryFile(), s -> s.set("flink_job_id", flinkJobId).set("flink_rest_url", restUrl));
        Map<String, Object> control = new LinkedHashMap<>();
        control.put("flink_job_id", flinkJobId);
        control.put("rest_url", restUrl);
        control.put("process_id", ProcessHandle.current().pid());
        write(layout.controlFile(), control);
    }

    Event jobStartEvent(boolean resuming, ResumePlanner.Decision decision, Optional<RecipeChange> change) {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("num_partitions", table.partitions().size());
        meta.put("checkpoint_enabled", config.checkpoint().enabled());
        meta.put("checkpoint_strategy", plan.strategy().configName());
        meta.put("is_resuming", resuming);
        meta.put("job_id", layout.jobId());
        meta.put("user_provided_job_id", config.jobId() != null);
        meta.put("partitions_complete", decision.completeCount());
        meta.put("partitions_resumed_from_checkpoint", decision.resumedFromStage().size());
        change.ifPresent(c -> {
            meta.put("recipe_changed_at_op", c.firstChangedOp());
            meta.put("recipe_change", c.description());
        });
        Map<String, Object> cfg = new LinkedHashMap<>();
        cfg.put("dataset_path", config.datasetPath());
        cfg.put("export_path", config.exportPathFor(layout.jobId()));
        cfg.put("work_dir", config.workDir());
        cfg.put("executor_type", "flink_partitioned");
        cfg.put("np", config.np());
        cfg.put("storage_format", config.intermediateStorage().format().configName());
        cfg.put("compression", config.intermediateStorage().compression().configName());
        return Event.of(EventType.JOB_START, layout.jobId())
                .message(resuming ? "Resuming partitioned dataset processing" : "Starting partitioned dataset processing")
                .set("config", cfg).set("total_partitions", (long) table.partitions().size())
                .metadata(meta).build();
    }

    private String resumptionCommand() {
        return "bin/dj-process --config " + (config.configFile() == null ? "<recipe.yaml>" : config.configFile())
                + " --job_id " + layout.jobId();
    }

    private static void write(Path file, Object value) throws IOException {
        AtomicFiles.write(file, Json.pretty().writeValueAsBytes(value));
    }

    private static double now() {
        return System.currentTimeMillis() / 1000.0;
    }
}
