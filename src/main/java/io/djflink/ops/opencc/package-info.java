/**
 * OpenCC's Chinese conversions for {@code chinese_convert_mapper}: configurations,
 * dictionaries and the longest-match converter.
 *
 * <p>Uses nothing else of dj-flink.
 */
package io.djflink.ops.opencc;
