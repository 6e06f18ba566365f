package io.djflink.runtime.session;

import java.net.URI;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
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
    private final CompletableFuture<MiniCluster> cluster;
    private MiniClusterClient client;

    private EmbeddedFlink(Configuration conf, CompletableFuture<MiniCluster> cluster) {
        this.conf = conf;
        this.cluster = cluster;
    }

    /** Starts the MiniCluster in the background: the caller plans the job meanwhile. */
    static EmbeddedFlink start(Configuration base, boolean webUi, int restPort, int slots) {
        Configuration conf = new Configuration(base);
        conf.removeKey("taskmanager.memory.process.size");
        conf.removeKey("jobmanager.memory.process.size");
        conf.set(RestOptions.BIND_ADDRESS, "127.0.0.1");
        conf.set(RestOptions.ADDRESS, "127.0.0.1");
        conf.set(RestOptions.BIND_PORT, Integer.toString(webUi && restPort == 0 ? 8081 : restPort));
        CompletableFuture<MiniCluster> started = CompletableFuture.supplyAsync(() -> {
            MiniCluster mc = new MiniCluster(new MiniClusterConfiguration.Builder().setConfiguration(conf)
                    .setNumTaskManagers(1).setNumSlotsPerTaskManager(slots).build());
            try {
                mc.start();
            } catch (Exception e) {
                throw new CompletionException("cannot start the embedded Flink: " + e.getMessage(), e);
            }
            return mc;
        });
        return new EmbeddedFlink(conf, started);
    }

    @Override
    public StreamExecutionEnvironment environment(Configuration jobConf) {
        return new StreamExecutionEnvironment(jobConf);
    }

    @Override
    public JobClient submit(StreamExecutionEnvironment env, String jobName) throws Exception {
        StreamGraph graph = env.getStreamGraph();
        graph.setJobName(jobName);
        MiniClusterClient c = client();
        JobID id = c.submitJob(graph.getJobGraph()).get();
        return new ClusterClientJobClientAdapter<>(() -> c, id, getClass().getClassLoader());
    }

    private synchronized MiniClusterClient client() {
        if (client == null) {
            client = new MiniClusterClient(conf, cluster.join());
        }
        return client;
    }

    @Override
    public boolean attached() {
        return true;
    }

    @Override
    public Optional<URI> restAddress() {
        return Optional.of(cluster.join().getRestAddress().join());
    }

    @Override
    public void close() throws Exception {
        if (client != null) {
            client.close();
        }
        cluster.join().close();
    }
}
