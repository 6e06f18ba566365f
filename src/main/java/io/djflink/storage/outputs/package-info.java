/**
 * Partition outputs and their commit protocol, in one place: a partition's stage checkpoint,
 * digest or result is written as part files (hidden while in progress, renamed when complete),
 * rolled at every Flink checkpoint ({@link io.djflink.storage.outputs.OutputProgress} is what Flink
 * keeps), and exists only once its {@code _manifest.json} is written atomically; readers check the
 * parts against the manifest. Also atomic file replacement, and how a result is shaped for export.
 *
 * <p>May use {@code storage.records}, {@code storage.codec}, {@code ops} (samples) and {@code json}.
 */
package io.djflink.storage.outputs;
