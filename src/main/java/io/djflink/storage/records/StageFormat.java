package io.djflink.storage.records;

import java.util.Locale;

/** {@code intermediate_storage.format}: how stage checkpoints are written. */
public enum StageFormat {
    PARQUET,
    ARROW,
    JSONL;

    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
