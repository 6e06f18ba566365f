package io.djflink.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.djflink.json.Json;
import java.io.UncheckedIOException;

/**
 * {@code --json} output of {@code dj-job}: the job's records as they declare their JSON
 * (snake_case names, as in the job's own JSON files; values not known yet left out).
 */
final class JobJson {

    private JobJson() {
    }

    /** @param oneLine one line per value (for a stream of them), else indented */
    static String write(Object value, boolean oneLine) {
        try {
            return (oneLine ? Json.mapper().writer() : Json.pretty()).writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
