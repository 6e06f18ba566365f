package io.djflink.storage.input;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The input file formats dj-flink reads, recognised by file name. */
public enum InputFileKind {
    /** One JSON object a line; {@code .json} files are read as JSON lines too, as DataJuicer does. */
    JSON_LINES("jsonl", List.of(".jsonl", ".json")),
    GZIP_JSON_LINES("jsonl.gz", List.of(".jsonl.gz", ".json.gz")),
    PARQUET("parquet", List.of(".parquet"));

    /** For messages: every extension dj-flink accepts. */
    public static final String SUPPORTED_EXTENSIONS = ".jsonl, .json, .jsonl.gz, .json.gz, .parquet";

    private final String configName;
    private final List<String> extensions;

    InputFileKind(String configName, List<String> extensions) {
        this.configName = configName;
        this.extensions = extensions;
    }

    /** The name written to the partition table. */
    public String configName() {
        return configName;
    }

    /** Whether rows are text lines, so that they have line numbers. */
    public boolean hasLines() {
        return this != PARQUET;
    }

    public static Optional<InputFileKind> forFileName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        for (InputFileKind kind : values()) {
            for (String extension : kind.extensions) {
                if (lower.endsWith(extension)) {
                    return Optional.of(kind);
                }
            }
        }
        return Optional.empty();
    }

    public static InputFileKind forConfigName(String name) {
        for (InputFileKind kind : values()) {
            if (kind.configName.equals(name)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown input format '" + name + "' (known: jsonl, jsonl.gz, parquet)");
    }
}
