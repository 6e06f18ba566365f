package io.djflink.storage.records;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.flink.core.fs.FSDataOutputStream;

/** Presents a plain output stream as the positioned stream Flink's bulk writers write to. */
final class FlinkOutputStreamAdapter extends FSDataOutputStream {

    private final OutputStream out;
    private long position;

    FlinkOutputStreamAdapter(OutputStream out) {
        this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
        out.write(b);
        position++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
        position += len;
    }

    @Override
    public long getPos() {
        return position;
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    /** Flushes; durability is the job of whoever owns the underlying stream. */
    @Override
    public void sync() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
