/**
 * Storage: everything dj-flink reads from or writes to files, by concept: {@code input}
 * (datasets), {@code codec} (values to bytes), {@code records} (record files of stage
 * checkpoints), {@code outputs} (partition outputs and their commit protocol), {@code jobdir} (the
 * job directory) and {@code export} ({@code export_path}). This package itself holds only the
 * shape every format registry shares ({@link io.djflink.storage.NamedFormat}).
 *
 * <p>Storage may use {@code ops} (samples), {@code python} and {@code json}; this package uses
 * nothing else of dj-flink.
 */
package io.djflink.storage;
