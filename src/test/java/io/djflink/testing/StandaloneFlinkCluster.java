package io.djflink.testing;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A real Flink standalone session cluster (one JobManager, one TaskManager, each its own JVM, as
 * {@code bin/start-cluster.sh} would start them) built from the Flink jars on the test class path,
 * and Flink's CLI ({@code bin/flink}) to submit jars to it.
 */
public final class StandaloneFlinkCluster implements AutoCloseable {

    private static final String OPENS = System.getProperty("dj.test.java.opens", "");

    private final Path confDir;
    private final String classPath;
    private final int restPort;
    private final List<Process> processes = new ArrayList<>();

    private StandaloneFlinkCluster(Path confDir, String classPath, int restPort) {
        this.confDir = confDir;
        this.classPath = classPath;
        this.restPort = restPort;
    }

    /** Starts the cluster with {@code slots} task slots and waits until its TaskManager has registered. */
    public static StandaloneFlinkCluster start(Path dir, int slots) throws Exception {
        Path conf = Files.createDirectories(dir.resolve("conf"));
        Path logs = Files.createDirectories(dir.resolve("log"));
        int rest = freePort();
        int rpc = freePort();
        Files.writeString(conf.resolve("config.yaml"), """
                jobmanager:
                  rpc: {address: 127.0.0.1, port: %d}
                  bind-host: 127.0.0.1
                  memory: {process: {size: 1024m}}
                taskmanager:
                  host: 127.0.0.1
                  bind-host: 127.0.0.1
                  numberOfTaskSlots: %d
                  memory: {process: {size: 2048m}}
                rest: {address: 127.0.0.1, bind-address: 127.0.0.1, port: %d}
                restart-strategy: {type: none}
                io: {tmp: {dirs: %s}}
                """.formatted(rpc, slots, rest, Files.createDirectories(dir.resolve("tmp"))));
        Files.writeString(conf.resolve("log4j.properties"), """
                rootLogger.level = INFO
                rootLogger.appenderRef.file.ref = File
                appender.file.type = File
                appender.file.name = File
                appender.file.fileName = ${sys:log.file}
                appender.file.layout.type = PatternLayout
                appender.file.layout.pattern = %d{HH:mm:ss,SSS} %-5p %c - %m%n
                """);
        StandaloneFlinkCluster cluster = new StandaloneFlinkCluster(conf, flinkClassPath(), rest);
        cluster.launch("org.apache.flink.runtime.entrypoint.StandaloneSessionClusterEntrypoint", "GET_JM_RESOURCE_PARAMS",
                logs.resolve("jobmanager.log"));
        cluster.launch("org.apache.flink.runtime.taskexecutor.TaskManagerRunner", "GET_TM_RESOURCE_PARAMS",
                logs.resolve("taskmanager.log"));
        cluster.awaitTaskManager();
        return cluster;
    }

    public String restUrl() {
        return "http://127.0.0.1:" + restPort;
    }

    /** Runs {@code flink <args>} and returns its exit code; output goes to {@code output}. */
    public int flink(Path output, String... args) throws Exception {
        List<String> cmd = java();
        cmd.addAll(List.of("-Dlog.file=" + output.resolveSibling("flink-cli.log"),
                "-Dlog4j.configurationFile=" + confDir.resolve("log4j.properties"),
                "-cp", classPath, "org.apache.flink.client.cli.CliFrontend"));
        cmd.addAll(Arrays.asList(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile()));
        pb.environment().put("FLINK_CONF_DIR", confDir.toString());
        return pb.start().waitFor();
    }

    /** The test class path without this project's own classes: what a Flink distribution's lib/ holds. */
    private static String flinkClassPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(p -> !p.endsWith("target/classes") && !p.endsWith("target/test-classes"))
                .collect(Collectors.joining(File.pathSeparator));
    }

    private void launch(String mainClass, String resourceQuery, Path log) throws Exception {
        List<String> memory = resourceParams(resourceQuery);
        List<String> cmd = java();
        cmd.addAll(Arrays.asList(memory.get(0).trim().split("\\s+")));
        cmd.addAll(List.of("-Dlog.file=" + log, "-Dlog4j.configurationFile=" + confDir.resolve("log4j.properties"),
                "-cp", classPath, mainClass, "--configDir", confDir.toString()));
        cmd.addAll(Arrays.asList(memory.get(1).trim().split("\\s+")));
        processes.add(new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.resolveSibling(log.getFileName() + ".out").toFile()))
                .start());
    }

    /** JVM options and dynamic properties as Flink's start scripts compute them ({@code BashJavaUtils}). */
    private List<String> resourceParams(String query) throws Exception {
        Process p = new ProcessBuilder(java().get(0), "-cp", classPath,
                "org.apache.flink.runtime.util.bash.BashJavaUtils", query, "--configDir", confDir.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor();
        List<String> lines = out.lines().filter(l -> l.startsWith("BASH_JAVA_UTILS_EXEC_RESULT:"))
                .map(l -> l.substring("BASH_JAVA_UTILS_EXEC_RESULT:".length())).toList();
        if (lines.size() < 2) {
            throw new IOException("BashJavaUtils " + query + " failed: " + out);
        }
        return List.of(lines.get(0), lines.get(lines.size() - 1));
    }

    private void awaitTaskManager() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + 90_000_000_000L;
        while (System.nanoTime() < deadline) {
            try {
                String body = http.send(HttpRequest.newBuilder(URI.create(restUrl() + "/overview")).build(),
                        HttpResponse.BodyHandlers.ofString()).body();
                if (body.contains("\"taskmanagers\":1")) {
                    return;
                }
            } catch (IOException notYet) {
                // The JobManager's REST endpoint is still starting.
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the Flink cluster did not come up within 90 s; logs in " + confDir.getParent());
    }

    private static List<String> java() {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        if (!OPENS.isBlank()) {
            cmd.addAll(Arrays.asList(OPENS.trim().split("\\s+")));
        }
        return cmd;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        for (Process p : processes) {
            p.destroy();
        }
        for (Process p : processes) {
            if (!p.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
    }
}
