package io.djflink.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.djflink.storage.export.ExportFormat;
import io.djflink.storage.input.InputFileKind;
import io.djflink.storage.records.Compression;
import io.djflink.storage.records.RecordFormat;
import org.junit.jupiter.api.Test;

class NamedFormatTest {

    @Test
    void everyRegistryFindsItsFormatsByNameWhateverTheCase() {
        assertThat(InputFileKind.forName("jsonl.gz")).isEqualTo(InputFileKind.GZIP_JSON_LINES);
        assertThat(RecordFormat.forName("Arrow")).isEqualTo(RecordFormat.ARROW);
        assertThat(Compression.forName("NONE")).isEqualTo(Compression.NONE);
    }

    @Test
    void anUnknownNameIsRefusedListingTheKnownOnes() {
        assertThatThrownBy(() -> RecordFormat.forName("orc"))
                .hasMessage("unknown record format 'orc' (known: parquet, arrow, jsonl)");
        assertThatThrownBy(() -> Compression.forName("zstd"))
                .hasMessage("unknown compression 'zstd' (known: snappy, gzip, none)");
        assertThatThrownBy(() -> InputFileKind.forName("csv"))
                .hasMessage("unknown input format 'csv' (known: jsonl, jsonl.gz, parquet)");
    }

    @Test
    void fileNamesSelectFormatsByTheirEndings() {
        assertThat(InputFileKind.forFileName("a/B.JSON.GZ")).contains(InputFileKind.GZIP_JSON_LINES);
        assertThat(InputFileKind.forFileName("b.json")).contains(InputFileKind.JSON_LINES);
        assertThat(InputFileKind.forFileName("b.csv")).isEmpty();
        assertThat(ExportFormat.forPath("/out/x.json")).isEqualTo(ExportFormat.JSONL);
        assertThat(ExportFormat.forPath("/out/x.parquet")).isEqualTo(ExportFormat.PARQUET);
    }

    @Test
    void messagesListEveryAcceptedEnding() {
        assertThat(InputFileKind.SUPPORTED_EXTENSIONS).isEqualTo(".jsonl, .json, .jsonl.gz, .json.gz, .parquet");
        assertThatThrownBy(() -> ExportFormat.forPath("/out/x.csv"))
                .hasMessage("export_path '/out/x.csv' has extension '.csv'; supported extensions: .jsonl, .json, .parquet");
    }
}
