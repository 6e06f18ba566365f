package io.djflink.cli;

import io.djflink.config.ConfigException;
import io.djflink.config.ExecutorType;
import io.djflink.config.LoadedRecipe;
import io.djflink.config.RecipeConfig;
import io.djflink.config.RecipeLoader;
import io.djflink.job.ConsoleProgress;
import io.djflink.job.JobAlreadyRunningException;
import io.djflink.job.JobRunner;
import io.djflink.job.LocalRunner;
import io.djflink.job.LogMarkers;
import io.djflink.ops.OpArgumentException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

/**
 * {@code dj-process}: runs a DataJuicer recipe on Flink. Any recipe key can be overridden in
 * dotted form ({@code --partition.mode manual}, {@code --job_id x}); running again with the same
 * {@code --job_id} resumes the job.
 */
@Command(name = "dj-process", mixinStandardHelpOptions = true, version = "dj-flink 0.1.0",
        description = "Run a DataJuicer recipe on Apache Flink, partitioned and checkpointed.",
        footer = {"", "Any recipe key can be given in dotted form, e.g. --partition.mode manual "
                + "--partition.num_of_partitions 4 --checkpoint.strategy every_n_ops --checkpoint.n_ops 3 --job_id ID.",
            "Exit codes: 0 done (or already complete), 1 job failed, 2 bad recipe or arguments, 3 stopped."})
public final class DjProcess implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(DjProcess.class);

    static final int FAILED = 1;
    static final int USAGE = 2;
    static final int STOPPED = 3;

    @Option(names = "--config", paramLabel = "RECIPE.yaml", description = "The recipe to run.")
    Path config;

    @Option(names = "--list-ops", description = "List every op with its parameters and defaults, then exit.")
    boolean listOps;

    @Option(names = "--quiet", description = "Show no progress while the job runs.")
    boolean quiet;

    @Option(names = "--progress-interval", paramLabel = "SECONDS", defaultValue = "10",
            description = "When the output is not a terminal: seconds between progress lines (default: "
                    + "${DEFAULT-VALUE}). On a terminal one progress line is redrawn every second.")
    int progressInterval;

    @Option(names = "--cluster", paramLabel = "URL", description = "Submit to the running Flink cluster with this "
            + "REST URL (e.g. http://127.0.0.1:8081) instead of an embedded Flink; short for --flink.cluster_url URL. "
            + "The dataset, work_dir and export paths must be reachable from every TaskManager.")
    String cluster;

    @Unmatched
    List<String> overrides = new ArrayList<>();

    private final PrintStream out;
    private final PrintStream err;
    private final boolean terminal;

    DjProcess(PrintStream out, PrintStream err, boolean terminal) {
        this.out = out;
        this.err = err;
        this.terminal = terminal;
    }

    public static void main(String[] args) {
        System.exit(execute(args, System.out, System.err, System.console() != null));
    }

    /** Runs the command with output that is not a terminal; returns the exit code. */
    public static int execute(String[] args, PrintStream out, PrintStream err) {
        return execute(args, out, err, false);
    }

    /**
     * Runs the command; returns the exit code.
     *
     * @param terminal whether {@code out} is a terminal (progress is then one line redrawn in place)
     */
    public static int execute(String[] args, PrintStream out, PrintStream err, boolean terminal) {
        CommandLine cl = new CommandLine(new DjProcess(out, err, terminal));
        cl.setOut(new java.io.PrintWriter(out, true));
        cl.setErr(new java.io.PrintWriter(err, true));
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println("dj-process: error: " + ex.getMessage());
            err.println("Try 'dj-process --help' for usage.");
            return USAGE;
        });
        return cl.execute(args);
    }

    @Override
    public Integer call() {
        if (listOps) {
            out.print(OpCatalogText.render());
            return 0;
        }
        if (config == null) {
            err.println("dj-process: error: --config RECIPE.yaml is required");
            return USAGE;
        }
        if (progressInterval < 1) {
            err.println("dj-process: error: --progress-interval: " + progressInterval
                    + " is not a positive number of seconds");
            return USAGE;
        }
        LoadedRecipe recipe;
        try {
            recipe = new RecipeLoader().load(config, keyOverrides());
        } catch (ConfigException | OpArgumentException e) {
            err.println("dj-process: error: " + e.getMessage());
            return USAGE;
        }
        recipe.warnings().forEach(w -> err.println("dj-process: warning: " + w));
        if (recipe.config().executorType() == ExecutorType.DEFAULT) {
            return runInProcess(recipe.config());
        }
        try {
            JobRunner.Outcome outcome = new JobRunner(new JobRunner.Options(flinkConfDir(), out::println, progress()))
                    .run(recipe.config());
            return switch (outcome.status()) {
                case COMPLETED, ALREADY_COMPLETE, SUBMITTED -> {
                    out.println(outcome.message());
                    yield 0;
                }
                case STOPPED -> {
                    out.println(outcome.message());
                    yield STOPPED;
                }
                case FAILED -> {
                    err.println("dj-process: error: " + outcome.message());
                    err.println("dj-process: resume with: --job_id " + outcome.jobId() + " (details in "
                            + outcome.jobDir().resolve("logs") + ")");
                    yield FAILED;
                }
            };
        } catch (JobAlreadyRunningException e) {
            err.println("dj-process: error: " + e.getMessage());
            return FAILED;
        } catch (Exception e) {
            LOG.error(LogMarkers.FILE_ONLY, "dj-process failed", e);
            err.println("dj-process: error: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return FAILED;
        }
    }

    /** The dotted recipe keys given on the command line, {@code --cluster} included. */
    private List<String> keyOverrides() {
        List<String> keys = new ArrayList<>(overrides);
        if (cluster != null) {
            keys.addAll(List.of("--flink.cluster_url", cluster));
        }
        return keys;
    }

    /** {@code executor_type: default}: the whole recipe in this JVM, without Flink. */
    private int runInProcess(RecipeConfig config) {
        try {
            out.println(new LocalRunner().run(config).message());
            return 0;
        } catch (LocalRunner.Failure e) {
            err.println("dj-process: error: " + e.getMessage());
            return FAILED;
        } catch (Exception e) {
            LOG.error(LogMarkers.FILE_ONLY, "dj-process failed", e);
            err.println("dj-process: error: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return FAILED;
        }
    }

    private ConsoleProgress.Settings progress() {
        return quiet ? ConsoleProgress.Settings.OFF
                : new ConsoleProgress.Settings(out, terminal, Duration.ofSeconds(progressInterval));
    }

    /** {@code -Ddj.flink.conf}, else {@code $FLINK_CONF_DIR}, else {@code ./flink-conf} when present. */
    static Path flinkConfDir() {
        String prop = System.getProperty("dj.flink.conf");
        if (prop != null) {
            return Path.of(prop);
        }
        String env = System.getenv("FLINK_CONF_DIR");
        if (env != null) {
            return Path.of(env);
        }
        Path local = Path.of("flink-conf");
        return Files.isDirectory(local) ? local : null;
    }
}
