package io.djflink.config;

/** {@code executor_type}: which engine runs the recipe. */
public enum ExecutorType {
    /** Partitioned, checkpointed execution on Flink ({@code ray_partitioned} is read as this). */
    FLINK_PARTITIONED,
    /** DataJuicer's single-process executor, for small data and recipe debugging. */
    DEFAULT
}
