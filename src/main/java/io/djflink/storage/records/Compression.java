package io.djflink.storage.records;

import java.util.Locale;

/** {@code intermediate_storage.compression}. */
public enum Compression {
    SNAPPY,
    GZIP,
    NONE;

    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
