package io.djflink.plan;

import io.djflink.config.CheckpointStrategy;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Where a checkpoint strategy materialises partitions: the indices of the ops after which each
 * partition's records are written, with DataJuicer's rules ({@code should_checkpoint}).
 */
public final class StageBoundaries {

    private StageBoundaries() {
    }

    /**
     * @param opNames the recipe's op names in order
     * @param nOps {@code checkpoint.n_ops}
     * @param manualNames {@code checkpoint.op_names}
     */
    public static Set<Integer> of(CheckpointStrategy strategy, List<String> opNames, int nOps, List<String> manualNames) {
        Set<Integer> after = new TreeSet<>();
        for (int i = 0; i < opNames.size(); i++) {
            boolean boundary = switch (strategy) {
                case EVERY_OP -> true;
                case EVERY_N_OPS -> (i + 1) % nOps == 0;
                case MANUAL -> manualNames.contains(opNames.get(i));
                case DISABLED -> false;
            };
            if (boundary) {
                after.add(i);
            }
        }
        return after;
    }
}
