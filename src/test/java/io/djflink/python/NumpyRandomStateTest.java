package io.djflink.python;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/**
 * The reference values are numpy's: {@code RandomState(42)} drawing alternately
 * {@code randint(1, 2**61-1, dtype=uint64)} and {@code randint(0, 2**61-1, dtype=uint64)}, the
 * first 1024 pairs as DataJuicer's MinHash permutations use them.
 */
class NumpyRandomStateTest {

    private static final long MERSENNE_PRIME = (1L << 61) - 1;

    @Test
    void drawsNumpysMinhashPermutationsOfSeed42() throws Exception {
        JsonNode reference;
        try (InputStream in = getClass().getResourceAsStream("minhash_permutations_seed42_first1024.json")) {
            reference = new ObjectMapper().readTree(in);
        }
        NumpyRandomState gen = new NumpyRandomState(42);
        for (int i = 0; i < 1024; i++) {
            assertThat(gen.randintUint64(1, MERSENNE_PRIME)).as("a_%d", i)
                    .isEqualTo(reference.get("perm_a").get(i).asLong());
            assertThat(gen.randintUint64(0, MERSENNE_PRIME)).as("b_%d", i)
                    .isEqualTo(reference.get("perm_b").get(i).asLong());
        }
    }

    @Test
    void smallRangesStayWithinBoundsAndSingleValueRangesDrawNothing() {
        NumpyRandomState gen = new NumpyRandomState(7);
        for (int i = 0; i < 1000; i++) {
            assertThat(gen.randintUint64(3, 10)).isBetween(3L, 9L);
        }
        NumpyRandomState a = new NumpyRandomState(7);
        NumpyRandomState b = new NumpyRandomState(7);
        assertThat(a.randintUint64(5, 6)).isEqualTo(5);
        assertThat(a.randintUint64(0, MERSENNE_PRIME)).isEqualTo(b.randintUint64(0, MERSENNE_PRIME));
    }

    @Test
    void seedMustFitIn32Bits() {
        assertThatThrownBy(() -> new NumpyRandomState(1L << 32)).hasMessageContaining("2**32 - 1");
        assertThatThrownBy(() -> new NumpyRandomState(-1)).hasMessageContaining("2**32 - 1");
    }
}
