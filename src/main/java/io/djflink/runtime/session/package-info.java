/**
 * Where a Flink job runs: an embedded MiniCluster, a remote cluster by its REST URL, or
 * the context of {@code flink run}; and the Flink configuration a recipe asks for.
 *
 * <p>May use {@code config} and {@code storage.jobdir}; independent of the rest of {@code runtime}.
 */
package io.djflink.runtime.session;
