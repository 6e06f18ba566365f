/**
 * Record files, the intermediate formats stage checkpoints and digests are written in: a
 * {@link io.djflink.storage.records.RecordFormat} (parquet, arrow, jsonl) with a {@link
 * io.djflink.storage.records.Compression} makes the {@link io.djflink.storage.records.RecordEncoding}
 * that writes and reads part files: writers (typed columns when a part's values share a type, JSON
 * text otherwise) and readers that give back exactly the records written.
 *
 * <p>May use {@code storage.codec}, {@code ops} (samples) and the registry shape of {@code storage}.
 */
package io.djflink.storage.records;
