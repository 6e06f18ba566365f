package io.djflink.storage.records;

import io.djflink.ops.Sample;
import io.djflink.storage.codec.BinaryValueCodec;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Records held in memory in {@link BinaryValueCodec} form, so the caller's samples can change
 * after they were written. Bytes go to fixed-size chunks: growing never copies what is already
 * held, and a part may exceed the 2 GB of one array.
 */
final class RowBuffer {

    private static final int CHUNK_BYTES = 1 << 20;

    private final List<byte[]> chunks = new ArrayList<>();
    private final DataOutputStream out = new DataOutputStream(new ChunkOutput());
    private byte[] current;
    private int used = CHUNK_BYTES;
    private long rows;

    void append(long row, int[] sub, Sample sample) throws IOException {
        out.writeLong(row);
        BinaryValueCodec.writeVarInt(out, sub.length);
        for (int index : sub) {
            out.writeInt(index);
        }
        BinaryValueCodec.writeSample(out, sample);
        rows++;
    }

    long rows() {
        return rows;
    }

    long bytes() {
        return chunks.isEmpty() ? 0 : (long) (chunks.size() - 1) * CHUNK_BYTES + used;
    }

    /** Frees the held bytes; {@link #rows()} still counts the records appended. */
    void release() {
        chunks.clear();
        current = null;
        used = CHUNK_BYTES;
    }

    /** Reads the records back in the order they were appended. */
    Cursor cursor() {
        return new Cursor();
    }

    final class Cursor {

        private final DataInputStream in = new DataInputStream(new ChunkInput());
        private long remaining = rows;

        /** @return the next record, or {@code null} after the last */
        StoredRecord next() throws IOException {
            return next(false);
        }

        /** The next record with its top-level strings left in UTF-8 ({@link Utf8Text}), or null after the last. */
        StoredRecord nextKeepingUtf8() throws IOException {
            return next(true);
        }

        private StoredRecord next(boolean keepUtf8) throws IOException {
            if (remaining == 0) {
                return null;
            }
            remaining--;
            long row = in.readLong();
            int[] sub = new int[BinaryValueCodec.readVarInt(in)];
            for (int i = 0; i < sub.length; i++) {
                sub[i] = in.readInt();
            }
            return new StoredRecord(row, sub,
                    keepUtf8 ? BinaryValueCodec.readSampleKeepingUtf8(in) : BinaryValueCodec.readSample(in));
        }
    }

    private final class ChunkOutput extends OutputStream {

        @Override
        public void write(int b) {
            if (used == CHUNK_BYTES) {
                newChunk();
            }
            current[used++] = (byte) b;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            while (len > 0) {
                if (used == CHUNK_BYTES) {
                    newChunk();
                }
                int n = Math.min(len, CHUNK_BYTES - used);
                System.arraycopy(b, off, current, used, n);
                used += n;
                off += n;
                len -= n;
            }
        }

        private void newChunk() {
            current = new byte[CHUNK_BYTES];
            chunks.add(current);
            used = 0;
        }
    }

    private final class ChunkInput extends InputStream {

        private int chunk;
        private int position;

        @Override
        public int read() {
            if (!advanceToData()) {
                return -1;
            }
            return chunks.get(chunk)[position++] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (len == 0) {
                return 0;
            }
            if (!advanceToData()) {
                return -1;
            }
            int n = Math.min(len, limitOf(chunk) - position);
            System.arraycopy(chunks.get(chunk), position, b, off, n);
            position += n;
            return n;
        }

        private boolean advanceToData() {
            while (chunk < chunks.size() && position == limitOf(chunk)) {
                chunk++;
                position = 0;
            }
            return chunk < chunks.size();
        }

        private int limitOf(int index) {
            return index == chunks.size() - 1 ? used : CHUNK_BYTES;
        }
    }
}
