package io.djflink.storage.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.djflink.ops.Sample;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InputSegmentReaderTest {

    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return file;
    }

    private Path writeGzip(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(content.getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }

    /** A segment of a whole plain file, as the planner would make it. */
    private static InputSegment wholePlainFile(Path file, long datasetRow) throws IOException {
        InputFile input = InputFile.of(file, InputFileKind.JSON_LINES);
        return new InputSegment(input.path(), input.kind(), datasetRow, 0, RawRowReader.countRows(input), 0,
                input.size(), 1);
    }

    private static InputSegment wholeGzipFile(Path file) throws IOException {
        InputFile input = InputFile.of(file, InputFileKind.GZIP_JSON_LINES);
        return new InputSegment(input.path(), input.kind(), 0, 0, RawRowReader.countRows(input),
                InputSegment.UNKNOWN, InputSegment.UNKNOWN, 1);
    }

    private static List<InputRow> readAll(InputSegment segment, long rowsAlreadyRead, OnCorruptLine onCorrupt)
            throws IOException {
        List<InputRow> rows = new ArrayList<>();
        try (InputSegmentReader reader = InputSegmentReader.open(segment, rowsAlreadyRead, onCorrupt)) {
            InputRow row;
            while ((row = reader.next()) != null) {
                rows.add(row);
            }
        }
        return rows;
    }

    private static String numberedLines(int count) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < count; i++) {
            s.append("{\"text\": \"row ").append(i).append("\", \"n\": ").append(i).append("}\n");
        }
        return s.toString();
    }

    @Test
    void readsRowsWithTheirLineNumbersAndDatasetRowIndices() throws IOException {
        Path file = write("a.jsonl", "{\"text\": \"one\"}\n{\"text\": \"two\", \"meta\": {\"k\": [1, 2.5]}}\n");

        List<InputRow> rows = readAll(wholePlainFile(file, 100), 0, OnCorruptLine.FAIL);

        assertThat(rows).containsExactly(
                new InputRow(1, 100, Sample.of("text", "one"), file.toString()),
                new InputRow(2, 101, Sample.of("text", "two", "meta",
                        new LinkedHashMap<>(Map.of("k", List.of(1L, 2.5)))), file.toString()));
    }

    @Test
    void blankAndWhitespaceOnlyLinesAreNotRowsButKeepLineNumbersRight() throws IOException {
        Path file = write("blank.jsonl", "\n{\"text\": \"a\"}\n   \n\t\r\n{\"text\": \"b\"}\r\n\n");

        List<InputRow> rows = readAll(wholePlainFile(file, 0), 0, OnCorruptLine.FAIL);

        assertThat(rows).extracting(InputRow::line).containsExactly(2L, 5L);
        assertThat(rows).extracting(InputRow::row).containsExactly(0L, 1L);
        assertThat(rows).extracting(r -> r.sample().getString("text")).containsExactly("a", "b");
    }

    @Test
    void readsTheLastLineWithoutATrailingNewline() throws IOException {
        Path file = write("no-newline.jsonl", "{\"text\": \"a\"}\n{\"text\": \"b\"}");

        assertThat(readAll(wholePlainFile(file, 0), 0, OnCorruptLine.FAIL))
                .extracting(r -> r.sample().getString("text")).containsExactly("a", "b");
    }

    @Test
    void readsLinesLongerThanTheReadBuffer() throws IOException {
        String longText = "x".repeat(3_500_000);
        Path file = write("long.jsonl", "{\"text\": \"short\"}\n{\"text\": \"" + longText + "\"}\n{\"text\": \"after\"}\n");

        List<InputRow> rows = readAll(wholePlainFile(file, 0), 0, OnCorruptLine.FAIL);

        assertThat(rows).extracting(r -> r.sample().getString("text")).containsExactly("short", longText, "after");
        assertThat(rows).extracting(InputRow::line).containsExactly(1L, 2L, 3L);
    }

    @Test
    void aCorruptLineFailsWithItsFileAndLineOnOneLine() throws IOException {
        Path file = write("corpus.jsonl", "{\"text\": \"a\"}\n\n{\"text\": \"b\"\n{\"text\": \"c\"}\n");

        assertThatThrownBy(() -> readAll(wholePlainFile(file, 0), 0, OnCorruptLine.FAIL))
                .isInstanceOf(CorruptInputException.class)
                .hasMessageStartingWith(file.toAbsolutePath() + ":3: not valid JSON: ")
                .hasMessageNotContaining("\n");
    }

    @Test
    void aLineHoldingAnotherJsonValueThanAnObjectIsCorrupt() throws IOException {
        Path file = write("array.jsonl", "[1, 2]\n");

        assertThatThrownBy(() -> readAll(wholePlainFile(file, 0), 0, OnCorruptLine.FAIL))
                .hasMessage(file.toAbsolutePath() + ":1: not valid JSON: expected a JSON object, found '[' (column 2)");
    }

    @Test
    void skippedCorruptLinesAreCountedAndNamedAndKeepTheirRowIndex() throws IOException {
        Path file = write("corpus.jsonl", "{\"text\": \"a\"}\nnot json\n{\"text\": \"c\"}\n{\"text\": \n{\"text\": \"e\"}\n");

        try (InputSegmentReader reader = InputSegmentReader.open(wholePlainFile(file, 0), 0, OnCorruptLine.SKIP)) {
            List<InputRow> rows = new ArrayList<>();
            InputRow row;
            while ((row = reader.next()) != null) {
                rows.add(row);
            }

            assertThat(rows).extracting(InputRow::row).containsExactly(0L, 2L, 4L);
            assertThat(rows).extracting(InputRow::line).containsExactly(1L, 3L, 5L);
            assertThat(reader.corruptLines().count()).isEqualTo(2);
            assertThat(reader.corruptLines().lines()).extracting(CorruptLine::line).containsExactly(2L, 4L);
            assertThat(reader.corruptLines().summary())
                    .startsWith("skipped 2 corrupt lines: " + file.toAbsolutePath() + ":2: not valid JSON: ")
                    .contains("; " + file.toAbsolutePath() + ":4: not valid JSON: ");
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 7, 19, 20})
    void aRestoredReaderContinuesExactlyWhereTheFirstStopped(int rowsAlreadyRead) throws IOException {
        Path file = write("restore.jsonl", "\n" + numberedLines(20).replace("\n{\"text\": \"row 6\"", "\n\n  \n{\"text\": \"row 6\""));
        InputSegment segment = wholePlainFile(file, 0);

        List<InputRow> whole = readAll(segment, 0, OnCorruptLine.FAIL);
        List<InputRow> restored = readAll(segment, rowsAlreadyRead, OnCorruptLine.FAIL);

        assertThat(restored).isEqualTo(whole.subList(rowsAlreadyRead, whole.size()));
    }

    @Test
    void aRestoredReaderPassesOverCorruptRowsWithoutParsingThem() throws IOException {
        Path file = write("restore.jsonl", "{\"text\": \"a\"}\nbroken\n{\"text\": \"c\"}\n");

        List<InputRow> rows = readAll(wholePlainFile(file, 0), 2, OnCorruptLine.FAIL);

        assertThat(rows).singleElement().satisfies(r -> assertThat(r.row()).isEqualTo(2));
    }

    @Test
    void aSegmentInTheMiddleOfAFileReadsOnlyItsByteRange() throws IOException {
        String content = numberedLines(10);
        Path file = write("middle.jsonl", content);
        String[] lines = content.split("\n");
        long start = 0;
        for (int i = 0; i < 4; i++) {
            start += lines[i].length() + 1;
        }
        long end = start + lines[4].length() + 1 + lines[5].length() + 1 + lines[6].length() + 1;
        InputSegment segment = new InputSegment(file.toAbsolutePath().toString(), InputFileKind.JSON_LINES, 1000, 4, 3,
                start, end, 5);

        List<InputRow> rows = readAll(segment, 0, OnCorruptLine.FAIL);

        assertThat(rows).extracting(r -> r.sample().get("n")).containsExactly(4L, 5L, 6L);
        assertThat(rows).extracting(InputRow::line).containsExactly(5L, 6L, 7L);
        assertThat(rows).extracting(InputRow::row).containsExactly(1000L, 1001L, 1002L);
    }

    @Test
    void readsGzipJsonLinesFromTheSegmentsFirstRow() throws IOException {
        Path file = writeGzip("data.jsonl.gz", numberedLines(10).replace("{\"text\": \"row 3\"", "\n{\"text\": \"row 3\""));
        InputSegment segment = new InputSegment(file.toAbsolutePath().toString(), InputFileKind.GZIP_JSON_LINES, 50, 2,
                5, InputSegment.UNKNOWN, InputSegment.UNKNOWN, 3);

        List<InputRow> rows = readAll(segment, 0, OnCorruptLine.FAIL);

        assertThat(rows).extracting(r -> r.sample().get("n")).containsExactly(2L, 3L, 4L, 5L, 6L);
        assertThat(rows).extracting(InputRow::line).containsExactly(3L, 5L, 6L, 7L, 8L);
        assertThat(rows).extracting(InputRow::row).containsExactly(50L, 51L, 52L, 53L, 54L);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 3, 10})
    void aRestoredGzipReaderContinuesExactlyWhereTheFirstStopped(int rowsAlreadyRead) throws IOException {
        InputSegment segment = wholeGzipFile(writeGzip("restore.jsonl.gz", numberedLines(10)));

        List<InputRow> whole = readAll(segment, 0, OnCorruptLine.FAIL);

        assertThat(readAll(segment, rowsAlreadyRead, OnCorruptLine.FAIL))
                .isEqualTo(whole.subList(rowsAlreadyRead, whole.size()));
    }

    @Test
    void aFileShorterThanItsSegmentSaysItChanged() throws IOException {
        Path file = write("short.jsonl", numberedLines(3));
        InputFile input = InputFile.of(file, InputFileKind.JSON_LINES);
        InputSegment planned = new InputSegment(input.path(), input.kind(), 0, 0, 5, 0, input.size() + 100, 1);

        assertThatThrownBy(() -> readAll(planned, 0, OnCorruptLine.FAIL))
                .isInstanceOf(IOException.class)
                .hasMessage(input.path() + ": ends after 3 of the 5 rows planned from line 1; "
                        + "the file changed after the input was partitioned");
    }

    @Test
    void countsRowsWithoutParsingThem() throws IOException {
        Path file = write("count.jsonl", "{\"a\": 1}\n\nbroken\n  \n{\"a\": 2}");

        assertThat(RawRowReader.countRows(InputFile.of(file, InputFileKind.JSON_LINES))).isEqualTo(3);
    }
}
