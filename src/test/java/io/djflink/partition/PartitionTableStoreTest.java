package io.djflink.partition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.djflink.storage.input.ParquetTestFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PartitionTableStoreTest {

    @TempDir
    Path dir;

    @Test
    void anAutoTableOfMixedInputsReadsBackEqual() throws IOException {
        Path data = dir.resolve("data");
        Planning.writeNumbered(data.resolve("a.jsonl"), 40, 0);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(data.resolve("b.jsonl.gz")))) {
            out.write("{\"text\": \"zipped\"}\n".getBytes(StandardCharsets.UTF_8));
        }
        ParquetTestFiles.writeNumberedTexts(data.resolve("c.parquet"), 7, 1 << 20);
        PartitionTable table = Planning.auto(data, 2, 256, List.of("clean_email_mapper", "image_text_similarity_filter"));
        Path jobDir = dir.resolve("job");

        PartitionTableStore.write(jobDir, table);

        assertThat(PartitionTableStore.exists(jobDir)).isTrue();
        assertThat(PartitionTableStore.read(jobDir)).isEqualTo(table);
    }

    @Test
    void aManualTableWithEmptyPartitionsReadsBackEqual() throws IOException {
        PartitionTable table = Planning.manual(Planning.writeNumbered(dir.resolve("a.jsonl"), 2, 0), 3);
        Path jobDir = dir.resolve("job");

        PartitionTableStore.write(jobDir, table);

        assertThat(PartitionTableStore.read(jobDir)).isEqualTo(table);
    }

    @Test
    void writesReadableJsonInThePartitionsDirectoryAndNoTemporaryFile() throws IOException {
        PartitionTable table = Planning.manual(Planning.writeNumbered(dir.resolve("a.jsonl"), 5, 0), 2);
        Path jobDir = dir.resolve("job");

        PartitionTableStore.write(jobDir, table);
        PartitionTableStore.write(jobDir, table);

        Path file = jobDir.resolve("partitions/partitions.json");
        assertThat(PartitionTableStore.tableFile(jobDir)).isEqualTo(file);
        try (var listing = Files.list(file.getParent())) {
            assertThat(listing).containsExactly(file);
        }
        String json = Files.readString(file);
        assertThat(json).contains("\"hash_algorithm\" : \"sha256-rows-v1\"", "\"mode\" : \"manual\"",
                "\"start_row\" : 3", "\"end_row\" : 5", "\"row_count\" : 2", "\"first_line\" : 4",
                "\"content_hash\" : \"" + table.partition(1).contentHash() + "\"");
        assertThat(json.lines().count()).isGreaterThan(20);
    }

    @Test
    void aDamagedTableIsReportedWithItsFileAndWhatIsWrong() throws IOException {
        PartitionTable table = Planning.manual(Planning.writeNumbered(dir.resolve("a.jsonl"), 5, 0), 2);
        Path jobDir = dir.resolve("job");
        PartitionTableStore.write(jobDir, table);
        Path file = PartitionTableStore.tableFile(jobDir);
        Files.writeString(file, Files.readString(file).replace("\"start_row\" : 3", "\"start_row\" : 2"));

        assertThatThrownBy(() -> PartitionTableStore.read(jobDir))
                .isInstanceOf(IOException.class)
                .hasMessage(file + ": not a valid partition table: partitions[1]: end_row is not start_row + row_count");
    }

    @Test
    void aTableWithAGapBetweenPartitionsIsRejected() throws IOException {
        PartitionTable table = Planning.manual(Planning.writeNumbered(dir.resolve("a.jsonl"), 5, 0), 2);
        Path jobDir = dir.resolve("job");
        PartitionTableStore.write(jobDir, table);
        Path file = PartitionTableStore.tableFile(jobDir);
        Files.writeString(file, Files.readString(file)
                .replace("\"start_row\" : 3,\n    \"end_row\" : 5", "\"start_row\" : 4,\n    \"end_row\" : 6"));

        assertThatThrownBy(() -> PartitionTableStore.read(jobDir))
                .hasMessage(file + ": not a valid partition table: partition 1 at position 1 starts at row 4, "
                        + "expected partition 1 starting at row 3");
    }
}
