package io.djflink.events;

import java.util.Locale;

/** Event types, with DataJuicer's names ({@code event_type} values). */
public enum EventType {
    JOB_START,
    JOB_COMPLETE,
    JOB_FAILED,
    /** The job was stopped on request (with a savepoint unless forced); dj-flink's addition. */
    JOB_STOPPED,
    /** Flink restarted the job's tasks after a failure and recovered from a checkpoint. */
    JOB_RESTART,
    PARTITION_START,
    PARTITION_COMPLETE,
    PARTITION_FAILED,
    OP_START,
    OP_COMPLETE,
    OP_FAILED,
    CHECKPOINT_SAVE,
    CHECKPOINT_LOAD;

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static EventType fromValue(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
