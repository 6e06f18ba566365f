package io.djflink.ops.deduplicator;

import io.djflink.python.NumpyRandomState;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** DataJuicer's MinHash arithmetic, checked against the same formulas in unbounded integers. */
class MinHasherTest {

    private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);
    private static final BigInteger PRIME = BigInteger.valueOf(MinHasher.MERSENNE_PRIME);

    /** {@code ((h * a + b) mod 2^64) mod (2^61 - 1) & 0xFFFFFFFF} with numpy's uint64 wrap-around. */
    private static long reference(long h, long a, long b) {
        BigInteger product = unsigned(h).multiply(unsigned(a)).add(unsigned(b)).mod(TWO_64);
        return product.mod(PRIME).longValue() & 0xffffffffL;
    }

    private static BigInteger unsigned(long v) {
        return new BigInteger(Long.toUnsignedString(v));
    }

    @Test
    void shingleHashIsTheFirstFourSha1BytesLittleEndian() {
        // sha1("hello") = aaf4c61d dcc5e8a2...
        assertThat(new MinHasher(1).hash32("hello")).isEqualTo(0x1dc6f4aaL);
        // sha1 of the UTF-8 bytes of "数据" = 54b8a90b 3ce64ee6...
        assertThat(new MinHasher(1).hash32("数据")).isEqualTo(0x0ba9b854L);
    }

    @Test
    void permutationWrapsLikeUint64AndReducesModuloTheMersennePrime() {
        Random r = new Random(1);
        for (int i = 0; i < 10_000; i++) {
            long h = r.nextLong() & 0xffffffffL;
            long a = r.nextLong() & MinHasher.MERSENNE_PRIME;
            long b = r.nextLong() & MinHasher.MERSENNE_PRIME;
            assertThat(MinHasher.permute(h, a, b)).isEqualTo(reference(h, a, b));
        }
        assertThat(MinHasher.modMersenne(MinHasher.MERSENNE_PRIME)).isZero();
        assertThat(MinHasher.modMersenne(-1L)).isEqualTo(unsigned(-1L).mod(PRIME).longValue());
    }

    @Test
    void signatureHoldsEachPermutationsMinimumOverTheShingles() {
        MinHasher hasher = new MinHasher(8);
        List<String> shingles = List.of("a b c", "b c d", "c d e");
        long[] signature = hasher.signature(shingles);

        NumpyRandomState gen = new NumpyRandomState(42);
        for (int j = 0; j < 8; j++) {
            long a = gen.randintUint64(1, MinHasher.MERSENNE_PRIME);
            long b = gen.randintUint64(0, MinHasher.MERSENNE_PRIME);
            long min = Long.MAX_VALUE;
            for (String s : shingles) {
                min = Math.min(min, reference(hasher.hash32(s), a, b));
            }
            assertThat(signature[j]).as("permutation %d", j).isEqualTo(min).isLessThan(1L << 32);
        }
    }

    @Test
    void signatureNeedsAShingle() {
        assertThatThrownBy(() -> new MinHasher(4).signature(List.of())).hasMessageContaining("at least one shingle");
    }
}
