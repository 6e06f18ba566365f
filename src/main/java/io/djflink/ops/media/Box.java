package io.djflink.ops.media;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** An ISO base media file format box held in memory: its type and its payload (a big-endian buffer). */
record Box(String type, ByteBuffer payload) {

    /** The child boxes of a container's payload with the given type, in order. */
    static List<Box> children(ByteBuffer container, String wanted) {
        List<Box> found = new ArrayList<>();
        int at = 0;
        while (at + 8 <= container.limit()) {
            long size = Integer.toUnsignedLong(container.getInt(at));
            int header = 8;
            if (size == 1) {
                size = container.getLong(at + 8);
                header = 16;
            } else if (size == 0) {
                size = container.limit() - at;
            }
            if (size < header || at + size > container.limit()) {
                throw new IllegalArgumentException("box '" + type(container, at + 4) + "' of " + size
                        + " bytes does not fit its container");
            }
            String type = type(container, at + 4);
            if (type.equals(wanted)) {
                found.add(new Box(type, container.slice(at + header, (int) size - header)));
            }
            at += (int) size;
        }
        return found;
    }

    static Optional<ByteBuffer> child(ByteBuffer container, String wanted) {
        return children(container, wanted).stream().findFirst().map(Box::payload);
    }

    static String type(ByteBuffer b, int at) {
        byte[] four = new byte[4];
        b.get(at, four);
        return new String(four, StandardCharsets.ISO_8859_1);
    }

    static ByteBuffer read(FileChannel channel, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        int read;
        do {
            read = channel.read(buffer, position + buffer.position());
        } while (read >= 0 && buffer.hasRemaining());
        if (buffer.hasRemaining()) {
            throw new IOException("file ends inside a box at byte " + position);
        }
        return buffer.flip();
    }
}
