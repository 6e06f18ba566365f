package io.djflink.storage.outputs;

import io.djflink.storage.records.Compression;
import io.djflink.storage.records.RecordFileFormat;
import io.djflink.storage.records.RecordReader;
import io.djflink.storage.records.RecordWriter;
import io.djflink.storage.records.StageFormat;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Locale;

/** Part files of stage checkpoints and digests: {@code intermediate_storage.format} and {@code .compression}. */
public final class StageEncoding implements PartEncoding {

    private static final long serialVersionUID = 1L;

    private final StageFormat format;
    private final Compression compression;
    private transient RecordFileFormat files;

    private StageEncoding(StageFormat format, Compression compression) {
        this.format = format;
        this.compression = compression;
    }

    public static StageEncoding of(StageFormat format, Compression compression) {
        return new StageEncoding(format, compression);
    }

    /** The encoding a manifest names (outputs are read back in the format they were written in). */
    public static StageEncoding named(String format, String compression) {
        return of(StageFormat.valueOf(format.toUpperCase(Locale.ROOT)),
                Compression.valueOf(compression.toUpperCase(Locale.ROOT)));
    }

    private RecordFileFormat files() {
        if (files == null) {
            files = RecordFileFormat.of(format, compression);
        }
        return files;
    }

    @Override
    public String extension() {
        return files().extension();
    }

    @Override
    public String formatName() {
        return format.configName();
    }

    @Override
    public String compressionName() {
        return compression.configName();
    }

    @Override
    public RecordWriter newWriter(OutputStream out) throws IOException {
        return files().newWriter(out);
    }

    @Override
    public RecordReader openReader(Path file) throws IOException {
        return files().openReader(file);
    }
}
