package io.djflink.python;

import io.djflink.python.PyFloat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Expected values are Python 3.11's {@code float(s)}. */
class PyFloatTest {

    @ParameterizedTest(name = "float(\"{0}\") = {1}")
    @CsvSource(delimiter = '|', value = {
        "1_0|10.0", "1_0.5_5|10.55", "1e1_0|1.0E10", "'  12 '|12.0", ".5|0.5", "5.|5.0", "1.5e-3|0.0015",
        "１２|12.0", "٣.٥|3.5", "١_٢|12.0", "infinity|Infinity", "+inf|Infinity", "iNF|Infinity", "-inf|-Infinity",
        "1e400|Infinity", "-0|-0.0"})
    void parsesWhatPythonAccepts(String text, double expected) {
        assertThat(PyFloat.parse(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "float(\"{0}\") raises ValueError")
    @CsvSource(delimiter = '|', value = {"1__0", "_1", "1_", "in", "1e", ".", "0x10", "1d", "1f", "0b1", "+-1", "1e+",
        "Infinity1", "1 2", "''", "' '", "12\u200b"})
    void rejectsWhatPythonRejects(String text) {
        assertThat(PyFloat.parse(text)).isNull();
    }

    @Test
    void stripsNonAsciiWhitespaceButOnlyAsciiOfTheLowControlRange() {
        assertThat(PyFloat.parse("\u00a012\u3000\u0085")).isEqualTo(12.0);
        assertThat(PyFloat.parse("\t\n12\u000b\f\r")).isEqualTo(12.0);
        assertThat(PyFloat.parse("\u001c12\u001f")).isNull();
    }

    @Test
    void nanParsesInAnyCaseAndSign() {
        assertThat(PyFloat.parse("-NaN")).isNaN();
        assertThat(PyFloat.parse("nan ")).isNaN();
    }

    @Test
    void convertsNumbersAndBools() {
        assertThat(PyFloat.of(true)).isEqualTo(1.0);
        assertThat(PyFloat.of(7L)).isEqualTo(7.0);
        assertThat(PyFloat.of(2.5)).isEqualTo(2.5);
        assertThat(PyFloat.of(BigInteger.TWO.pow(70))).isEqualTo(Math.pow(2, 70));
    }

    @Test
    void raisesTypeErrorForContainersAndNoneAndOverflowForHugeInts() {
        assertThatThrownBy(() -> PyFloat.of(List.of(1L))).isInstanceOf(PyTypeError.class)
                .hasMessage("float() argument must be a string or a real number, not 'list'");
        assertThatThrownBy(() -> PyFloat.of(Map.of())).hasMessageEndingWith("not 'dict'");
        assertThatThrownBy(() -> PyFloat.of(null)).hasMessageEndingWith("not 'NoneType'");
        assertThatThrownBy(() -> PyFloat.of(BigInteger.TEN.pow(400))).isInstanceOf(PyTypeError.class)
                .hasMessage("int too large to convert to float");
    }
}
