package io.djflink.ops.filter.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class FractionTest {

    private static Fraction of(long p, long q) {
        return new Fraction(BigInteger.valueOf(p), BigInteger.valueOf(q));
    }

    @Test
    void readsRatiosIntegersAndDecimalsAsPythonsFraction() {
        assertThat(Fraction.parse("9/21")).isEqualTo(of(9, 21));
        assertThat(Fraction.parse(" -3 / 4 ")).isEqualTo(of(-3, 4));
        assertThat(Fraction.parse("2")).isEqualTo(of(2, 1));
        assertThat(Fraction.parse("0.333")).isEqualTo(of(333, 1000));
        assertThat(Fraction.parse("1e-3")).isEqualTo(of(1, 1000));
    }

    @Test
    void comparesAFloatExactly() {
        assertThat(Fraction.parse("3/4").compareFrom(0.75)).isZero();
        assertThat(Fraction.parse("7/3").compareFrom(7 / 3.0)).isPositive();
        assertThat(Fraction.parse("1/3").compareFrom(1 / 3.0)).isNegative();
    }

    @Test
    void rejectsZeroDenominatorsAndNonNumbers() {
        assertThatThrownBy(() -> Fraction.parse("1/0")).hasMessageContaining("divides by zero");
        assertThatThrownBy(() -> Fraction.parse("wide")).hasMessageContaining("not a ratio");
    }
}
