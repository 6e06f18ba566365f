package io.djflink.storage.export;

import java.nio.file.Path;
import java.util.Locale;

/** The format of {@code export_path}, chosen by its extension as DataJuicer does. */
public enum ExportFormat {
    /** {@code .jsonl} and {@code .json}: JSON lines. */
    JSONL(new JsonlExportWriter()),
    /** {@code .parquet}: one snappy-compressed file with a schema inferred over every row. */
    PARQUET(new ParquetExportWriter());

    private static final String SUPPORTED = ".jsonl, .json, .parquet";

    private final ExportWriter writer;

    ExportFormat(ExportWriter writer) {
        this.writer = writer;
    }

    /** @throws IllegalArgumentException naming the path and the supported extensions */
    public static ExportFormat forPath(String exportPath) {
        Path fileName = Path.of(exportPath).getFileName();
        String name = fileName == null ? "" : fileName.toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".jsonl") || name.endsWith(".json")) {
            return JSONL;
        }
        if (name.endsWith(".parquet")) {
            return PARQUET;
        }
        int dot = name.lastIndexOf('.');
        String found = dot < 0 ? "no extension" : "extension '" + name.substring(dot) + "'";
        throw new IllegalArgumentException("export_path '" + exportPath + "' has " + found
                + "; supported extensions: " + SUPPORTED);
    }

    public ExportWriter writer() {
        return writer;
    }
}
