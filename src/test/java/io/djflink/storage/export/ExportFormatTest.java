package io.djflink.storage.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ExportFormatTest {

    @Test
    void writesJsonLinesForJsonlAndJsonPaths() {
        assertThat(ExportFormat.forPath("out/result.jsonl")).isEqualTo(ExportFormat.JSONL);
        assertThat(ExportFormat.forPath("/abs/out/result.json")).isEqualTo(ExportFormat.JSONL);
        assertThat(ExportFormat.forPath("RESULT.JSONL")).isEqualTo(ExportFormat.JSONL);
    }

    @Test
    void writesParquetForParquetPaths() {
        assertThat(ExportFormat.forPath("out/result.parquet")).isEqualTo(ExportFormat.PARQUET);
    }

    @Test
    void rejectsAnyOtherExtensionNamingTheSupportedOnes() {
        assertThatThrownBy(() -> ExportFormat.forPath("out/result.csv"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("export_path 'out/result.csv' has extension '.csv'; supported extensions: .jsonl, .json, .parquet");
        assertThatThrownBy(() -> ExportFormat.forPath("out/result"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("export_path 'out/result' has no extension; supported extensions: .jsonl, .json, .parquet");
    }
}
