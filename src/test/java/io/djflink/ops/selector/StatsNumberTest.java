package io.djflink.ops.selector;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** DataJuicer's {@code stats_to_number}. */
class StatsNumberTest {

    private static final double LAST_WHEN_DESCENDING = -9223372036854775807.0;

    private static double number(Object value) {
        return StatsNumber.of(value, true);
    }

    @Test
    void stringsAreParsedAsPythonFloatParsesThem() {
        assertThat(number(" 1_000.5\n")).isEqualTo(1000.5);
        assertThat(number("1e3")).isEqualTo(1000.0);
        assertThat(number(".5")).isEqualTo(0.5);
        assertThat(number("-Infinity")).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(number("inf")).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(number("NaN")).isNaN();
        assertThat(number("１２")).isEqualTo(12.0);
        assertThat(number("0x10")).isEqualTo(LAST_WHEN_DESCENDING);
        assertThat(number("1__0")).isEqualTo(LAST_WHEN_DESCENDING);
        assertThat(number("")).isEqualTo(LAST_WHEN_DESCENDING);
        assertThat(number("1d")).isEqualTo(LAST_WHEN_DESCENDING);
    }

    @Test
    void numbersAndBooleansAreThemselves() {
        assertThat(number(3L)).isEqualTo(3.0);
        assertThat(number(2.5)).isEqualTo(2.5);
        assertThat(number(true)).isEqualTo(1.0);
    }

    @Test
    void listsAreTheirNumpyMean() {
        assertThat(number(List.of(1L, 2L))).isEqualTo(1.5);
        assertThat(number(List.of(List.of(1L, 2L), List.of(3.0, 4L)))).isEqualTo(2.5);
        assertThat(number(List.of(true, false, 1L, 2.0))).isEqualTo(1.0);
        assertThat(number(List.of(List.of()))).isNaN();
    }

    @Test
    void meanSumsPairwiseAsNumpyDoes() {
        // left to right, 1e16 + 1 rounds back to 1e16 every time; numpy's eight accumulators keep the ones
        List<Object> values = List.of(1e16, 1L, 1L, 1L, 1L, 1L, 1L, 1L, 1L);
        assertThat(number(values)).isEqualTo((1e16 + 8) / 9);
        assertThat(StatsNumber.pairwiseSum(new double[] {1e16, 1, 1, 1, 1, 1, 1}, 0, 7)).isEqualTo(1e16);
    }

    @Test
    void emptyMissingAndUnaveragableValuesRankLast() {
        assertThat(number(null)).isEqualTo(LAST_WHEN_DESCENDING);
        assertThat(number(List.of())).isEqualTo(LAST_WHEN_DESCENDING);
        assertThat(number(List.of("1", "2"))).isEqualTo(LAST_WHEN_DESCENDING);
        assertThat(number(List.of(List.of(1L), List.of(2L, 3L)))).isEqualTo(LAST_WHEN_DESCENDING);
        assertThat(number(java.util.Arrays.asList(1L, null))).isEqualTo(LAST_WHEN_DESCENDING);
        assertThat(number(Map.of("a", 1L))).isEqualTo(LAST_WHEN_DESCENDING);
        assertThat(number(FieldPath.ABSENT)).isEqualTo(LAST_WHEN_DESCENDING);
        assertThat(StatsNumber.of(null, false)).isEqualTo(-LAST_WHEN_DESCENDING);
    }
}
