package io.djflink.ops.media;

import java.io.IOException;
import java.util.Optional;
import javax.imageio.stream.ImageInputStream;

/**
 * The canvas size of a WebP file from its first chunk (RFC 9649): {@code VP8X} (extended: 24-bit
 * canvas width and height minus one), {@code VP8L} (lossless: 14-bit sizes minus one after the
 * signature byte) or {@code VP8 } (lossy: 14-bit sizes after the key frame start code).
 */
final class WebpHeader {

    private WebpHeader() {
    }

    /** @return empty when the stream is not a RIFF WebP file */
    static Optional<ImageSize> read(ImageInputStream in) throws IOException {
        byte[] head = new byte[30];
        if (in.read(head) < head.length || !ascii(head, 0, "RIFF") || !ascii(head, 8, "WEBP")) {
            return Optional.empty();
        }
        if (ascii(head, 12, "VP8X")) {
            return Optional.of(new ImageSize(uint24(head, 24) + 1, uint24(head, 27) + 1));
        }
        if (ascii(head, 12, "VP8L") && (head[20] & 0xff) == 0x2f) {
            long bits = uint16(head, 21) | (long) uint16(head, 23) << 16;
            return Optional.of(new ImageSize((bits & 0x3fff) + 1, ((bits >> 14) & 0x3fff) + 1));
        }
        if (ascii(head, 12, "VP8 ") && (head[23] & 0xff) == 0x9d && (head[24] & 0xff) == 0x01
                && (head[25] & 0xff) == 0x2a) {
            return Optional.of(new ImageSize(uint16(head, 26) & 0x3fff, uint16(head, 28) & 0x3fff));
        }
        return Optional.empty();
    }

    private static boolean ascii(byte[] b, int at, String text) {
        for (int i = 0; i < text.length(); i++) {
            if (b[at + i] != text.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int uint16(byte[] b, int at) {
        return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8;
    }

    private static long uint24(byte[] b, int at) {
        return uint16(b, at) | (long) (b[at + 2] & 0xff) << 16;
    }
}
