/**
 * DataJuicer's mappers: ops that change a sample's text or fields, and the expanding mappers
 * that split one sample into several.
 *
 * <p>May use {@code ops} and its shared subpackages, and {@code python}.
 */
package io.djflink.ops.mapper;
