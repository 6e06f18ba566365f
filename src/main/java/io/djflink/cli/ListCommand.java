package io.djflink.cli;

import io.djflink.job.JobInfo;
import io.djflink.job.JobUtils;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dj-job list}: every job under the base directory, latest first. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = {"List the jobs under the base directory with status, start time, progress and whether their "
                + "process is alive.",
            "A job whose process died without recording its end shows as 'failed (process gone)'."})
final class ListCommand implements Callable<Integer> {

    private static final DateTimeFormatter START = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    @Spec
    CommandSpec spec;

    @Mixin
    BaseDirOption baseDir;

    @Option(names = "--running", description = "Only the jobs that are running.")
    boolean running;

    @Option(names = "--json", description = "Print the list as JSON.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        List<JobInfo> jobs = running ? JobUtils.listRunningJobs(baseDir.dir()) : JobUtils.listJobs(baseDir.dir());
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(JobJson.write(jobs, false));
        } else if (jobs.isEmpty()) {
            out.println("No " + (running ? "running " : "") + "dj-flink jobs under "
                    + baseDir.dir().toAbsolutePath().normalize());
        } else {
            table(out, jobs);
        }
        return 0;
    }

    private static void table(PrintWriter out, List<JobInfo> jobs) {
        int idWidth = Math.max("JOB ID".length(), jobs.stream().mapToInt(j -> j.jobId().length()).max().orElse(0));
        String row = "%-" + idWidth + "s  %-21s  %-19s  %-15s  %s%n";
        out.printf(Locale.ROOT, row, "JOB ID", "STATUS", "STARTED", "PROGRESS", "PROCESS");
        for (JobInfo j : jobs) {
            out.printf(Locale.ROOT, row, j.jobId(), j.state().label(),
                    j.startTime() == null ? "-" : START.format(Instant.ofEpochMilli(Math.round(j.startTime() * 1000))),
                    String.format(Locale.ROOT, "%.1f%% (%d/%d)", j.progressPercent(), j.completedPartitions(),
                            j.totalPartitions()),
                    process(j));
        }
    }

    private static String process(JobInfo j) {
        if (j.processAlive()) {
            return "alive" + (j.processId() == null ? "" : " (pid " + j.processId() + ")");
        }
        return "not running";
    }
}
