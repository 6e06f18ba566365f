package io.djflink.runtime;

import java.net.URI;
import java.util.Optional;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/** Where a job runs: an embedded Flink owned by this process, or the cluster {@code flink run} submits to. */
public interface FlinkSession extends AutoCloseable {

    /** A fresh environment to build a job with this configuration on. */
    StreamExecutionEnvironment environment(Configuration jobConf);

    /** Submits what was built on {@code env}. */
    JobClient submit(StreamExecutionEnvironment env, String jobName) throws Exception;

    /** Whether the client waits for the job's end ({@code flink run -d} does not). */
    boolean attached();

    /** The REST endpoint (and web UI) that serves the job, when known. */
    Optional<URI> restAddress();

    /** Opens the session that fits how the program was started (an embedded Flink starts in the background). */
    static FlinkSession open(Configuration conf, boolean webUi, int restPort, int slots) {
        StreamExecutionEnvironment probe = StreamExecutionEnvironment.getExecutionEnvironment(conf);
        if (probe instanceof org.apache.flink.streaming.api.environment.LocalStreamEnvironment) {
            return EmbeddedFlink.start(conf, webUi, restPort, slots);
        }
        return new ContextFlink(conf);
    }
}
