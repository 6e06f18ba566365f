package io.djflink.ops.selector;

import static io.djflink.ops.selector.Selection.kept;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.djflink.ops.OpArgumentException;
import io.djflink.ops.Sample;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code np.random.default_rng(42).permutation(10)} is [5, 6, 0, 7, 3, 2, 4, 9, 1, 8]. */
class RandomSelectorTest {

    private static final List<Sample> TEN = Collections.nCopies(10, Sample.of("text", "x"));

    private static List<Integer> select(Map<String, Object> args, List<Sample> samples) {
        return kept(RandomSelector.SPEC, args, samples);
    }

    @Test
    void keepsTheFirstSamplesOfNumpysPermutationInInputOrder() {
        assertThat(select(Map.of("select_num", 3), TEN)).containsExactly(0, 5, 6);
        assertThat(select(Map.of("select_num", 5), TEN)).containsExactly(0, 3, 5, 6, 7);
    }

    @Test
    void ratioIsTruncatedAndTheSmallerOfRatioAndNumberWins() {
        assertThat(select(Map.of("select_ratio", 0.39), TEN)).containsExactly(0, 5, 6);
        assertThat(select(Map.of("select_ratio", 0.5, "select_num", 3), TEN)).containsExactly(0, 5, 6);
        assertThat(select(Map.of("select_ratio", 0.3, "select_num", 8), TEN)).containsExactly(0, 5, 6);
        assertThat(select(Map.of("select_ratio", 0.0, "select_num", 3), TEN)).containsExactly(0, 5, 6);
    }

    @Test
    void aRatioRoundingDownToNothingKeepsEverything() {
        assertThat(select(Map.of("select_ratio", 0.05), TEN)).hasSize(10);
    }

    @Test
    void askingForAllOrMoreKeepsEverySampleOnce() {
        assertThat(select(Map.of("select_num", 10), TEN)).hasSize(10);
        assertThat(select(Map.of("select_num", 25), TEN)).hasSize(10);
    }

    @Test
    void withoutLimitsOrWithOneSampleEverythingIsKept() {
        assertThat(select(Map.of(), TEN)).hasSize(10);
        assertThat(select(Map.of("select_num", 1), TEN.subList(0, 1))).containsExactly(0);
        assertThat(select(Map.of("select_num", 1), List.of())).isEmpty();
    }

    @Test
    void zeroRatioWithoutANumberIsRejected() {
        assertThatThrownBy(() -> select(Map.of("select_ratio", 0.0), TEN)).isInstanceOf(OpArgumentException.class)
                .hasMessageContaining("select_ratio 0 without select_num");
        assertThatThrownBy(() -> select(Map.of("select_num", 0), TEN)).hasMessageContaining("select_num");
    }
}
