/**
 * Running and managing jobs: the runner (job directory, lock, partition plan, resume plan,
 * run records, how a run ended), the in-process executor ({@code executor_type: default}), restore
 * points, progress, and DataJuicer's job utilities (monitor, stopper, job list).
 *
 * <p>May use every package below {@code cli}: {@code runtime} to build and run the Flink job,
 * {@code plan}, {@code partition}, {@code config}, {@code events}, {@code storage}, {@code ops}.
 */
package io.djflink.job;
