package io.djflink.runtime.operators;

import io.djflink.events.Event;
import io.djflink.events.EventType;
import io.djflink.runtime.element.Element;
import io.djflink.runtime.eventlog.EventOutput;
import io.djflink.storage.jobdir.JobLayout;
import io.djflink.storage.outputs.OutputKind;
import io.djflink.storage.outputs.OutputManifest;
import io.djflink.storage.outputs.OutputProgress;
import io.djflink.storage.records.RecordEncoding;
import io.djflink.storage.outputs.PartitionOutputWriter;
import io.djflink.storage.outputs.PartitionOutputs;
import io.djflink.storage.outputs.ResultShaper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.state.FunctionInitializationContext;
import org.apache.flink.runtime.state.FunctionSnapshotContext;
import org.apache.flink.streaming.api.checkpoint.CheckpointedFunction;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Materialises each partition's records at one point of the pipeline: after a checkpoint-boundary
 * op ({@code checkpoints/checkpoint_op_*}) or at the end ({@code results/}). A partition's output
 * is committed when its end marker arrives, i.e. when its last record has passed.
 *
 * <p>At every Flink checkpoint the open part files are closed and their list is checkpointed, so
 * a task restored by Flink continues each output exactly where the checkpoint was taken. An
 * output that is already committed with the same fingerprint is not written again: the pipeline
 * is deterministic, so it would only be rewritten identically.
 */
public final class PartitionOutputFunction extends ProcessFunction<Element, Element> implements CheckpointedFunction {

    private static final long serialVersionUID = 1L;

    /** What this writer materialises. */
    public record Target(OutputKind kind, int opIndex, String opName, String fingerprint) implements java.io.Serializable {
    }

    private final Target target;
    private final JobLayout layout;
    private final RecordEncoding encoding;
    private final ResultShaper shaper;
    private final EventOutput events;

    private transient Map<Integer, PartitionOutputWriter> writers;
    private transient Set<Integer> alreadyCommitted;
    private transient ListState<String> progressState;
    private transient TaskPlacement placement;

    /** @param shaper for results, what is exported of a sample; null for stage checkpoints */
    public PartitionOutputFunction(Target target, JobLayout layout, RecordEncoding encoding, ResultShaper shaper,
            EventOutput events) {
        this.target = target;
        this.layout = layout;
        this.encoding = encoding;
        this.shaper = shaper;
        this.events = events;
    }

    private boolean isResult() {
        return target.kind() == OutputKind.RESULT;
    }

    private Path dirOf(int partition) {
        return isResult() ? layout.resultDir(partition) : layout.stageDir(target.opIndex(), partition);
    }

    /** Whether this run produces the partition's records at this point (it did not resume past it). */
    private boolean produces(Element e) {
        return isResult() || e.needsOp(target.opIndex());
    }

    @Override
    public void open(OpenContext context) {
        placement = TaskPlacement.of(getRuntimeContext());
    }

    @Override
    public void processElement(Element e, Context ctx, Collector<Element> out) throws IOException {
        switch (e.kind()) {
            case RECORD -> {
                PartitionOutputWriter w = writers.get(e.partition());
                if (w != null) {
                    w.write(e.row(), e.sub(), shaper == null ? e.sample() : shaper.shape(e.sample()));
                }
                if (!isResult()) {
                    out.collect(e);
                }
            }
            case PARTITION_START -> {
                if (produces(e)) {
                    open(e.partition());
                }
                out.collect(e);
            }
            case PARTITION_END -> {
                finish(e, ctx);
                out.collect(e);
            }
            default -> {
                if (!isResult()) {
                    out.collect(e);
                }
            }
        }
    }

    private void open(int partition) throws IOException {
        Path dir = dirOf(partition);
        if (committedAlready(dir)) {
            alreadyCommitted.add(partition);
            return;
        }
        writers.put(partition, PartitionOutputWriter.start(dir, partition, encoding));
    }

    private boolean committedAlready(Path dir) {
        Optional<OutputManifest> m = PartitionOutputs.manifest(dir);
        return m.isPresent() && m.get().fingerprint().equals(target.fingerprint())
                && PartitionOutputs.problem(dir, m.get(), false) == null;
    }

    private void finish(Element end, Context ctx) throws IOException {
        int partition = end.partition();
        PartitionOutputWriter w = writers.remove(partition);
        boolean reused = alreadyCommitted.remove(partition);
        if (w == null && !reused) {
            return;
        }
        Path dir = dirOf(partition);
        OutputManifest m = w != null
                ? w.commit(target.kind(), target.opIndex(), target.opName(), target.fingerprint())
                : PartitionOutputs.manifest(dir).orElseThrow();
        if (!events.enabled()) {
            return;
        }
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("checkpoint_path", dir.toString());
        meta.put("row_count", m.rowCount());
        meta.put("format", m.format());
        meta.put("compression", m.compression());
        meta.put("parts", m.parts().size());
        long bytes = m.parts().stream().mapToLong(p -> p.bytes()).sum();
        meta.put("bytes", bytes);
        if (isResult() && end.info() != null) {
            meta.putAll(end.info());
        }
        Event.Builder event = isResult()
                ? Event.of(EventType.PARTITION_COMPLETE, events.jobId()).partition(partition).status("completed")
                        .set("output_path", dir.toString()).set("output_rows", m.rowCount())
                        .message("Completed processing of partition " + partition).metadata(meta)
                : Event.of(EventType.CHECKPOINT_SAVE, events.jobId()).partition(partition)
                        .operation(target.opName(), target.opIndex()).checkpointPath(dir.toString())
                        .set("output_rows", m.rowCount())
                        .message("Saved checkpoint after operation " + target.opIndex() + ": " + target.opName())
                        .metadata(meta);
        ctx.output(EventOutput.TAG, placement.addTo(event).build().toJson());
    }

    @Override
    public void snapshotState(FunctionSnapshotContext context) throws Exception {
        progressState.clear();
        for (PartitionOutputWriter w : writers.values()) {
            progressState.add(w.roll().toJson());
        }
    }

    @Override
    public void initializeState(FunctionInitializationContext context) throws Exception {
        progressState = context.getOperatorStateStore()
                .getListState(new ListStateDescriptor<>("partition-outputs", Types.STRING));
        writers = new HashMap<>();
        alreadyCommitted = new HashSet<>();
        for (String json : progressState.get()) {
            OutputProgress p = OutputProgress.fromJson(json);
            if (committedAlready(Path.of(p.dir()))) {
                alreadyCommitted.add(p.partitionId());
            } else {
                writers.put(p.partitionId(), PartitionOutputWriter.resume(p, encoding));
            }
        }
    }

    @Override
    public void close() {
        if (writers != null) {
            writers.values().forEach(PartitionOutputWriter::abandon);
        }
    }
}
