package io.djflink.storage.input;

import io.djflink.storage.NamedFormat;
import java.util.List;
import java.util.Optional;

/** The input file formats dj-flink reads, recognised by file name (a registry of {@link NamedFormat}s). */
public enum InputFileKind implements NamedFormat {
    /** One JSON object a line; {@code .json} files are read as JSON lines too, as DataJuicer does. */
    JSON_LINES("jsonl", List.of(".jsonl", ".json")),
    GZIP_JSON_LINES("jsonl.gz", List.of(".jsonl.gz", ".json.gz")),
    PARQUET("parquet", List.of(".parquet"));

    /** For messages: every extension dj-flink accepts. */
    public static final String SUPPORTED_EXTENSIONS = NamedFormat.knownExtensions(InputFileKind.class);

    private final String configName;
    private final List<String> extensions;

    InputFileKind(String configName, List<String> extensions) {
        this.configName = configName;
        this.extensions = extensions;
    }

    /** The name written to the partition table. */
    @Override
    public String configName() {
        return configName;
    }

    @Override
    public List<String> fileExtensions() {
        return extensions;
    }

    /** Whether rows are text lines, so that they have line numbers. */
    public boolean hasLines() {
        return this != PARQUET;
    }

    public static Optional<InputFileKind> forFileName(String fileName) {
        return NamedFormat.byFileName(InputFileKind.class, fileName);
    }

    /** @throws IllegalArgumentException naming the unknown name and the known ones */
    public static InputFileKind forName(String name) {
        return NamedFormat.byName(InputFileKind.class, "input format", name);
    }
}
