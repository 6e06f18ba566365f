/**
 * Header-only readers of media files (image sizes, audio durations, video size and
 * duration), and the error that marks a file as unreadable.
 *
 * <p>Uses nothing else of dj-flink.
 */
package io.djflink.ops.media;
