package io.djflink.cli;

import io.djflink.job.JobStopper;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dj-job stop JOB_ID}: stops a running job, with a savepoint unless forced. */
@Command(name = "stop", mixinStandardHelpOptions = true,
        description = {"Stop a running job. By default gracefully: Flink stops it with a savepoint, which the next "
                + "'dj-process --job_id JOB_ID' resumes from.",
            "--force cancels at once; the next run resumes from the stage checkpoints."})
final class StopCommand implements Callable<Integer> {

    private static final Duration GRACEFUL_TIMEOUT = Duration.ofSeconds(60);

    @Spec
    CommandSpec spec;

    @Mixin
    BaseDirOption baseDir;

    @Parameters(paramLabel = "JOB_ID", description = "The job (its directory name).")
    String jobId;

    @Option(names = "--force", description = "Cancel at once, without a savepoint (with --timeout: after a graceful "
            + "attempt of that long).")
    boolean force;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "How long a graceful stop may take before it "
            + "counts as failed (default: 60), or, with --force, before it falls back to cancelling.")
    Integer timeout;

    @Override
    public Integer call() throws IOException {
        if (timeout != null && timeout < 1) {
            throw new ParameterException(spec.commandLine(), "--timeout: " + timeout + " is not a positive number"
                    + " of seconds");
        }
        Duration limit = timeout != null ? Duration.ofSeconds(timeout) : force ? null : GRACEFUL_TIMEOUT;
        JobStopper.StopResult result = new JobStopper(baseDir.dir()).stopJob(jobId, force, limit);
        if (result.stopped()) {
            spec.commandLine().getOut().println(result.message());
            return 0;
        }
        spec.commandLine().getErr().println("dj-job: error: " + result.message());
        return DjJob.FAILED;
    }
}
