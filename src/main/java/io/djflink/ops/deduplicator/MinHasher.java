package io.djflink.ops.deduplicator;

import io.djflink.python.NumpyRandomState;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Collection;

/**
 * DataJuicer's MinHash signature ({@code document_minhash_deduplicator.compute_hash}): every
 * shingle is hashed to 32 bits ({@code sha1_hash32}: the first four bytes of its SHA-1, little
 * endian), then permutation {@code j} maps a hash {@code h} to
 * {@code ((h * a_j + b_j) mod 2^64) mod (2^61 - 1), low 32 bits}, and the signature holds each
 * permutation's minimum over the shingles.
 *
 * <p>The {@code (a_j, b_j)} are the draws of {@code np.random.RandomState(42)}, alternately
 * {@code randint(1, 2^61 - 1)} and {@code randint(0, 2^61 - 1)}, as {@code uint64}; the
 * multiplication wraps as numpy's does.
 */
final class MinHasher {

    static final long MERSENNE_PRIME = (1L << 61) - 1;
    private static final long LOW_32_BITS = 0xffffffffL;
    private static final long SEED = 42;

    private final long[] a;
    private final long[] b;
    private final MessageDigest sha1;

    MinHasher(int permutations) {
        a = new long[permutations];
        b = new long[permutations];
        NumpyRandomState gen = new NumpyRandomState(SEED);
        for (int j = 0; j < permutations; j++) {
            a[j] = gen.randintUint64(1, MERSENNE_PRIME);
            b[j] = gen.randintUint64(0, MERSENNE_PRIME);
        }
        try {
            sha1 = MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no SHA-1", e);
        }
    }

    /**
     * @param shingles at least one
     * @return one value below 2^32 per permutation
     */
    long[] signature(Collection<String> shingles) {
        if (shingles.isEmpty()) {
            throw new IllegalArgumentException("a MinHash signature needs at least one shingle");
        }
        long[] minima = new long[a.length];
        Arrays.fill(minima, Long.MAX_VALUE);
        for (String shingle : shingles) {
            long h = hash32(shingle);
            for (int j = 0; j < a.length; j++) {
                long v = permute(h, a[j], b[j]);
                if (v < minima[j]) {
                    minima[j] = v;
                }
            }
        }
        return minima;
    }

    /** {@code sha1_hash32}: the first four bytes of the SHA-1 of the UTF-8 bytes, as a little-endian uint32. */
    long hash32(String shingle) {
        byte[] d = sha1.digest(shingle.getBytes(StandardCharsets.UTF_8));
        return (d[0] & 0xffL) | (d[1] & 0xffL) << 8 | (d[2] & 0xffL) << 16 | (d[3] & 0xffL) << 24;
    }

    static long permute(long hash, long a, long b) {
        return modMersenne(hash * a + b) & LOW_32_BITS;
    }

    /** {@code x mod (2^61 - 1)} for {@code x} read as unsigned: 2^61 is 1 modulo the prime. */
    static long modMersenne(long x) {
        long r = (x & MERSENNE_PRIME) + (x >>> 61);
        return r >= MERSENNE_PRIME ? r - MERSENNE_PRIME : r;
    }
}
