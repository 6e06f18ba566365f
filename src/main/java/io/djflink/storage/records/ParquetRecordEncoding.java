package io.djflink.storage.records;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

/**
 * Parquet files with the columns of {@link AvroRecordMapping}. Parquet compresses its pages
 * itself and names the codec in its metadata, so the extension is always {@code parquet}.
 */
record ParquetRecordEncoding(Compression compression) implements RecordEncoding {

    private static final long serialVersionUID = 1L;

    @Override
    public String formatName() {
        return RecordFormat.PARQUET.configName();
    }

    @Override
    public String compressionName() {
        return compression.configName();
    }

    @Override
    public String extension() {
        return "parquet";
    }

    @Override
    public RecordWriter newWriter(OutputStream out) {
        return new ColumnarRecordWriter(new ParquetColumnarEncoder(codec()), new BufferedOutputStream(out, 64 * 1024));
    }

    @Override
    public RecordReader openReader(Path file) throws IOException {
        return new ParquetRecordReader(file);
    }

    private CompressionCodecName codec() {
        return switch (compression) {
            case SNAPPY -> CompressionCodecName.SNAPPY;
            case GZIP -> CompressionCodecName.GZIP;
            case NONE -> CompressionCodecName.UNCOMPRESSED;
        };
    }
}
