package io.djflink.ops.selector;

import static io.djflink.ops.selector.Selection.MISSING;
import static io.djflink.ops.selector.Selection.kept;
import static io.djflink.ops.selector.Selection.withField;
import static io.djflink.ops.selector.Selection.withMeta;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.djflink.ops.Sample;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TopkSpecifiedFieldSelectorTest {

    private static List<Integer> select(Map<String, Object> args, List<Sample> samples) {
        return kept(TopkSpecifiedFieldSelector.SPEC, args, samples);
    }

    @Test
    void keepsTheLargestValuesInInputOrder() {
        List<Sample> samples = withField("score", 3L, 9L, 1L, 7L, 5L);
        assertThat(select(Map.of("field_key", "score", "topk", 2), samples)).containsExactly(1, 3);
        assertThat(select(Map.of("field_key", "score", "topk", 2, "reverse", false), samples))
                .containsExactly(0, 2);
    }

    @Test
    void equalValuesKeepTheEarlierSample() {
        List<Sample> samples = withField("score", 1L, 5L, 5.0, 5L, 2L);
        assertThat(select(Map.of("field_key", "score", "topk", 2), samples)).containsExactly(1, 2);
        assertThat(select(Map.of("field_key", "score", "topk", 2, "reverse", false), samples))
                .containsExactly(0, 4);
    }

    @Test
    void ratioIsTruncatedAndLoweredToTopk() {
        List<Sample> samples = withField("score", 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);
        assertThat(select(Map.of("field_key", "score", "top_ratio", 0.25), samples)).containsExactly(8, 9);
        assertThat(select(Map.of("field_key", "score", "top_ratio", 0.5, "topk", 1), samples)).containsExactly(9);
        assertThat(select(Map.of("field_key", "score", "top_ratio", 0.05), samples)).isEmpty();
        assertThat(select(Map.of("field_key", "score", "top_ratio", 0.0, "topk", 3), samples))
                .containsExactly(7, 8, 9);
    }

    @Test
    void withoutFieldOrCountOrWithOneSampleEverythingIsKept() {
        List<Sample> samples = withField("score", 1L, 2L, 3L);
        assertThat(select(Map.of("topk", 1), samples)).containsExactly(0, 1, 2);
        assertThat(select(Map.of("field_key", "score"), samples)).containsExactly(0, 1, 2);
        assertThat(select(Map.of("field_key", "score", "topk", 1), samples.subList(0, 1))).containsExactly(0);
    }

    @Test
    void topLevelStringsCompareByCodePoints() {
        List<Sample> samples = withField("name", "b", "\uFFFD", "😀", "a");
        assertThat(select(Map.of("field_key", "name", "topk", 1), samples)).containsExactly(2);
    }

    @Test
    void nestedValuesRankAsStatsNumbersWithMissingOnesLast() {
        List<Sample> samples = withMeta("score", "2.5", List.of(1L, 9L), null, MISSING, 4L);
        assertThat(select(Map.of("field_key", "meta.score", "topk", 2), samples)).containsExactly(1, 4);
        assertThat(select(Map.of("field_key", "meta.score", "topk", 2, "reverse", false), samples))
                .containsExactly(0, 4);
    }

    @Test
    void topLevelNullOrMissingCannotBeRanked() {
        assertThatThrownBy(() -> select(Map.of("field_key", "score", "topk", 1), withField("score", 1L, null)))
                .hasMessageContaining("field 'score' holds null");
        assertThatThrownBy(() -> select(Map.of("field_key", "score", "topk", 1), withField("score", 1L, MISSING)))
                .hasMessageContaining("field 'score' is missing");
    }

    @Test
    void mixedTypesCannotBeRanked() {
        assertThatThrownBy(() -> select(Map.of("field_key", "score", "topk", 1), withField("score", 1L, "2")))
                .hasMessageContaining("cannot order a number and a string");
    }

    @Test
    void aNestedFieldNoSampleHasIsAnError() {
        assertThatThrownBy(() -> select(Map.of("field_key", "meta.scroe", "topk", 1), withMeta("score", 1L, 2L)))
                .hasMessageContaining("field_key 'meta.scroe': no sample has this field");
        assertThatThrownBy(() -> select(Map.of("field_key", "text.len", "topk", 1), withMeta("score", 1L, 2L)))
                .hasMessageContaining("'text' holds a string, not a mapping");
    }
}
