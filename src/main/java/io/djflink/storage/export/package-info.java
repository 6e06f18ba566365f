/**
 * The export: {@code export_path} assembled from the partitions' committed results in input
 * order, in its format (jsonl or parquet), atomically.
 *
 * <p>May use {@code storage.jobdir}, {@code storage.outputs}, {@code storage.records},
 * {@code storage.codec} and {@code ops}.
 */
package io.djflink.storage.export;
