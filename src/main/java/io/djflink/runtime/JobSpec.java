package io.djflink.runtime;

import io.djflink.config.RecipeConfig;
import io.djflink.config.RetentionPolicy;
import io.djflink.partition.PartitionTable;
import io.djflink.plan.ExecutionPlan;
import io.djflink.plan.RowLoading;
import io.djflink.runtime.eventlog.EventOutput;
import io.djflink.runtime.operators.ExportCommitter;
import io.djflink.runtime.session.FlinkSession;
import io.djflink.runtime.source.PartitionSplit;
import io.djflink.runtime.source.SplitOpener;
import io.djflink.storage.jobdir.JobLayout;
import io.djflink.storage.records.RecordEncoding;
import java.util.List;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/** Everything needed to build and submit one run's Flink job. */
public final class JobSpec {

    private final String name;
    private final ExecutionPlan plan;
    private final Topology.Settings settings;

    private JobSpec(String name, ExecutionPlan plan, Topology.Settings settings) {
        this.name = name;
        this.plan = plan;
        this.settings = settings;
    }

    public static JobSpec of(RecipeConfig config, ExecutionPlan plan, JobLayout layout, PartitionTable table,
            List<PartitionSplit> splits, EventOutput events) {
        RetentionPolicy retention = config.intermediateStorage().retentionPolicy();
        ExportCommitter.Settings export = new ExportCommitter.Settings(layout, config.exportPathFor(layout.jobId()),
                table.partitions().size(), plan.resultFingerprint(), table.totalRows(),
                retention != RetentionPolicy.KEEP_ALL, config.intermediateStorage().preserveIntermediateData());
        Topology.Settings settings = new Topology.Settings(layout, events, splits, table.partitions().size(),
                new SplitOpener(config.skipCorruptLines(), RowLoading.forRecipe(config, plan)),
                RecordEncoding.of(config.intermediateStorage().format(), config.intermediateStorage().compression()),
                config.skipOpError(), config.keepStatsInResDs(), config.keepHashesInResDs(), export);
        return new JobSpec("dj-flink " + config.projectName() + " " + layout.jobId(), plan, settings);
    }

    /** Builds the topology on a fresh environment of {@code session} and submits it. */
    public JobClient submit(FlinkSession session, Configuration jobConf) throws Exception {
        StreamExecutionEnvironment env = session.environment(jobConf);
        Topology.build(env, plan, settings);
        return session.submit(env, name);
    }
}
