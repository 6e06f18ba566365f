package io.djflink.ops.text;

/**
 * The arithmetic of the rolling polynomial hashes that count n-grams (of code points, of words):
 * the weight of the element leaving a window, and a finaliser that turns the hash into well-mixed
 * fingerprint bits.
 */
final class PolynomialHash {

    /** The FNV prime: odd, with well-spread bits, so that multiplying by it keeps every input bit. */
    static final long BASE = 0x100000001B3L;

    private PolynomialHash() {
    }

    /**
     * {@code BASE^(width - 1)} in wrapping 64-bit arithmetic: what the element leaving a window of
     * {@code width} contributes to its hash.
     */
    static long outgoingWeight(int width) {
        long result = 1;
        long b = BASE;
        for (int e = width - 1; e > 0; e >>= 1) {
            if ((e & 1) != 0) {
                result *= b;
            }
            b *= b;
        }
        return result;
    }

    /** 32 fingerprint bits of a hash, after MurmurHash3's finaliser spread it over all 64 bits. */
    static int fingerprint(long hash) {
        long h = hash;
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        h ^= h >>> 33;
        return (int) (h >>> 32);
    }
}
