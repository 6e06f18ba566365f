package io.djflink.storage.records;

import static org.assertj.core.api.Assertions.assertThat;

import io.djflink.ops.Sample;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowStreamReader;
import org.apache.arrow.vector.types.FloatingPointPrecision;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xerial.snappy.SnappyFramedInputStream;

class ArrowRecordFileTest {

    @TempDir
    Path dir;

    @Test
    void writesAPlainIpcStreamWithNativelyTypedColumns() throws IOException {
        Path file = write(Compression.NONE, List.of(
                new StoredRecord(5, new int[] {0, 3}, Sample.of("text", "a", "n", 1L, "x", 0.5, "flag", true,
                        "meta", TrickyRecords.map("src", "web"))),
                StoredRecord.of(6, Sample.of("text", "b", "n", 2L, "x", 1.5, "flag", false, "meta", null))));

        try (InputStream in = Files.newInputStream(file);
                BufferAllocator allocator = new RootAllocator();
                ArrowStreamReader reader = new ArrowStreamReader(in, allocator)) {
            VectorSchemaRoot root = reader.getVectorSchemaRoot();
            List<Field> fields = root.getSchema().getFields();
            assertThat(fields).extracting(Field::getName)
                    .containsExactly("__dj__row__", "__dj__sub__", "text", "n", "x", "flag", "meta");
            assertThat(fields).extracting(Field::getType).containsExactly(
                    new ArrowType.Int(64, true), ArrowType.List.INSTANCE, ArrowType.Utf8.INSTANCE,
                    new ArrowType.Int(64, true), new ArrowType.FloatingPoint(FloatingPointPrecision.DOUBLE),
                    ArrowType.Bool.INSTANCE, ArrowType.Utf8.INSTANCE);
            assertThat(fields.get(6).getMetadata()).containsEntry("dj.json", "true");
            assertThat(fields.get(2).getMetadata()).doesNotContainKey("dj.json");

            assertThat(reader.loadNextBatch()).isTrue();
            assertThat(root.getRowCount()).isEqualTo(2);
            assertThat(((BigIntVector) root.getVector("__dj__row__")).get(1)).isEqualTo(6);
            assertThat(root.getVector("__dj__sub__").getObject(0)).isEqualTo(List.of(0, 3));
            assertThat(root.getVector("__dj__sub__").isNull(1)).isTrue();
            assertThat(new String(((VarCharVector) root.getVector("meta")).get(0), StandardCharsets.UTF_8))
                    .isEqualTo("{\"src\":\"web\"}");
            assertThat(reader.loadNextBatch()).isFalse();
        }
    }

    @Test
    void splitsRowsIntoBatchesOfAtMost4096() throws IOException {
        Path file = write(Compression.NONE, TrickyRecords.many(10_000));

        assertThat(batchSizes(Files.newInputStream(file))).containsExactly(4096, 4096, 1808);
    }

    @Test
    void endsABatchEarlyWhenItsTextsReach32Megabytes() throws IOException {
        List<StoredRecord> records = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            records.add(StoredRecord.of(i, Sample.of("text", "x".repeat(5_000_000))));
        }

        assertThat(batchSizes(Files.newInputStream(write(Compression.NONE, records)))).containsExactly(7, 3);
    }

    @Test
    void gzipAndSnappyCompressTheWholeStream() throws IOException {
        List<StoredRecord> records = TrickyRecords.many(5000);
        byte[] plain = Files.readAllBytes(write(Compression.NONE, records));

        try (InputStream gzip = new GZIPInputStream(Files.newInputStream(write(Compression.GZIP, records)));
                InputStream snappy = new SnappyFramedInputStream(Files.newInputStream(write(Compression.SNAPPY, records)))) {
            assertThat(gzip.readAllBytes()).isEqualTo(plain);
            assertThat(snappy.readAllBytes()).isEqualTo(plain);
        }
        assertThat(batchSizes(new GZIPInputStream(Files.newInputStream(dir.resolve("part.arrow.gz")))))
                .containsExactly(4096, 904);
    }

    private Path write(Compression compression, List<StoredRecord> records) throws IOException {
        RecordEncoding format = RecordEncoding.of(RecordFormat.ARROW, compression);
        Path file = dir.resolve("part." + format.extension());
        try (RecordWriter writer = format.newWriter(Files.newOutputStream(file))) {
            for (StoredRecord record : records) {
                writer.write(record.row(), record.sub(), record.sample());
            }
        }
        return file;
    }

    private static List<Integer> batchSizes(InputStream stream) throws IOException {
        List<Integer> sizes = new ArrayList<>();
        try (InputStream in = stream;
                BufferAllocator allocator = new RootAllocator();
                ArrowStreamReader reader = new ArrowStreamReader(in, allocator)) {
            while (reader.loadNextBatch()) {
                sizes.add(reader.getVectorSchemaRoot().getRowCount());
            }
        }
        return Arrays.asList(sizes.toArray(new Integer[0]));
    }
}
