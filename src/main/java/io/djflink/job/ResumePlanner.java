package io.djflink.job;

import io.djflink.partition.Partition;
import io.djflink.plan.ExecutionPlan;
import io.djflink.plan.PlannedOp;
import io.djflink.runtime.source.PartitionSplit;
import io.djflink.storage.jobdir.JobLayout;
import io.djflink.storage.outputs.OutputManifest;
import io.djflink.storage.outputs.PartitionOutputs;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides, from what earlier runs committed, where each partition resumes:
 * <ul>
 * <li>a partition whose final result is committed (by the same ops) is complete and skipped;</li>
 * <li>otherwise it resumes after the latest committed stage checkpoint computed by the same op
 * prefix (fingerprints), or from the input;</li>
 * <li>for every global op that some partition still goes through, the partitions that do not are
 * replayed from their digests (ghosts), so the op decides exactly as in an uninterrupted run; a
 * partition without a usable digest is recomputed through that op instead.</li>
 * </ul>
 * Stage checkpoints are never reused across a change of the ops that produced them.
 */
public final class ResumePlanner {

    private final ExecutionPlan plan;
    private final JobLayout layout;

    public ResumePlanner(ExecutionPlan plan, JobLayout layout) {
        this.plan = plan;
        this.layout = layout;
    }

    /** Where one partition stands. */
    public record PartitionState(Partition partition, boolean complete, int entryOp,
            PartitionSplit.StoredOutput stage, List<PartitionSplit.GhostFeed> ghosts) {

        boolean active() {
            return !complete;
        }
    }

    /** The result: every partition's state, and the splits this run reads. */
    public record Decision(List<PartitionState> partitions, List<PartitionSplit> splits) {

        public long completeCount() {
            return partitions.stream().filter(PartitionState::complete).count();
        }

        public List<PartitionState> resumedFromStage() {
            return partitions.stream().filter(p -> !p.complete() && p.entryOp() > 0).toList();
        }
    }

    public Decision decide(List<Partition> partitions) {
        List<PartitionState> states = new ArrayList<>();
        for (Partition p : partitions) {
            states.add(initialState(p));
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (PlannedOp op : plan.ops()) {
                if (op.global()) {
                    changed |= planGhosts(op, states);
                }
            }
        }
        List<PartitionSplit> splits = new ArrayList<>();
        for (PartitionState s : states) {
            if (s.active() || !s.ghosts().isEmpty()) {
                splits.add(new PartitionSplit(s.partition(), s.entryOp(), s.stage(), s.ghosts(), s.active(), null));
            }
        }
        return new Decision(states, splits);
    }

    private PartitionState initialState(Partition p) {
        if (committed(layout.resultDir(p.id()), plan.resultFingerprint()).isPresent()) {
            return new PartitionState(p, true, plan.size(), null, List.of());
        }
        return fromLatestStage(p, plan.size() - 1);
    }

    /** The partition resuming after its latest usable stage checkpoint taken after an op before {@code limit}. */
    private PartitionState fromLatestStage(Partition p, int limit) {
        for (int i = limit - 1; i >= 0; i--) {
            Path dir = layout.stageDir(i, p.id());
            Optional<OutputManifest> m = committed(dir, plan.op(i).fingerprint());
            if (m.isPresent()) {
                PartitionSplit.StoredOutput stage = new PartitionSplit.StoredOutput(dir.toString(), i,
                        plan.op(i).name(), m.get().format(), m.get().compression());
                return new PartitionState(p, false, i + 1, stage, List.of());
            }
        }
        return new PartitionState(p, false, 0, null, List.of());
    }

    /**
     * For global op {@code op}: partitions that skip it replay their digest, so that the op decides
     * as if they were there; without a usable digest they go through it again. An op that decides on
     * earlier samples only needs the partitions before the last one going through it; an op that
     * decides on the whole dataset needs all of them.
     *
     * @return whether some partition had to be moved back
     */
    private boolean planGhosts(PlannedOp op, List<PartitionState> states) {
        int lastThrough = -1;
        for (int i = 0; i < states.size(); i++) {
            if (goesThrough(states.get(i), op)) {
                lastThrough = i;
            }
        }
        if (lastThrough < 0) {
            return false;
        }
        int needed = op.scope() == PlannedOp.Scope.WHOLE_DATASET ? states.size() : lastThrough;
        boolean changed = false;
        for (int i = 0; i < needed; i++) {
            PartitionState s = states.get(i);
            if (goesThrough(s, op) || hasFeed(s, op.index())) {
                continue;
            }
            Path dir = layout.digestDir(op.index(), s.partition().id());
            Optional<OutputManifest> m = committed(dir, op.fingerprint());
            if (m.isPresent()) {
                List<PartitionSplit.GhostFeed> feeds = new ArrayList<>(s.ghosts());
                feeds.add(new PartitionSplit.GhostFeed(op.index(), new PartitionSplit.StoredOutput(dir.toString(),
                        op.index(), op.name(), m.get().format(), m.get().compression())));
                states.set(i, new PartitionState(s.partition(), s.complete(), s.entryOp(), s.stage(), feeds));
            } else {
                states.set(i, fromLatestStage(s.partition(), op.index()));
                changed = true;
            }
        }
        return changed;
    }

    private static boolean goesThrough(PartitionState s, PlannedOp op) {
        return s.active() && s.entryOp() <= op.index();
    }

    private static boolean hasFeed(PartitionState s, int opIndex) {
        return s.ghosts().stream().anyMatch(g -> g.opIndex() == opIndex);
    }

    private static Optional<OutputManifest> committed(Path dir, String fingerprint) {
        Optional<OutputManifest> m = PartitionOutputs.manifest(dir);
        if (m.isEmpty() || !m.get().fingerprint().equals(fingerprint)
                || PartitionOutputs.problem(dir, m.get(), true) != null) {
            return Optional.empty();
        }
        return m;
    }
}
