package io.djflink.storage.export;

import io.djflink.storage.NamedFormat;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The formats of {@code export_path}, chosen by its extension as DataJuicer does (a registry of {@link NamedFormat}s). */
public enum ExportFormat implements NamedFormat {
    /** {@code .jsonl} and {@code .json}: JSON lines. */
    JSONL("jsonl", List.of(".jsonl", ".json"), new JsonlExportWriter()),
    /** {@code .parquet}: one snappy-compressed file with a schema inferred over every row. */
    PARQUET("parquet", List.of(".parquet"), new ParquetExportWriter());

    private final String configName;
    private final List<String> extensions;
    private final ExportWriter writer;

    ExportFormat(String configName, List<String> extensions, ExportWriter writer) {
        this.configName = configName;
        this.extensions = extensions;
        this.writer = writer;
    }

    @Override
    public String configName() {
        return configName;
    }

    @Override
    public List<String> fileExtensions() {
        return extensions;
    }

    public ExportWriter writer() {
        return writer;
    }

    /** @throws IllegalArgumentException naming the path and the supported extensions */
    public static ExportFormat forPath(String exportPath) {
        Path fileName = Path.of(exportPath).getFileName();
        String name = fileName == null ? "" : fileName.toString().toLowerCase(Locale.ROOT);
        return NamedFormat.byFileName(ExportFormat.class, name).orElseThrow(() -> {
            int dot = name.lastIndexOf('.');
            String found = dot < 0 ? "no extension" : "extension '" + name.substring(dot) + "'";
            return new IllegalArgumentException("export_path '" + exportPath + "' has " + found
                    + "; supported extensions: " + NamedFormat.knownExtensions(ExportFormat.class));
        });
    }
}
