package io.djflink.partition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.djflink.storage.input.InputDiscovery;
import io.djflink.storage.input.ParquetTestFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputChangeCheckTest {

    @TempDir
    Path dir;

    private InputCheckResult checkNow(PartitionTable table) throws IOException {
        return InputChangeCheck.check(table, InputDiscovery.discover(table.datasetPath()));
    }

    private static void touch(Path file) throws IOException {
        Files.setLastModifiedTime(file, FileTime.from(Files.getLastModifiedTime(file).toInstant().plusSeconds(3600)));
    }

    private static void replaceSameLength(Path file, String from, String to) throws IOException {
        FileTime modified = Files.getLastModifiedTime(file);
        Files.writeString(file, Files.readString(file).replace(from, to));
        Files.setLastModifiedTime(file, FileTime.from(modified.toInstant().plusSeconds(1)));
    }

    @Test
    void anUntouchedInputIsUnchangedWithoutHashingAnything() throws IOException {
        Path file = Planning.writeNumbered(dir.resolve("corpus.jsonl"), 10, 0);
        PartitionTable table = Planning.manual(file, 4);

        InputCheckResult result = checkNow(table);

        assertThat(result.unchanged()).isTrue();
        assertThat(result.rehashedPartitions()).isEmpty();
    }

    @Test
    void aTouchedButIdenticalFileIsUnchangedAfterRehashingOnlyItsPartitions() throws IOException {
        Planning.writeNumbered(dir.resolve("a.jsonl"), 6, 0);
        Path b = Planning.writeNumbered(dir.resolve("b.jsonl"), 6, 6);
        PartitionTable table = Planning.manual(dir, 4);
        touch(b);

        InputCheckResult result = checkNow(table);

        assertThat(result.unchanged()).isTrue();
        assertThat(result.rehashedPartitions()).containsExactly(2, 3);
    }

    @Test
    void touchedGzipAndParquetFilesAreRehashedToo() throws IOException {
        Path gzip = dir.resolve("a.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gzip))) {
            out.write("{\"text\": \"a\"}\n{\"text\": \"b\"}\n{\"text\": \"c\"}\n".getBytes(StandardCharsets.UTF_8));
        }
        Path parquet = dir.resolve("b.parquet");
        ParquetTestFiles.writeNumberedTexts(parquet, 5, 1 << 20);
        PartitionTable table = Planning.manual(dir, 3);
        touch(gzip);
        touch(parquet);

        InputCheckResult result = checkNow(table);

        assertThat(result.unchanged()).isTrue();
        assertThat(result.rehashedPartitions()).containsExactly(0, 1, 2);
    }

    @Test
    void aChangedRowIsReportedWithItsFileAndPartition() throws IOException {
        Path file = Planning.writeNumbered(dir.resolve("corpus.jsonl"), 10, 0);
        PartitionTable table = Planning.manual(file, 4);
        replaceSameLength(file, "row 5", "row X");

        InputCheckResult result = checkNow(table);

        assertThat(result.unchanged()).isFalse();
        assertThat(result.change()).isEqualTo("input changed since the job started: " + file.toAbsolutePath()
                + " partition 1 (rows 3-5) has a different content hash; refusing to resume, checkpoints left untouched");
        assertThatThrownBy(result::requireUnchanged)
                .isInstanceOf(InputChangedException.class)
                .hasMessage(result.change());
    }

    @Test
    void anAppendedRowChangesTheFileSize() throws IOException {
        Path file = Planning.writeNumbered(dir.resolve("corpus.jsonl"), 10, 0);
        PartitionTable table = Planning.manual(file, 2);
        long sizeBefore = Files.size(file);
        Files.writeString(file, "{\"text\": \"row 10\", \"n\": 10}\n", StandardOpenOption.APPEND);

        InputCheckResult result = checkNow(table);

        assertThat(result.change()).isEqualTo("input changed since the job started: " + file.toAbsolutePath() + " is "
                + Files.size(file) + " bytes, was " + sizeBefore + "; refusing to resume, checkpoints left untouched");
        assertThat(result.rehashedPartitions()).containsExactly(0, 1);
    }

    @Test
    void aMissingOrAddedFileIsAChange() throws IOException {
        Path a = Planning.writeNumbered(dir.resolve("a.jsonl"), 3, 0);
        Path b = Planning.writeNumbered(dir.resolve("b.jsonl"), 3, 3);
        PartitionTable table = Planning.manual(dir, 2);

        Files.delete(b);
        assertThat(checkNow(table).change()).isEqualTo("input changed since the job started: " + b.toAbsolutePath()
                + " is gone; refusing to resume, checkpoints left untouched");

        Planning.writeNumbered(dir.resolve("b.jsonl"), 3, 3);
        Path c = Planning.writeNumbered(dir.resolve("c.jsonl"), 1, 6);
        assertThat(checkNow(table).change()).contains(c.toAbsolutePath() + " is new");
        assertThat(a).exists();
    }

    @Test
    void rehashesSelectedPartitions() throws IOException {
        Path file = Planning.writeNumbered(dir.resolve("corpus.jsonl"), 10, 0);
        PartitionTable table = Planning.manual(file, 4);
        replaceSameLength(file, "row 7", "row Y");

        assertThat(InputChangeCheck.partitionsWithChangedContent(table, List.of(3, 2, 0))).containsExactly(2);
        assertThat(InputChangeCheck.partitionsWithChangedContent(table, List.of(0, 1, 3))).isEmpty();
    }

    @Test
    void aTableHashedByAnotherAlgorithmCannotBeValidated() throws IOException {
        Path file = Planning.writeNumbered(dir.resolve("corpus.jsonl"), 3, 0);
        PartitionTable planned = Planning.manual(file, 1);
        PartitionTable older = new PartitionTable(planned.datasetPath(), planned.files(), "sha256-sequence-v1",
                planned.mode(), planned.reason(), planned.warnings(), null, planned.partitions());

        assertThat(checkNow(older).change()).isEqualTo("input changed since the job started: the partition table was "
                + "hashed with sha256-sequence-v1, this version hashes with sha256-rows-v1, so the input cannot be "
                + "compared; refusing to resume, checkpoints left untouched");
    }
}
