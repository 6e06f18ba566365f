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

class FrequencySpecifiedFieldSelectorTest {

    /** Groups: "a" x3 (first), "b" x2, "c" x1, and 1 == 1.0 == True x3 (last to appear). */
    private static final List<Sample> SAMPLES = withField("tag", "a", "b", "a", "c", "b", "a", 1L, 1.0, true);

    private static List<Integer> select(Map<String, Object> args, List<Sample> samples) {
        return kept(FrequencySpecifiedFieldSelector.SPEC, args, samples);
    }

    @Test
    void keepsTheLargestGroupsWithEqualSizesInOrderOfFirstAppearance() {
        assertThat(select(Map.of("field_key", "tag", "topk", 1), SAMPLES)).containsExactly(0, 2, 5);
        assertThat(select(Map.of("field_key", "tag", "topk", 2), SAMPLES)).containsExactly(0, 2, 5, 6, 7, 8);
        assertThat(select(Map.of("field_key", "tag", "topk", 1, "reverse", false), SAMPLES)).containsExactly(3);
    }

    @Test
    void ratioCountsDistinctValues() {
        assertThat(select(Map.of("field_key", "tag", "top_ratio", 0.5), SAMPLES)).containsExactly(0, 2, 5, 6, 7, 8);
        assertThat(select(Map.of("field_key", "tag", "top_ratio", 0.74), SAMPLES))
                .containsExactly(0, 2, 5, 6, 7, 8);
        assertThat(select(Map.of("field_key", "tag", "top_ratio", 1.0, "topk", 1), SAMPLES)).containsExactly(0, 2, 5);
        assertThat(select(Map.of("field_key", "tag", "top_ratio", 0.1), SAMPLES)).isEmpty();
    }

    @Test
    void missingValuesGroupWithNullsAndNestedFieldsAreWalked() {
        List<Sample> samples = withMeta("source", "web", MISSING, null, "web", "book");
        assertThat(select(Map.of("field_key", "meta.source", "topk", 1), samples)).containsExactly(0, 3);
        assertThat(select(Map.of("field_key", "meta.source", "topk", 1, "reverse", false), samples))
                .containsExactly(4);
        assertThat(select(Map.of("field_key", "meta.source", "topk", 2), samples)).containsExactly(0, 1, 2, 3);
    }

    @Test
    void withoutFieldOrCountEverythingIsKept() {
        assertThat(select(Map.of("topk", 1), SAMPLES)).hasSize(9);
        assertThat(select(Map.of("field_key", "tag"), SAMPLES)).hasSize(9);
    }

    @Test
    void listsCannotBeCountedAndAFieldNoSampleHasIsAnError() {
        assertThatThrownBy(() -> select(Map.of("field_key", "tag", "topk", 1), withField("tag", "a", List.of("b"))))
                .hasMessageContaining("field 'tag' holds a list");
        assertThatThrownBy(() -> select(Map.of("field_key", "tga", "topk", 1), SAMPLES))
                .hasMessageContaining("field_key 'tga': no sample has this field");
    }
}
