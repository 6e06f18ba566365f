package io.djflink.partition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.djflink.config.PartitionMode;
import io.djflink.storage.input.InputFileKind;
import io.djflink.storage.input.InputRow;
import io.djflink.storage.input.InputSegment;
import io.djflink.storage.input.ParquetTestFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.LongStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManualPartitioningTest {

    @TempDir
    Path dir;

    @Test
    void makesExactlyTheRequestedPartitionsSizedLikeNumpyArraySplit() throws IOException {
        Path file = Planning.writeNumbered(dir.resolve("a.jsonl"), 10, 0);

        PartitionTable table = Planning.manual(file, 3);

        assertThat(table.mode()).isEqualTo(PartitionMode.MANUAL);
        assertThat(table.partitions()).extracting(Partition::rowCount).containsExactly(4L, 3L, 3L);
        assertThat(table.partitions()).extracting(Partition::startRow).containsExactly(0L, 4L, 7L);
        assertThat(table.totalRows()).isEqualTo(10);
        assertThat(table.warnings()).isEmpty();
        assertThat(table.analysis()).isNull();
    }

    @Test
    void aPartitionSpansTwoFilesWithOneSegmentInEach() throws IOException {
        Path a = Planning.writeNumbered(dir.resolve("a.jsonl"), 5, 0);
        Path b = Planning.writeNumbered(dir.resolve("b.jsonl"), 6, 5);
        long firstLineOfB = Files.readAllLines(b).get(0).getBytes(StandardCharsets.UTF_8).length + 1;

        PartitionTable table = Planning.manual(dir, 2);

        assertThat(table.partitions()).extracting(Partition::rowCount).containsExactly(6L, 5L);
        String pathA = a.toAbsolutePath().toString();
        String pathB = b.toAbsolutePath().toString();
        assertThat(table.partition(0).segments()).containsExactly(
                new InputSegment(pathA, InputFileKind.JSON_LINES, 0, 0, 5, 0, Files.size(a), 1),
                new InputSegment(pathB, InputFileKind.JSON_LINES, 5, 0, 1, 0, firstLineOfB, 1));
        assertThat(table.partition(1).segments()).containsExactly(
                new InputSegment(pathB, InputFileKind.JSON_LINES, 6, 1, 5, firstLineOfB, Files.size(b), 2));
        assertThat(Planning.readAll(table)).extracting(r -> r.sample().get("n"))
                .containsExactlyElementsOf(LongStream.range(0, 11).boxed().toList());
        assertThat(Planning.readAll(table)).extracting(InputRow::row)
                .containsExactlyElementsOf(LongStream.range(0, 11).boxed().toList());
    }

    @Test
    void theContentHashIsSha256OfEachRowsLineAndANewline() throws Exception {
        Path file = dir.resolve("a.jsonl");
        Files.writeString(file, "{\"text\": \"a\"}\n\n{\"text\": \"b\"}\r\n{\"text\": \"c\"}");
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        String expectedFirst = HexFormat.of().formatHex(
                sha.digest("{\"text\": \"a\"}\n{\"text\": \"b\"}\r\n".getBytes(StandardCharsets.UTF_8)));
        String expectedSecond = HexFormat.of().formatHex(sha.digest("{\"text\": \"c\"}\n".getBytes(StandardCharsets.UTF_8)));

        PartitionTable table = Planning.manual(file, 2);

        assertThat(table.hashAlgorithm()).isEqualTo("sha256-rows-v1");
        assertThat(table.partitions()).extracting(Partition::contentHash).containsExactly(expectedFirst, expectedSecond);
        assertThat(table.partitions()).extracting(Partition::bytes).containsExactly(29L, 14L);
    }

    @Test
    void morePartitionsThanRowsLeavesTheLastOnesEmptyAndWarns() throws IOException {
        Path file = Planning.writeNumbered(dir.resolve("a.jsonl"), 3, 0);

        PartitionTable table = Planning.manual(file, 5);

        assertThat(table.partitions()).extracting(Partition::rowCount).containsExactly(1L, 1L, 1L, 0L, 0L);
        assertThat(table.partition(4).segments()).isEmpty();
        assertThat(table.partition(4).startRow()).isEqualTo(3);
        assertThat(table.warnings()).containsExactly(
                "partition.num_of_partitions is 5 but the input has only 3 rows: partitions 3-4 are empty");
        assertThat(Planning.read(table.partition(4), 0)).isEmpty();
    }

    @Test
    void rejectsFewerThanOnePartition() throws IOException {
        Path file = Planning.writeNumbered(dir.resolve("a.jsonl"), 3, 0);

        assertThatThrownBy(() -> Planning.manual(file, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("partition.num_of_partitions must be at least 1, got 0");
    }

    @Test
    void partitionsGzipAndParquetInputAlongsidePlainJsonLines() throws IOException {
        Planning.writeNumbered(dir.resolve("a.jsonl"), 4, 0);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("b.jsonl.gz")))) {
            out.write("{\"text\": \"row 4\", \"n\": 4}\n\n{\"text\": \"row 5\", \"n\": 5}\n".getBytes(StandardCharsets.UTF_8));
        }
        ParquetTestFiles.writeNumberedTexts(dir.resolve("c.parquet"), 6, 1 << 20);

        PartitionTable table = Planning.manual(dir, 3);

        assertThat(table.partitions()).extracting(Partition::rowCount).containsExactly(4L, 4L, 4L);
        InputSegment gzip = table.partition(1).segments().get(0);
        assertThat(gzip.kind()).isEqualTo(InputFileKind.GZIP_JSON_LINES);
        assertThat(gzip.hasByteRange()).isFalse();
        assertThat(gzip.firstLine()).isEqualTo(1);
        InputSegment parquet = table.partition(2).segments().get(0);
        assertThat(parquet.kind()).isEqualTo(InputFileKind.PARQUET);
        assertThat(parquet.fileRow()).isEqualTo(2);
        assertThat(parquet.firstLine()).isEqualTo(InputSegment.UNKNOWN);
        assertThat(Planning.readAll(table)).extracting(r -> r.sample().get("n"))
                .containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 0L, 1L, 2L, 3L, 4L, 5L);
        assertThat(Planning.readAll(table)).extracting(InputRow::line)
                .containsExactly(1L, 2L, 3L, 4L, 1L, 3L, 1L, 2L, 3L, 4L, 5L, 6L);
    }

    @Test
    void aPartitionReadFromTheMiddleEqualsReadingItWholeAndDroppingTheFirstRows() throws IOException {
        Planning.writeNumbered(dir.resolve("a.jsonl"), 3, 0);
        Planning.writeNumbered(dir.resolve("b.jsonl"), 3, 3);
        Planning.writeNumbered(dir.resolve("c.jsonl"), 3, 6);
        Partition partition = Planning.manual(dir, 1).partition(0);
        List<InputRow> whole = Planning.read(partition, 0);

        for (int skip = 0; skip <= 9; skip++) {
            assertThat(Planning.read(partition, skip)).as("after %d rows", skip).isEqualTo(whole.subList(skip, 9));
        }
    }

    @Test
    void partitionsTheDataJuicerDemoDatasets() throws IOException {
        PartitionTable table = Planning.manual(Planning.DEMOS.resolve("demo-dataset-deduplication.jsonl"), 4);

        assertThat(table.partitions()).extracting(Partition::rowCount).containsExactly(4L, 4L, 3L, 3L);
        assertThat(Planning.readAll(table)).hasSize(14);
    }
}
