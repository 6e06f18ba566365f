/**
 * The Flink job: {@link io.djflink.runtime.Topology} wires the operators of the subpackages
 * into a job graph for an {@link io.djflink.plan.ExecutionPlan}; {@link io.djflink.runtime.JobSpec}
 * is everything a job needs, serialisable for the cluster.
 *
 * <p>Subpackages: {@code session} (where Flink runs), {@code source} (partitions as source splits),
 * {@code element} (what flows between operators), {@code operators} (per-record and per-partition
 * operators), {@code global} (ops that decide across partitions), {@code eventlog} (events as a side
 * output). May use {@code plan}, {@code partition}, {@code config}, {@code events}, {@code storage}
 * and {@code ops}; only {@code job} uses it.
 */
package io.djflink.runtime;
