package io.djflink.storage.input;

import static org.assertj.core.api.Assertions.assertThat;

import io.djflink.ops.Sample;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MediaLocationsTest {

    private static final List<String> KEYS = List.of("images", "audios", "videos");

    @TempDir
    Path dir;

    private static Sample sample(Object... keyValues) {
        Sample s = Sample.of(keyValues);
        s.fields().replaceAll((k, v) -> v instanceof List<?> l ? new ArrayList<>(l) : v);
        return s;
    }

    @Test
    void joinsRelativePathsToTheDatasetFilesDirectoryAsDataJuicersLoader() throws Exception {
        Path dataset = Files.writeString(dir.resolve("data.jsonl"), "");
        Sample s = sample("images", List.of("media/a.png", "/abs/b.png"), "videos", List.of("s3://bucket/c.mp4"));

        new MediaLocations(dataset.toString(), KEYS).absolutise(s, dataset.toString());

        assertThat(s.get("images")).isEqualTo(List.of(dir.resolve("media/a.png").toString(), "/abs/b.png"));
        assertThat(s.get("videos")).as("URLs stay as they are").isEqualTo(List.of("s3://bucket/c.mp4"));
    }

    @Test
    void aDatasetDirectoryIsTheBaseForEveryFileInIt() throws Exception {
        Path nested = Files.createDirectories(dir.resolve("part/one"));
        Path file = Files.writeString(nested.resolve("rows.jsonl"), "");
        Sample s = sample("audios", List.of("clips/x.wav"));

        new MediaLocations(dir.toString(), KEYS).absolutise(s, file.toString());

        assertThat(s.get("audios")).isEqualTo(List.of(dir.resolve("clips/x.wav").toString()));
    }

    @Test
    void otherFieldsAndValuesThatAreNoPathListsAreLeftAlone() throws Exception {
        Path dataset = Files.writeString(dir.resolve("data.jsonl"), "");
        Sample s = sample("text", "media/a.png", "images", "media/a.png", "audios", List.of(7L), "videos", List.of());
        Sample before = s.deepCopy();

        new MediaLocations(dataset.toString(), KEYS).absolutise(s, dataset.toString());

        assertThat(s).isEqualTo(before);
    }

    @Test
    void listsEveryLocalMediaFileOfASampleResolved() throws Exception {
        Path dataset = Files.writeString(dir.resolve("data.jsonl"), "");
        Sample s = sample("images", List.of("a.png"), "videos", List.of("/v/b.mp4", "http://host/c.mp4"));

        assertThat(new MediaLocations(dataset.toString(), KEYS).files(s, dataset.toString()))
                .containsExactly(dir.resolve("a.png"), Path.of("/v/b.mp4"));
    }
}
