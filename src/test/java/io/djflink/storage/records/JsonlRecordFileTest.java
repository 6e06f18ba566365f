package io.djflink.storage.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.djflink.ops.Sample;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xerial.snappy.SnappyFramedInputStream;

class JsonlRecordFileTest {

    private static final List<StoredRecord> RECORDS = List.of(
            new StoredRecord(12, new int[] {0, 3}, Sample.of("text", "数据 😀", "x", 1.0, "n", 1L)),
            StoredRecord.of(13, Sample.of("text", "b", "meta", TrickyRecords.map("z", null, "a", List.of()))));

    private static final String EXPECTED_TEXT = """
            {"__dj__row__":12,"__dj__sub__":[0,3],"text":"数据 😀","x":1.0,"n":1}
            {"__dj__row__":13,"text":"b","meta":{"z":null,"a":[]}}
            """;

    @TempDir
    Path dir;

    @Test
    void writesOneObjectPerLineWithThePositionFirst() throws IOException {
        Path file = write(Compression.NONE);

        assertThat(Files.readString(file)).isEqualTo(EXPECTED_TEXT);
    }

    @Test
    void gzipAndSnappyFilesAreStandardCompressedStreams() throws IOException {
        try (InputStream gzip = new GZIPInputStream(Files.newInputStream(write(Compression.GZIP)));
                InputStream snappy = new SnappyFramedInputStream(Files.newInputStream(write(Compression.SNAPPY)))) {
            assertThat(new String(gzip.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(EXPECTED_TEXT);
            assertThat(new String(snappy.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(EXPECTED_TEXT);
        }
    }

    @Test
    void namesFileLineAndColumnOfAnUnreadableLine() throws IOException {
        Path file = dir.resolve("broken.jsonl");
        Files.writeString(file, "{\"__dj__row__\":0,\"text\":\"ok\"}\n{\"__dj__row__\":1,\"text\":}\n");

        try (RecordReader reader = RecordEncoding.of(RecordFormat.JSONL, Compression.NONE).openReader(file)) {
            assertThat(reader.next()).isEqualTo(StoredRecord.of(0, Sample.of("text", "ok")));
            assertThatThrownBy(reader::next).isInstanceOf(IOException.class).hasMessageStartingWith(file + ":2:25: ");
        }
    }

    @Test
    void namesTheLineOfARecordWithoutPosition() throws IOException {
        Path file = dir.resolve("plain.jsonl");
        Files.writeString(file, "{\"text\":\"a sample, not a record\"}\n");

        try (RecordReader reader = RecordEncoding.of(RecordFormat.JSONL, Compression.NONE).openReader(file)) {
            assertThatThrownBy(reader::next).isInstanceOf(IOException.class)
                    .hasMessage(file + ":1: expected a numeric '__dj__row__' field, found null");
        }
    }

    private Path write(Compression compression) throws IOException {
        RecordEncoding format = RecordEncoding.of(RecordFormat.JSONL, compression);
        Path file = dir.resolve("part." + format.extension());
        try (RecordWriter writer = format.newWriter(Files.newOutputStream(file))) {
            for (StoredRecord record : RECORDS) {
                writer.write(record.row(), record.sub(), record.sample());
            }
        }
        return file;
    }
}
