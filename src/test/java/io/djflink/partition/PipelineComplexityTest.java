package io.djflink.partition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PipelineComplexityTest {

    @Test
    void scoresEachOpOfTheRecipeByItsName() {
        PipelineComplexity complexity = PipelineComplexity.of(List.of(
                "image_text_similarity_filter", "audio_duration_filter", "text_length_filter",
                "document_minhash_deduplicator", "clean_email_mapper", "random_selector", "Video_Tagging_From_Frames_Model"));

        assertThat(complexity.ops()).containsExactly(
                new OpWeight("image_text_similarity_filter", 0.3),
                new OpWeight("audio_duration_filter", 0.3),
                new OpWeight("text_length_filter", 0.2),
                new OpWeight("document_minhash_deduplicator", 0.2),
                new OpWeight("clean_email_mapper", 0.2),
                new OpWeight("random_selector", 0.1),
                new OpWeight("Video_Tagging_From_Frames_Model", 0.3));
        assertThat(complexity.score()).isEqualTo(2.6);
    }

    @Test
    void anEmptyRecipeScoresOne() {
        assertThat(PipelineComplexity.of(List.of()).score()).isEqualTo(1.0);
    }
}
