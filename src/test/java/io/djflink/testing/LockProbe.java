package io.djflink.testing;

import io.djflink.job.JobLock;
import java.nio.file.Path;

/** A separate process's view of a job lock: prints {@code held} or {@code free}. */
public final class LockProbe {

    private LockProbe() {
    }

    public static void main(String[] args) {
        System.out.println(JobLock.isHeld(Path.of(args[0])) ? "held" : "free");
    }

    /** Runs the probe in a child JVM with the test class path. */
    public static String probe(Path lockFile) throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), LockProbe.class.getName(), lockFile.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes()).strip();
        p.waitFor();
        return out.lines().reduce((a, b) -> b).orElse("");
    }
}
