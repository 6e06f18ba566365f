package io.djflink.cli;

import io.djflink.job.UnknownJobException;
import java.io.PrintStream;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code dj-job}: job management for dj-flink jobs, DataJuicer's monitor, stopper and job list:
 * {@code monitor JOB_ID}, {@code stop JOB_ID}, {@code list}.
 */
@Command(name = "dj-job", mixinStandardHelpOptions = true, version = "dj-flink 0.1.0",
        description = "Monitor, stop and list dj-flink jobs.",
        subcommands = {MonitorCommand.class, StopCommand.class, ListCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Jobs are looked up under --base-dir (default ./outputs): its subdirectories that hold a "
                + "job_summary.json, and those one level further down (outputs/<project>/<job id>).",
            "Exit codes: 0 done, 1 failed (e.g. a stop that timed out), 2 bad arguments or unknown job."})
public final class DjJob implements Runnable {

    static final int FAILED = 1;
    static final int USAGE = 2;

    @Spec
    CommandSpec spec;

    private final boolean terminal;

    /** @param terminal whether the output is a terminal (a watched monitor then redraws the screen) */
    DjJob(boolean terminal) {
        this.terminal = terminal;
    }

    public static void main(String[] args) {
        System.exit(execute(args, System.out, System.err, System.console() != null));
    }

    /** Runs the command; returns the exit code. */
    public static int execute(String[] args, PrintStream out, PrintStream err, boolean terminal) {
        CommandLine cl = new CommandLine(new DjJob(terminal));
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println("dj-job: error: " + ex.getMessage());
            err.println("Try 'dj-job --help' for usage.");
            return USAGE;
        });
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            err.println("dj-job: error: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            return ex instanceof UnknownJobException ? USAGE : FAILED;
        });
        return cl.execute(args);
    }

    boolean terminal() {
        return terminal;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing command: monitor, stop or list");
    }
}
