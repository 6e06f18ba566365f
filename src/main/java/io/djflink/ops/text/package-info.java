/**
 * Text algorithms the ops share: words and their refinement, n-gram and character-window
 * counting, special and whitespace characters, regex helpers.
 *
 * <p>May use {@code ops} and {@code python}.
 */
package io.djflink.ops.text;
