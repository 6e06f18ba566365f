/**
 * Partitions as bounded Flink source splits, after {@code flink-connector-files}: the
 * source, its split enumerator (lowest pending partition first), the reader, the split with its
 * checkpointed progress and the split serializer; a split opens its records from the input files or
 * from the stage checkpoint it resumes from, and replays digests of global ops as ghosts.
 *
 * <p>May use {@code runtime.element}, {@code runtime.global} (the digest field), {@code
 * runtime.operators} (partition markers), {@code partition}, {@code plan}, the storage packages and
 * {@code json}.
 */
package io.djflink.runtime.source;
