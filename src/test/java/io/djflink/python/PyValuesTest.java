package io.djflink.python;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.djflink.python.PyValues.Order;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Expected values are Python 3's. */
class PyValuesTest {

    @Test
    void numbersAreEqualAcrossBoolIntAndFloat() {
        assertThat(PyValues.equal(true, 1L)).isTrue();
        assertThat(PyValues.equal(1L, 1.0)).isTrue();
        assertThat(PyValues.equal(false, 0.0)).isTrue();
        assertThat(PyValues.equal(-0.0, 0L)).isTrue();
        assertThat(PyValues.equal(BigInteger.TWO.pow(63), 9.223372036854775808E18)).isTrue();
        assertThat(PyValues.equal(5, 5L)).isTrue();
        assertThat(PyValues.equal(new BigDecimal("1e400"), Double.POSITIVE_INFINITY)).isTrue();
    }

    @Test
    void intAndFloatCompareExactlyWithoutRoundingTheInt() {
        assertThat(PyValues.equal(9_007_199_254_740_993L, 9_007_199_254_740_992.0)).isFalse();
        assertThat(PyValues.ordered(9_007_199_254_740_993L, 9_007_199_254_740_992.0, Order.GT)).isTrue();
        assertThat(PyValues.ordered(Long.MAX_VALUE, Double.POSITIVE_INFINITY, Order.LT)).isTrue();
    }

    @Test
    void nanIsUnorderedAndEqualToNothing() {
        assertThat(PyValues.equal(Double.NaN, Double.NaN)).isFalse();
        for (Order order : Order.values()) {
            assertThat(PyValues.ordered(Double.NaN, 1L, order)).isFalse();
            assertThat(PyValues.ordered(1L, Double.NaN, order)).isFalse();
        }
    }

    @Test
    void valuesOfDifferentKindsAreNeverEqual() {
        assertThat(PyValues.equal("1", 1L)).isFalse();
        assertThat(PyValues.equal(null, 0L)).isFalse();
        assertThat(PyValues.equal(null, null)).isTrue();
        assertThat(PyValues.equal(List.of(), Map.of())).isFalse();
    }

    @Test
    void listsAndDictsAreEqualElementByElement() {
        assertThat(PyValues.equal(List.of(1L, "a"), List.of(1.0, "a"))).isTrue();
        assertThat(PyValues.equal(List.of(1L), List.of(1L, 2L))).isFalse();
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("x", 1L);
        a.put("y", new ArrayList<>(Arrays.asList(true, null)));
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("y", new ArrayList<>(Arrays.asList(1L, null)));
        b.put("x", 1.0);
        assertThat(PyValues.equal(a, b)).isTrue();
    }

    @Test
    void stringsOrderByCodePointNotByUtf16Unit() {
        assertThat(PyValues.ordered("😀", "\ue000", Order.GT)).isTrue();
        assertThat(PyValues.ordered("ab", "abc", Order.LT)).isTrue();
        assertThat(PyValues.ordered("b", "abc", Order.GT)).isTrue();
        assertThat(PyValues.ordered("", "", Order.LE)).isTrue();
    }

    @Test
    void listsOrderLexicographicallyComparingTheFirstDifferentElements() {
        assertThat(PyValues.ordered(List.of(1L, 2L), List.of(1L, 3L), Order.LT)).isTrue();
        assertThat(PyValues.ordered(List.of(1L), List.of(1L, 0L), Order.LT)).isTrue();
        assertThat(PyValues.ordered(List.of(1L, "a"), List.of(1.0, "a"), Order.GE)).isTrue();
        assertThatThrownBy(() -> PyValues.ordered(List.of(1L, 2L), List.of(1L, "a"), Order.LT))
                .isInstanceOf(PyTypeError.class)
                .hasMessage("'<' not supported between instances of 'int' and 'str'");
    }

    @Test
    void orderingDifferentKindsRaisesPythonsTypeError() {
        assertThatThrownBy(() -> PyValues.ordered("a", 1L, Order.GT)).isInstanceOf(PyTypeError.class)
                .hasMessage("'>' not supported between instances of 'str' and 'int'");
        assertThatThrownBy(() -> PyValues.ordered(2.5, null, Order.LE)).isInstanceOf(PyTypeError.class)
                .hasMessage("'<=' not supported between instances of 'float' and 'NoneType'");
        assertThatThrownBy(() -> PyValues.ordered(Map.of(), Map.of(), Order.GE)).isInstanceOf(PyTypeError.class)
                .hasMessage("'>=' not supported between instances of 'dict' and 'dict'");
        assertThatThrownBy(() -> PyValues.ordered(true, List.of(), Order.LT)).isInstanceOf(PyTypeError.class)
                .hasMessage("'<' not supported between instances of 'bool' and 'list'");
    }

    @Test
    void truthinessFollowsPython() {
        assertThat(List.of(0L, 0.0, -0.0, "", List.of(), Map.of(), false, BigInteger.ZERO, BigDecimal.ZERO))
                .noneMatch(PyValues::isTruthy);
        assertThat(PyValues.isTruthy(null)).isFalse();
        assertThat(List.of(1L, -0.5, Double.NaN, " ", List.of(0L), Map.of("", ""), true, new BigDecimal("1e400")))
                .allMatch(PyValues::isTruthy);
    }

    @Test
    void numbersHaveTheirDataAttributesAndEverythingElseNone() {
        assertThat(PyValues.attribute(true, "real")).isEqualTo(1L);
        assertThat(PyValues.attribute(5L, "denominator")).isEqualTo(1L);
        assertThat(PyValues.attribute(2.5, "imag")).isEqualTo(0.0);
        assertThat(PyValues.attribute(2.5, "numerator")).isNull();
        assertThat(PyValues.attribute("abc", "upper")).isNull();
        assertThat(PyValues.attribute(null, "real")).isNull();
    }
}
