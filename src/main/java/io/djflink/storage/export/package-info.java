/**
 * The export: {@code export_path} assembled from the partitions' committed results in input
 * order, in its format (jsonl or parquet), atomically.
 *
 * <p>May use {@code storage.jobdir}, {@code storage.outputs}, {@code storage.records},
 * {@code storage.codec}, {@code ops} and the registry shape of {@code storage}.
 */
package io.djflink.storage.export;
