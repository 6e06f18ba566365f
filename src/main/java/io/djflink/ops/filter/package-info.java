/**
 * DataJuicer's filters: each computes its statistics into {@code __dj__stats__} and keeps or
 * drops the sample by them, with DataJuicer's inclusive bounds.
 *
 * <p>May use {@code ops} and its shared subpackages, and {@code python}.
 */
package io.djflink.ops.filter;
