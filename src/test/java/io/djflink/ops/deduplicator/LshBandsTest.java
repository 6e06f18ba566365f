package io.djflink.ops.deduplicator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The optima DataJuicer's {@code optimal_param} (scipy {@code quad}) picks. */
class LshBandsTest {

    @ParameterizedTest(name = "threshold {0}, {1} permutations: {2} bands of {3} rows")
    @CsvSource({
        "0.7, 256, 25, 10",
        "0.8, 256, 17, 15",
        "0.5, 256, 42, 6",
        "0.9, 256, 9, 28",
        "0.7, 128, 14, 9"})
    void optimumMatchesDataJuicer(double threshold, int permutations, int bands, int rows) {
        assertThat(LshBands.optimal(threshold, permutations)).isEqualTo(new LshBands(bands, rows));
    }

    @ParameterizedTest(name = "threshold {0}")
    @CsvSource({"0.0", "0.3", "1.0"})
    void optimumNeverNeedsMoreValuesThanTheSignatureHas(double threshold) {
        LshBands lsh = LshBands.optimal(threshold, 64);
        assertThat(lsh.bands()).isPositive();
        assertThat(lsh.rows()).isPositive();
        assertThat(lsh.bands() * lsh.rows()).isLessThanOrEqualTo(64);
    }
}
