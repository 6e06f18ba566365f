package io.djflink.storage.jobdir;

import io.djflink.storage.outputs.PartitionOutputs;
import java.io.IOException;

/**
 * Removes a job's intermediate data at the end of a run, as {@code intermediate_storage.retention_policy}
 * decides: per-partition results, digests, Flink checkpoints and savepoints, and the stage
 * checkpoints unless {@code preserve_intermediate_data} keeps them.
 */
public final class RetentionCleaner {

    private RetentionCleaner() {
    }

    public static void deleteIntermediate(JobLayout layout, boolean preserveStageCheckpoints) throws IOException {
        PartitionOutputs.delete(layout.resultsDir());
        PartitionOutputs.delete(layout.flinkCheckpointsDir());
        PartitionOutputs.delete(layout.savepointsDir());
        if (preserveStageCheckpoints) {
            PartitionOutputs.deleteMatching(layout.checkpointsDir(), "digest_op_");
        } else {
            PartitionOutputs.delete(layout.checkpointsDir());
        }
    }
}
