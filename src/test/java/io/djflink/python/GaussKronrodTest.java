package io.djflink.python;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GaussKronrodTest {

    @Test
    void integratesSmoothAndSteepFunctionsToTheTolerance() {
        assertThat(GaussKronrod.integrate(x -> x * x, 0, 1, 1e-13)).isCloseTo(1.0 / 3, within(1e-14));
        assertThat(GaussKronrod.integrate(Math::exp, 0, 2, 1e-13)).isCloseTo(Math.exp(2) - 1, within(1e-12));
        // as steep near 1 as the probabilities LSH integrates
        double steep = GaussKronrod.integrate(s -> Math.pow(s, 200), 0, 1, 1e-13);
        assertThat(steep).isCloseTo(1.0 / 201, within(1e-13));
    }

    @Test
    void emptyIntervalIsZero() {
        assertThat(GaussKronrod.integrate(x -> 1 / x, 0.5, 0.5, 1e-13)).isZero();
    }
}
