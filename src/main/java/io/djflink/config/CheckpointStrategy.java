package io.djflink.config;

import java.util.Locale;

/** {@code checkpoint.strategy}: after which ops each partition's data is materialised. */
public enum CheckpointStrategy {
    EVERY_OP,
    EVERY_N_OPS,
    MANUAL,
    DISABLED;

    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
