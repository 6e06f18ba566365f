package io.djflink.runtime.session;

import io.djflink.config.RecipeConfig.FlinkSettings;
import java.net.URI;
import java.util.Optional;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * Where a job runs: an embedded Flink owned by this process, the cluster {@code flink run} submits
 * to, or a cluster named by its REST URL.
 */
public interface FlinkSession extends AutoCloseable {

    /** A fresh environment to build a job with this configuration on. */
    StreamExecutionEnvironment environment(Configuration jobConf);

    /** Submits what was built on {@code env}. */
    JobClient submit(StreamExecutionEnvironment env, String jobName) throws Exception;

    /** Whether the client waits for the job's end ({@code flink run -d} does not). */
    boolean attached();

    /** The REST endpoint (and web UI) that serves the job, when known. */
    Optional<URI> restAddress();

    /** The savepoint or checkpoint whoever started the program asked to restore ({@code flink run -s}). */
    default Optional<String> requestedRestorePath() {
        return Optional.empty();
    }

    /**
     * Opens the session the recipe asks for ({@code flink.cluster_url}) or that fits how the program
     * was started (an embedded Flink starts in the background).
     */
    static FlinkSession open(Configuration conf, FlinkSettings flink, int slots) {
        if (flink.clusterUrl() != null) {
            return RemoteFlink.at(flink.clusterUrl());
        }
        StreamExecutionEnvironment probe = StreamExecutionEnvironment.getExecutionEnvironment(conf);
        if (probe instanceof org.apache.flink.streaming.api.environment.LocalStreamEnvironment) {
            return EmbeddedFlink.start(conf, flink.webUi(), flink.restPort(), slots);
        }
        return new ContextFlink(conf);
    }
}
