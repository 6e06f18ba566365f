package io.djflink.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real Flink standalone session cluster as a user starts it, with {@code bin/flink-cluster start}
 * (a JobManager and TaskManagers, each its own JVM), in its own run directory and on free ports so
 * that it never meets a cluster of the user's; and the project's other scripts ({@code bin/flink},
 * {@code bin/dj-process}) pointed at it. A shutdown hook stops it should the test JVM end first.
 */
public final class StandaloneFlinkCluster implements AutoCloseable {

    private static final Path HOME = Path.of("").toAbsolutePath();
    private static final long SCRIPT_TIMEOUT_SECONDS = 300;

    private final Path runDir;
    private final Thread stopOnExit;
    private String restUrl;

    private StandaloneFlinkCluster(Path runDir) {
        this.runDir = runDir;
        this.stopOnExit = new Thread(this::stopQuietly, "stop-flink-cluster");
    }

    /**
     * Starts the cluster and waits until its TaskManagers have registered.
     *
     * @param settings Flink options over {@code flink-conf/config.yaml}, as {@code key=value}
     */
    public static StandaloneFlinkCluster start(Path runDir, int taskManagers, String... settings) throws Exception {
        StandaloneFlinkCluster cluster = new StandaloneFlinkCluster(runDir);
        Runtime.getRuntime().addShutdownHook(cluster.stopOnExit);
        List<String> args = new ArrayList<>(List.of("start", "--taskmanagers", Integer.toString(taskManagers),
                "-D", "rest.port=" + freePort(), "-D", "jobmanager.rpc.port=" + freePort()));
        for (String setting : settings) {
            args.addAll(List.of("-D", setting));
        }
        Path log = Files.createDirectories(runDir).resolve("flink-cluster-start.out");
        if (cluster.script(log, "flink-cluster", args) != 0) {
            cluster.close();
            throw new IllegalStateException("bin/flink-cluster start failed:\n" + Files.readString(log));
        }
        cluster.restUrl = Files.readString(runDir.resolve("rest-url")).strip();
        return cluster;
    }

    public String restUrl() {
        return restUrl;
    }

    /** Runs {@code bin/flink args} against this cluster; its output goes to {@code output}. @return the exit code */
    public int flink(Path output, String... args) throws Exception {
        return script(output, "flink", List.of(args));
    }

    /** Starts {@code bin/dj-process --cluster <this cluster> args}; its output goes to {@code output}. */
    public Process djProcess(Path output, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(HOME.resolve("bin/dj-process").toString(), "--cluster", restUrl));
        cmd.addAll(List.of(args));
        return launch(output, cmd);
    }

    /** The process id of TaskManager {@code n} (from 1), from the pid file {@code bin/flink-cluster} wrote. */
    public long taskManagerPid(int n) throws IOException {
        return Long.parseLong(Files.readString(runDir.resolve("pids/taskmanager-" + n + ".pid")).strip());
    }

    /** {@code bin/flink-cluster stop}. */
    @Override
    public void close() throws Exception {
        stopQuietly();
        Runtime.getRuntime().removeShutdownHook(stopOnExit);
    }

    private void stopQuietly() {
        try {
            script(runDir.resolve("flink-cluster-stop.out"), "flink-cluster", List.of("stop"));
        } catch (Exception e) {
            System.err.println("bin/flink-cluster stop failed: " + e);
        }
    }

    private int script(Path output, String name, List<String> args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(HOME.resolve("bin").resolve(name).toString()));
        cmd.addAll(args);
        Process p = launch(output, cmd);
        if (!p.waitFor(SCRIPT_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("bin/" + name + " did not finish within " + SCRIPT_TIMEOUT_SECONDS
                    + " s; output in " + output);
        }
        return p.exitValue();
    }

    private Process launch(Path output, List<String> cmd) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile()));
        pb.environment().put("DJ_FLINK_CLUSTER_DIR", runDir.toString());
        return pb.start();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
