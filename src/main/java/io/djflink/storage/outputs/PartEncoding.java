package io.djflink.storage.outputs;

import io.djflink.storage.records.RecordReader;
import io.djflink.storage.records.RecordWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.file.Path;

/** How the part files of one kind of partition output are written and read. */
public interface PartEncoding extends Serializable {

    /** File name extension of a part, e.g. {@code parquet} or {@code jsonl.gz}. */
    String extension();

    /** Format and compression names recorded in the manifest. */
    String formatName();

    String compressionName();

    RecordWriter newWriter(OutputStream out) throws IOException;

    RecordReader openReader(Path file) throws IOException;
}
