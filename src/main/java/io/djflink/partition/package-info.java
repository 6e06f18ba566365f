/**
 * Partitions: planning (manual row ranges, or auto sizing from modality, measured row sizes
 * and pipeline complexity), the partition table persisted in {@code partitions/partitions.json},
 * content hashes, reading a partition's rows, and the check that the input has not changed.
 *
 * <p>May use {@code config}, {@code ops} (samples), {@code storage.input}, {@code storage.codec} and
 * {@code json}.
 */
package io.djflink.partition;
