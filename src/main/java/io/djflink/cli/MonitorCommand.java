package io.djflink.cli;

import io.djflink.job.JobMonitor;
import io.djflink.job.JobProgress;
import io.djflink.job.ProgressReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code dj-job monitor JOB_ID}: a job's progress, once or redrawn while it runs. */
@Command(name = "monitor", mixinStandardHelpOptions = true,
        description = "Show a job's progress: status, partitions, rows, elapsed time and ETA, checkpoints.")
final class MonitorCommand implements Callable<Integer> {

    /** Clears a terminal and puts the cursor top left. */
    private static final String CLEAR_SCREEN = "\033[H\033[2J";

    @Spec
    CommandSpec spec;

    @ParentCommand
    DjJob parent;

    @Mixin
    BaseDirOption baseDir;

    @Parameters(paramLabel = "JOB_ID", description = "The job (its directory name).")
    String jobId;

    @Option(names = "--detailed", description = "Add each op of each partition (duration, rows, throughput, "
            + "reduction) and each checkpoint (time, size).")
    boolean detailed;

    @Option(names = "--watch", description = "Redraw every --interval seconds until the job ends (or Ctrl-C).")
    boolean watch;

    @Option(names = "--interval", paramLabel = "SECONDS", defaultValue = "10",
            description = "Seconds between redraws with --watch (default: ${DEFAULT-VALUE}).")
    int interval;

    @Option(names = "--json", description = "Print the same data as JSON (with --watch: one line per redraw).")
    boolean json;

    @Override
    public Integer call() throws IOException {
        if (interval < 1) {
            throw new ParameterException(spec.commandLine(), "--interval: " + interval + " is not a positive number"
                    + " of seconds");
        }
        PrintWriter out = spec.commandLine().getOut();
        JobMonitor monitor = new JobMonitor(baseDir.dir());
        if (watch) {
            monitor.watch(jobId, Duration.ofSeconds(interval), p -> print(out, p));
        } else {
            print(out, monitor.progress(jobId));
        }
        return 0;
    }

    private void print(PrintWriter out, JobProgress p) {
        if (json) {
            out.println(JobJson.write(p, watch));
        } else {
            out.print((watch && parent.terminal() ? CLEAR_SCREEN : "") + ProgressReport.render(p, detailed));
        }
        out.flush();
    }
}
