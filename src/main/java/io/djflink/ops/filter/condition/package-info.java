/**
 * The condition language of {@code general_field_filter}: the subset of Python expressions
 * DataJuicer evaluates, lexed, parsed and evaluated with Python's semantics.
 *
 * <p>May use {@code ops} and {@code python}.
 */
package io.djflink.ops.filter.condition;
