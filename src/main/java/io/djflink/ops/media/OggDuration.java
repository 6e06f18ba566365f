package io.djflink.ops.media;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

/**
 * The duration of an Ogg Vorbis or Opus stream from two pages: the first, whose identification
 * header gives the sample rate (Opus: its pre-skip, at 48 kHz), and the last page of the same
 * stream, whose granule position is the number of samples up to its end.
 */
final class OggDuration {

    /** An Ogg page is at most 27 + 255 + 255 * 255 bytes long. */
    private static final int MAX_PAGE = 65_307;
    private static final int HEADER = 27;

    private OggDuration() {
    }

    static double seconds(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file)) {
            ByteBuffer first = read(channel, 0, (int) Math.min(channel.size(), MAX_PAGE));
            if (!isPage(first, 0)) {
                throw unreadable(file, "no Ogg page at its start");
            }
            int serial = first.getInt(14);
            int data = HEADER + (first.get(26) & 0xff);
            long tailStart = Math.max(0, channel.size() - MAX_PAGE);
            long granule = lastGranule(read(channel, tailStart, (int) (channel.size() - tailStart)), serial);
            if (granule < 0) {
                throw unreadable(file, "no page with a granule position at its end");
            }
            if (startsWith(first, data, "\u0001vorbis")) {
                long rate = first.getInt(data + 12) & 0xffffffffL;
                return (double) granule / rate;
            }
            if (startsWith(first, data, "OpusHead")) {
                int preSkip = first.getShort(data + 10) & 0xffff;
                return (double) (granule - preSkip) / 48_000;
            }
            throw unreadable(file, "an Ogg stream that is neither Vorbis nor Opus");
        }
    }

    private static long lastGranule(ByteBuffer tail, int serial) {
        for (int at = tail.limit() - HEADER; at >= 0; at--) {
            if (isPage(tail, at) && tail.getInt(at + 14) == serial && tail.getLong(at + 6) != -1) {
                return tail.getLong(at + 6);
            }
        }
        return -1;
    }

    private static boolean isPage(ByteBuffer b, int at) {
        return b.limit() - at >= HEADER && startsWith(b, at, "OggS") && b.get(at + 4) == 0;
    }

    private static boolean startsWith(ByteBuffer b, int at, String ascii) {
        if (b.limit() - at < ascii.length()) {
            return false;
        }
        for (int i = 0; i < ascii.length(); i++) {
            if (b.get(at + i) != ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static ByteBuffer read(FileChannel channel, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        int read;
        do {
            read = channel.read(buffer, position + buffer.position());
        } while (read >= 0 && buffer.hasRemaining());
        return buffer.flip();
    }

    private static MediaUnreadableException unreadable(Path file, String reason) {
        return new MediaUnreadableException(AudioDurations.KIND, file, reason);
    }
}
