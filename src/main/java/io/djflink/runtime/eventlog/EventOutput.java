package io.djflink.runtime.eventlog;

import io.djflink.events.Event;
import io.djflink.events.EventLog;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Path;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.util.OutputTag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How operators report events: through the {@link #TAG} side output to the job's single event
 * sink, or, for a task that is about to fail and can no longer count on its output reaching the
 * sink, straight into the event log.
 */
public final class EventOutput implements Serializable {

    /** The side output every operator's events go to. */
    public static final OutputTag<String> TAG = new OutputTag<>("dj-events", Types.STRING);

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(EventOutput.class);

    private final String jobId;
    private final String eventFile;

    /** @param eventFile the run's event log, or null when event logging is off */
    public EventOutput(String jobId, Path eventFile) {
        this.jobId = jobId;
        this.eventFile = eventFile == null ? null : eventFile.toString();
    }

    public String jobId() {
        return jobId;
    }

    public boolean enabled() {
        return eventFile != null;
    }

    public Path eventFile() {
        return eventFile == null ? null : Path.of(eventFile);
    }

    /** Writes an event directly, for a task that is failing. */
    public void writeNow(Event event) {
        if (eventFile == null) {
            return;
        }
        try {
            EventLog.append(Path.of(eventFile), event);
        } catch (IOException e) {
            LOG.warn("Cannot write event {} to {}: {}", event.type().value(), eventFile, e.toString());
        }
    }
}
