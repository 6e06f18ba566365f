package io.djflink.job;

import com.fasterxml.jackson.databind.JsonNode;
import io.djflink.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The few calls of Flink's REST API that job management needs, for an embedded Flink and a
 * cluster alike: job state, stop with a savepoint, cancel, and the latest savepoint.
 */
public final class FlinkRest {

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public FlinkRest(String baseUrl) {
        this.base = URI.create(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/");
    }

    /** The job's state ({@code RUNNING}, {@code FINISHED}, ...), or empty when the endpoint does not answer. */
    public Optional<String> jobState(String jobId) {
        try {
            return Optional.of(get("jobs/" + jobId).path("state").asText());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Starts stop-with-savepoint (without draining, so that the job resumes where it stopped); returns the trigger id. */
    public String stopWithSavepoint(String jobId, String targetDirectory) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("targetDirectory", targetDirectory);
        body.put("drain", false);
        return post("jobs/" + jobId + "/stop", body).path("request-id").asText();
    }

    /** The savepoint's location once done; empty while in progress; an exception when it failed. */
    public Optional<String> savepointLocation(String jobId, String triggerId) throws IOException {
        JsonNode r = get("jobs/" + jobId + "/savepoints/" + triggerId);
        if (!"COMPLETED".equals(r.path("status").path("id").asText())) {
            return Optional.empty();
        }
        JsonNode op = r.path("operation");
        if (op.has("failure-cause")) {
            throw new IOException("savepoint failed: " + op.path("failure-cause").path("stack-trace").asText()
                    .lines().findFirst().orElse("unknown cause"));
        }
        return Optional.of(op.path("location").asText());
    }

    public void cancel(String jobId) throws IOException {
        send(HttpRequest.newBuilder(base.resolve("jobs/" + jobId + "?mode=cancel"))
                .method("PATCH", HttpRequest.BodyPublishers.noBody()).build());
    }

    /** The path of the job's latest completed savepoint, if any. */
    public Optional<String> latestSavepoint(String jobId) {
        try {
            JsonNode sp = get("jobs/" + jobId + "/checkpoints").path("latest").path("savepoint");
            return sp.isMissingNode() || sp.isNull() ? Optional.empty() : Optional.of(sp.path("external_path").asText());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private JsonNode get(String path) throws IOException {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET().build());
    }

    private JsonNode post(String path, Object body) throws IOException {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(Json.mapper().writeValueAsBytes(body))).build());
    }

    private JsonNode send(HttpRequest request) throws IOException {
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() >= 300) {
                throw new IOException("Flink REST " + request.method() + " " + request.uri().getPath() + " answered "
                        + r.statusCode() + ": " + r.body());
            }
            return r.body().isBlank() ? Json.mapper().createObjectNode() : Json.mapper().readTree(r.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while calling Flink REST " + request.uri(), e);
        }
    }
}
