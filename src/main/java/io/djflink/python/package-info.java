/**
 * Python's and numpy's behaviour where DataJuicer's results depend on it: {@code str} methods
 * and character classes, the {@code re}/{@code regex} dialect, {@code float()} and {@code repr},
 * value types and comparisons, numpy's random generators and scipy's quadrature.
 *
 * <p>Uses nothing else of dj-flink.
 */
package io.djflink.python;
