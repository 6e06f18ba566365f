/**
 * Reading datasets: finding the input files ({@code dataset_path} as file, directory or
 * glob), their kinds (JSON lines, gzip, parquet), reading a segment of rows with its position,
 * corrupt lines, and media paths made absolute as DataJuicer's loader makes them.
 *
 * <p>May use {@code storage.codec}, {@code ops} (samples) and the registry shape of {@code storage}.
 */
package io.djflink.storage.input;
