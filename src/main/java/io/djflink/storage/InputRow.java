package io.djflink.storage;

import io.djflink.ops.Sample;

/**
 * One row read from the input.
 *
 * @param line 1-based line number in its file (for Parquet: the 1-based record number)
 * @param row the dataset-wide, 0-based row index
 */
public record InputRow(long line, long row, Sample sample) {
}
