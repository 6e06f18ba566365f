/**
 * A port of ftfy's {@code fix_text} for {@code fix_unicode_mapper}: mojibake detection,
 * encoding fixes, HTML entities and character fixes.
 *
 * <p>Uses nothing else of dj-flink.
 */
package io.djflink.ops.unicode;
