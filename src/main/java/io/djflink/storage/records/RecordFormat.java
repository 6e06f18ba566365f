package io.djflink.storage.records;

import io.djflink.storage.NamedFormat;

/**
 * The record formats of stage checkpoints and digests ({@code intermediate_storage.format}, the
 * {@code format} of an output's manifest): a registry of {@link NamedFormat}s, each making the
 * {@link RecordEncoding} that writes and reads its files with a given compression.
 */
public enum RecordFormat implements NamedFormat {
    PARQUET("parquet") {
        @Override
        public RecordEncoding with(Compression compression) {
            return new ParquetRecordEncoding(compression);
        }
    },
    ARROW("arrow") {
        @Override
        public RecordEncoding with(Compression compression) {
            return new ArrowRecordEncoding(compression);
        }
    },
    JSONL("jsonl") {
        @Override
        public RecordEncoding with(Compression compression) {
            return new JsonlRecordEncoding(compression);
        }
    };

    private final String configName;

    RecordFormat(String configName) {
        this.configName = configName;
    }

    @Override
    public String configName() {
        return configName;
    }

    /** The encoding of this format's files with {@code compression}. */
    public abstract RecordEncoding with(Compression compression);

    /** @throws IllegalArgumentException naming the unknown name and the known ones */
    public static RecordFormat forName(String name) {
        return NamedFormat.byName(RecordFormat.class, "record format", name);
    }
}
