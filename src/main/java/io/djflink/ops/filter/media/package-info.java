/**
 * DataJuicer's media filters (image, audio and video sizes, shapes, durations), keeping a
 * sample when any or all of its files pass; files are read through {@code ops.media}.
 *
 * <p>May use {@code ops}, {@code ops.media}.
 */
package io.djflink.ops.filter.media;
