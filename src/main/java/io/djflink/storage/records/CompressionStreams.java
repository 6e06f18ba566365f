package io.djflink.storage.records;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.xerial.snappy.SnappyFramedInputStream;
import org.xerial.snappy.SnappyFramedOutputStream;

/**
 * Whole-stream compression for the record formats that do not compress internally: gzip
 * (java.util.zip) and snappy's framing format (snappy-java), both readable by common tools.
 * Streams come back buffered, so closing them twice is harmless.
 */
final class CompressionStreams {

    private static final int BUFFER_BYTES = 64 * 1024;

    private CompressionStreams() {
    }

    /** What a compressed file's name ends with after its format's extension. */
    static String fileSuffix(Compression compression) {
        return switch (compression) {
            case GZIP -> ".gz";
            case SNAPPY -> ".snappy";
            case NONE -> "";
        };
    }

    /** Closing the returned stream closes {@code out}; so does a failure to start the stream. */
    static OutputStream compress(Compression compression, OutputStream out) throws IOException {
        try {
            OutputStream compressed = switch (compression) {
                case GZIP -> new GZIPOutputStream(out, BUFFER_BYTES);
                case SNAPPY -> new SnappyFramedOutputStream(out);
                case NONE -> out;
            };
            return new BufferedOutputStream(compressed, BUFFER_BYTES);
        } catch (IOException e) {
            out.close();
            throw e;
        }
    }

    /** Closing the returned stream closes {@code in}; so does a failure to read the stream's header. */
    static InputStream decompress(Compression compression, InputStream in) throws IOException {
        try {
            InputStream plain = switch (compression) {
                case GZIP -> new GZIPInputStream(in, BUFFER_BYTES);
                case SNAPPY -> new SnappyFramedInputStream(in);
                case NONE -> in;
            };
            return new BufferedInputStream(plain, BUFFER_BYTES);
        } catch (IOException e) {
            in.close();
            throw e;
        }
    }
}
