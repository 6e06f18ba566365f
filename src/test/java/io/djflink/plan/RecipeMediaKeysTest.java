package io.djflink.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.djflink.config.RecipeConfig;
import io.djflink.config.RecipeLoader;
import io.djflink.ops.OpRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DataJuicer hands the recipe's image_key, audio_key and video_key to every op that does not set its own. */
class RecipeMediaKeysTest {

    @TempDir
    Path dir;

    private ExecutionPlan plan(String keys) throws Exception {
        Path data = Files.writeString(dir.resolve("data.jsonl"), "{\"text\": \"t\"}\n");
        Path recipe = Files.writeString(dir.resolve("recipe.yaml"), """
                dataset_path: %s
                %s
                process:
                  - image_shape_filter:
                  - video_duration_filter: {video_key: clips}
                """.formatted(data, keys));
        RecipeConfig config = new RecipeLoader().load(recipe, List.of()).config();
        return ExecutionPlan.of(config, OpRegistry.defaults());
    }

    @Test
    void opsReadTheRecipesMediaKeysUnlessTheySetTheirOwn() throws Exception {
        ExecutionPlan plan = plan("image_key: pics\nvideo_key: movies");

        assertThat(plan.ops().get(0).args()).containsEntry("image_key", "pics").containsEntry("video_key", "movies");
        assertThat(plan.ops().get(1).args()).containsEntry("video_key", "clips");
    }

    @Test
    void withoutRecipeKeysOpsReadDataJuicersDefaults() throws Exception {
        assertThat(plan("").ops().get(0).args()).containsEntry("image_key", "images")
                .containsEntry("audio_key", "audios").containsEntry("video_key", "videos");
    }

    @Test
    void aRecipeMediaKeyChangesTheFingerprintsOnlyWhenItIsNotTheDefault() throws Exception {
        String standard = plan("").resultFingerprint();

        assertThat(plan("image_key: images").resultFingerprint()).isEqualTo(standard);
        assertThat(plan("image_key: pics").resultFingerprint()).isNotEqualTo(standard);
    }
}
