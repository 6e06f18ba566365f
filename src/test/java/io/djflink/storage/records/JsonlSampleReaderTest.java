package io.djflink.storage.records;

import static org.assertj.core.api.Assertions.assertThat;

import io.djflink.ops.Sample;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonlSampleReaderTest {

    @TempDir
    Path dir;

    @Test
    void skipsBlankLinesAndAcceptsWindowsLineEndsAndAMissingFinalNewline() throws IOException {
        Path file = dir.resolve("data.jsonl");
        Files.writeString(file, "{\"a\":1}\r\n\n   \r\n{\"a\":2}\n{\"a\":3}");

        List<Sample> samples = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        try (JsonlSampleReader reader = JsonlSampleReader.open(file)) {
            for (Sample s = reader.next(); s != null; s = reader.next()) {
                samples.add(s);
                lines.add(reader.lineNumber());
            }
        }

        assertThat(samples).containsExactly(Sample.of("a", 1L), Sample.of("a", 2L), Sample.of("a", 3L));
        assertThat(lines).containsExactly(1L, 4L, 5L);
    }

    @Test
    void readsLinesLongerThanItsBuffer() throws IOException {
        String longText = "y".repeat(1_000_000);
        Path file = dir.resolve("long.jsonl");
        Files.writeString(file, "{\"t\":\"" + longText + "\"}\n{\"t\":\"short\"}\n");

        try (JsonlSampleReader reader = JsonlSampleReader.open(file)) {
            assertThat(reader.next()).isEqualTo(Sample.of("t", longText));
            assertThat(reader.next()).isEqualTo(Sample.of("t", "short"));
            assertThat(reader.next()).isNull();
        }
    }
}
