package io.djflink.events;

import io.djflink.json.Json;
import io.djflink.storage.outputs.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code job_summary.json}: written when a run starts ({@code status: running}) and updated when it
 * ends ({@code completed}, {@code failed} or {@code stopped}), always atomically, so that monitors
 * and the next run can rely on it. Field names follow DataJuicer's design.
 */
public final class JobSummary {

    public static final String RUNNING = "running";
    public static final String COMPLETED = "completed";
    public static final String FAILED = "failed";
    public static final String STOPPED = "stopped";

    private final LinkedHashMap<String, Object> fields;

    private JobSummary(LinkedHashMap<String, Object> fields) {
        this.fields = fields;
    }

    public static JobSummary create() {
        return new JobSummary(new LinkedHashMap<>());
    }

    @SuppressWarnings("unchecked")
    public static Optional<JobSummary> load(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        return Optional.of(new JobSummary(Json.mapper().readValue(file.toFile(), LinkedHashMap.class)));
    }

    public JobSummary set(String field, Object value) {
        fields.put(field, value);
        return this;
    }

    public JobSummary remove(String field) {
        fields.remove(field);
        return this;
    }

    public Object get(String field) {
        return fields.get(field);
    }

    public String status() {
        return (String) fields.get("status");
    }

    public String string(String field) {
        Object v = fields.get(field);
        return v == null ? null : v.toString();
    }

    public Double number(String field) {
        Object v = fields.get(field);
        return v instanceof Number n ? n.doubleValue() : null;
    }

    public Map<String, Object> fields() {
        return fields;
    }

    public void save(Path file) throws IOException {
        AtomicFiles.write(file, Json.pretty().writeValueAsBytes(fields));
    }

    /** Loads, changes and saves the summary in one step. */
    public static void update(Path file, java.util.function.Consumer<JobSummary> change) throws IOException {
        JobSummary s = load(file).orElseGet(JobSummary::create);
        change.accept(s);
        s.save(file);
    }
}
