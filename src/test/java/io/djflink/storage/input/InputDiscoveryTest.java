package io.djflink.storage.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputDiscoveryTest {

    @TempDir
    Path dir;

    private Path touch(String relative) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{\"text\": \"x\"}\n");
        return file;
    }

    private static List<String> relativePaths(Path base, List<InputFile> files) {
        return files.stream().map(f -> base.relativize(Path.of(f.path())).toString().replace('\\', '/')).toList();
    }

    @Test
    void findsASingleFileWithItsKindSizeAndModificationTime() throws IOException {
        Path file = touch("corpus.jsonl");

        List<InputFile> files = InputDiscovery.discover(file.toString());

        assertThat(files).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo(file.toAbsolutePath().toString());
            assertThat(f.kind()).isEqualTo(InputFileKind.JSON_LINES);
            assertThat(f.size()).isEqualTo(Files.size(file));
            assertThat(f.modified()).isEqualTo(Files.getLastModifiedTime(file).toInstant());
        });
    }

    @Test
    void recognisesEverySupportedExtension() {
        assertThat(InputFileKind.forFileName("a.jsonl")).contains(InputFileKind.JSON_LINES);
        assertThat(InputFileKind.forFileName("a.json")).contains(InputFileKind.JSON_LINES);
        assertThat(InputFileKind.forFileName("a.jsonl.gz")).contains(InputFileKind.GZIP_JSON_LINES);
        assertThat(InputFileKind.forFileName("a.JSON.GZ")).contains(InputFileKind.GZIP_JSON_LINES);
        assertThat(InputFileKind.forFileName("a.parquet")).contains(InputFileKind.PARQUET);
        assertThat(InputFileKind.forFileName("a.csv")).isEmpty();
    }

    @Test
    void readsADirectoryRecursivelyInRelativePathOrderSkippingOtherAndHiddenFiles() throws IOException {
        touch("b/2.jsonl");
        touch("a.json");
        touch("b/10.parquet");
        touch("b/1.jsonl.gz");
        touch("notes.txt");
        touch(".ipynb_checkpoints/a-checkpoint.jsonl");
        touch(".hidden.jsonl");

        List<InputFile> files = InputDiscovery.discover(dir.toString());

        assertThat(relativePaths(dir, files)).containsExactly("a.json", "b/1.jsonl.gz", "b/10.parquet", "b/2.jsonl");
    }

    @Test
    void expandsAGlobWithinItsDirectory() throws IOException {
        touch("data/part-1.jsonl");
        touch("data/part-0.jsonl");
        touch("data/extra.json");
        touch("data/nested/part-2.jsonl");

        List<InputFile> files = InputDiscovery.discover(dir.resolve("data") + "/part-*.jsonl");

        assertThat(relativePaths(dir, files)).containsExactly("data/part-0.jsonl", "data/part-1.jsonl");
    }

    @Test
    void aDoubleStarGlobCrossesDirectories() throws IOException {
        touch("data/x/a.jsonl");
        touch("data/y/z/b.jsonl");
        touch("data/y/z/c.parquet");

        List<InputFile> files = InputDiscovery.discover(dir.resolve("data") + "/**.jsonl");

        assertThat(relativePaths(dir, files)).containsExactly("data/x/a.jsonl", "data/y/z/b.jsonl");
    }

    @Test
    void aMissingPathIsNamedWithWhatIsSupported() {
        String missing = dir.resolve("missing.jsonl").toString();

        assertThatThrownBy(() -> InputDiscovery.discover(missing))
                .isInstanceOf(InvalidDatasetPathException.class)
                .hasMessageContaining(missing)
                .hasMessageContaining("does not exist")
                .hasMessageContaining(".jsonl, .json, .jsonl.gz, .json.gz, .parquet")
                .hasMessageNotContaining("\n");
    }

    @Test
    void anUnsupportedFileTypeIsRejected() throws IOException {
        Path csv = dir.resolve("data.csv");
        Files.writeString(csv, "a,b\n");

        assertThatThrownBy(() -> InputDiscovery.discover(csv.toString()))
                .isInstanceOf(InvalidDatasetPathException.class)
                .hasMessage("dataset_path '" + csv + "' is not a supported file type (supported: "
                        + ".jsonl, .json, .jsonl.gz, .json.gz, .parquet)");
    }

    @Test
    void aDirectoryWithoutInputFilesIsRejected() throws IOException {
        touch("readme.md");

        assertThatThrownBy(() -> InputDiscovery.discover(dir.toString()))
                .isInstanceOf(InvalidDatasetPathException.class)
                .hasMessageContaining(dir.toString())
                .hasMessageContaining("without any .jsonl");
    }

    @Test
    void aGlobMatchingNothingIsRejected() throws IOException {
        touch("data/a.jsonl");
        String glob = dir.resolve("data") + "/*.parquet";

        assertThatThrownBy(() -> InputDiscovery.discover(glob))
                .isInstanceOf(InvalidDatasetPathException.class)
                .hasMessageContaining(glob)
                .hasMessageContaining("matches no");
    }
}
