/**
 * Ops that decide across partitions, deterministically whatever the parallelism: exact
 * deduplication (hash before the shuffle, decide per hash once the watermark has passed, put each
 * partition back in order) and whole-dataset ops (digests to one decider, per-partition buffers
 * released by its verdicts).
 *
 * <p>May use {@code runtime.element}, {@code runtime.eventlog}, {@code runtime.operators},
 * {@code plan}, {@code ops} and the storage packages.
 */
package io.djflink.runtime.global;
