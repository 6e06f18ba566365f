package io.djflink.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code dj-process} in a child JVM with its own embedded Flink, as a user runs it, so that tests
 * can kill it with SIGKILL or stop it through its REST endpoint.
 */
public final class DjProcessChild {

    private final Process process;
    private final Path output;

    private DjProcessChild(Process process, Path output) {
        this.process = process;
        this.output = output;
    }

    /** Starts {@code dj-process args}; stdout and stderr go to {@code output}. */
    public static DjProcessChild start(Path output, String... args) throws IOException {
        Path conf = Path.of("flink-conf").toAbsolutePath();
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g"));
        cmd.addAll(List.of(System.getProperty("dj.test.java.opens", "").trim().split("\\s+")));
        cmd.addAll(List.of("-Ddj.flink.conf=" + conf, "-Dlog4j2.configurationFile=" + conf.resolve("log4j-console.properties"),
                "-cp", System.getProperty("java.class.path"), "io.djflink.cli.DjProcess"));
        cmd.addAll(List.of(args));
        cmd.removeIf(String::isEmpty);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile())).start();
        return new DjProcessChild(p, output);
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** SIGKILL: no shutdown hooks, no flushing, like a machine losing power for this process. */
    public void killHard() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** @return the exit code */
    public int waitFor(long seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("dj-process did not finish within " + seconds + " s; output in " + output);
        }
        return process.exitValue();
    }

    public Path output() {
        return output;
    }
}
