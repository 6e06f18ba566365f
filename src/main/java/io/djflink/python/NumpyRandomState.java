package io.djflink.python;

/**
 * numpy's legacy {@code np.random.RandomState(seed)} (MT19937), as far as DataJuicer's MinHash
 * permutations need it: {@code randint(low, high, dtype=np.uint64)} draws the same numbers as
 * numpy for any number of calls.
 *
 * <p>An integer seed goes through {@code mt19937_seed} (Knuth's initialisation of the reference
 * implementation); a 64-bit draw is two 32-bit outputs, the first one high; and {@code randint}
 * uses numpy's masked rejection: draw (32 bits when the range fits, else 64), keep the bits of the
 * smallest all-ones mask covering the range, retry while the value exceeds it.
 */
public final class NumpyRandomState {

    private static final int N = 624;
    private static final int M = 397;
    private static final int MATRIX_A = 0x9908b0df;
    private static final int UPPER_MASK = 0x80000000;
    private static final int LOWER_MASK = 0x7fffffff;

    private final int[] key = new int[N];
    private int pos;

    /** {@code RandomState(seed)} for an integer seed in [0, 2^32). */
    public NumpyRandomState(long seed) {
        if (seed < 0 || seed > 0xffffffffL) {
            throw new IllegalArgumentException("seed must be between 0 and 2**32 - 1, got " + seed);
        }
        int s = (int) seed;
        for (int i = 0; i < N; i++) {
            key[i] = s;
            s = 1812433253 * (s ^ (s >>> 30)) + i + 1;
        }
        pos = N;
    }

    /**
     * {@code randint(low, high, dtype=np.uint64)}: uniform in [low, high).
     *
     * @param low non-negative
     * @param high greater than {@code low}
     */
    public long randintUint64(long low, long high) {
        if (low < 0 || high <= low) {
            throw new IllegalArgumentException("randint needs 0 <= low < high, got [" + low + ", " + high + ")");
        }
        long range = high - 1 - low;
        if (range == 0) {
            return low;
        }
        long mask = -1L >>> Long.numberOfLeadingZeros(range);
        boolean fitsIn32Bits = range <= 0xffffffffL;
        long value;
        do {
            value = (fitsIn32Bits ? nextUint32() & 0xffffffffL : nextUint64()) & mask;
        } while (value > range);
        return low + value;
    }

    private long nextUint64() {
        long high = nextUint32() & 0xffffffffL;
        return high << 32 | (nextUint32() & 0xffffffffL);
    }

    private int nextUint32() {
        if (pos == N) {
            regenerate();
        }
        int y = key[pos++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >>> 18;
        return y;
    }

    private void regenerate() {
        for (int i = 0; i < N; i++) {
            int y = (key[i] & UPPER_MASK) | (key[(i + 1) % N] & LOWER_MASK);
            key[i] = key[(i + M) % N] ^ (y >>> 1) ^ ((y & 1) != 0 ? MATRIX_A : 0);
        }
        pos = 0;
    }
}
