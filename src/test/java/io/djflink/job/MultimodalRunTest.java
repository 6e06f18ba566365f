package io.djflink.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.djflink.config.RecipeLoader;
import io.djflink.events.Event;
import io.djflink.events.EventType;
import io.djflink.testing.JobHarness;
import io.djflink.testing.TestFlink;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Recipes with media filters over DataJuicer's demo images and videos, run on a Flink MiniCluster. */
class MultimodalRunTest {

    @RegisterExtension
    static final MiniClusterExtension FLINK = TestFlink.cluster();

    private static final Path DEMOS = Path.of("..", "shared", "data", "datajuicer-demos").toAbsolutePath().normalize();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String OP_LOGGER = "io.djflink.runtime.operators.OpFunction";

    @TempDir
    Path dir;

    private JobHarness harness;

    @BeforeEach
    void setUp() {
        harness = new JobHarness(dir);
    }

    /** The tests' Log4j setup logs errors only; the job log should show the op's per-sample warnings. */
    @BeforeAll
    static void logOpWarnings() {
        Configurator.setLevel(OP_LOGGER, Level.WARN);
    }

    @AfterAll
    static void restoreLogging() {
        Configurator.setLevel(OP_LOGGER, (Level) null);
    }

    private static List<JsonNode> records(Path export) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (String line : JobHarness.lines(export)) {
            out.add(JSON.readTree(line));
        }
        return out;
    }

    @Test
    void filtersTheDemoImagesByTheirHeadersAndExportsTheirPathsMadeAbsolute() throws Exception {
        Path recipe = harness.recipe("images.yaml", """
                dataset_path: %s
                export_path: ${dir}/out/images.jsonl
                np: 2
                partition: {mode: manual, num_of_partitions: 2}
                process:
                  - image_size_filter: {max_size: 1MB}
                  - image_shape_filter: {min_width: 400}
                  - image_aspect_ratio_filter:
                """.formatted(DEMOS.resolve("demo-dataset-images.jsonl")));

        assertThat(harness.run(recipe, "--job_id", "images").status()).isEqualTo(JobRunner.Status.COMPLETED);

        List<JsonNode> kept = records(dir.resolve("out/images.jsonl"));
        assertThat(kept).hasSize(1);
        assertThat(kept.get(0).get("text").asText()).isEqualTo("<__dj__image> A bus.");
        assertThat(kept.get(0).get("images").get(0).asText()).isEqualTo(DEMOS.resolve("media/img2.jpg").toString());
    }

    @Test
    void autoPartitioningOfTheVideoDemoRecordsItsModalityAndSizingInThePlan() throws Exception {
        Path recipe = harness.recipe("videos.yaml", """
                dataset_path: %s
                export_path: ${dir}/out/videos.jsonl
                np: 2
                process:
                  - video_duration_filter: {max_duration: 15}
                  - video_resolution_filter: {min_width: 400}
                  - video_aspect_ratio_filter:
                """.formatted(DEMOS.resolve("demo-dataset-videos.jsonl")));

        assertThat(harness.run(recipe, "--job_id", "videos").status()).isEqualTo(JobRunner.Status.COMPLETED);

        assertThat(records(dir.resolve("out/videos.jsonl"))).extracting(r -> r.get("text").asText())
                .containsExactly("<__dj__video> a cartoon", "<__dj__video> 一段卡通");
        JsonNode partitioning = JSON.readTree(dir.resolve("out/videos/dag_execution_plan.json").toFile())
                .get("partitioning");
        assertThat(partitioning.get("mode").asText()).isEqualTo("auto");
        assertThat(partitioning.get("modality").asText()).isEqualTo("multimodal");
        assertThat(partitioning.get("rows_with_media").asLong()).isEqualTo(6);
        assertThat(partitioning.get("p90_row_bytes").asLong()).as("video2 or video3's bytes").isGreaterThan(2_400_000);
        assertThat(partitioning.get("partitions").asInt()).isPositive();
        assertThat(partitioning.get("reason").asText()).contains("(multimodal)").contains("JSON and media files");
    }

    /** Beside the recipe: an image, a sample listing it, one listing a missing image, one without images. */
    private Path datasetWithAMissingImage() throws Exception {
        Path media = Files.createDirectories(dir.resolve("data/media"));
        Files.copy(DEMOS.resolve("media/img3.jpg"), media.resolve("img3.jpg"));
        return Files.writeString(dir.resolve("data/rows.jsonl"), """
                {"images": ["media/img3.jpg"], "text": "<__dj__image> an umbrella"}
                {"images": ["media/missing.png"], "text": "<__dj__image> nothing"}
                {"text": "no image at all"}
                """);
    }

    @Test
    void aSampleWhoseImageIsMissingIsDroppedCountedAndLoggedWithoutFailingTheJob() throws Exception {
        Path data = datasetWithAMissingImage();
        Path media = dir.resolve("data/media");
        Path recipe = harness.recipe("missing.yaml", """
                dataset_path: %s
                export_path: ${dir}/out/missing.jsonl
                np: 1
                partition: {mode: manual, num_of_partitions: 1}
                process:
                  - image_shape_filter:
                """.formatted(data));

        assertThat(harness.run(recipe, "--job_id", "missing").status()).isEqualTo(JobRunner.Status.COMPLETED);

        assertThat(records(dir.resolve("out/missing.jsonl"))).extracting(r -> r.get("text").asText())
                .containsExactly("<__dj__image> an umbrella", "no image at all");
        List<Event> completions = JobHarness.events(dir.resolve("out/missing")).stream()
                .filter(e -> e.type() == EventType.OP_COMPLETE).toList();
        assertThat(completions).singleElement()
                .satisfies(e -> assertThat(e.metadata()).containsEntry("skipped_errors", 1L));
        assertThat(jobLog("missing")).contains("00_image_shape_filter failed on partition 0, row 1: image '"
                + media.resolve("missing.png") + "' cannot be read: no such file");
    }

    @Test
    void theDefaultExecutorExportsTheSameBytesAndStatistics() throws Exception {
        Path recipe = harness.recipe("both.yaml", """
                dataset_path: %s
                export_path: ${dir}/out/flink.jsonl
                np: 2
                keep_stats_in_res_ds: true
                partition: {mode: manual, num_of_partitions: 2}
                process:
                  - image_size_filter: {min_size: 10KB}
                  - image_shape_filter:
                  - image_aspect_ratio_filter: {any_or_all: all}
                """.formatted(datasetWithAMissingImage()));

        harness.run(recipe, "--job_id", "flink");
        new LocalRunner().run(new RecipeLoader().load(recipe, List.of("--export_path",
                dir.resolve("out/local.jsonl").toString())).config());

        List<String> flink = JobHarness.lines(dir.resolve("out/flink.jsonl"));
        assertThat(flink).hasSize(2).anySatisfy(line -> assertThat(line).contains("\"image_width\":[342]"));
        assertThat(JobHarness.lines(dir.resolve("out/local.jsonl"))).isEqualTo(flink);
    }

    private String jobLog(String jobId) throws Exception {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> logs = Files.list(dir.resolve("out").resolve(jobId).resolve("logs"))) {
            for (Path log : logs.toList()) {
                all.append(Files.readString(log));
            }
        }
        return all.toString();
    }
}
