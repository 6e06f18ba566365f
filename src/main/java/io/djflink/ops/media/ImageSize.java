package io.djflink.ops.media;

/** An image's stored width and height in pixels, as PIL's {@code Image.width}/{@code height} (EXIF rotation not applied). */
public record ImageSize(long width, long height) {
}
