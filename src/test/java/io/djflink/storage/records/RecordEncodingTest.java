package io.djflink.storage.records;

import static io.djflink.storage.records.ExactRecords.assertExactly;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.djflink.ops.Sample;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RecordEncodingTest {

    @TempDir
    Path dir;

    static Stream<Arguments> everyFormat() {
        List<Arguments> formats = new ArrayList<>();
        for (RecordFormat format : RecordFormat.values()) {
            for (Compression compression : Compression.values()) {
                formats.add(Arguments.of(format, compression));
            }
        }
        return formats.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyFormat")
    void givesBackTrickyRecordsExactly(RecordFormat format, Compression compression) throws IOException {
        List<StoredRecord> records = TrickyRecords.all();

        assertExactly(roundTrip(RecordEncoding.of(format, compression), records), records);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyFormat")
    void givesBackTwentyThousandRecordsInOrder(RecordFormat format, Compression compression) throws IOException {
        List<StoredRecord> records = TrickyRecords.many(20_000);

        assertExactly(roundTrip(RecordEncoding.of(format, compression), records), records);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyFormat")
    void keepsTheKeyOrderOfRowsThatDifferOnlyInKeyOrder(RecordFormat format, Compression compression) throws IOException {
        List<StoredRecord> records = List.of(
                StoredRecord.of(0, Sample.of("a", 1L, "b", "x", "c", null)),
                StoredRecord.of(1, Sample.of("b", "y", "a", 2L, "c", null)),
                StoredRecord.of(2, Sample.of("a", 3L, "b", "z", "c", null)));

        assertExactly(roundTrip(RecordEncoding.of(format, compression), records), records);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyFormat")
    void givesBackNoRecordsFromAnEmptyPart(RecordFormat format, Compression compression) throws IOException {
        assertThat(roundTrip(RecordEncoding.of(format, compression), List.of())).isEmpty();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyFormat")
    void keepsWhatWasWrittenWhenTheCallerChangesTheSampleAfterwards(RecordFormat format, Compression compression)
            throws IOException {
        RecordEncoding fileFormat = RecordEncoding.of(format, compression);
        Path file = dir.resolve("part." + fileFormat.extension());
        Sample reused = Sample.of("text", "first", "stats", TrickyRecords.map("len", 5L));
        try (RecordWriter writer = fileFormat.newWriter(Files.newOutputStream(file))) {
            writer.write(0, StoredRecord.NO_SUB, reused);
            reused.put("text", "second");
            reused.stats().put("len", 6L);
            writer.write(1, StoredRecord.NO_SUB, reused);
            reused.put("text", "changed after the last write");
            assertThat(writer.rows()).isEqualTo(2);
        }

        assertExactly(readAll(fileFormat, file), List.of(
                StoredRecord.of(0, Sample.of("text", "first", "stats", TrickyRecords.map("len", 5L))),
                StoredRecord.of(1, Sample.of("text", "second", "stats", TrickyRecords.map("len", 5L),
                        Sample.STATS, TrickyRecords.map("len", 6L)))));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyFormat")
    void refusesASampleUsingAPositionFieldName(RecordFormat format, Compression compression) throws IOException {
        RecordEncoding fileFormat = RecordEncoding.of(format, compression);
        try (RecordWriter writer = fileFormat.newWriter(Files.newOutputStream(dir.resolve("part")))) {
            assertThatThrownBy(() -> writer.write(42, StoredRecord.NO_SUB, Sample.of("__dj__row__", 1L)))
                    .isInstanceOf(IOException.class)
                    .hasMessageContaining("input row 42")
                    .hasMessageContaining("'__dj__row__'");
        }
    }

    @Test
    void namesFilesByFormatAndWholeStreamCompression() {
        assertThat(RecordEncoding.of(RecordFormat.PARQUET, Compression.SNAPPY).extension()).isEqualTo("parquet");
        assertThat(RecordEncoding.of(RecordFormat.PARQUET, Compression.GZIP).extension()).isEqualTo("parquet");
        assertThat(RecordEncoding.of(RecordFormat.PARQUET, Compression.NONE).extension()).isEqualTo("parquet");
        assertThat(RecordEncoding.of(RecordFormat.ARROW, Compression.NONE).extension()).isEqualTo("arrow");
        assertThat(RecordEncoding.of(RecordFormat.ARROW, Compression.GZIP).extension()).isEqualTo("arrow.gz");
        assertThat(RecordEncoding.of(RecordFormat.ARROW, Compression.SNAPPY).extension()).isEqualTo("arrow.snappy");
        assertThat(RecordEncoding.of(RecordFormat.JSONL, Compression.NONE).extension()).isEqualTo("jsonl");
        assertThat(RecordEncoding.of(RecordFormat.JSONL, Compression.GZIP).extension()).isEqualTo("jsonl.gz");
        assertThat(RecordEncoding.of(RecordFormat.JSONL, Compression.SNAPPY).extension()).isEqualTo("jsonl.snappy");
    }

    @Test
    void columnarWritersReportTheirBufferUntilClosedWhileJsonlStreams() throws IOException {
        Sample sample = Sample.of("text", "x".repeat(10_000));
        for (RecordFormat format : RecordFormat.values()) {
            RecordWriter writer = RecordEncoding.of(format, Compression.NONE)
                    .newWriter(Files.newOutputStream(dir.resolve("buffered." + format)));
            writer.write(0, StoredRecord.NO_SUB, sample);
            long buffered = writer.bufferedBytes();
            writer.close();

            if (format == RecordFormat.JSONL) {
                assertThat(buffered).as(format.name()).isZero();
            } else {
                assertThat(buffered).as(format.name()).isBetween(10_000L, 10_100L);
            }
            assertThat(writer.bufferedBytes()).as(format + " after close").isZero();
        }
    }

    private List<StoredRecord> roundTrip(RecordEncoding format, List<StoredRecord> records) throws IOException {
        Path file = dir.resolve("part-0." + format.extension());
        try (RecordWriter writer = format.newWriter(Files.newOutputStream(file))) {
            for (StoredRecord record : records) {
                writer.write(record.row(), record.sub(), record.sample());
            }
            assertThat(writer.rows()).isEqualTo(records.size());
        }
        return readAll(format, file);
    }

    static List<StoredRecord> readAll(RecordEncoding format, Path file) throws IOException {
        List<StoredRecord> read = new ArrayList<>();
        try (RecordReader reader = format.openReader(file)) {
            for (StoredRecord record = reader.next(); record != null; record = reader.next()) {
                read.add(record);
            }
        }
        return read;
    }
}
