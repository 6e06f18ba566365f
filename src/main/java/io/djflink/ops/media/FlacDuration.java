package io.djflink.ops.media;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A FLAC file's duration from its STREAMINFO block, which the format requires first: 20 bits of
 * sample rate and 36 bits of total samples per channel, 18 bytes into the block.
 */
final class FlacDuration {

    private FlacDuration() {
    }

    static double seconds(Path file) throws IOException {
        try (InputStream raw = Files.newInputStream(file); DataInputStream in = new DataInputStream(raw)) {
            in.skipNBytes(4 + 4 + 10);
            long packed = in.readLong();
            long rate = packed >>> 44;
            long samples = packed & 0xF_FFFF_FFFFL;
            if (rate == 0 || samples == 0) {
                throw new MediaUnreadableException(AudioDurations.KIND, file,
                        "its STREAMINFO gives no sample rate or total sample count");
            }
            return (double) samples / rate;
        }
    }
}
