package io.djflink.runtime.session;

import java.net.URI;
import java.util.Optional;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.DeploymentOptions;
import org.apache.flink.configuration.RestOptions;
import org.apache.flink.configuration.StateRecoveryOptions;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * The Flink that started this program: a cluster under {@code flink run}, or a test's
 * MiniCluster. Jobs are submitted through its execution environment.
 */
final class ContextFlink implements FlinkSession {

    private final Configuration conf;

    ContextFlink(Configuration conf) {
        this.conf = conf;
    }

    @Override
    public StreamExecutionEnvironment environment(Configuration jobConf) {
        return StreamExecutionEnvironment.getExecutionEnvironment(jobConf);
    }

    @Override
    public JobClient submit(StreamExecutionEnvironment env, String jobName) throws Exception {
        return env.executeAsync(jobName);
    }

    @Override
    public boolean attached() {
        return StreamExecutionEnvironment.getExecutionEnvironment(conf).getConfiguration().get(DeploymentOptions.ATTACHED);
    }

    @Override
    public Optional<String> requestedRestorePath() {
        return StreamExecutionEnvironment.getExecutionEnvironment(conf).getConfiguration()
                .getOptional(StateRecoveryOptions.SAVEPOINT_PATH);
    }

    @Override
    public Optional<URI> restAddress() {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
        String host = env.getConfiguration().get(RestOptions.ADDRESS);
        if (host == null) {
            return Optional.empty();
        }
        return Optional.of(URI.create("http://" + host + ":" + env.getConfiguration().get(RestOptions.PORT)));
    }

    @Override
    public void close() {
    }
}
