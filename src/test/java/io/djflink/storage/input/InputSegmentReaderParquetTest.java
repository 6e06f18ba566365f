package io.djflink.storage.input;

import static org.assertj.core.api.Assertions.assertThat;

import io.djflink.ops.Sample;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InputSegmentReaderParquetTest {

    @TempDir
    Path dir;

    private static InputSegment segment(Path file, long datasetRow, long fileRow, long rowCount) {
        return new InputSegment(file.toAbsolutePath().toString(), InputFileKind.PARQUET, datasetRow, fileRow, rowCount,
                InputSegment.UNKNOWN, InputSegment.UNKNOWN, InputSegment.UNKNOWN);
    }

    private static List<InputRow> readAll(InputSegment segment, long rowsAlreadyRead) throws IOException {
        List<InputRow> rows = new ArrayList<>();
        try (InputSegmentReader reader = InputSegmentReader.open(segment, rowsAlreadyRead, OnCorruptLine.FAIL)) {
            InputRow row;
            while ((row = reader.next()) != null) {
                rows.add(row);
            }
        }
        return rows;
    }

    @Test
    void convertsAvroValuesToSampleValuesInFieldOrder() throws IOException {
        GenericRecord meta = new GenericData.Record(ParquetTestFiles.DOCUMENT.getField("meta").schema());
        meta.put("source", "wiki");
        meta.put("page", 7);
        GenericRecord doc = new GenericData.Record(ParquetTestFiles.DOCUMENT);
        doc.put("text", "hello");
        doc.put("meta", meta);
        doc.put("tags", List.of("a", "b"));
        doc.put("scores", Map.of("q", 0.5));
        doc.put("raw", ByteBuffer.wrap(new byte[] {1, 2, 3}));
        doc.put("weight", 1.5f);
        Path file = dir.resolve("doc.parquet");
        ParquetTestFiles.write(file, ParquetTestFiles.DOCUMENT, List.of(doc), 1 << 20);

        Sample sample = readAll(segment(file, 0, 0, 1), 0).get(0).sample();

        LinkedHashMap<String, Object> expectedMeta = new LinkedHashMap<>();
        expectedMeta.put("source", "wiki");
        expectedMeta.put("page", 7L);
        assertThat(sample.fields()).containsExactly(
                Map.entry("text", "hello"),
                Map.entry("meta", expectedMeta),
                Map.entry("tags", List.of("a", "b")),
                Map.entry("scores", Map.of("q", 0.5)),
                Map.entry("raw", Base64.getEncoder().encodeToString(new byte[] {1, 2, 3})),
                Map.entry("weight", 1.5));
        assertThat(sample.get("meta")).isInstanceOf(LinkedHashMap.class);
    }

    @Test
    void numbersRowsByRecordAndDatasetIndex() throws IOException {
        Path file = dir.resolve("texts.parquet");
        ParquetTestFiles.writeNumberedTexts(file, 10, 1 << 20);

        List<InputRow> rows = readAll(segment(file, 500, 3, 4), 0);

        assertThat(rows).extracting(r -> r.sample().get("n")).containsExactly(3L, 4L, 5L, 6L);
        assertThat(rows).extracting(InputRow::line).containsExactly(4L, 5L, 6L, 7L);
        assertThat(rows).extracting(InputRow::row).containsExactly(500L, 501L, 502L, 503L);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 250, 777, 1499, 1500})
    void aRestoredReaderSkipsWholeRowGroupsAndContinuesExactlyWhereTheFirstStopped(int rowsAlreadyRead)
            throws IOException {
        Path file = dir.resolve("groups.parquet");
        ParquetTestFiles.writeNumberedTexts(file, 2000, 16 * 1024);
        assertThat(ParquetTestFiles.rowGroups(file)).isGreaterThan(3);
        InputSegment segment = segment(file, 100, 400, 1500);

        List<InputRow> whole = readAll(segment, 0);
        List<InputRow> restored = readAll(segment, rowsAlreadyRead);

        assertThat(whole).extracting(r -> r.sample().get("n")).startsWith(400L).endsWith(1899L).hasSize(1500);
        assertThat(restored).isEqualTo(whole.subList(rowsAlreadyRead, whole.size()));
    }

    @Test
    void rawRowsOfParquetAreTheirCompactJson() throws IOException {
        Path file = dir.resolve("texts.parquet");
        ParquetTestFiles.writeNumberedTexts(file, 3, 1 << 20);

        List<String> json = new ArrayList<>();
        try (RawRowReader rows = RawRowReader.openFile(InputFile.of(file, InputFileKind.PARQUET))) {
            while (rows.next()) {
                json.add(new String(rows.buffer(), rows.offset(), rows.length(), StandardCharsets.UTF_8));
            }
        }

        assertThat(json).containsExactly("{\"text\":\"document 0 \",\"n\":0}", "{\"text\":\"document 1 words \",\"n\":1}",
                "{\"text\":\"document 2 words words \",\"n\":2}");
        assertThat(RawRowReader.countRows(InputFile.of(file, InputFileKind.PARQUET))).isEqualTo(3);
    }
}
