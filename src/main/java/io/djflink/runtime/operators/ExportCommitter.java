package io.djflink.runtime.operators;

import io.djflink.events.Event;
import io.djflink.events.EventType;
import io.djflink.events.JobSummary;
import io.djflink.runtime.element.Element;
import io.djflink.runtime.eventlog.EventOutput;
import io.djflink.storage.export.ExportAssembly;
import io.djflink.storage.jobdir.JobLayout;
import io.djflink.storage.jobdir.RetentionCleaner;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.flink.streaming.api.operators.AbstractStreamOperator;
import org.apache.flink.streaming.api.operators.BoundedOneInput;
import org.apache.flink.streaming.api.operators.OneInputStreamOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The job's last operator (parallelism 1). When every partition has been committed it writes
 * {@code export_path} from the partitions' results in input order, marks the job completed
 * ({@code job_complete}, {@code job_summary.json}) and applies the retention policy. Doing this
 * inside the job means a detached {@code flink run} finishes the job as completely as an
 * embedded run.
 */
public final class ExportCommitter extends AbstractStreamOperator<Void> implements OneInputStreamOperator<Element, Void>,
        BoundedOneInput {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ExportCommitter.class);

    /** What the committer needs to know about the run. */
    public record Settings(JobLayout layout, String exportPath, int partitions, String resultFingerprint, long inputRows,
            boolean deleteIntermediateOnSuccess, boolean preserveStageCheckpoints) implements Serializable {
    }

    private final Settings settings;
    private final EventOutput events;

    public ExportCommitter(Settings settings, EventOutput events) {
        this.settings = settings;
        this.events = events;
    }

    @Override
    public void processElement(StreamRecord<Element> record) {
        // Only partition end markers arrive here; the work happens once the input has ended.
    }

    @Override
    public void endInput() throws Exception {
        JobLayout layout = settings.layout();
        ExportAssembly.Export export = ExportAssembly.collect(layout, settings.partitions(),
                settings.resultFingerprint());
        Path target = Path.of(settings.exportPath());
        ExportAssembly.write(export, target);
        double end = System.currentTimeMillis() / 1000.0;
        double[] duration = new double[1];
        JobSummary.update(layout.summaryFile(), s -> {
            Double start = s.number("start_time");
            duration[0] = start == null ? 0 : end - start;
            s.set("status", JobSummary.COMPLETED).set("end_time", end).set("duration", duration[0])
                    .set("export_path", target.toString()).set("input_rows", settings.inputRows())
                    .set("output_rows", export.rows()).remove("error_message");
        });
        LOG.info("Exported {} rows to {}", export.rows(), target);
        if (events.enabled()) {
            Map<String, Object> meta = new LinkedHashMap<>();
            meta.put("status", JobSummary.COMPLETED);
            meta.put("duration_seconds", duration[0]);
            meta.put("completion_time", end);
            meta.put("output_path", target.toString());
            meta.put("input_rows", settings.inputRows());
            meta.put("output_rows", export.rows());
            events.writeNow(Event.of(EventType.JOB_COMPLETE, events.jobId()).status(JobSummary.COMPLETED)
                    .duration(duration[0]).set("output_path", target.toString())
                    .set("total_partitions", (long) settings.partitions())
                    .set("successful_partitions", (long) settings.partitions()).set("failed_partitions", 0L)
                    .set("input_rows", settings.inputRows()).set("output_rows", export.rows())
                    .message(String.format("Job completed successfully in %.2fs", duration[0])).metadata(meta)
                    .build());
        }
        if (settings.deleteIntermediateOnSuccess()) {
            RetentionCleaner.deleteIntermediate(layout, settings.preserveStageCheckpoints());
        }
    }
}
