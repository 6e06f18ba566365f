package io.djflink.plan;

import io.djflink.partition.PartitionAnalysis;
import io.djflink.partition.PartitionTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code dag_execution_plan.json}: the ops as DataJuicer-style nodes ({@code op_001_name}), the edges
 * between them, where the checkpoint strategy materialises partitions, and the Flink operator
 * chains that result (the chain is broken after every stage checkpoint).
 */
public final class DagPlan {

    private DagPlan() {
    }

    public static Map<String, Object> describe(ExecutionPlan plan, PartitionTable table, double createdAt) {
        Map<String, Object> nodes = new LinkedHashMap<>();
        List<List<String>> edges = new ArrayList<>();
        String previous = null;
        for (PlannedOp op : plan.ops()) {
            String id = nodeId(op);
            Map<String, Object> node = new LinkedHashMap<>();
            node.put("node_id", id);
            node.put("operation_name", op.name());
            node.put("operation_idx", op.index());
            node.put("node_type", op.global() ? "global_operation" : "partition_operation");
            node.put("op_kind", op.kind().label());
            node.put("flink_operator", op.operatorName());
            node.put("checkpoint_after", plan.checkpointAfter().contains(op.index()));
            node.put("execution_order", op.index() + 1);
            node.put("dependencies", previous == null ? List.of() : List.of(previous));
            node.put("fingerprint", op.fingerprint());
            node.put("config", op.args());
            nodes.put(id, node);
            if (previous != null) {
                edges.add(List.of(previous, id));
            }
            previous = id;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("nodes", nodes);
        out.put("edges", edges);
        out.put("checkpoint_strategy", plan.strategy().configName());
        out.put("stage_boundaries", new ArrayList<>(plan.checkpointAfter()));
        out.put("chains", chains(plan));
        out.put("partitioning", partitioning(table));
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("created_at", createdAt);
        meta.put("total_nodes", nodes.size());
        meta.put("partitions", table.partitions().size());
        out.put("metadata", meta);
        return out;
    }

    /** How the input was partitioned: mode, count and, in auto mode, the modality and size it was cut for. */
    private static Map<String, Object> partitioning(PartitionTable table) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("mode", table.mode().configName());
        p.put("partitions", table.partitions().size());
        p.put("total_rows", table.totalRows());
        PartitionAnalysis analysis = table.analysis();
        if (analysis != null) {
            p.put("modality", analysis.primaryModality().configName());
            p.put("rows_per_partition", analysis.rowsPerPartition());
            p.put("max_rows_per_partition", analysis.primaryModality().maxRows());
            p.put("p90_row_bytes", analysis.p90RowBytes());
            p.put("rows_with_media", analysis.rowsWithMedia());
            p.put("target_size_mb", analysis.targetSizeMb());
        }
        p.put("reason", table.reason());
        return p;
    }

    /** DataJuicer's node id: {@code op_{idx+1:03d}_{name}}. */
    public static String nodeId(PlannedOp op) {
        return String.format("op_%03d_%s", op.index() + 1, op.name());
    }

    /**
     * The Flink operator chains, in order: a chain ends after a stage checkpoint writer and around
     * every global op (which needs a shuffle; a whole-dataset op also a single decider).
     */
    private static List<List<String>> chains(ExecutionPlan plan) {
        List<List<String>> chains = new ArrayList<>();
        List<String> current = new ArrayList<>(List.of("read_partitions", "partitions"));
        for (PlannedOp op : plan.ops()) {
            if (op.scope() == PlannedOp.Scope.EARLIER_SAMPLES) {
                current.add(op.operatorName() + "_hash");
                chains.add(current);
                chains.add(new ArrayList<>(List.of(op.operatorName())));
                current = new ArrayList<>(List.of(op.operatorName() + "_resequence"));
            } else if (op.scope() == PlannedOp.Scope.WHOLE_DATASET) {
                current.add(op.operatorName() + "_digest");
                chains.add(current);
                chains.add(new ArrayList<>(List.of(op.operatorName() + "_decide")));
                current = new ArrayList<>(List.of(op.operatorName()));
            } else {
                current.add(op.operatorName());
            }
            if (plan.stageWriters().contains(op.index())) {
                current.add(op.operatorName() + "_checkpoint");
                chains.add(current);
                current = new ArrayList<>();
            }
        }
        current.add("write_results");
        chains.add(current);
        chains.add(List.of("export"));
        return chains;
    }
}
