package io.djflink.storage.records;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** JSON lines (see {@link JsonlRecordWriter}), compressed as a whole stream. */
record JsonlRecordEncoding(Compression compression) implements RecordEncoding {

    private static final long serialVersionUID = 1L;

    @Override
    public String formatName() {
        return RecordFormat.JSONL.configName();
    }

    @Override
    public String compressionName() {
        return compression.configName();
    }

    @Override
    public String extension() {
        return "jsonl" + CompressionStreams.fileSuffix(compression);
    }

    @Override
    public RecordWriter newWriter(OutputStream out) throws IOException {
        return new JsonlRecordWriter(CompressionStreams.compress(compression, out));
    }

    @Override
    public RecordReader openReader(Path file) throws IOException {
        return new JsonlRecordReader(new JsonlSampleReader(
                CompressionStreams.decompress(compression, Files.newInputStream(file)), file.toString()));
    }
}
