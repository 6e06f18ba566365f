package io.djflink.storage.records;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Arrow IPC stream files (the format {@code pyarrow.ipc.open_stream} reads), with the columns of
 * {@link ArrowColumns}.
 *
 * <p>Arrow IPC itself only compresses buffers with LZ4 or ZSTD, so {@code gzip} and {@code snappy}
 * compress the whole stream instead ({@code .arrow.gz}: gzip; {@code .arrow.snappy}: snappy's
 * framing format): decompress first, then open the stream. With {@code none} the file is a plain
 * IPC stream.
 */
record ArrowRecordEncoding(Compression compression) implements RecordEncoding {

    private static final long serialVersionUID = 1L;

    @Override
    public String formatName() {
        return RecordFormat.ARROW.configName();
    }

    @Override
    public String compressionName() {
        return compression.configName();
    }

    @Override
    public String extension() {
        return "arrow" + CompressionStreams.fileSuffix(compression);
    }

    @Override
    public RecordWriter newWriter(OutputStream out) throws IOException {
        return new ColumnarRecordWriter(new ArrowColumnarEncoder(), CompressionStreams.compress(compression, out));
    }

    @Override
    public RecordReader openReader(Path file) throws IOException {
        return new ArrowRecordReader(
                CompressionStreams.decompress(compression, Files.newInputStream(file)), file.toString());
    }
}
