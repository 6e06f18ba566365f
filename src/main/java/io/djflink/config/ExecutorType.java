package io.djflink.config;

import java.util.Locale;

/** {@code executor_type}: which engine runs the recipe. */
public enum ExecutorType {
    /** Partitioned, checkpointed execution on Flink ({@code ray_partitioned} is read as this). */
    FLINK_PARTITIONED,
    /** DataJuicer's single-process executor, for small data and recipe debugging. */
    DEFAULT;

    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
