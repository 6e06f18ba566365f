/**
 * The per-record and per-partition Flink operators: partition lifecycle events, one
 * mapper or filter as an operator, writing a partition's stage checkpoint or result, and the final
 * export committer; with the counters and events they report.
 *
 * <p>May use {@code runtime.element}, {@code runtime.eventlog}, {@code plan}, {@code events},
 * {@code ops}, the storage packages and {@code json}.
 */
package io.djflink.runtime.operators;
