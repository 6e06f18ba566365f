package io.djflink.partition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.djflink.config.CheckpointStrategy;
import io.djflink.config.ExecutorType;
import io.djflink.config.OpConfig;
import io.djflink.config.PartitionMode;
import io.djflink.config.RecipeConfig.CheckpointSettings;
import io.djflink.config.RecipeConfig.FlinkSettings;
import io.djflink.config.RecipeConfig.PartitionSettings;
import io.djflink.config.RecipeConfig.StorageSettings;
import io.djflink.config.RecipeConfig;
import io.djflink.config.RetentionPolicy;
import io.djflink.storage.input.InputRow;
import io.djflink.storage.records.Compression;
import io.djflink.storage.records.RecordFormat;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AutoPartitioningTest {

    @TempDir
    Path dir;

    private static RowMeasurements textRows(int rows, int jsonBytes) {
        RowSizes sizes = new RowSizes();
        List<Modality> modalities = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            sizes.add(jsonBytes);
            if (i < RowMeasurer.MAX_SAMPLED_ROWS) {
                modalities.add(Modality.TEXT);
            }
        }
        return new RowMeasurements(sizes, modalities, 0);
    }

    @Test
    void takesTheKeysTheParallelismAndTheOpsFromTheRecipe() throws IOException {
        Path file = dir.resolve("pics.jsonl");
        try (Writer out = Files.newBufferedWriter(file)) {
            for (int i = 0; i < 7_000; i++) {
                out.write("{\"content\": \"" + "c".repeat(1100) + "\", \"pics\": [\"" + i + ".png\"]}\n");
            }
        }
        RecipeConfig recipe = new RecipeConfig(null, "test", file.toString(), dir.resolve("out.jsonl").toString(),
                dir.toString(), null, ExecutorType.FLINK_PARTITIONED, 3, List.of("content"), "pics", "sounds", "clips",
                false, false, false, false, true,
                List.of(new OpConfig(0, "image_text_similarity_filter", Map.of(), "recipe.yaml:3")),
                new PartitionSettings(PartitionMode.AUTO, 4, 256, 5000, 256),
                new CheckpointSettings(true, CheckpointStrategy.EVERY_N_OPS, 5, List.of()),
                new StorageSettings(RecordFormat.PARQUET, Compression.SNAPPY, false, RetentionPolicy.KEEP_ALL),
                new FlinkSettings(false, 0, Map.of(), null), Map.of());

        PartitionTable table = PartitionPlanner.forRecipe(recipe).plan();

        assertThat(table.analysis().primaryModality()).isEqualTo(Modality.MULTIMODAL);
        assertThat(table.analysis().complexity().score()).isEqualTo(1.3);
        assertThat(table.analysis().throughputFloor()).as("min(4 x np 3, 7.7 MB in 2 MiB partitions)").isEqualTo(3);
        assertThat(table.partitions()).hasSize(3);
    }

    @Test
    void samplesAsManyFirstRowsAsDataJuicer() {
        assertThat(AutoPartitioning.sampleSize(6)).isEqualTo(6);
        assertThat(AutoPartitioning.sampleSize(999)).isEqualTo(999);
        assertThat(AutoPartitioning.sampleSize(1_000)).isEqualTo(10);
        assertThat(AutoPartitioning.sampleSize(99_999)).isEqualTo(999);
        assertThat(AutoPartitioning.sampleSize(100_000)).isEqualTo(100);
        assertThat(AutoPartitioning.sampleSize(50_000_000)).isEqualTo(10_000);
    }

    @Test
    void fitsTheTargetSizeAtTheP90RowSizeTimesTheComplexity() {
        AutoPartitioning.AutoPlan plain = new AutoPartitioning(1, 1, List.of()).plan(textRows(3000, 1000));
        AutoPartitioning.AutoPlan heavy = new AutoPartitioning(1, 1,
                List.of("document_minhash_deduplicator", "image_text_similarity_filter")).plan(textRows(3000, 1000));

        assertThat(plain.analysis().rowsPerPartition()).isEqualTo(1048);
        assertThat(plain.analysis().partitionsBySize()).isEqualTo(3);
        assertThat(plain.bounds()).containsExactly(0, 1000, 2000, 3000);
        assertThat(heavy.analysis().complexity().score()).isEqualTo(1.5);
        assertThat(heavy.analysis().rowsPerPartition()).isEqualTo(699);
        assertThat(heavy.bounds()).hasSize(6);
    }

    @Test
    void clampsRowsPerPartitionToTheModalitysRange() {
        assertThat(new AutoPartitioning(1, 1, List.of()).plan(textRows(1000, 100_000)).analysis().rowsPerPartition())
                .isEqualTo(100);
        assertThat(new AutoPartitioning(256, 1, List.of()).plan(textRows(1000, 10)).analysis().rowsPerPartition())
                .isEqualTo(50_000);
    }

    @Test
    void aFewRowsStayInOnePartition() throws IOException {
        PartitionTable table = Planning.auto(Planning.DEMOS.resolve("demo-dataset.jsonl"), 2, 256, List.of());

        assertThat(table.mode()).isEqualTo(PartitionMode.AUTO);
        assertThat(table.partitions()).singleElement().satisfies(p -> assertThat(p.rowCount()).isEqualTo(6));
        PartitionAnalysis analysis = table.analysis();
        assertThat(analysis.sampledRows()).isEqualTo(6);
        assertThat(analysis.primaryModality()).isEqualTo(Modality.TEXT);
        assertThat(analysis.modalityCounts()).containsEntry(Modality.TEXT, 6L);
        assertThat(analysis.throughputFloor()).isEqualTo(1);
        assertThat(table.reason()).startsWith("1 partition: 6 rows");
    }

    @Test
    void aTwentyMegabyteCorpusGetsFourPartitionsPerWorkerOfSimilarBytes() throws IOException {
        Path corpus = writeUnevenCorpus(dir.resolve("corpus.jsonl"), 20 << 20);

        PartitionTable table = Planning.auto(corpus, 2, 256, List.of("text_length_filter"));

        assertThat(table.partitions()).hasSizeGreaterThanOrEqualTo(8);
        assertThat(table.analysis().throughputFloor()).isEqualTo(8);
        assertThat(table.analysis().partitionsBySize()).isEqualTo(1);
        assertThat(table.reason()).contains("raised to 8 = min(4 x np 2, 10 partitions of 2 MiB)");
        double mean = (double) table.totalBytes() / table.partitions().size();
        for (Partition p : table.partitions()) {
            assertThat((double) p.bytes()).as("bytes of %s", p.describe()).isCloseTo(mean, within(mean * 0.1));
        }
        assertThat(table.totalBytes()).isEqualTo(Files.size(corpus));
        assertThat(Planning.readAll(table)).extracting(InputRow::row)
                .containsExactlyElementsOf(LongStream.range(0, table.totalRows()).boxed().toList());
    }

    /** Documents of very uneven length, as in real corpora: mostly a few kB, some of hundreds of kB. */
    private static Path writeUnevenCorpus(Path file, long bytes) throws IOException {
        Random random = new Random(42);
        long written = 0;
        try (Writer out = Files.newBufferedWriter(file)) {
            for (int n = 0; written < bytes; n++) {
                int length = (int) Math.min(900_000, Math.exp(8.3 + 1.2 * random.nextGaussian()));
                String line = "{\"text\": \"" + "lorem ipsum ".repeat(length / 12 + 1) + "\", \"n\": " + n + "}\n";
                out.write(line);
                written += line.length();
            }
        }
        return file;
    }

    @Test
    void theImageAndVideoDemosAreMultimodalBecauseTheirRowsCarryTextToo() throws IOException {
        PartitionAnalysis images = Planning.auto(Planning.DEMOS.resolve("demo-dataset-images.jsonl"), 2, 256, List.of())
                .analysis();
        PartitionAnalysis videos = Planning.auto(Planning.DEMOS.resolve("demo-dataset-videos.jsonl"), 2, 256, List.of())
                .analysis();

        assertThat(images.modalityCounts()).containsEntry(Modality.MULTIMODAL, 3L).containsEntry(Modality.IMAGE, 0L);
        assertThat(images.primaryModality()).isEqualTo(Modality.MULTIMODAL);
        assertThat(videos.modalityCounts()).containsEntry(Modality.MULTIMODAL, 6L);
        assertThat(videos.primaryModality()).isEqualTo(Modality.MULTIMODAL);
    }

    @Test
    void theMostFrequentModalityWinsAndTiesGoToTheEarlierOne() throws IOException {
        Path images = dir.resolve("images.jsonl");
        Files.writeString(images, """
                {"images": ["a.png"]}
                {"images": ["b.png"]}
                {"text": "a caption"}
                {"videos": ["c.mp4"]}
                not json
                """);
        Path tie = dir.resolve("tie.jsonl");
        Files.writeString(tie, """
                {"audios": ["a.wav"]}
                {"text": "words"}
                """);

        PartitionAnalysis mostlyImages = Planning.auto(images, 1, 256, List.of()).analysis();
        PartitionAnalysis tied = Planning.auto(tie, 1, 256, List.of()).analysis();

        assertThat(mostlyImages.modalityCounts()).isEqualTo(Map.of(Modality.TEXT, 1L, Modality.IMAGE, 2L,
                Modality.AUDIO, 0L, Modality.VIDEO, 1L, Modality.MULTIMODAL, 0L));
        assertThat(mostlyImages.primaryModality()).isEqualTo(Modality.IMAGE);
        assertThat(mostlyImages.sampledRows()).isEqualTo(5);
        assertThat(tied.primaryModality()).isEqualTo(Modality.TEXT);
    }

    @Test
    void imageRowsGetFewerRowsPerPartitionThanTextRowsOfTheSameSize() throws IOException {
        List<String> imageLines = new ArrayList<>(Collections.nCopies(50, "{\"images\": [\"" + "p".repeat(1000) + ".png\"]}"));
        List<String> textLines = new ArrayList<>(Collections.nCopies(50, "{\"text\": \"" + "w".repeat(1008) + "\"}"));
        Path imageFile = Files.write(dir.resolve("images.jsonl"), imageLines);
        Path textFile = Files.write(dir.resolve("texts.jsonl"), textLines);

        PartitionAnalysis image = Planning.auto(imageFile, 1, 1, List.of()).analysis();
        PartitionAnalysis text = Planning.auto(textFile, 1, 1, List.of()).analysis();

        assertThat(image.p90RowBytes()).isEqualTo(text.p90RowBytes()).isEqualTo(1020);
        assertThat(text.rowsPerPartition()).isEqualTo(1028);
        assertThat(image.rowsPerPartition()).isEqualTo(205);
    }

    @Test
    void aRowWeighsItsJsonPlusTheImagesItLists() throws IOException {
        Path demo = Planning.DEMOS.resolve("demo-dataset-images.jsonl");
        List<String> lines = Files.readAllLines(demo);

        PartitionAnalysis images = Planning.auto(demo, 1, 256, List.of()).analysis();

        assertThat(images.rowsWithMedia()).isEqualTo(3);
        assertThat(images.p90RowBytes()).as("the largest of 3 rows: img2.jpg's 189406 bytes and its line")
                .isEqualTo(189_406 + lines.get(1).getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void partitionsBalanceTheMediaBytesNotJustTheJson() throws IOException {
        Files.write(dir.resolve("big.bin"), new byte[1 << 20]);
        List<String> lines = new ArrayList<>(Collections.nCopies(5, "{\"images\": [\"big.bin\"]}"));
        lines.addAll(Collections.nCopies(15, "{\"text\": \"a line of text\"}"));
        Path data = Files.write(dir.resolve("mixed.jsonl"), lines);

        PartitionTable table = Planning.auto(data, 1, 256, List.of());

        assertThat(table.partitions()).hasSize(2);
        assertThat(table.partition(0).endRow()).as("three of the five 1 MiB images, then the rest").isEqualTo(3);
        assertThat(table.reason()).contains("JSON and media files");
    }

    @Test
    void aMissingMediaFileWeighsNothing() throws IOException {
        Path data = Files.writeString(dir.resolve("missing.jsonl"), "{\"images\": [\"nowhere.png\"]}\n");

        PartitionAnalysis analysis = Planning.auto(data, 1, 256, List.of()).analysis();

        assertThat(analysis.rowsWithMedia()).isZero();
        assertThat(analysis.p90RowBytes()).isEqualTo(Files.size(data) - 1);
    }
}
