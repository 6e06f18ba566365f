/**
 * DataJuicer's deduplicators: exact ({@code document_deduplicator}), MinHash-LSH and SimHash,
 * as hash or digest functions plus a decision over all samples.
 *
 * <p>May use {@code ops}, {@code ops.text} and {@code python}.
 */
package io.djflink.ops.deduplicator;
