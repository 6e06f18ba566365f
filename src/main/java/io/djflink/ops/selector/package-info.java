/**
 * DataJuicer's selectors (random, top-k, frequency and range over a field): whole-dataset ops
 * that decide from compact digests of every sample.
 *
 * <p>May use {@code ops} and {@code python}.
 */
package io.djflink.ops.selector;
