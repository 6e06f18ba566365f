package io.djflink.ops.media;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads an MP4 or QuickTime file's first video track from its {@code moov} box alone (wherever it
 * lies, the media data is skipped): the duration and timescale of the track's {@code mdhd}, and the
 * size of its first sample description ({@code stsd}), or of its {@code tkhd} when that has none.
 * Edit lists are not applied.
 */
public final class Mp4Headers {

    private static final String KIND = "video";
    /** A {@code moov} larger than this is not a header any sane file has. */
    private static final long MAX_MOOV_BYTES = 256L << 20;

    private Mp4Headers() {
    }

    /** @throws MediaUnreadableException when the file is missing, not an MP4/MOV, or has no video track */
    public static VideoInfo read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new MediaUnreadableException(KIND, file, "no such file");
        }
        try (FileChannel channel = FileChannel.open(file)) {
            ByteBuffer moov = findMoov(channel, file);
            for (Box trak : Box.children(moov, "trak")) {
                Optional<VideoInfo> video = videoTrack(trak.payload());
                if (video.isPresent()) {
                    return video.get();
                }
            }
            throw new MediaUnreadableException(KIND, file, "it has no video track");
        } catch (IOException | IndexOutOfBoundsException | IllegalArgumentException e) {
            throw new MediaUnreadableException(KIND, file, "not a valid MP4/MOV file (" + e + ")", e);
        }
    }

    private static ByteBuffer findMoov(FileChannel channel, Path file) throws IOException {
        long position = 0;
        long size = channel.size();
        while (position + 8 <= size) {
            ByteBuffer header = Box.read(channel, position, (int) Math.min(16, size - position));
            long boxSize = Integer.toUnsignedLong(header.getInt(0));
            String type = Box.type(header, 4);
            int headerSize = 8;
            if (boxSize == 1) {
                boxSize = header.getLong(8);
                headerSize = 16;
            } else if (boxSize == 0) {
                boxSize = size - position;
            }
            if (boxSize < headerSize || position + boxSize > size) {
                break;
            }
            if (type.equals("moov")) {
                if (boxSize > MAX_MOOV_BYTES) {
                    throw new MediaUnreadableException(KIND, file, "its 'moov' box is " + boxSize + " bytes");
                }
                return Box.read(channel, position + headerSize, (int) (boxSize - headerSize));
            }
            position += boxSize;
        }
        throw new MediaUnreadableException(KIND, file, "not an MP4/MOV file (no complete 'moov' box)");
    }

    private static Optional<VideoInfo> videoTrack(ByteBuffer trak) {
        Optional<ByteBuffer> mdia = Box.child(trak, "mdia");
        Optional<ByteBuffer> handler = mdia.flatMap(m -> Box.child(m, "hdlr"));
        if (handler.isEmpty() || !Box.type(handler.get(), 8).equals("vide")) {
            return Optional.empty();
        }
        ByteBuffer mdhd = mdia.flatMap(m -> Box.child(m, "mdhd")).orElseThrow(
                () -> new IllegalArgumentException("video track without 'mdhd'"));
        boolean v1 = mdhd.get(0) == 1;
        long timescale = Integer.toUnsignedLong(mdhd.getInt(v1 ? 20 : 12));
        long duration = v1 ? mdhd.getLong(24) : Integer.toUnsignedLong(mdhd.getInt(16));
        if (timescale == 0) {
            throw new IllegalArgumentException("video track with timescale 0");
        }
        long[] size = sampleEntrySize(mdia.get()).orElseGet(() -> trackHeaderSize(trak));
        return Optional.of(new VideoInfo(size[0], size[1], duration, timescale));
    }

    /** Width and height of the first visual sample entry: 8 bytes of box header, then 24 bytes before them. */
    private static Optional<long[]> sampleEntrySize(ByteBuffer mdia) {
        return Box.child(mdia, "minf").flatMap(m -> Box.child(m, "stbl")).flatMap(s -> Box.child(s, "stsd"))
                .filter(stsd -> stsd.getInt(4) > 0 && stsd.limit() >= 8 + 36)
                .map(stsd -> new long[] {stsd.getShort(8 + 32) & 0xffff, stsd.getShort(8 + 34) & 0xffff});
    }

    /** The track header's presentation size, 16.16 fixed point in its last 8 bytes. */
    private static long[] trackHeaderSize(ByteBuffer trak) {
        ByteBuffer tkhd = Box.child(trak, "tkhd").orElseThrow(
                () -> new IllegalArgumentException("video track without 'tkhd' or sample description"));
        int end = tkhd.limit();
        return new long[] {Integer.toUnsignedLong(tkhd.getInt(end - 8)) >>> 16,
            Integer.toUnsignedLong(tkhd.getInt(end - 4)) >>> 16};
    }
}
