package io.djflink.runtime;

import java.net.URI;
import java.util.Optional;
import org.apache.flink.api.common.JobID;
import org.apache.flink.client.deployment.ClusterClientJobClientAdapter;
import org.apache.flink.client.program.MiniClusterClient;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestOptions;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.runtime.minicluster.MiniCluster;
import org.apache.flink.runtime.minicluster.MiniClusterConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.graph.StreamGraph;

/**
 * A Flink MiniCluster inside this process, with its REST endpoint on 127.0.0.1 (the web UI too
 * when asked for), so that {@code bin/dj-job} and a browser reach the job as on a cluster.
 */
final class EmbeddedFlink implements FlinkSession {

    private final Configuration conf;
    private final MiniCluster cluster;
    private final MiniClusterClient client;

    private EmbeddedFlink(Configuration conf, MiniCluster cluster) {
        this.conf = conf;
        this.cluster = cluster;
        this.client = new MiniClusterClient(conf, cluster);
    }

    static EmbeddedFlink start(Configuration base, boolean webUi, int restPort, int slots) throws Exception {
        Configuration conf = new Configuration(base);
        conf.removeKey("taskmanager.memory.process.size");
        conf.removeKey("jobmanager.memory.process.size");
        conf.set(RestOptions.BIND_ADDRESS, "127.0.0.1");
        conf.set(RestOptions.ADDRESS, "127.0.0.1");
        conf.set(RestOptions.BIND_PORT, Integer.toString(webUi && restPort == 0 ? 8081 : restPort));
        MiniCluster cluster = new MiniCluster(new MiniClusterConfiguration.Builder().setConfiguration(conf)
                .setNumTaskManagers(1).setNumSlotsPerTaskManager(slots).build());
        cluster.start();
        return new EmbeddedFlink(conf, cluster);
    }

    @Override
    public StreamExecutionEnvironment environment() {
        return new StreamExecutionEnvironment(conf);
    }

    @Override
    public JobClient submit(StreamExecutionEnvironment env, String jobName) throws Exception {
        StreamGraph graph = env.getStreamGraph();
        graph.setJobName(jobName);
        JobID id = client.submitJob(graph.getJobGraph()).get();
        return new ClusterClientJobClientAdapter<>(() -> client, id, getClass().getClassLoader());
    }

    @Override
    public boolean attached() {
        return true;
    }

    @Override
    public Optional<URI> restAddress() {
        return Optional.of(cluster.getRestAddress().join());
    }

    @Override
    public void close() throws Exception {
        client.close();
        cluster.close();
    }
}
