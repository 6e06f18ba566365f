package io.djflink.storage.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonlExportWriterTest {

    @TempDir
    Path dir;

    @Test
    void concatenatesThePartsByteForByteInOrder() throws IOException {
        Path first = part("first", "{\"text\":\"数据 😀\",\"x\":1.0}\n{\"text\":\"b\"}\n");
        Path empty = part("empty", "");
        Path last = part("last", "{\"text\":\"c\",\"meta\":{\"z\":null}}\n");
        Path target = dir.resolve("result.jsonl");

        ExportFormat.JSONL.writer().write(List.of(last, empty, first), target);

        assertThat(Files.readString(target)).isEqualTo(
                "{\"text\":\"c\",\"meta\":{\"z\":null}}\n{\"text\":\"数据 😀\",\"x\":1.0}\n{\"text\":\"b\"}\n");
    }

    @Test
    void endsAPartThatLacksItsLastLineEnd() throws IOException {
        Path target = dir.resolve("result.jsonl");

        ExportFormat.JSONL.writer().write(List.of(part("a", "{\"n\":1}"), part("b", "{\"n\":2}")), target);

        assertThat(Files.readString(target)).isEqualTo("{\"n\":1}\n{\"n\":2}\n");
    }

    @Test
    void replacesWhatTheTargetHeld() throws IOException {
        Path target = dir.resolve("result.jsonl");
        Files.writeString(target, "an older, longer export\n".repeat(10));

        ExportFormat.JSONL.writer().write(List.of(part("a", "{\"n\":1}\n")), target);

        assertThat(Files.readString(target)).isEqualTo("{\"n\":1}\n");
    }

    private Path part(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name + ".jsonl"), content);
    }
}
