package io.djflink.storage.records;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.file.Path;

/**
 * How the part files of a partition output are written and read: a {@link RecordFormat} with a
 * {@link Compression} (stage checkpoints and digests), or the plain JSON lines of results. Every
 * encoding of a record format gives back exactly the records written: the same keys in the same
 * order, null apart from a missing key, {@code 1} apart from {@code 1.0}, nested key order, NaN
 * and infinities.
 *
 * <p>Values come back in the form {@code JsonCodec} reads them, which is the form samples have:
 * {@code Integer} becomes {@code Long}, {@code Float} becomes {@code Double}, and a
 * {@code BigInteger} or {@code BigDecimal} keeps its class only when a {@code long} or a finite
 * {@code double} could not hold it. Encodings are serializable: Flink operators carry them.
 */
public interface RecordEncoding extends Serializable {

    static RecordEncoding of(RecordFormat format, Compression compression) {
        return format.with(compression);
    }

    /** The encoding a manifest names: outputs are read back in the format they were written in. */
    static RecordEncoding named(String format, String compression) {
        return of(RecordFormat.forName(format), Compression.forName(compression));
    }

    /** The file name extension of a part, without a leading dot, e.g. {@code parquet}, {@code jsonl.gz}. */
    String extension();

    /** The format and compression names a manifest records. */
    String formatName();

    String compressionName();

    /** A writer of one part file to {@code out}; the writer owns {@code out} and closes it. */
    RecordWriter newWriter(OutputStream out) throws IOException;

    RecordReader openReader(Path file) throws IOException;
}
