package io.djflink.ops.selector;

import static io.djflink.ops.selector.Selection.MISSING;
import static io.djflink.ops.selector.Selection.kept;
import static io.djflink.ops.selector.Selection.withField;
import static io.djflink.ops.selector.Selection.withMeta;
import static org.assertj.core.api.Assertions.assertThat;

import io.djflink.ops.Sample;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RangeSpecifiedFieldSelectorTest {

    private static List<Integer> select(Map<String, Object> args, List<Sample> samples) {
        return kept(RangeSpecifiedFieldSelector.SPEC, args, samples);
    }

    @Test
    void keepsTheRanksBetweenTheBoundsInInputOrder() {
        // ascending: 10 (1), 20 (3), 30 (4), 40 (2), 50 (0); ranks (1, 4] are 20, 30, 40
        List<Sample> samples = withField("score", 50L, 10L, 40L, 20L, 30L);
        assertThat(select(Map.of("field_key", "score", "lower_percentile", 0.2, "upper_percentile", 0.8), samples))
                .containsExactly(2, 3, 4);
        assertThat(select(Map.of("field_key", "score", "lower_rank", 1, "upper_rank", 4), samples))
                .containsExactly(2, 3, 4);
    }

    @Test
    void percentileAndRankCombineTowardsTheNarrowerRange() {
        List<Sample> samples = withField("score", 50L, 10L, 40L, 20L, 30L);
        Map<String, Object> args = Map.of("field_key", "score", "lower_percentile", 0.2, "lower_rank", 2,
                "upper_percentile", 1.0, "upper_rank", 4);
        assertThat(select(args, samples)).containsExactly(2, 4);
    }

    @Test
    void atATieOnTheLowerEdgeTheEarlierSampleSurvives() {
        List<Sample> samples = withField("score", 1L, 1L, 2L);
        assertThat(select(Map.of("field_key", "score", "lower_rank", 1, "upper_rank", 3), samples))
                .containsExactly(0, 2);
    }

    @Test
    void atATieOnTheUpperEdgeTheEarlierSampleSurvives() {
        List<Sample> samples = withField("score", 3L, 1L, 3L);
        assertThat(select(Map.of("field_key", "score", "lower_percentile", 0.0, "upper_rank", 2), samples))
                .containsExactly(0, 1);
    }

    @Test
    void missingAndNullValuesRankFirst() {
        List<Sample> samples = withMeta("score", 5L, MISSING, 3L, null);
        assertThat(select(Map.of("field_key", "meta.score", "lower_percentile", 0.0, "upper_rank", 2), samples))
                .containsExactly(1, 3);
    }

    @Test
    void bothALowerAndAnUpperBoundAreNeeded() {
        List<Sample> samples = withField("score", 3L, 1L, 2L);
        assertThat(select(Map.of("field_key", "score", "lower_rank", 1), samples)).containsExactly(0, 1, 2);
        assertThat(select(Map.of("field_key", "score", "upper_rank", 1), samples)).containsExactly(0, 1, 2);
    }

    @Test
    void aLowerBoundAboveTheUpperKeepsNothing() {
        List<Sample> samples = withField("score", 3L, 1L, 2L);
        assertThat(select(Map.of("field_key", "score", "lower_rank", 2, "upper_rank", 1), samples)).isEmpty();
    }

    @Test
    void stringValuesAreParsedAsNumbers() {
        List<Sample> samples = withField("score", "10", "9", "100");
        assertThat(select(Map.of("field_key", "score", "lower_rank", 2, "upper_rank", 3), samples))
                .containsExactly(2);
    }
}
