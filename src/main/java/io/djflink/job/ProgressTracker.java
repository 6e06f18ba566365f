package io.djflink.job;

import io.djflink.events.Event;
import io.djflink.events.EventType;
import io.djflink.job.JobProgress.Checkpoint;
import io.djflink.job.JobProgress.Op;
import io.djflink.job.JobProgress.Status;
import io.djflink.partition.Partition;
import io.djflink.partition.PartitionTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Folds a job's events, over all its runs, into the state of each partition and each of its ops.
 *
 * <p>Events arrive in any order and may repeat (several writers share the log; Flink replays a
 * stretch of work after an in-job restart), so each partition and each (partition, op) keeps the
 * state of its latest event by timestamp, whatever order the events are fed in.
 */
final class ProgressTracker {

    private final Map<Integer, PartitionTrack> partitions = new TreeMap<>();
    private double lastEventTime = Double.NEGATIVE_INFINITY;

    void accept(Event e) {
        lastEventTime = Math.max(lastEventTime, e.timestamp());
        Integer id = e.partitionId();
        if (id == null) {
            return;
        }
        PartitionTrack p = partitions.computeIfAbsent(id, k -> new PartitionTrack());
        double t = e.timestamp();
        switch (e.type()) {
            case PARTITION_START -> p.start(t, e.metadata().get("entry_operation_idx"));
            case PARTITION_COMPLETE -> p.end(t, Status.COMPLETED, e.longField("output_rows"), null);
            case PARTITION_FAILED -> p.end(t, Status.FAILED, null, (String) e.get("error_message"));
            case OP_START, OP_COMPLETE, OP_FAILED, CHECKPOINT_SAVE -> p.opEvent(e);
            default -> {
            }
        }
    }

    /** When the latest event happened (negative infinity before any). */
    double lastEventTime() {
        return lastEventTime;
    }

    /**
     * @param table the job's partitions (null while it is being planned)
     * @param opNames the recipe's ops, in order
     * @param count how many partitions the job has
     * @param jobRunning whether the job still runs; if not, what was running was interrupted
     * @param runStart when the latest run started: what ran before it and did not finish waits to resume
     */
    List<JobProgress.Partition> partitions(PartitionTable table, List<String> opNames, int count, boolean jobRunning,
            double runStart) {
        List<JobProgress.Partition> out = new ArrayList<>();
        for (int id = 0; id < count; id++) {
            Partition input = table != null && id < table.partitions().size() ? table.partition(id) : null;
            PartitionTrack track = partitions.getOrDefault(id, new PartitionTrack());
            out.add(track.snapshot(id, input, opNames, jobRunning, runStart));
        }
        return out;
    }

    private static final class PartitionTrack {
        private Status status = Status.PENDING;
        private double since = Double.NEGATIVE_INFINITY;
        private double lastStart = Double.NEGATIVE_INFINITY;
        private int entryOp;
        private Long outputRows;
        private String error;
        private final Map<Integer, OpTrack> ops = new TreeMap<>();
        private final Map<Integer, Checkpoint> checkpoints = new TreeMap<>();

        /**
         * A new attempt; ops that an earlier attempt left running were interrupted with it.
         *
         * @param entryOp the first op it runs (later than 0 when it resumes from a stage checkpoint)
         */
        void start(double t, Object entryOp) {
            if (t >= lastStart) {
                lastStart = t;
                this.entryOp = entryOp instanceof Number n ? n.intValue() : 0;
            }
            if (t >= since) {
                status = Status.RUNNING;
                since = t;
                error = null;
            }
        }

        void end(double t, Status result, Long rows, String message) {
            if (t >= since) {
                status = result;
                since = t;
                outputRows = rows;
                error = message;
            }
        }

        /**
         * The furthest op the partition's rows have reached; when none is running, the op they wait
         * for (queued behind other partitions' rows); null once they are past the last op.
         */
        private Op current(List<Op> opList, List<String> opNames) {
            Op furthest = opList.stream().filter(o -> o.status() == Status.RUNNING).reduce((a, b) -> b).orElse(null);
            if (furthest != null) {
                return furthest;
            }
            int next = ops.entrySet().stream()
                    .filter(o -> o.getValue().status == Status.COMPLETED && o.getValue().since >= lastStart)
                    .mapToInt(o -> o.getKey() + 1).max().orElse(entryOp);
            return next < opNames.size()
                    ? new Op(next, opNames.get(next), Status.PENDING, null, null, null, null, null, null, null, null)
                    : null;
        }

        void opEvent(Event e) {
            Integer index = e.operationIdx();
            if (index == null) {
                return;
            }
            if (e.type() == EventType.CHECKPOINT_SAVE) {
                checkpoint(e);
                return;
            }
            OpTrack op = ops.computeIfAbsent(index, k -> new OpTrack((String) e.get("operation_name")));
            switch (e.type()) {
                case OP_START -> op.update(e.timestamp(), Status.RUNNING, null);
                case OP_COMPLETE -> op.update(e.timestamp(), Status.COMPLETED, e);
                default -> op.update(e.timestamp(), Status.FAILED, e);
            }
        }

        private void checkpoint(Event e) {
            Map<String, Object> meta = e.metadata();
            Checkpoint c = new Checkpoint(e.partitionId(), e.operationIdx(), (String) e.get("operation_name"),
                    e.timestamp(), asLong(meta.get("bytes")), asLong(meta.get("row_count")),
                    (String) e.get("checkpoint_path"));
            checkpoints.merge(c.opIndex(), c, (old, fresh) -> fresh.time() >= old.time() ? fresh : old);
        }

        JobProgress.Partition snapshot(int id, Partition input, List<String> opNames, boolean jobRunning,
                double runStart) {
            Status shown = status;
            if (status == Status.RUNNING && !jobRunning) {
                shown = Status.INTERRUPTED;
            } else if (status == Status.RUNNING && since < runStart) {
                shown = Status.PENDING;
            }
            double bytesPerRow = input == null || input.rowCount() == 0 ? 0 : input.bytes() / (double) input.rowCount();
            boolean opsLive = shown == Status.RUNNING;
            List<Op> opList = ops.entrySet().stream()
                    .filter(o -> !o.getValue().leftRunningBefore(lastStart))
                    .map(o -> o.getValue().snapshot(o.getKey(), bytesPerRow, opsLive)).toList();
            Op current = opsLive ? current(opList, opNames) : null;
            int completed = (int) opList.stream().filter(o -> o.status() == Status.COMPLETED).count();
            boolean ended = status == Status.COMPLETED || status == Status.FAILED;
            return new JobProgress.Partition(id, shown, input == null ? 0 : input.rowCount(),
                    input == null ? 0 : input.bytes(), outputRows, current, completed,
                    lastStart > Double.NEGATIVE_INFINITY ? lastStart : null, ended ? since : null, error, opList,
                    List.copyOf(checkpoints.values()));
        }
    }

    private static final class OpTrack {
        private final String name;
        private Status status;
        private double since = Double.NEGATIVE_INFINITY;
        private Event result;

        OpTrack(String name) {
            this.name = name;
        }

        /** Started by an attempt that a later one replaced. */
        boolean leftRunningBefore(double attemptStart) {
            return status == Status.RUNNING && since < attemptStart;
        }

        /** @param event the completion or failure, with its numbers */
        void update(double t, Status s, Event event) {
            if (t >= since) {
                status = s;
                since = t;
                result = event;
            }
        }

        Op snapshot(int index, double bytesPerRow, boolean live) {
            Status shown = status == Status.RUNNING && !live ? Status.INTERRUPTED : status;
            if (result == null) {
                return new Op(index, name, shown, null, null, null, null, null, null, null, null);
            }
            Double busy = asDouble(result.get("duration"));
            Double wall = asDouble(result.metadata().get("wall_seconds"));
            Long in = result.longField("input_rows");
            Long out = result.longField("output_rows");
            boolean timed = busy != null && busy > 0 && in != null;
            Double rowsPerSecond = timed ? in / busy : null;
            Double mbPerSecond = timed && bytesPerRow > 0 ? in * bytesPerRow / busy / 1e6 : null;
            Double reduction = in != null && out != null && in > 0 ? 100.0 * (in - out) / in : null;
            return new Op(index, name, shown, busy, wall, in, out, rowsPerSecond, mbPerSecond, reduction,
                    (String) result.get("error_message"));
        }
    }

    private static Long asLong(Object v) {
        return v instanceof Number n ? n.longValue() : null;
    }

    private static Double asDouble(Object v) {
        return v instanceof Number n ? n.doubleValue() : null;
    }
}
