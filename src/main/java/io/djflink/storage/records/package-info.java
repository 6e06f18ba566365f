/**
 * Record files, the intermediate formats a stage checkpoint is written in: parquet, arrow
 * and jsonl, each with its compressions, their writers (typed columns when a part's values share a
 * type, JSON text otherwise) and readers that give back exactly the records written.
 *
 * <p>May use {@code storage.codec} and {@code ops} (samples).
 */
package io.djflink.storage.records;
