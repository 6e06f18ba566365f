/**
 * Values to bytes and back: JSON text as DataJuicer writes it (Python's float repr, key
 * order, non-ASCII as is) and the compact binary form used in Flink state and stage files.
 *
 * <p>May use {@code python} and {@code ops} (samples).
 */
package io.djflink.storage.codec;
