package io.djflink.ops.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.djflink.ops.Filter;
import io.djflink.ops.OpArgumentException;
import io.djflink.ops.Sample;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Expected decisions are DataJuicer's: {@code is_number(v) and min <= float(v) <= max} in Python. */
class SpecifiedNumericFieldFilterTest {

    private static Filter filter(Map<String, Object> args) {
        return (Filter) SpecifiedNumericFieldFilter.SPEC.create(args, "text");
    }

    private static Filter starBetween(double min, double max) {
        return filter(Map.of("field_key", "meta.star", "min_value", min, "max_value", max));
    }

    private static boolean keeps(Filter filter, Object star) {
        LinkedHashMap<String, Object> meta = new LinkedHashMap<>();
        meta.put("star", star);
        Sample sample = Sample.of("text", "t", "meta", meta);
        filter.computeStats(sample);
        return filter.process(sample);
    }

    @Test
    void keepsNumbersInTheRangeAsDataJuicersUnitTest() {
        Filter filter = starBetween(10, 70);
        assertThat(keeps(filter, 50L)).isTrue();
        assertThat(keeps(filter, 6L)).isFalse();
        assertThat(keeps(filter, 100L)).isFalse();
        assertThat(keeps(filter, 12.51)).isTrue();
        assertThat(keeps(filter, null)).isFalse();
    }

    @Test
    void numericStringsCountAsDataJuicersStringTest() {
        Filter filter = starBetween(10, 70);
        assertThat(keeps(filter, "36")).isTrue();
        assertThat(keeps(filter, "13.5")).isTrue();
        assertThat(keeps(filter, "asdkc")).isFalse();
        assertThat(keeps(filter, "441")).isFalse();
    }

    @Test
    void stringsAreParsedAsPythonsFloatDoes() {
        Filter filter = starBetween(10, 70);
        assertThat(keeps(filter, " 1_0 ")).isTrue();
        assertThat(keeps(filter, "١٢")).isTrue();
        assertThat(keeps(filter, "\u00a012\u3000")).isTrue();
        assertThat(keeps(filter, "1__0")).isFalse();
        assertThat(keeps(filter, "0x10")).isFalse();
        assertThat(keeps(filter, "\u001c12")).isFalse();
        assertThat(keeps(filter, "12\u200b")).isFalse();
    }

    @Test
    void falsyValuesAreNotNumbersSoZeroIsDroppedWhateverTheRange() {
        Filter aroundZero = starBetween(-1, 1);
        assertThat(keeps(aroundZero, 0L)).isFalse();
        assertThat(keeps(aroundZero, 0.0)).isFalse();
        assertThat(keeps(aroundZero, false)).isFalse();
        assertThat(keeps(aroundZero, "")).isFalse();
        assertThat(keeps(aroundZero, List.of())).isFalse();
        assertThat(keeps(aroundZero, "0")).isTrue();
        assertThat(keeps(aroundZero, true)).isTrue();
    }

    @Test
    void nanAndInfinityAreNumbersOutsideEveryFiniteRange() {
        Filter filter = starBetween(-1e300, 1e300);
        assertThat(keeps(filter, "nan")).isFalse();
        assertThat(keeps(filter, "-Infinity")).isFalse();
        assertThat(keeps(filter, Double.NaN)).isFalse();
    }

    @Test
    void boundsAreInclusiveByDefaultAndReversedRangeKeepsTheComplementOfTheOpenRange() {
        Filter inclusive = starBetween(10, 70);
        assertThat(keeps(inclusive, 10L)).isTrue();
        assertThat(keeps(inclusive, "70.0")).isTrue();
        Filter reversed = filter(Map.of("field_key", "meta.star", "min_value", 10, "max_value", 70,
                "reversed_range", true));
        assertThat(keeps(reversed, 10L)).isTrue();
        assertThat(keeps(reversed, 50L)).isFalse();
        assertThat(keeps(reversed, 71L)).isTrue();
        assertThat(keeps(reversed, "abc")).isFalse();
    }

    @Test
    void theDefaultRangeIsPlusMinusSysMaxsize() {
        Filter filter = filter(Map.of("field_key", "meta.star"));
        assertThat(keeps(filter, -9.0e18)).isTrue();
        assertThat(keeps(filter, 1.0e19)).isFalse();
        assertThat(keeps(filter, new BigInteger("100000000000000000000"))).isFalse();
    }

    @Test
    void aNonEmptyListOrDictFailsAsPythonsFloatRaisesTypeError() {
        assertThatThrownBy(() -> keeps(starBetween(0, 1), List.of(1L)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("field 'meta.star'")
                .hasMessageContaining("not 'list'");
        assertThatThrownBy(() -> keeps(starBetween(0, 1), Map.of("a", 1L)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not 'dict'");
    }

    @Test
    void readsDeeplyNestedFieldsAndCopiesThemIntoTheStatistics() {
        Filter filter = filter(Map.of("field_key", "meta.key1.key2.count", "min_value", 10, "max_value", 70));
        Sample sample = Sample.of("text", "t", "meta", Map.of("key1", Map.of("key2", Map.of("count", 34L))));
        filter.computeStats(sample);
        assertThat(sample.stats()).containsEntry("meta.key1.key2.count", 34L);
        assertThat(filter.process(sample)).isTrue();
    }

    @Test
    void withoutFieldKeyTheDecisionKeepsButDataJuicersPathLookupFails() {
        Filter filter = filter(Map.of());
        Sample sample = Sample.of("text", "t");
        assertThat(filter.process(sample)).isTrue();
        assertThatThrownBy(() -> filter.computeStats(sample)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("field_key is empty");
    }

    @Test
    void aMissingFieldIsAnErrorNamingIt() {
        Filter filter = filter(Map.of("field_key", "meta.count"));
        assertThatThrownBy(() -> filter.computeStats(Sample.of("text", "t", "meta", Map.of())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'meta.count' is missing");
    }

    @Test
    void boundsMustBeNumbers() {
        assertThatThrownBy(() -> filter(Map.of("field_key", "a", "min_value", "low")))
                .isInstanceOf(OpArgumentException.class).hasMessageContaining("specified_numeric_field_filter")
                .hasMessageContaining("min_value").hasMessageContaining("a number");
    }
}
