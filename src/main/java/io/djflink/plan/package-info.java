/**
 * The execution plan: the recipe's ops in order with their fingerprints, where the checkpoint
 * strategy puts stage boundaries, which ops are global, how input rows become samples, and the
 * DAG plan written to {@code dag_execution_plan.json}.
 *
 * <p>May use {@code partition}, {@code config}, {@code ops} and the storage packages.
 */
package io.djflink.plan;
