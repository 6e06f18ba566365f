package io.djflink.config;

import java.util.Locale;

/** {@code partition.mode}. */
public enum PartitionMode {
    AUTO,
    MANUAL;

    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
