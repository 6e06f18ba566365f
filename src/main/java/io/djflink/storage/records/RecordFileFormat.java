package io.djflink.storage.records;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * One file format of stage checkpoints ({@code intermediate_storage.format} and {@code .compression}).
 * Every format gives back exactly the records written: the same keys in the same order, null apart
 * from a missing key, {@code 1} apart from {@code 1.0}, nested key order, NaN and infinities.
 *
 * <p>Values come back in the form {@link JsonCodec} reads them, which is the form samples have:
 * {@code Integer} becomes {@code Long}, {@code Float} becomes {@code Double}, and a
 * {@code BigInteger} or {@code BigDecimal} keeps its class only when a {@code long} or a finite
 * {@code double} could not hold it.
 */
public interface RecordFileFormat {

    static RecordFileFormat of(StageFormat format, Compression compression) {
        return switch (format) {
            case PARQUET -> new ParquetRecordFormat(compression);
            case ARROW -> new ArrowRecordFormat(compression);
            case JSONL -> new JsonlRecordFormat(compression);
        };
    }

    /** The file name extension without a leading dot, e.g. {@code parquet}, {@code jsonl.gz}. */
    String extension();

    /** A writer of one part file to {@code out}; the writer owns {@code out} and closes it. */
    RecordWriter newWriter(OutputStream out) throws IOException;

    RecordReader openReader(Path file) throws IOException;
}
