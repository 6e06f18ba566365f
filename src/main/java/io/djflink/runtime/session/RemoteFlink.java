package io.djflink.runtime.session;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * A running Flink cluster reached through its REST endpoint ({@code dj-process --cluster URL}). The
 * job goes there together with the jar this program runs from, which holds the ops the TaskManagers
 * run; this process follows the job to its end as it follows an embedded one.
 */
final class RemoteFlink implements FlinkSession {

    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(5);

    private final URI restUrl;
    private final String jar;

    private RemoteFlink(URI restUrl, String jar) {
        this.restUrl = restUrl;
        this.jar = jar;
    }

    /**
     * @param restUrl {@code http://host:port} of the cluster's REST endpoint
     * @throws IllegalStateException when no cluster answers there (Flink's own client would retry
     *     for a minute and then report only that the job could not be submitted)
     */
    static RemoteFlink at(URI restUrl) {
        String jar = runningJar();
        requireAnswer(restUrl);
        return new RemoteFlink(restUrl, jar);
    }

    @Override
    public StreamExecutionEnvironment environment(Configuration jobConf) {
        return StreamExecutionEnvironment.createRemoteEnvironment(restUrl.getHost(), restUrl.getPort(), jobConf, jar);
    }

    @Override
    public JobClient submit(StreamExecutionEnvironment env, String jobName) throws Exception {
        return env.executeAsync(jobName);
    }

    @Override
    public boolean attached() {
        return true;
    }

    @Override
    public Optional<URI> restAddress() {
        return Optional.of(restUrl);
    }

    @Override
    public void close() {
    }

    private static void requireAnswer(URI restUrl) {
        HttpRequest request = HttpRequest.newBuilder(restUrl.resolve("/config")).timeout(ANSWER_TIMEOUT).build();
        String problem;
        try {
            HttpResponse<Void> response = HttpClient.newBuilder().connectTimeout(ANSWER_TIMEOUT).build()
                    .send(request, HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() == 200) {
                return;
            }
            problem = "HTTP " + response.statusCode();
        } catch (IOException e) {
            problem = e.toString();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            problem = "interrupted";
        }
        throw new IllegalStateException("no Flink cluster answers at " + restUrl + " (" + problem + "); start one"
                + " with bin/flink-cluster start, or check flink.cluster_url / --cluster");
    }

    private static String runningJar() {
        Path location;
        try {
            location = Path.of(RemoteFlink.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot tell which jar dj-flink runs from: " + e.getMessage(), e);
        }
        if (!Files.isRegularFile(location) || !location.getFileName().toString().endsWith(".jar")) {
            throw new IllegalStateException("a job for a Flink cluster ships dj-flink's jar, but dj-flink runs from "
                    + location + ", not a jar: build target/dj-flink.jar (mvn package) and use bin/dj-process");
        }
        return location.toString();
    }
}
