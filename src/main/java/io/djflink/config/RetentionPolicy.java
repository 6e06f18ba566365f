package io.djflink.config;

import java.util.Locale;

/** {@code intermediate_storage.retention_policy}: what happens to intermediate data after a run. */
public enum RetentionPolicy {
    /** Keep everything. */
    KEEP_ALL,
    /** Delete intermediate data after a fully successful run; keep it when the run failed. */
    KEEP_FAILED_ONLY,
    /** Delete intermediate data after every run, once the export is committed. */
    CLEANUP_ALL;

    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
