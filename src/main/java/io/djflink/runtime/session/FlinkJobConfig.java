package io.djflink.runtime.session;

import io.djflink.config.CheckpointStrategy;
import io.djflink.config.RecipeConfig;
import io.djflink.storage.jobdir.JobLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.flink.configuration.ConfigOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.GlobalConfiguration;

/**
 * The Flink configuration of a run, in layers: Flink's defaults, then {@code flink-conf/config.yaml}
 * (or {@code $FLINK_CONF_DIR}), then what dj-flink derives from the recipe (parallelism, state
 * backend, where checkpoints and savepoints go), then the recipe's own {@code flink:} options,
 * which win.
 */
public final class FlinkJobConfig {

    /** Where Flink checkpoints are taken by default; bulk part files roll at each. */
    static final String DEFAULT_CHECKPOINT_INTERVAL = "10s";

    private FlinkJobConfig() {
    }

    /**
     * @param confDir the directory of {@code config.yaml}, or null for none
     * @param restorePath a savepoint or retained checkpoint to restore, or null
     */
    public static Configuration build(RecipeConfig recipe, JobLayout layout, Path confDir, String restorePath) {
        Configuration conf = confDir != null && Files.isRegularFile(confDir.resolve("config.yaml"))
                ? GlobalConfiguration.loadConfiguration(confDir.toString())
                : new Configuration();
        set(conf, "execution.runtime-mode", "STREAMING");
        set(conf, "parallelism.default", Integer.toString(recipe.np()));
        set(conf, "pipeline.object-reuse", "true");
        set(conf, "pipeline.name", "dj-flink " + recipe.projectName() + " " + layout.jobId());
        set(conf, "execution.checkpointing.savepoint-dir", layout.savepointsDir().toUri().toString());
        if (recipe.checkpoint().effectiveStrategy() != CheckpointStrategy.DISABLED) {
            set(conf, "state.backend.type", "rocksdb");
            set(conf, "execution.checkpointing.dir", layout.flinkCheckpointsDir().toUri().toString());
            set(conf, "execution.checkpointing.externalized-checkpoint-retention", "RETAIN_ON_CANCELLATION");
            set(conf, "execution.checkpointing.incremental", "true");
            setDefault(conf, "execution.checkpointing.interval", DEFAULT_CHECKPOINT_INTERVAL);
        } else {
            set(conf, "state.backend.type", "hashmap");
            conf.removeKey("execution.checkpointing.interval");
        }
        setDefault(conf, "restart-strategy.type", "fixed-delay");
        setDefault(conf, "restart-strategy.fixed-delay.attempts", "2");
        setDefault(conf, "restart-strategy.fixed-delay.delay", "1s");
        if (restorePath != null) {
            set(conf, "execution.state-recovery.path", restorePath);
        }
        for (Map.Entry<String, String> e : recipe.flink().options().entrySet()) {
            set(conf, e.getKey(), e.getValue());
        }
        return conf;
    }

    static void set(Configuration conf, String key, String value) {
        conf.set(ConfigOptions.key(key).stringType().noDefaultValue(), value);
    }

    private static void setDefault(Configuration conf, String key, String value) {
        if (!conf.containsKey(key)) {
            set(conf, key, value);
        }
    }
}
