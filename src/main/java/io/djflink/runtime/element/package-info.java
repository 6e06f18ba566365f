/**
 * {@link io.djflink.runtime.element.Element}, what flows between dj-flink's operators (a
 * record with its input position, a partition marker, or a ghost), and its Flink type information
 * and serializer.
 *
 * <p>May use {@code ops} (the sample), {@code storage.records} and {@code storage.codec}.
 */
package io.djflink.runtime.element;
