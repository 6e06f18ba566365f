/**
 * dj-flink's own JSON (the job directory's metadata files, manifests, JSON kept in Flink state,
 * REST calls, {@code --json} output): the one configured Jackson {@link
 * com.fasterxml.jackson.databind.ObjectMapper}. Samples are not read or written here: their JSON is
 * DataJuicer's and lives in {@code storage.codec}.
 *
 * <p>Uses nothing else of dj-flink; every package may use it.
 */
package io.djflink.json;
