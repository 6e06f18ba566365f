package io.djflink.events;

import io.djflink.storage.codec.JsonCodec;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * One line of the event log. Fields use DataJuicer's names and order ({@code Event} dataclass);
 * unset fields are left out, as DataJuicer does.
 */
public final class Event {

    /** DataJuicer's field order. */
    private static final String[] FIELD_ORDER = {"event_type", "timestamp", "message", "event_id", "job_id",
        "partition_id", "operation_name", "operation_idx", "status", "duration", "error_message", "stack_trace",
        "retry_count", "checkpoint_path", "op_args", "input_rows", "output_rows", "output_path", "partition_meta",
        "config", "metadata", "total_partitions", "successful_partitions", "failed_partitions", "job_duration",
        "completion_time", "failure_time", "error_type", "process_id", "thread_id"};

    private final LinkedHashMap<String, Object> fields;

    private Event(LinkedHashMap<String, Object> fields) {
        this.fields = fields;
    }

    public static Builder of(EventType type, String jobId) {
        return new Builder(type, jobId);
    }

    /** Parses one line of an event log. */
    public static Event parse(String line) throws IOException {
        return new Event(JsonCodec.parseObject(line).fields());
    }

    public EventType type() {
        return EventType.fromValue((String) fields.get("event_type"));
    }

    public double timestamp() {
        return ((Number) fields.get("timestamp")).doubleValue();
    }

    public Object get(String field) {
        return fields.get(field);
    }

    public Integer partitionId() {
        Object v = fields.get("partition_id");
        return v == null ? null : ((Number) v).intValue();
    }

    public Integer operationIdx() {
        Object v = fields.get("operation_idx");
        return v == null ? null : ((Number) v).intValue();
    }

    public Long longField(String field) {
        Object v = fields.get(field);
        return v instanceof Number n ? n.longValue() : null;
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> metadata() {
        Object v = fields.get("metadata");
        return v instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    public Map<String, Object> fields() {
        return fields;
    }

    /** The event as one JSON line (no newline). */
    public String toJson() {
        return JsonCodec.toJson(fields);
    }

    @Override
    public String toString() {
        return toJson();
    }

    /** Collects an event's fields. */
    public static final class Builder {
        private final EventType type;
        private final Map<String, Object> values = new LinkedHashMap<>();

        private Builder(EventType type, String jobId) {
            this.type = type;
            values.put("job_id", jobId);
        }

        public Builder message(String message) {
            return set("message", message);
        }

        public Builder partition(int partitionId) {
            return set("partition_id", (long) partitionId);
        }

        public Builder operation(String name, int index) {
            set("operation_name", name);
            return set("operation_idx", (long) index);
        }

        public Builder status(String status) {
            return set("status", status);
        }

        public Builder duration(double seconds) {
            return set("duration", seconds);
        }

        public Builder rows(long input, long output) {
            set("input_rows", input);
            return set("output_rows", output);
        }

        public Builder checkpointPath(String path) {
            return set("checkpoint_path", path);
        }

        public Builder error(String message, String errorType) {
            set("error_message", message);
            return set("error_type", errorType);
        }

        public Builder metadata(Map<String, Object> metadata) {
            return set("metadata", new LinkedHashMap<>(metadata));
        }

        /** Sets any DataJuicer field; a null value leaves it out. */
        public Builder set(String field, Object value) {
            if (value == null) {
                values.remove(field);
            } else {
                values.put(field, value);
            }
            return this;
        }

        public Event build() {
            double now = System.currentTimeMillis() / 1000.0;
            LinkedHashMap<String, Object> f = new LinkedHashMap<>();
            Map<String, Object> all = new LinkedHashMap<>(values);
            all.put("event_type", type.value());
            all.put("timestamp", now);
            all.putIfAbsent("event_id", type.value() + "_" + (long) now + "_"
                    + UUID.randomUUID().toString().replace("-", "").substring(0, 8));
            all.put("process_id", ProcessHandle.current().pid());
            all.put("thread_id", Thread.currentThread().getId());
            for (String name : FIELD_ORDER) {
                if (all.containsKey(name)) {
                    f.put(name, all.remove(name));
                }
            }
            f.putAll(all);
            return new Event(f);
        }
    }
}
