package io.djflink.python;

/**
 * numpy's {@code np.random.default_rng(seed)} (a PCG64 bit generator seeded through
 * {@code SeedSequence}), as far as {@code permutation(n)} needs it, so that a seed picks the same
 * samples as DataJuicer (HuggingFace's {@code Dataset.shuffle(seed)} is
 * {@code default_rng(seed).permutation(len)}).
 *
 * <ul>
 *   <li>{@code SeedSequence(seed)} mixes the seed's 32-bit words into a pool of four and draws
 *       four 64-bit words from it: the PCG64 state and increment seeds.
 *   <li>PCG64 is PCG XSL-RR 128/64: the 128-bit state advances as
 *       {@code state * 0x2360ED051FC65DA44385DF649FCCF645 + inc} before each output.
 *   <li>A 32-bit draw is the low half of a 64-bit output, the next 32-bit draw its high half.
 *   <li>{@code permutation(n)} shuffles {@code 0..n-1} by Fisher-Yates from the end: position
 *       {@code i} swaps with a uniform {@code j} in {@code [0, i]}, drawn by masked rejection
 *       (32-bit draws while {@code i} fits in 32 bits).
 * </ul>
 */
public final class NumpyGenerator {

    private static final long MULTIPLIER_HIGH = 0x2360ED051FC65DA4L;
    private static final long MULTIPLIER_LOW = 0x4385DF649FCCF645L;

    private long stateHigh;
    private long stateLow;
    private final long incHigh;
    private final long incLow;
    private boolean hasHalf;
    private int half;

    /** {@code np.random.default_rng(seed)} for a non-negative integer seed. */
    public NumpyGenerator(long seed) {
        long[] words = SeedSequence.generateState(seed, 4);
        incHigh = words[2] << 1 | words[3] >>> 63;
        incLow = words[3] << 1 | 1;
        step();
        long low = stateLow + words[1];
        stateHigh += words[0] + (Long.compareUnsigned(low, stateLow) < 0 ? 1 : 0);
        stateLow = low;
        step();
    }

    /** {@code permutation(n)}: a shuffled {@code 0..n-1}. */
    public int[] permutation(int n) {
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = i;
        }
        for (int i = n - 1; i >= 1; i--) {
            int j = (int) randomInterval(i);
            int t = out[i];
            out[i] = out[j];
            out[j] = t;
        }
        return out;
    }

    /** One 64-bit output ({@code random_raw}). */
    long nextLong() {
        step();
        long xored = stateHigh ^ stateLow;
        return Long.rotateRight(xored, (int) (stateHigh >>> 58));
    }

    /** numpy's {@code random_interval(max)}: uniform in {@code [0, max]}. */
    private long randomInterval(long max) {
        long mask = -1L >>> Long.numberOfLeadingZeros(max);
        long value;
        do {
            value = (max <= 0xffffffffL ? nextInt() & 0xffffffffL : nextLong()) & mask;
        } while (value > max);
        return value;
    }

    private int nextInt() {
        if (hasHalf) {
            hasHalf = false;
            return half;
        }
        long next = nextLong();
        hasHalf = true;
        half = (int) (next >>> 32);
        return (int) next;
    }

    /** {@code state = state * MULTIPLIER + inc}, modulo 2^128. */
    private void step() {
        long low = stateLow * MULTIPLIER_LOW;
        long high = unsignedMultiplyHigh(stateLow, MULTIPLIER_LOW) + stateHigh * MULTIPLIER_LOW
                + stateLow * MULTIPLIER_HIGH;
        long sumLow = low + incLow;
        stateHigh = high + incHigh + (Long.compareUnsigned(sumLow, low) < 0 ? 1 : 0);
        stateLow = sumLow;
    }

    private static long unsignedMultiplyHigh(long x, long y) {
        return Math.multiplyHigh(x, y) + ((x >> 63) & y) + ((y >> 63) & x);
    }

    /** numpy's {@code SeedSequence} with the default pool of four 32-bit words. */
    static final class SeedSequence {
        private static final int POOL_SIZE = 4;
        private static final int INIT_A = 0x43b0d7e5;
        private static final int MULT_A = 0x931e8875;
        private static final int INIT_B = 0x8b51f9dd;
        private static final int MULT_B = 0x58f38ded;
        private static final int MIX_MULT_L = 0xca01f9dd;
        private static final int MIX_MULT_R = 0x4973f715;

        private SeedSequence() {
        }

        /** {@code SeedSequence(seed).generate_state(n, np.uint64)}. */
        static long[] generateState(long seed, int n) {
            int[] pool = pool(entropyWords(seed));
            int hashConst = INIT_B;
            long[] out = new long[n];
            for (int i = 0; i < 2 * n; i++) {
                int value = pool[i % POOL_SIZE] ^ hashConst;
                hashConst *= MULT_B;
                value *= hashConst;
                value ^= value >>> 16;
                out[i / 2] |= (value & 0xffffffffL) << (32 * (i % 2));
            }
            return out;
        }

        /** A non-negative integer as little-endian 32-bit words (zero is one word). */
        private static int[] entropyWords(long seed) {
            if (seed < 0) {
                throw new IllegalArgumentException("seed must be non-negative, got " + seed);
            }
            return seed >>> 32 == 0 ? new int[] {(int) seed} : new int[] {(int) seed, (int) (seed >>> 32)};
        }

        private static int[] pool(int[] entropy) {
            int[] hashConst = {INIT_A};
            int[] pool = new int[POOL_SIZE];
            for (int i = 0; i < POOL_SIZE; i++) {
                pool[i] = hashMix(i < entropy.length ? entropy[i] : 0, hashConst);
            }
            for (int src = 0; src < POOL_SIZE; src++) {
                for (int dst = 0; dst < POOL_SIZE; dst++) {
                    if (src != dst) {
                        pool[dst] = mix(pool[dst], hashMix(pool[src], hashConst));
                    }
                }
            }
            for (int src = POOL_SIZE; src < entropy.length; src++) {
                for (int dst = 0; dst < POOL_SIZE; dst++) {
                    pool[dst] = mix(pool[dst], hashMix(entropy[src], hashConst));
                }
            }
            return pool;
        }

        private static int hashMix(int value, int[] hashConst) {
            value ^= hashConst[0];
            hashConst[0] *= MULT_A;
            value *= hashConst[0];
            return value ^ (value >>> 16);
        }

        private static int mix(int x, int y) {
            int result = MIX_MULT_L * x - MIX_MULT_R * y;
            return result ^ (result >>> 16);
        }
    }
}
